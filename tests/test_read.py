from __future__ import annotations

from pathlib import Path

import pytest

from summitry.errors import UnreadablePage
from summitry.read import expand_paths, read_page


def test_utf8_text_page(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Ministers met in Lima.\n", encoding="utf-8")
    raw = read_page(page)
    assert raw.text == "Ministers met in Lima.\n"
    assert not raw.is_html
    assert len(raw.sha256) == 64


def test_latin1_is_decoded_by_detection(tmp_path: Path) -> None:
    page = tmp_path / "latin1.txt"
    text = "La ministra Desilú León presidió la reunión en Lima, Perú, el 14 de noviembre.\n" * 3
    page.write_bytes(text.encode("latin-1"))
    raw = read_page(page)
    assert "Desilú León" in raw.text and "Perú" in raw.text


def test_html_detected_by_content_not_extension(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<!DOCTYPE html><html><body><p>Hi</p></body></html>", encoding="utf-8")
    assert read_page(page).is_html


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "is empty"), (b"  \n\t ", "is empty"), (b"\x89PNG\r\n\x1a\n" + bytes(64), "is binary")],
)
def test_bad_inputs_get_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    page = tmp_path / "bad.txt"
    page.write_bytes(content)
    with pytest.raises(UnreadablePage) as info:
        read_page(page)
    message = str(info.value)
    assert reason in message and str(page) in message and "\n" not in message


def test_size_limit(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    page.write_bytes(b"word " * 300)
    with pytest.raises(UnreadablePage, match="limit"):
        read_page(page, max_bytes=1000)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadablePage, match="no such file"):
        read_page(tmp_path / "nope.txt")


def test_expand_folders_recursively_and_globs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.html", "sub/c.txt", ".hidden/d.txt", "sub/e.gold.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert found == ["a.txt", "sub/b.html", "sub/c.txt"]
    globbed = list(expand_paths([str(tmp_path / "sub" / "*.txt")]))
    assert [Path(p).name for p in globbed] == ["c.txt"]


def test_windows_1252_is_not_read_as_windows_1250(tmp_path: Path) -> None:
    page = tmp_path / "cp1252.txt"
    text = "Foreign Minister Muñoz called the “naïve” plan ‘over’ – and left Asunción.\n" * 3
    page.write_bytes(text.encode("cp1252"))
    raw = read_page(page)
    assert raw.encoding == "cp1252"
    assert raw.text == text


def test_central_european_single_byte_text_stays_cp1250(tmp_path: Path) -> None:
    page = tmp_path / "cp1250.txt"
    text = "Minister Radosław Sikorski spotkał się w Łodzi z ministrem. Źródło: MSZ.\n" * 2
    page.write_bytes(text.encode("cp1250"))
    assert read_page(page).text == text


@pytest.mark.xfail(
    strict=True,
    reason="Czech in cp1250 reads as well in cp1252 letter for letter; ties go to cp1252",
)
def test_czech_single_byte_text(tmp_path: Path) -> None:
    page = tmp_path / "cz.txt"
    text = "Ministr Lipavský přijel do Prahy a děkuje za spolupráci.\n"
    page.write_bytes(text.encode("cp1250"))
    assert read_page(page).text == text


def test_a_declared_charset_is_used_when_the_bytes_fit_it(tmp_path: Path) -> None:
    page = tmp_path / "cz.html"
    html = '<html><head><meta charset="windows-1250"></head><body><p>Ministr přijel.</p>'
    page.write_bytes(html.encode("cp1250"))
    raw = read_page(page)
    assert "Ministr přijel." in raw.text and raw.is_html


HTML = "<!DOCTYPE html><html><head><title>Leaders Meet</title></head><body><p>Hi.</p></body></html>"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_html_with_and_without_bom_is_html(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "u16.html"
    page.write_bytes(HTML.encode(encoding))  # 'utf-16' writes a BOM, the others none
    raw = read_page(page)
    assert raw.is_html and raw.text == HTML and raw.warnings == ()


def test_one_invalid_utf8_byte_is_replaced_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "broken.txt"
    page.write_bytes("Señor Muñoz met “the press” in Seoul.".encode() + b"\xff" + b" Then he left.")
    raw = read_page(page)
    assert raw.encoding == "utf-8"
    assert raw.text == "Señor Muñoz met “the press” in Seoul.\ufffd Then he left."
    assert len(raw.warnings) == 1 and "\n" not in raw.warnings[0]
    assert raw.warnings[0] == f"{page}: 1 invalid UTF-8 sequence replaced with U+FFFD"


@pytest.mark.parametrize(
    "data",
    [
        b"\x00Ministers met in Lima.\n",  # at the start
        b"Ministers met\x00 in Lima.\n",  # inside
        b"Ministers met in Lima.\n" + b"x" * 5000 + b"\x00",  # after the first 4 KB
    ],
)
def test_nul_bytes_are_removed_wherever_they_are(tmp_path: Path, data: bytes) -> None:
    page = tmp_path / "nul.txt"
    page.write_bytes(data)
    raw = read_page(page)
    assert "\x00" not in raw.text and raw.text.startswith("Ministers met in Lima.")
    assert raw.warnings == (f"{page}: 1 NUL byte removed",)


def test_a_page_mostly_nul_bytes_is_binary(tmp_path: Path) -> None:
    page = tmp_path / "nul.txt"
    page.write_bytes(b"Ministers met in Lima.\n" + b"\x00" * 100)
    with pytest.raises(UnreadablePage, match="is binary"):
        read_page(page)


def test_binary_that_looks_like_utf16_is_binary(tmp_path: Path) -> None:
    page = tmp_path / "numbers.bin"
    page.write_bytes(b"".join(bytes([i % 30, 0]) for i in range(3000)))  # small 16-bit ints
    with pytest.raises(UnreadablePage, match="is binary"):
        read_page(page)


def test_the_nul_rule_holds_in_utf16_too(tmp_path: Path) -> None:
    page = tmp_path / "u16.txt"
    page.write_bytes("Ministers met\x00 in Lima.\n".encode("utf-16"))
    raw = read_page(page)
    assert raw.text == "Ministers met in Lima.\n"
    assert raw.warnings == (f"{page}: 1 NUL byte removed",)
    page.write_bytes(("Lima" + "\x00" * 50).encode("utf-16"))
    with pytest.raises(UnreadablePage, match="is binary"):
        read_page(page)


def test_control_characters_past_a_tenth_of_the_start_make_a_page_binary(tmp_path: Path) -> None:
    page = tmp_path / "controls.txt"
    page.write_bytes(b"Ministers met in Lima." + b"\x01\x1f\x0e" * 30 + b"x" * 1000)
    read_page(page)  # 90 control bytes in 1,112: under a tenth, read as text
    page.write_bytes(b"Ministers met in Lima." + b"\x01\x1f\x0e" * 30 + b"x" * 600)
    with pytest.raises(UnreadablePage, match="is binary"):
        read_page(page)  # 90 in 712: past a tenth
    page.write_bytes(("Lima \x01\x02 " * 100).encode("utf-16"))  # the same rule on UTF-16
    with pytest.raises(UnreadablePage, match="is binary"):
        read_page(page)
    page.write_bytes("Ministers met in Lima.\t\n\r\x0c".encode("utf-16"))  # spacing, not controls
    assert read_page(page).text == "Ministers met in Lima.\t\n\r\x0c"
