"""A content file must be what its extension says; the EICAR test file is refused.

Real media come from the packages by others in ../shared/h5p (skipped when absent).
"""

import zipfile
from pathlib import Path

import pytest

from courses.h5p.media import CHECKED_EXTENSIONS, HEAD_BYTES, check_media, eicar, extension
from tests.helpers import require

H5P_DIR = Path(__file__).resolve().parents[3] / ".." / "shared" / "h5p"

# Built from two halves so that this test file is not itself reported by antivirus scanners.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR" + b"-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
MP3_FRAME = b"\xff\xfb\x90\x64" + b"\x00" * 32


def content_files(relative: str) -> list[tuple[str, bytes]]:
    path = H5P_DIR / relative
    require(path.is_file(), f"the shared H5P test packages ({path}) are not here")
    with zipfile.ZipFile(path) as archive:
        return [
            (info.filename, archive.open(info).read(HEAD_BYTES))
            for info in archive.infolist()
            if info.filename.startswith("content/") and not info.is_dir()
        ]


@pytest.mark.parametrize(
    ("package", "expected"),
    [
        ("valid/H5P.Dialogcards.h5p", {"mp3": 5, "jpg": 5, "json": 1}),
        ("valid/agamotto-valid3-3-images.h5p", {"jpg": 2, "json": 1}),
        ("valid/H5P.Blanks.h5p", {"jpg": 1, "json": 1}),
        ("valid/greetingcard-valid2.h5p", {"jpg": 1, "json": 1}),
        # An upper-case .PNG, as real packages have (the HTML beside it is the validator's).
        ("hostile/iframe-embedder-html.h5p", {"png": 1, "json": 1}),
    ],
)
def test_real_media_are_what_their_names_say(package, expected):
    files = [(n, head) for n, head in content_files(package) if extension(n) != "html"]

    found: dict[str, int] = {}
    for name, head in files:
        assert check_media(name, head) is None, name
        found[extension(name)] = found.get(extension(name), 0) + 1

    assert found == expected


def test_the_eicar_file_disguised_as_an_image_is_refused():
    files = dict(content_files("hostile/eicar-in-content.h5p"))

    problem = check_media("content/eicar.jpg", files["content/eicar.jpg"])

    assert eicar(files["content/eicar.jpg"])
    assert problem is not None
    assert problem.code == "media_eicar"
    assert problem.path == "content/eicar.jpg"
    assert "content/eicar.jpg" in str(problem.message)
    assert "looks like a virus test file" in str(problem.message)
    assert check_media("content/content.json", files["content/content.json"]) is None


@pytest.mark.parametrize(
    "head",
    [EICAR, EICAR + b"\r\n", b"GIF89a" + b"\x00" * 20 + EICAR, PNG + EICAR],
)
def test_eicar_is_found_anywhere_in_the_head_whatever_the_extension(head):
    assert eicar(head)
    assert check_media("images/a.png", head).code == "media_eicar"


def test_eicar_is_not_found_in_ordinary_files():
    assert not eicar(PNG)
    assert not eicar(EICAR[:-1])
    assert not eicar(b"")


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("images/a.png", PNG),
        ("images/a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
        ("images/a.JPEG", b"\xff\xd8\xff\xe1"),
        ("images/a.gif", b"GIF87a\x01\x00"),
        ("images/a.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 "),
        ("images/a.bmp", b"BM\x36\x00\x00\x00"),
        ("images/a.tif", b"II*\x00\x08\x00"),
        ("images/a.tiff", b"MM\x00*\x00\x00"),
        ("audios/a.mp3", b"ID3\x04\x00"),
        ("audios/a.mp3", MP3_FRAME),
        ("audios/a.m4a", b"\x00\x00\x00\x20ftypM4A "),
        ("videos/a.mp4", b"\x00\x00\x00\x18ftypmp42"),
        ("videos/a.webm", b"\x1a\x45\xdf\xa3\x9f"),
        ("audios/a.ogg", b"OggS\x00\x02"),
        ("audios/a.oga", b"OggS\x00\x02"),
        ("videos/a.ogv", b"OggS\x00\x02"),
        ("audios/a.wav", b"RIFF\x24\x08\x00\x00WAVEfmt "),
        ("files/a.pdf", b"%PDF-1.7\n"),
        ("files/a.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHi"),
        ("files/a.vtt", b"\xef\xbb\xbfWEBVTT - captions\n"),
        ("files/a.webvtt", b"WEBVTT"),
        ("files/a.txt", "ភាសាខ្មែរ Tiếng Việt".encode()),
        ("files/a.json", b'\xef\xbb\xbf{"a": 1}'),
        # The head may end in the middle of a character: that is not held against the file.
        ("files/a.txt", "ខ្មែរ".encode()[:-1]),
    ],
)
def test_files_whose_first_bytes_match_their_extension_pass(name, head):
    assert check_media(name, head) is None


