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
