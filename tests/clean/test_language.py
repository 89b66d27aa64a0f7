"""The body's language: English prose known by its function words, without the model, and
always the answer py3langid's model gives; any other body goes to the model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import py3langid
import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitry.clean import clean, language
from summitry.clean.language import SAMPLE, ascii_punctuation, detect_language, plainly_english
from summitry.ingest_pool import WARM_UP
from summitry.read import read_page
from tests.conftest import DEV, EXAMPLES, ROOT

PAGES = sorted([*EXAMPLES.iterdir(), *(ROOT / "tests" / "pages").iterdir(), *DEV.glob("*.txt")])

ENGLISH = (
    "The Foreign Minister attended the meeting of the ASEAN foreign ministers in Vientiane on "
    "Tuesday. At the meeting, the ministers discussed regional cooperation in the fields of "
    "maritime security, trade and climate change. The minister stressed the importance of a "
    "rules-based international order and called on the countries of the region to strengthen "
    "their dialogue. The next meeting will be held next year in Malaysia, which will chair the "
    "Association.\n\nOn the sidelines of the meeting, the minister held bilateral talks with "
    "his counterparts from Indonesia, Singapore and Viet Nam. They reviewed the progress of "
    "their cooperation since the last meeting and agreed to work together on the digital "
    "economy, energy transition and food security. The minister also met the Secretary-General "
    "of ASEAN, who briefed him on the preparations for the summit."
)
# The first paragraph alone: under a hundred words, too few to tell without the model.
SHORT_ENGLISH = ENGLISH.split("\n\n", 1)[0]
# The same release as other foreign ministries write it, and py3langid's answer for each.
OTHERS = {
    "fr": "Le ministre des Affaires étrangères a participé mardi à la réunion des ministres de "
    "l'ASEAN à Vientiane. Au cours de cette réunion, les ministres ont examiné la coopération "
    "régionale dans les domaines de la sécurité maritime, du commerce et du changement "
    "climatique. Le ministre a souligné l'importance d'un ordre international fondé sur des "
    "règles et a appelé les pays de la région à renforcer leur dialogue. La prochaine réunion "
    "se tiendra l'année prochaine en Malaisie, qui assurera la présidence de l'Association.",
    "es": "El canciller participó este martes en la reunión de ministros de Relaciones "
    "Exteriores del Foro de Cooperación Económica Asia-Pacífico celebrada en Lima. Durante el "
    "encuentro, los ministros abordaron la facilitación del comercio, la transición energética "
    "y la seguridad alimentaria en la región. El canciller destacó que el país seguirá "
    "impulsando una agenda de integración abierta e inclusiva, y anunció que la próxima reunión "
    "ministerial tendrá lugar el próximo año en la República de Corea.",
    "ms": "Menteri Luar Negeri Republik Indonesia menghadiri Pertemuan Para Menteri Luar Negeri "
    "ASEAN di Vientiane pada hari Selasa. Dalam pertemuan tersebut, para menteri membahas kerja "
    "sama kawasan di bidang keamanan maritim, perdagangan dan perubahan iklim. Menteri "
    "menegaskan pentingnya menjaga sentralitas ASEAN dan mendorong negara-negara di kawasan "
    "untuk memperkuat dialog. Pertemuan berikutnya akan diselenggarakan tahun depan di Malaysia "
    "yang akan memegang keketuaan ASEAN.",
    "de": "Die Außenministerin nahm am Dienstag an dem Treffen der Außenminister der G20 in Rio "
    "de Janeiro teil. Bei dem Treffen berieten die Minister über die Reform der internationalen "
    "Institutionen, den Kampf gegen Hunger und Armut sowie den Klimaschutz. Die Ministerin "
    "betonte die Bedeutung einer regelbasierten internationalen Ordnung und rief die Partner "
    "dazu auf, ihre Zusammenarbeit weiter zu vertiefen. Das nächste Treffen findet im kommenden "
    "Jahr in Südafrika statt.",
    "ko": "조태열 외교부 장관은 화요일 비엔티안에서 열린 아세안+3 외교장관회의에 참석하였습니다. "
    "이번 회의에서 각국 장관들은 해양 안보, 무역, 기후변화 등 역내 협력 방안에 대해 "
    "논의하였습니다. 장관은 규범 기반 국제질서의 중요성을 강조하고, 역내 국가들이 대화를 "
    "강화해 나갈 것을 촉구하였습니다. 다음 회의는 내년 말레이시아에서 개최될 예정입니다.",
    "vi": "Bộ trưởng Ngoại giao đã tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN tại Viêng Chăn "
    "vào thứ Ba. Tại hội nghị, các bộ trưởng đã thảo luận về hợp tác khu vực trong các lĩnh vực "
    "an ninh hàng hải, thương mại và biến đổi khí hậu. Bộ trưởng nhấn mạnh tầm quan trọng của "
    "trật tự quốc tế dựa trên luật lệ và kêu gọi các nước trong khu vực tăng cường đối thoại. "
    "Hội nghị tiếp theo sẽ được tổ chức vào năm tới tại Malaysia.",
}


def test_english_release_is_known_without_the_model() -> None:
    assert plainly_english(ENGLISH)
    assert detect_language(ENGLISH) == "en" == py3langid.classify(ENGLISH)[0]


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_other_languages_go_to_the_model(code: str) -> None:
    text = OTHERS[code]
    assert not plainly_english(text)
    assert detect_language(text) == code == py3langid.classify(text)[0]


@pytest.mark.parametrize(
    ("first", "then"), [(SHORT_ENGLISH, OTHERS["fr"]), (OTHERS["de"], ENGLISH)]
)
def test_a_release_partly_in_another_language_goes_to_the_model(first: str, then: str) -> None:
    text = f"{first}\n\n{then}"
    assert not plainly_english(text)
    assert detect_language(text) == py3langid.classify(text)[0]


def test_a_release_half_in_french_is_french_to_the_model() -> None:
    """Why English words alone must not decide: the model calls this French."""
    text = f"{SHORT_ENGLISH}\n\n{OTHERS['fr']}"
    assert detect_language(text) == "fr"


def test_a_list_of_names_is_still_english_prose() -> None:
    names = (
        "Australia, Brunei Darussalam, Canada, Chile, China, Hong Kong China, Indonesia, Japan, "
        "Malaysia, Mexico, New Zealand, Papua New Guinea, Peru, Philippines, Russia, Singapore"
    )
    text = ENGLISH.replace("Indonesia, Singapore and Viet Nam", names)
    assert plainly_english(text)
    assert detect_language(text) == py3langid.classify(text)[0] == "en"


def test_short_or_empty_bodies() -> None:
    assert detect_language("") is None
    assert detect_language("- 1 -") is None
    for short in ("The ministers met in Lima.", SHORT_ENGLISH):
        assert not plainly_english(short)  # too few words to tell: the model decides
        assert detect_language(short) == py3langid.classify(short)[0]
    assert detect_language("The ministers met in Lima.") == "nl"  # the model's answer, kept


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_page_gets_the_models_answer(page: Path) -> None:
    sample = clean(read_page(page)).text[:SAMPLE]
    assert detect_language(sample) == py3langid.classify(sample)[0] == "en"


def test_most_releases_skip_the_model() -> None:
    """The example and dev pages (releases of 230 words and more) but two Thai ones."""
    pages = [p for p in PAGES if p.parent != ROOT / "tests" / "pages"]
    known = {p.name for p in pages if plainly_english(clean(read_page(p)).text[:SAMPLE])}
    assert {p.name for p in pages} - known == {
        "tha_apec_aelm_2022.txt",
        "tha_asean_plus_three_summit_2023.txt",
    }


def test_the_warm_up_page_is_plainly_english() -> None:
    """ingest and extract run it first in every process: it must not load the model."""
    assert plainly_english(WARM_UP)


def test_summitry_extract_never_loads_the_model_for_english_pages(tmp_path: Path) -> None:
    """The whole command, as a user runs it (warm-up page included), in a fresh process, on
    scraped-text pages (for HTML, trafilatura imports py3langid itself)."""
    script = (
        "import sys\n"
        "from summitry.cli import app\n"
        "try:\n"
        "    app(['extract', *sys.argv[1:], '--jsonl'])\n"
        "except SystemExit as end:\n"
        "    print('py3langid' in sys.modules, end.code, file=sys.stderr)\n"
    )
    pages = [
        str(EXAMPLES / name) for name in ("kor_board_apec_aelm_2025.txt", "tha_apec_mrt_2022.txt")
    ]
    env = {"PYTHONPATH": str(ROOT / "src"), "SUMMITRY_CACHE_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", script, *pages], capture_output=True, text=True, env=env
    )
    assert [json.loads(line)["document"]["language"] for line in out.stdout.splitlines()] == [
        "en",
        "en",
    ]
    assert out.stderr.split() == ["False", "0"]


def test_an_english_page_is_extracted_without_loading_the_model(tmp_path: Path) -> None:
    """What a user runs: a fresh process over an English page never imports py3langid."""
    script = (
        "import sys; from summitry import extract_page; "
        "r = extract_page(sys.argv[1]); print(r.document.language, 'py3langid' in sys.modules)"
    )
    page = EXAMPLES / "kor_board_apec_aelm_2025.txt"
    env = {"PYTHONPATH": str(ROOT / "src"), "SUMMITRY_CACHE_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", script, str(page)], capture_output=True, text=True, env=env
    )
    assert out.stdout.split() == ["en", "False"], out.stderr


def test_a_long_run_without_function_words_is_not_plainly_english() -> None:
    prose = "The ministers met in Lima and they agreed on the plan for the region. " * 8
    names = " ".join(["Lima"] * 29)  # 'region' and 29 names: a list of 30, still English
    lower = " ".join(["lima"] * 14)  # 'region' and 14 lower-case words: another language
    assert plainly_english(f"{prose} {names} {prose}")
    assert not plainly_english(f"{prose} {names} Lima {prose}")
    assert not plainly_english(f"{prose} {lower} {prose}")
    assert plainly_english(f"{prose} {' '.join(['lima'] * 5)} {names[:40]} {prose}")


LANGUAGE_PIECES = ["Lima", " ", "’", "“", "”", "–", "—", "…", "\u00a0", "•", "é", "Ł", "²", "_"]
LANGUAGE_PIECES += ["9", "ß", "ministers", "\u200b", "·", "-", "ﬁ"]
LANGUAGE_PIECES += ["°", "※", "€", "½", "\u0301", "한"]  # other marks, a numeral, an accent


@given(text=st.lists(st.sampled_from(LANGUAGE_PIECES), max_size=30).map("".join))
def test_marks_outside_ascii_as_spaces_keep_every_word(text: str) -> None:
    plain = ascii_punctuation(text)
    assert language._WORD.findall(plain) == language._WORD.findall(text)
    if plain.isascii():
        assert language._ASCII_WORD.findall(plain) == language._WORD.findall(text)


def test_other_marks_outside_ascii_leave_ascii_text() -> None:
    assert ascii_punctuation("Seoul ※ 25 °C, ‘fine’") == "Seoul   25  C,  fine "
    assert ascii_punctuation("café ※") == "café  "  # a letter outside ASCII stays