@pytest.mark.parametrize(
    ("name", "head", "claim"),
    [
        ("images/a.png", b"<!DOCTYPE html><script>alert(1)</script>", "a PNG image"),
        ("images/a.png", b"<svg xmlns='http://www.w3.org/2000/svg' onload='x()'/>", "a PNG image"),
        ("audios/a.mp3", b"#!/bin/sh\nrm -rf /\n", "an MP3 audio file"),
        ("audios/a.mp3", b"alert(document.cookie)", "an MP3 audio file"),
        # A UTF-16 text file starts with 0xFF too, but not with a valid MPEG frame header.
        ("audios/a.mp3", "<html>".encode("utf-16"), "an MP3 audio file"),
        # Both are images, but the extension must be what the file is.
        ("images/a.jpg", PNG, "a JPEG image"),
        ("images/a.gif", PNG, "a GIF image"),
        ("audios/a.wav", b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WAV audio file"),
        ("videos/a.mp4", b"\x1a\x45\xdf\xa3", "an MPEG-4 audio or video file"),
        ("files/a.pdf", b"<html>%PDF-1.7", "a PDF document"),
        ("files/a.vtt", b"WEBVTTX", "a WebVTT captions file"),
        ("files/a.txt", b"MZ\x90\x00\x03\x00", "a UTF-8 text file"),
        ("files/a.json", b"\xff\xfe{\x00}\x00", "a UTF-8 text file"),
    ],
)
def test_files_that_are_something_else_are_refused(name, head, claim):
    problem = check_media(name, head)

    assert problem is not None
    assert problem.code == "media_mismatch"
    assert problem.path == name
    assert name in str(problem.message)
    assert claim in str(problem.message)


@pytest.mark.parametrize("name", ["images/a.png", "files/a.txt", "audios/a.mp3"])
def test_empty_files_are_refused(name):
    problem = check_media(name, b"")

    assert problem.code == "media_empty"
    assert name in str(problem.message)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("images/xss.svg", ".svg"),
        ("phet.html", ".html"),
        ("content/run.js", ".js"),
        ("fonts/a.woff2", ".woff2"),
        ("content/README", "none"),
        ("content/.htaccess", "none"),
    ],
)
def test_kinds_we_cannot_check_are_refused(name, shown):
    problem = check_media(name, b"anything")

    assert problem.code == "media_type_unchecked"
    assert name in str(problem.message)
    assert shown in str(problem.message)


def test_every_checked_kind_is_allowed_in_content_and_nothing_more():
    from courses.h5p import limits

    content_extensions = getattr(limits, "CONTENT_EXTENSIONS", None)
    require(content_extensions is not None, "courses.h5p.limits has no CONTENT_EXTENSIONS yet")
    assert content_extensions == CHECKED_EXTENSIONS


def test_a_name_with_invisible_characters_is_shown_spelled_out():
    problem = check_media("images/a\u202egnp.jpg", PNG)

    assert "\u202e" not in str(problem.message)
    assert "\\u202e" in str(problem.message)
