"""The cleaner on the real dev pages (against their hand-made gold) and on small layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.clean import clean, clean_text_page, normalise_date
from summitry.clean.dates import bare_date
from summitry.read import page_from_bytes, read_page
from summitry.score import DOC_SLOTS
from tests.conftest import dev_pages, gold, requires_dev


def _accepts(expected: object, value: object) -> bool:
    return value in expected if isinstance(expected, list) else value == expected


@requires_dev
@pytest.mark.parametrize("page", dev_pages(), ids=lambda p: p.name[:3])
def test_dev_page_document_matches_gold(page: Path) -> None:
    doc = clean(read_page(page))
    expected = gold(page)["document"]
    for name in DOC_SLOTS:
        assert _accepts(expected[name], getattr(doc, name)), name


@requires_dev
@pytest.mark.parametrize("page", dev_pages(), ids=lambda p: p.name[:3])
def test_dev_page_body_has_no_furniture(page: Path) -> None:
    body = clean(read_page(page)).text
    for furniture in (
        "바로가기",
        "SCREEN SIZE",
        "facebook",
        "วันที่",
        " view\n",
        "Skip navigation",
        "상세보기",
        "검색창",
    ):
        assert furniture not in body
    title = gold(page)["document"]["title"]
    assert body.count(title) <= 1 and not body.startswith(title)


KOREAN_BOARD = """바로가기 메뉴
본문 바로가기
SCREEN SIZE
Press Releases

Vice Minister Holds Talks with Japanese Counterpart

• Date : 2023-05-02 10:00:00
• Hit : 1,234

