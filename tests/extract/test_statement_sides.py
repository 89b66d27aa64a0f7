"""Who speaks in a clause: joint subjects, passive agents, and the sides of talks (a side whose
work is praised is not one praising it)."""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.record import Document


def acts(text: str) -> list[tuple[str, str]]:
    doc = Document(text=text, published="2024-06-14", publisher_country=None)
    return [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]


def test_the_side_whose_work_is_commended_is_no_speaker() -> None:
    text = (
        "The 28th ASEAN-ROK Dialogue was held today in Jakarta. Both sides commended the ROK "
        "government's cooperation projects with ASEAN."
    )
    assert acts(text) == [("ASEAN", "support")]


def test_both_sides_praise_a_third_partys_work() -> None:
    text = (
        "The 28th ASEAN-ROK Dialogue was held today in Jakarta. Both sides commended Japan's "
        "cooperation projects in the region."
    )
    assert acts(text) == [("ASEAN", "support"), ("KOR", "support")]


def test_a_joint_subject_with_a_country_before_the_second_title() -> None:
    text = (
        "Foreign Affairs Minister Javier Gonzalez-Olaechea met U.S. Secretary of State Antony "
        "Blinken in San Francisco. Foreign Affairs Minister Gonzalez-Olaechea and U.S. Secretary "
        "of State Blinken highlighted the importance of the APEC Presidency."
    )
    assert sorted(acts(text)) == [
        ("Antony Blinken", "state"),
        ("Javier Gonzalez-Olaechea", "state"),
    ]


def test_a_passive_agent_after_an_adverb_and_a_title_with_a_demonym() -> None:
    text = (
        "Foreign Minister Kim Sung-hwan attended the meeting. The annual meeting was first "
        "proposed by South Korean President Lee Myung-bak in October last year."
    )
    assert acts(text) == [("Lee Myung-bak", "propose")]


def test_a_name_after_by_and_a_title_is_no_subject() -> None:
    text = (
        "The 28th ASEAN-ROK Dialogue was held today in Jakarta. In this meeting presided over by "
        "ROK Foreign Minister Kim Sung-hwan, the participants discussed the progress and adopted "
        "the Plan of Action."
    )
    assert acts(text) == [("ASEAN-ROK", "agree")]


def test_what_a_person_led_or_attended_is_no_subject() -> None:
    text = (
        "Deputy Minister of Foreign Affairs Nguyen Minh Hang attended the 9th MLC Foreign "
        "Ministers' Meeting. Deputy Minister Hang led a Vietnamese delegation to attend the "
        "meeting, highlighted five key achievements of the cooperation mechanism."
    )
    assert acts(text) == [("Nguyen Minh Hang", "state")]


def test_a_meeting_before_which_acts_as_its_forum() -> None:
    text = (
        "Prime Minister Prayut Chan-o-cha attended the G20 Summit in Osaka. The Prime "
        "Minister's intervention highlighted the outcome of the 34th ASEAN Summit held in "
        "Bangkok during 22-23 June 2019, which emphasised the importance of cooperation."
    )
    doc = Document(text=text, published="2019-06-29", publisher_country="THA")
    found = [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]
    assert found == [("Prayut Chan-o-cha", "state"), ("ASEAN", "state")]


def test_both_sides_of_a_dialogue_framework_on_a_third_party_page() -> None:
    text = (
        "The 28th ASEAN-ROK Dialogue was held today in Jakarta. Both sides welcomed the "
        "progress in the implementation of the Plan."
    )
    assert acts(text) == [("ASEAN", "support"), ("KOR", "support")]


def test_the_two_prime_ministers_act_for_both_states() -> None:
    text = (
        "Prime Minister Narendra Modi paid an official visit to Japan at the invitation of Prime "
        "Minister Kishida Fumio. The two Prime Ministers welcomed the progress of the rail project."
    )
    doc = Document(text=text, published="2024-06-14", publisher_country="IND")
    found = [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]
    assert sorted(found) == [("IND", "support"), ("JPN", "support")]


def test_a_name_joined_by_his_counterpart() -> None:
    text = (
        "Japanese Foreign Minister Yoshimasa Hayashi and his Chinese counterpart Wang Yi agreed "
        "on Thursday to maintain dialogue."
    )
    assert sorted(acts(text)) == [("Wang Yi", "agree"), ("Yoshimasa Hayashi", "agree")]


def test_an_unnamed_official_speaks_for_the_state_named() -> None:
    text = (
        "Foreign Minister Wang Yi met Japanese Foreign Minister Yoshimasa Hayashi in Jakarta. "
        "Relations have improved, a Japanese official said."
    )
    assert acts(text) == [("JPN", "state")]


def test_all_parties_act_for_the_forum() -> None:
    text = (
        "Foreign Minister Wang Yi attended the 9th Lancang-Mekong Cooperation Foreign Ministers' "
        "Meeting in Chiang Mai. All parties agreed to deepen cooperation in water resources."
    )
    assert acts(text) == [("Lancang-Mekong Cooperation", "agree")]


def test_they_after_the_two_leaders_exchanged_views() -> None:
    text = (
        "President Xi Jinping met with Indian Prime Minister Narendra Modi. The two leaders also "
        "exchanged views on the BRICS expansion. They agreed to stay in touch."
    )
    doc = Document(text=text, published="2024-06-14", publisher_country="CHN")
    found = [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]
    assert found == [("CHN", "agree"), ("IND", "agree")]


def test_the_prime_ministers_of_bilateral_talks_are_its_sides() -> None:
    text = (
        "Prime Minister Narendra Modi held talks with Prime Minister Fumio Kishida of Japan in "
        "Tokyo. The Prime Ministers welcomed the progress of the rail project."
    )
    doc = Document(text=text, published="2024-06-14", publisher_country="IND")
    found = [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]
    assert found == [("IND", "support"), ("JPN", "support")]


def test_the_presidents_of_a_call_between_two_states_are_its_sides() -> None:
    text = (
        "Vladimir Putin had a telephone conversation with President of the French Republic "
        "Emmanuel Macron. The presidents agreed to maintain contacts."
    )
    doc = Document(text=text, published="2024-06-14", publisher_country="RUS")
    found = [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]
    assert found == [("RUS", "agree"), ("FRA", "agree")]


def test_the_ministers_of_a_list_of_states_act_for_each() -> None:
    text = (
        "The foreign ministers of Japan, South Korea and China agreed on Sunday to resume their "
        "trilateral summit."
    )
    assert acts(text) == [("JPN", "agree"), ("KOR", "agree"), ("CHN", "agree")]


def test_members_of_a_forum_then_a_state_that_acts() -> None:
    text = (
        "As China, Japan and the ROK are all members of the G20, China is willing to strengthen "
        "cooperation with them."
    )
    assert acts(text) == [("CHN", "commit")]


def test_one_states_side_of_talks_is_that_state() -> None:
    text = (
        "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a Foreign Ministers' "
        "Meeting with Dr. Vivian Balakrishnan, Minister for Foreign Affairs of the Republic of "
        "Singapore, in Vientiane. The Japanese side explained its position on the treated water."
    )
    doc = Document(text=text, published="2023-07-26", publisher_country="JPN")
    found = [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]
    assert found == [("JPN", "state")]
