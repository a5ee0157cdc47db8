"""A file is accepted only when its extension, first bytes and decoding agree (UP-3)."""

import io
import random
import struct
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from uploads.filetypes import Refusal, check

IMAGES = ("gif", "jpg", "jpeg", "png", "webp")
DOCUMENTS = ("pdf", "mp3", "m4a", "ogg", "oga", "opus", "mp4", "webm")
PDF = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 60
M4A = b"\x00\x00\x00\x20ftypM4A " + b"\x00" * 60
MP4 = b"\x00\x00\x00\x20ftypisom" + b"\x00" * 60
OGG = b"OggS\x00\x02" + b"\x00" * 60
WEBM = b"\x1a\x45\xdf\xa3" + b"\x00" * 60
SVG_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def image(kind: str, size=(8, 8)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format=kind)
    return out.getvalue()


VALID = {
    "png": image("PNG"),
    "jpg": image("JPEG"),
    "gif": image("GIF"),
    "webp": image("WEBP"),
    "pdf": PDF,
    "mp3": MP3,
    "m4a": M4A,
    "mp4": MP4,
    "ogg": OGG,
    "opus": OGG,
    "webm": WEBM,
}


def verdict(data: bytes, name: str, allowed=IMAGES + DOCUMENTS) -> Refusal | None:
    return check(io.BytesIO(data), name, allowed)


@pytest.mark.parametrize("ext", sorted(VALID))
def test_real_files_are_accepted(ext):
    assert verdict(VALID[ext], f"file.{ext.upper()}") is None


def test_an_extension_the_policy_does_not_list_is_refused():
    found = verdict(VALID["png"], "photo.png", allowed=("pdf",))
    assert found.code == "type_not_allowed"
    assert ".png" in str(found) and ".pdf" in str(found)


@pytest.mark.parametrize("name", ["x.svg", "x.SVG", "x.svgz", "x", "x.html", "x.exe"])
def test_svg_is_refused_even_when_a_policy_lists_it_and_unknown_types_too(name):
    found = verdict(SVG_SCRIPT, name, allowed=(*IMAGES, "svg", "svgz", "html", "exe", ""))
    assert found.code == "type_not_allowed"


def test_an_svg_with_script_renamed_png_is_refused():
    assert verdict(SVG_SCRIPT, "logo.png").code == "content_mismatch"


def test_an_html_page_renamed_pdf_is_refused():
    assert verdict(HTML, "report.pdf").code == "content_mismatch"


def test_a_pdf_with_an_html_prefix_is_refused():
    assert verdict(HTML + PDF, "report.pdf").code == "content_mismatch"


def test_a_pdf_whose_first_bytes_also_hold_a_page_is_refused():
    polyglot = PDF[:9] + b"%<html><script>alert(1)</script>\n" + PDF[9:]
    assert verdict(polyglot, "report.pdf").code == "markup"


def test_a_gif_that_is_also_an_html_page_is_refused():
    gif = VALID["gif"]
    assert gif.startswith(b"GIF89a") or gif.startswith(b"GIF87a")
    # A GIF comment extension (0x21 0xFE) carrying a page, just after the screen descriptor
    # and colour table: still a valid GIF to Pillow, a page to a browser sniffing it.
    comment = b"<html><body><script>alert(1)</script>"
    block = b"\x21\xfe" + bytes([len(comment)]) + comment + b"\x00"
    table = 3 * 2 ** ((gif[10] & 0x07) + 1) if gif[10] & 0x80 else 0
    split = 13 + table
    polyglot = gif[:split] + block + gif[split:]
    assert Image.open(io.BytesIO(polyglot)).format == "GIF"
    assert verdict(polyglot, "cat.gif").code == "markup"


def test_markup_far_into_an_image_is_found_too():
    noise = Image.frombytes("L", (200, 200), random.Random(1).randbytes(40000))
    out = io.BytesIO()
    noise.save(out, format="PNG")
    png = out.getvalue()
    text = b"Comment\x00<script>fetch('/admin/')</script>"
    chunk = struct.pack(">I", len(text)) + b"tEXt" + text
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + text))
    polyglot = png[:-12] + chunk + png[-12:]  # just before IEND
    assert polyglot.index(b"<script") > 4096
    assert verdict(png, "noise.png") is None
    assert verdict(polyglot, "noise.png").code == "markup"


def test_an_extension_content_mismatch_is_refused():
    assert verdict(VALID["png"], "photo.jpg").code == "content_mismatch"
    assert verdict(VALID["mp4"], "talk.mp3").code == "content_mismatch"
    assert verdict(VALID["jpg"], "talk.webm").code == "content_mismatch"


def test_an_image_that_does_not_decode_is_refused():
    png = VALID["png"]
    assert verdict(png[: len(png) // 2], "photo.png").code == "broken"


def test_a_pixel_flood_png_is_refused(settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    assert verdict(image("PNG", (2000, 2000)), "flood.png").code == "broken"


def test_a_pdf_without_its_end_is_refused():
    assert verdict(PDF.replace(b"%%EOF", b""), "cut.pdf").code == "broken"


def test_the_file_is_left_at_its_start():
    upload = io.BytesIO(VALID["png"])
    upload.seek(5)
    check(upload, "photo.png", IMAGES)
    assert upload.tell() == 0


# --- Byte mutations of valid files: accept or reject, never an exception --------------------------


@st.composite
def mutated(draw):
    """A valid file of one kind with its first 64 bytes flipped, cut, grown or overwritten."""
    ext = draw(st.sampled_from(sorted(VALID)))
    data = bytearray(VALID[ext])
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, max(0, min(len(data), 64) - 1)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "set"]))
        if action == "flip" and data:
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del data[where : where + draw(st.integers(1, 64))]
        elif action == "insert":
            data[where:where] = draw(st.binary(max_size=16))
        elif data:
            data[where : where + 4] = draw(st.binary(min_size=4, max_size=4))
    return ext, bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_headers_are_accepted_or_refused_never_crash(case):
    ext, data = case
    found = verdict(data, f"file.{ext}")
    assert found is None or isinstance(found, Refusal)


def test_a_mutated_header_is_refused_as_a_mismatch():
    data = bytearray(VALID["png"])
    data[1] ^= 0xFF
    assert verdict(bytes(data), "file.png").code == "content_mismatch"