1. The First Vice Minister met the Vice Minister for Foreign Affairs of Japan in Seoul on May 1\
and discussed cooperation.
목록
"""


def test_korean_board_layout() -> None:
    doc = clean_text_page(KOREAN_BOARD)
    assert doc.title == "Vice Minister Holds Talks with Japanese Counterpart"
    assert (doc.published, doc.views, doc.category) == ("2023-05-02", 1234, "Press Releases")
    assert (doc.publisher_country, doc.language) == ("KOR", "en")
    assert doc.text.startswith("1. The First Vice Minister met")
    assert "목록" not in doc.text


def test_secretariat_dateline_gives_the_date() -> None:
    text = (
        "Media Release\n\nLeaders Adopt Declaration on Connectivity\n\n"
        "JAKARTA, 5 September 2023 – The leaders of the member states met today and adopted a "
        "declaration on regional connectivity, stressing the need for open trade.\n\n###\n"
    )
    doc = clean_text_page(text)
    assert doc.published == "2023-09-05"
    assert doc.title == "Leaders Adopt Declaration on Connectivity"


def test_html_page_metadata_and_body() -> None:
    html = """<!DOCTYPE html><html><head>
    <title>Foreign Minister Attends Summit | Ministry of Foreign Affairs of Japan</title>
    <meta property="og:site_name" content="Ministry of Foreign Affairs of Japan">
    <meta property="article:published_time" content="2023-11-17T09:00:00+09:00">
    <script>var tracking = "alert('x')";</script></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press Releases</a></li></ul></nav>
    <article><h1>Foreign Minister Attends Summit</h1>
    <p>On November 16, the Foreign Minister attended the APEC Economic Leaders' Meeting held in
    San Francisco, the United States. The Minister stressed the importance of a free and open
    international economic order based on the rule of law.</p>
    <p>The leaders adopted the Golden Gate Declaration at the end of the meeting.</p></article>
    <footer>Copyright 2023 Ministry of Foreign Affairs of Japan</footer></body></html>"""
    doc = clean(page_from_bytes("page.html", html.encode()))
    assert doc.title == "Foreign Minister Attends Summit"
    assert doc.published == "2023-11-17"
    assert doc.publisher == "Ministry of Foreign Affairs of Japan"
    assert doc.publisher_country == "JPN"
    assert "Golden Gate Declaration" in doc.text
    assert "tracking" not in doc.text and "Copyright" not in doc.text


def test_html_full_of_scripts_gives_empty_body() -> None:
    html = "<html><body>" + "<script>alert(1)</script>" * 2000 + "</body></html>"
    doc = clean(page_from_bytes("s.html", html.encode()))
    assert "alert" not in doc.text


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-03-15", "2021-03-15"),
        ("2020-06-18 16:15:11", "2020-06-18"),
        ("16 Nov 2022", "2022-11-16"),
        ("November 14, 2024", "2024-11-14"),
        ("2024-02-30", None),
        ("12034", None),
    ],
)
def test_normalise_date(value: str, iso: str | None) -> None:
    assert normalise_date(value) == iso


@pytest.mark.parametrize(
    ("head", "title", "published"),
    [
        (
            "APEC Trade Ministers Commit to Inclusive Growth\n\nIssued by the APEC Trade Ministers"
            "\n\nArequipa, Peru, 17 May 2024\n\n",
            "APEC Trade Ministers Commit to Inclusive Growth",
            "2024-05-17",
        ),
        (
            "Media release\n\nMeeting with Chinese Foreign Minister\n\n20 March 2024\n\n",
            "Meeting with Chinese Foreign Minister",
            "2024-03-20",
        ),
        (
            "Foreign Minister attends 57th AMM in Laos\n\nVNA - Hanoi, July 25, 2024\n\n",
            "Foreign Minister attends 57th AMM in Laos",
            "2024-07-25",
        ),
    ],
)
def test_headline_then_date_line(head: str, title: str, published: str) -> None:
    body = "Ministers met in the city for the annual meeting and agreed on a joint statement today."
    doc = clean_text_page(head + body)
    assert (doc.title, doc.published) == (title, published)
    assert doc.text == body


def test_dateline_with_an_accented_city() -> None:
    doc = clean_text_page(
        "G20 Finance Ministers Meeting concludes\n\nBrasília, 29 February 2024\n\n"
        "The first G20 Finance Ministers and Central Bank Governors Meeting was held today."
    )
    assert (doc.title, doc.published) == ("G20 Finance Ministers Meeting concludes", "2024-02-29")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (
            "Indonesia Encourages Partnership\n\nMelbourne, Australia | Monday, 04 March 2024\n\n",
            "2024-03-04",
        ),
        ("Wang Yi Attends the Meeting\nUpdated: July 27, 2024 14:30\n\n", "2024-07-27"),
        (
            "ASEAN leaders urge end to Myanmar violence\n"
            "October 10, 2024 3:15 PM GMT+8 Updated 2 hours ago\n\n",
            "2024-10-10",
        ),
    ],
)
def test_page_date_after_a_pipe_and_weekday_or_from_the_update_stamp(
    head: str, published: str
) -> None:
    doc = clean_text_page(head + "The President attended the Summit in the city on that day.")
    assert doc.published == published


def test_a_date_line_naming_the_meeting_dates_the_page_and_stays_in_the_body() -> None:
    doc = clean_text_page(
        "APEC Agrees Priorities for 2019\n\n"
        "Informal Senior Officials’ Meeting Santiago, Chile | 14 December 2018\n\n"
        "President Piñera announced Chile’s priorities for APEC 2019 at La Moneda on Wednesday."
    )
    assert (doc.title, doc.published) == ("APEC Agrees Priorities for 2019", "2018-12-14")
    assert doc.text.startswith("Informal Senior Officials’ Meeting Santiago, Chile |")


def test_sign_off_block_gives_date_and_publisher_country() -> None:
    doc = clean_text_page(
        "PRESS RELEASE\n\nOFFICIAL VISIT OF THE MINISTER OF FOREIGN AFFAIRS TO KOREA\n\n"
        "The Minister of Foreign Affairs will undertake an official visit to the Republic of "
        "Korea from 2 to 4 September 2024 at the invitation of his counterpart.\n\n"
        "MINISTRY OF FOREIGN AFFAIRS\nPUTRAJAYA\n30 August 2024\n"
    )
    assert (doc.published, doc.publisher, doc.publisher_country) == (
        "2024-08-30",
        "MINISTRY OF FOREIGN AFFAIRS",
        "MYS",
    )


def test_site_chrome_related_posts_and_an_end_mark_are_cut() -> None:
    page = (
        "Skip to content\nRepublic of the Philippines\nDepartment of Foreign Affairs\nSearch\n"
        "Home\nNewsroom\nDFA Releases\nSecretary Attends the Foreign Ministers' Meeting\n"
        "Posted on 26 July 2024\nShare\n"
        "26 July 2024 – The Secretary of Foreign Affairs led the delegation to the Meeting in "
        "Vientiane, Lao PDR from 24 to 27 July 2024.\n"
        "The Secretary also met his counterparts on the sidelines of the Meeting. END\n"
        "Related Posts\nPhilippines, Japan Sign Reciprocal Access Agreement\nPrivacy Policy\n"
    )
    doc = clean_text_page(page)
    assert doc.title == "Secretary Attends the Foreign Ministers' Meeting"
    assert (doc.published, doc.publisher, doc.publisher_country) == (
        "2024-07-26",
        "Department of Foreign Affairs",
        "PHL",
    )
    assert doc.text.endswith("on the sidelines of the Meeting.")


def test_html_category_is_never_taken_from_the_menu() -> None:
    html = (
        "<html><head><title>Ministers Meet</title></head><body>"
        "<nav><ul><li>Press Briefings</li><li>Speeches</li></ul></nav>"
        "<h1>Ministers Meet</h1><p>News</p>"
        "<p>The Foreign Ministers met in Vientiane on 27 July 2024 and agreed to deepen "
        "cooperation on maritime security, trade and the digital economy in the region.</p>"
        "</body></html>"
    )
    doc = clean(page_from_bytes("page.html", html.encode()))
    assert doc.category == "News"


def test_headline_under_a_date_stamp_beats_a_site_label_above_it() -> None:
    doc = clean_text_page(
        "Former Minister for Trade\nAustralian Commonwealth Coat of Arms\n21 November 2008\n\n"
        "APEC Ministers Build on G20 Leaders' Momentum\n\n"
        "Minister for Trade Simon Crean has welcomed the success of the 20th APEC Ministerial "
        "Meeting in Lima, Peru, where ministers expressed their strong support.\n"
    )
    assert (doc.title, doc.published) == (
        "APEC Ministers Build on G20 Leaders' Momentum",
        "2008-11-21",
    )


def test_byline_and_source_lines_are_not_the_title() -> None:
    doc = clean_text_page(
        "Friday, October 28, 2011\n\nS. Korea, Mekong nations launch first FM talks\n\n"
        "Oct 28, 2011\nBy Lee Haye-ah\nSource: Yonhap\n\n"
        "SEOUL -- The foreign ministers of South Korea and the five Mekong River nations launched "
        "their first meeting on Friday aimed at boosting economic cooperation.\n"
    )
    assert (doc.title, doc.published) == (
        "S. Korea, Mekong nations launch first FM talks",
        "2011-10-28",
    )
    assert (doc.publisher, doc.publisher_country) == ("Yonhap News Agency", "KOR")


def test_scraper_date_stamp_glued_to_the_headline() -> None:
    doc = clean_text_page(
        " date 2022-11-17 Trade, investments in focus as ministers kick off Apec meeting\n"
        "Thailand's Commerce Minister and Foreign Minister jointly kicked off the 33rd Apec "
        "Ministerial Meeting on Thursday morning at the national convention centre.\n"
    )
    assert doc.published == "2022-11-17"
    assert doc.title == "Trade, investments in focus as ministers kick off Apec meeting"


def test_date_stamp_on_the_first_body_line_leaves_no_title() -> None:
    doc = clean_text_page(
        " date 2024-07-27 Vientiane – Deputy Minister of Foreign Affairs Do Hung Viet attended "
        "the ASEAN-US Foreign Ministers' Meeting in Vientiane, Laos, on July 27.\n"
    )
    assert (doc.title, doc.published) == (None, "2024-07-27")
    assert doc.text.startswith("Vientiane – Deputy Minister")


def test_pipe_stamp_gives_date_and_section() -> None:
    doc = clean_text_page(
        "Ministry of Foreign Affairs of the Republic of Singapore\n\n"
        "28/07/2024 | Press release | Distributed by Public on 28/07/2024 08:24\n\n"
        "Minister attends the ASEAN Foreign Ministers' Meeting\n\n"
        "Minister attends the ASEAN Foreign Ministers' Meeting\n\n"
        "The Minister for Foreign Affairs attended the ASEAN Foreign Ministers' Meeting in "
        "Vientiane, the Lao People's Democratic Republic, on 24 to 27 July 2024.\n"
    )
    assert (doc.title, doc.published, doc.category) == (
        "Minister attends the ASEAN Foreign Ministers' Meeting",
        "2024-07-28",
        "Press Release",
    )
    assert (doc.publisher, doc.publisher_country) == (
        "Ministry of Foreign Affairs of the Republic of Singapore",
        "SGP",
    )


def test_date_place_publisher_stamp_and_weekday_time_lines() -> None:
    doc = clean_text_page(
        "Foreign Affairs Minister concludes successful ASEAN meetings\n\nNews Release\n\n"
        "August 7, 2017 - Manila, Philippines - Global Affairs Canada\n\n"
        "Canada's relationship with ASEAN is founded on strong people-to-people ties and "
        "continues to grow through economic and security cooperation.\n"
    )
    assert (doc.title, doc.published, doc.category) == (
        "Foreign Affairs Minister concludes successful ASEAN meetings",
        "2017-08-07",
        "News Release",
    )
    assert (doc.publisher, doc.publisher_country) == ("Global Affairs Canada", "CAN")
    assert bare_date("23 July 201610:00") == "2016-07-23"
    page = (
        "Prime Minister Meets Partners\n\nSaturday, 14 November 2020, 5:24 pm\n"
        "The Prime Minister today attended the summit and discussed shared challenges.\n"
    )
    assert clean_text_page(page).published == "2020-11-14"


def test_numeric_dates_by_the_order_they_allow() -> None:
    assert normalise_date("28/07/2024") == "2024-07-28"
    assert normalise_date("08/15/2025") == "2025-08-15"
    assert normalise_date("1-7-2020") == "2020-07-01"


def test_dateline_without_comma_in_the_opening_paragraphs() -> None:
    doc = clean_text_page(
        "SFA Discusses Regional Issues at the 53rd AMM\n"
        "The Secretary delivers his intervention during the 53rd ASEAN Foreign Ministers' "
        "Meeting held on 09 September 2020.\n"
        "PASAY CITY 21 September 2020 – Foreign Affairs Secretary highlighted the importance of "
        "international law during the 53rd ASEAN Foreign Ministers' Meeting.\n"
    )
    assert doc.published == "2020-09-21"


def test_caption_label_and_wrapped_lines_are_not_titles() -> None:
    doc = clean_text_page(
        "The below is attributable to Spokesperson Ned Price:\n\n"
        "Secretary of State Antony J. Blinken spoke today with foreign ministers of the East Asia "
        "Summit nations and the ASEAN Secretary General during the meeting.\n"
    )
    assert doc.title is None


def test_dateline_without_a_year_takes_the_year_the_page_gives() -> None:
    doc = clean_text_page(
        "China, ASEAN hold talks\n\n"
        "CHONGQING, June 8 (Xinhua) -- Senior officials of China and ASEAN met on Thursday to "
        "prepare the 2023 foreign ministers' meeting, the first since 2019 held in 2023.\n"
    )
    assert (doc.published, doc.publisher) == ("2023-06-08", "Xinhua News Agency")


def test_html_site_name_made_canonical_and_dateline_tag_without_one() -> None:
    body = (
        "<article><h1>China, ASEAN hold talks</h1><p>CHONGQING, June 8 (Xinhua) -- Senior "
        "officials of China and ASEAN met on Thursday in Chongqing to prepare the meeting of "
        "their foreign ministers later this year.</p></article>"
    )
    head = "<!DOCTYPE html><html><head><title>China, ASEAN hold talks</title>"
    named = head + '<meta property="og:site_name" content="Xinhuanet"></head><body>'
    doc = clean(page_from_bytes("page.html", (named + body + "</body></html>").encode()))
    assert (doc.publisher, doc.publisher_country) == ("Xinhua News Agency", "CHN")
    doc = clean(
        page_from_bytes("page.html", (head + "</head><body>" + body + "</body></html>").encode())
    )
    assert (doc.publisher, doc.publisher_country) == ("Xinhua News Agency", "CHN")


def test_headline_marks_and_section_prefix() -> None:
    doc = clean_text_page(
        "08/15/2025 | Press release | Archived content\n"
        "- Third APEC Senior Officials' Meeting (SOM3) Held in Incheon -\n"
        "1. The Third Senior Officials' Meeting of APEC was held from July 26 to August 15 in "
        "Incheon, presided over by the Chair of the 2025 APEC Senior Officials' Meeting.\n"
    )
    assert (doc.title, doc.published, doc.category) == (
        "Third APEC Senior Officials' Meeting (SOM3) Held in Incheon",
        "2025-08-15",
        "Press Release",
    )
    doc = clean_text_page(
        "Top Stories : Press Statement by the Prime Minister at the Press Conference of the "
        "ACMECS Summit\n\n1. On behalf of the Royal Thai Government, I am honoured to host the "
        "8th ACMECS Summit, and I thank all Leaders for their support.\n"
    )
    assert doc.category == "Top Stories"


def test_long_headline_under_a_stamp_but_not_a_sentence_under_it() -> None:
    page = (
        "01/19/2025 | Press release | Distributed by Public on 01/19/2025 11:40\n\n"
        "Visit by Minister for Foreign Affairs Dr Vivian Balakrishnan to Langkawi, Malaysia for "
        "the ASEAN Foreign Ministers' Retreat, 18 to 19 January 2025\n\n"
        "Minister for Foreign Affairs Dr Vivian Balakrishnan attended the ASEAN Foreign "
        "Ministers' Retreat from 18 to 19 January 2025 in Langkawi, Malaysia.\n"
    )
    assert clean_text_page(page).title.startswith("Visit by Minister for Foreign Affairs")
    page = (
        "วันที่นำเข้าข้อมูล 4 Jan 2018\n"
        "H.E. Mr. Don Pramudwinai, Minister of Foreign Affairs of the Kingdom of Thailand, is "
        "scheduled to join the delegation led by H.E. General Prayut\n"
        "Chan-O-Cha, Prime Minister of Thailand, to attend the 2nd MLC Leaders' Meeting.\n"
    )
    assert clean_text_page(page).title is None


def test_honorifics_are_no_sentence_break_in_a_headline() -> None:
    doc = clean_text_page(
        "Minister Dr. Vivian Balakrishnan Meets Gen. Prayut at the ASEAN Retreat\n\n"
        "Minister for Foreign Affairs Dr Vivian Balakrishnan attended the ASEAN Foreign "
        "Ministers' Retreat from 18 to 19 January 2025 in Langkawi, Malaysia.\n"
    )
    assert doc.title == "Minister Dr. Vivian Balakrishnan Meets Gen. Prayut at the ASEAN Retreat"


def test_a_place_under_the_date_stamp_is_no_section() -> None:
    doc = clean_text_page(
        " date 2020-11-14 Jakarta\n\nLeaders Meet With Key ASEAN Partners\n\n"
        "The President today attended the ASEAN Summit and discussed with Leaders a range of "
        "shared challenges facing the region.\n"
    )
    assert (doc.category, doc.title) == (None, "Leaders Meet With Key ASEAN Partners")


def test_release_numbers_and_embargo_lines_are_not_headlines() -> None:
    doc = clean_text_page(
        "Leaders Adopt the Vientiane Declaration\nPress Release No. 123/2024\n"
        "For Immediate Release\n11 October 2024\n\n"
        "The leaders adopted the Vientiane Declaration at the close of the summit in Vientiane "
        "on Friday and thanked the Lao chair.\n"
    )
    assert (doc.title, doc.published) == ("Leaders Adopt the Vientiane Declaration", "2024-10-11")


def test_bylines_credits_and_bullets_are_never_the_title() -> None:
    body = (
        "The leaders adopted the Vientiane Declaration at the close of the summit in Vientiane "
        "on Friday and thanked the Lao chair.\n"
    )
    for line in ("By John Smith, Reporter", "BY JANE DOE AND JOHN ROE", "Author: Staff Writer"):
        doc = clean_text_page(f"Leaders Adopt the Vientiane Declaration\n{line}\n\n{body}")
        assert doc.title == "Leaders Adopt the Vientiane Declaration", line
    doc = clean_text_page(f"• Home • News • Leaders and Partners\n\n{body}")
    assert doc.title is None


def test_posted_on_by_line_gives_date_and_publisher() -> None:
    doc = clean_text_page(
        "ASEAN, Japan Commit to Deeper Cooperation\n"
        "Posted on 14 July 2023 by ASEAN Secretariat\n\n"
        "The ASEAN and Japan foreign ministers committed to deepen cooperation at their meeting "
        "in Jakarta on Thursday.\n"
    )
    assert (doc.title, doc.published, doc.publisher) == (
        "ASEAN, Japan Commit to Deeper Cooperation",
        "2023-07-14",
        "ASEAN Secretariat",
    )


def test_posted_on_with_a_colon_and_a_time_then_by_gives_the_publisher() -> None:
    doc = clean_text_page(
        "Prime Minister's address at the 21st ASEAN-India Summit\n"
        "Posted On: 10 OCT 2024 12:35PM by PIB Delhi\n\n"
        "Prime Minister Shri Narendra Modi participated in the 21st ASEAN-India Summit in "
        "Vientiane, Lao PDR, today.\n"
    )
    assert (doc.published, doc.publisher, doc.publisher_country) == (
        "2024-10-10",
        "Press Information Bureau",
        "IND",
    )


def test_time_and_place_stamp_takes_its_year_from_the_page() -> None:
    doc = clean_text_page(
        "FA Ministers of Peru and Chile meet in U.S.\n\n"
        "08:38 | San Francisco (U.S.), Nov. 15.\n\n"
        "Peruvian Foreign Affairs Minister held a meeting with his Chilean counterpart on "
        "Tuesday, ahead of the APEC Leaders' Meeting of 2023 in San Francisco.\n"
    )
    assert (doc.title, doc.published) == (
        "FA Ministers of Peru and Chile meet in U.S.",
        "2023-11-15",
    )


def test_date_lines_with_time_zones_and_at_signs() -> None:
    assert bare_date("July 14, 2023 @ 8:32pm") == "2023-07-14"
    assert bare_date("14 Jul 2023 10:05 AM SGT") == "2023-07-14"
    doc = clean_text_page(
        "Asean ministers meet in Jakarta\nPUBLISHED JUL 14, 2023, 08:00 PM SGT\n\n"
        "The ministers agreed to deepen cooperation on maritime security at their annual "
        "meeting on Thursday.\n"
    )
    assert (doc.title, doc.published) == ("Asean ministers meet in Jakarta", "2023-07-14")


KOREAN_PAGE = (
    "한미 외교장관 회담 개최\n\n"
    "외교부는 5월 10일 서울에서 한미 외교장관 회담을 개최하였다고 밝혔다. "
    "양측은 한반도 정세와 경제 안보 분야의 협력 방안에 대해 폭넓게 논의하였다.\n\n"
    "양 장관은 앞으로도 긴밀히 소통해 나가기로 하였다.\n"
)
THAI_PAGE = (
    "การประชุมหารือทวิภาคีไทย-ญี่ปุ่น\n\n"
    "รัฐมนตรีว่าการกระทรวงการต่างประเทศได้หารือกับรัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น "
    "ณ กรุงเทพมหานคร ทั้งสองฝ่ายหารือเกี่ยวกับความร่วมมือด้านเศรษฐกิจ\n\n"
    "ทั้งสองฝ่ายเห็นพ้องที่จะกระชับความสัมพันธ์ต่อไป\n"
)


@pytest.mark.parametrize(("page", "language"), [(KOREAN_PAGE, "ko"), (THAI_PAGE, "th")])
def test_korean_and_thai_pages_keep_their_text(page: str, language: str) -> None:
    doc = clean(page_from_bytes("page.txt", page.encode()))
    title, first, second = [p for p in page.split("\n") if p]
    assert doc.title == title
    assert doc.text == f"{first}\n\n{second}"
    assert doc.language == language


@pytest.mark.parametrize(
    "page",
    [
        "외교부는 오늘 한미 외교장관 회담을 개최하였다고 밝혔다.\n\n양측은 정세를 논의하였다.\n",
        "กระทรวงการต่างประเทศได้จัดการประชุมหารือกับญี่ปุ่น\n\nทั้งสองฝ่ายหารือเกี่ยวกับเศรษฐกิจ\n",
    ],
)
def test_short_korean_and_thai_pages_keep_every_paragraph(page: str) -> None:
    doc = clean(page_from_bytes("page.txt", page.encode()))
    paragraphs = [p for p in page.split("\n") if p]
    assert all(p in doc.text or p == doc.title for p in paragraphs)


def test_a_korean_footer_under_an_english_release_is_still_dropped() -> None:
    page = (
        "Foreign Ministers Meet in Seoul\n\n"
        "The Foreign Ministers of Korea and Japan met in Seoul on 10 May 2024 and discussed "
        "economic security, supply chains and the situation on the Korean Peninsula.\n\n"
        "외교부 서울특별시 종로구 사직로8길 60\n"
    )
    doc = clean(page_from_bytes("page.txt", page.encode()))
    assert doc.text.endswith("the Korean Peninsula.")


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_past_the_parser_depth_keeps_text_and_title(depth: int) -> None:
    body = "<p>The Foreign Ministers met in Lima on 14 November 2024 and agreed on trade.</p>"
    html = (
        "<html><head><title>Foreign Ministers Meet in Lima</title></head><body>"
        + "<div><span>" * depth
        + body
        + "</span></div>" * depth
        + "</body></html>"
    )
    doc = clean(page_from_bytes("deep.html", html.encode()))
    assert doc.title == "Foreign Ministers Meet in Lima"
    assert doc.text == "The Foreign Ministers met in Lima on 14 November 2024 and agreed on trade."


def test_a_page_of_scripts_and_styles_keeps_its_title_and_no_script() -> None:
    html = (
        "<html><head><title>Leaders Meet in Lima | Ministry of Foreign Affairs</title>"
        "<script>var secret = 1;</script></head><body><style>p { color: red }</style>"
        "<script>alert('x')</script></body></html>"
    )
    doc = clean(page_from_bytes("scripts.html", html.encode()))
    assert (doc.title, doc.text) == ("Leaders Meet in Lima", "")


def test_a_title_is_at_most_a_line_of_text() -> None:
    headline = "Ministers " * 100_000  # a million characters
    body = "The Foreign Ministers met in Lima on 14 November 2024 and agreed on a work plan."
    html = f"<html><head><title>{headline}</title></head><body><p>{body}</p></body></html>"
    doc = clean(page_from_bytes("page.html", html.encode()))
    assert doc.title == "Ministers " * 28 + "Ministers…"  # cut at the last word that fits
    assert doc.text == body


def test_a_headline_of_long_words_is_cut_too() -> None:
    body = "The Foreign Ministers met in Lima on 14 November 2024 and agreed on a work plan."
    page = f"Ministerial {'x' * 400} Meeting\n\n{body}\n"
    doc = clean(page_from_bytes("page.txt", page.encode()))
    assert doc.title == "Ministerial " + "x" * 287 + "…"
    assert doc.text == body


def test_a_title_is_one_line() -> None:
    html = "<html><head><title>Leaders\n  Meet\tin Lima</title></head><body><p>Hi.</p>"
    assert clean(page_from_bytes("page.html", html.encode())).title == "Leaders Meet in Lima"


def test_a_speechs_meeting_date_and_place_lines_open_the_body() -> None:
    page = (
        "Speeches\nStatement by the Minister of Foreign Affairs\nat the 31st ASEAN Summit\n"
        "Manila, 13 November 2017\n"
        "Thank you, Mr. Chairman. It is an honour to be here today with my colleagues from "
        "across the region.\n"
    )
    doc = clean_text_page(page)
    assert doc.title == "Statement by the Minister of Foreign Affairs"
    assert doc.text.startswith("at the 31st ASEAN Summit\nManila, 13 November 2017\n\nThank you")
