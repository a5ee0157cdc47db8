"""UP-4: documents are served with safe headers, and every download name is sanitised.

The header assertions follow Wagtail's own (wagtail/documents/tests/test_views.py: TestServeView),
with the project's download names (from the title, never the uploader's file name).
"""

import random
import re
import unicodedata
from pathlib import Path
from unittest import mock
from urllib.parse import unquote

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model

from tests.helpers import wagtail_base_ensure
from tests.uploads.test_images import media
from tests.uploads.test_storage import PDF
from uploads.downloads import ascii_download_name, content_disposition, safe_download_name

__all__ = ["media"]  # fixture

ID3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 64
DOCUMENT_CSP = "default-src 'none'"
PROJECT = Path(settings.BASE_DIR)


def document(title: str, name: str, data: bytes):
    wagtail_base_ensure()  # a browser test's flush may have removed the root collection
    doc = get_document_model()(title=title)
    doc.file.save(name, ContentFile(data, name=name))
    return doc


def served(doc):
    response = Client().get(reverse("wagtaildocs_serve", args=(doc.id, doc.filename)))
    if response.streaming:
        b"".join(response.streaming_content)
    return response


@pytest.fixture
def audio(media, db):
    return document("Lesson 3: your rights at work", "maria-recording.mp3", ID3)


@pytest.fixture
def pdf(media, db):
    return document("Guide to the hotline", "maria-notes.pdf", PDF)


def test_documents_go_through_the_serve_view_and_only_pdf_is_inline():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]


def test_a_non_pdf_document_is_an_attachment_named_after_its_title(audio):
    response = served(audio)
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="Lesson 3_ your rights at work.mp3"; '
        "filename*=UTF-8''Lesson%203_%20your%20rights%20at%20work.mp3"
    )
    assert "maria" not in response["Content-Disposition"]


def test_a_pdf_is_inline(pdf):
    response = served(pdf)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('inline; filename="Guide to the hotline.pdf"')


@pytest.mark.parametrize("fixture", ["audio", "pdf"])
def test_a_served_document_runs_nothing_and_is_not_sniffed(request, fixture):
    response = served(request.getfixturevalue(fixture))
    assert response["Content-Security-Policy"] == DOCUMENT_CSP
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_headers_hold_even_if_wagtail_is_told_not_to_block_embedded_content(pdf, settings):
    settings.WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = False
    assert served(pdf)["Content-Security-Policy"] == DOCUMENT_CSP


def test_a_type_wrongly_listed_as_inline_by_wagtail_still_downloads(audio, settings):
    # Wagtail decides inline from its setting; the middleware checks the type again.
    with mock.patch.object(type(audio), "content_disposition", "inline"):
        response = served(audio)
    assert response["Content-Disposition"].startswith("inline") is (
        "audio/mpeg" in settings.WAGTAILDOCS_INLINE_CONTENT_TYPES
    )


def test_a_khmer_title_downloads_with_an_ascii_fallback(media, db):
    title = "សិទ្ធិកុមារ"
    response = served(document(title, "x.pdf", PDF))
    header = response["Content-Disposition"]
    header.encode("ascii")
    assert 'filename="download.pdf"' in header
    assert unquote(header.split("filename*=UTF-8''")[1]) == f"{title}.pdf"


def test_a_document_from_storage_without_local_paths_gets_the_same_headers(pdf):
    # As Wagtail's test_non_local_filesystem_headers: the FileResponse branch of the view.
    no_path = mock.PropertyMock(side_effect=NotImplementedError)
    with mock.patch("django.db.models.fields.files.FieldFile.path", new=no_path):
        response = served(pdf)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('inline; filename="Guide to the hotline')
    assert response["Content-Security-Policy"] == DOCUMENT_CSP
    assert response["X-Content-Type-Options"] == "nosniff"


# --- The download-name sanitiser ----------------------------------------------------------------

UNSAFE = re.compile(r"[/\\\"'\x00-\x1f\x7f]")
# What an attacker would try: separators, quotes, controls, bidi overrides, lone surrogates,
# header syntax, dots and spaces, plus Khmer and Vietnamese letters a real title has.
ALPHABET = (
    "/\\\"'`;,=*%.: \t\r\n\x00\x1b\x7f\x85\u2028\u2029\u200b\u202e\u2066\ufeff\ud800\udfff"
    "aZ09-_()~ស៊ិទ្ធកុមារếệđ\U0001f600"
)


def fuzz_names(count: int = 3000):
    """Seeded random names over ALPHABET and all of Unicode (no dependency needed)."""
    rng = random.Random(6266)
    for _ in range(count):
        size = rng.randint(0, 260)
        if rng.random() < 0.7:
            yield "".join(rng.choice(ALPHABET) for _ in range(size))
        else:
            yield "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(size))


def check_name(name: str) -> None:
    safe = safe_download_name(name)
    assert safe and len(safe) <= 160
    assert not UNSAFE.search(safe)
    assert not any(unicodedata.category(char).startswith("C") for char in safe)
    assert safe.strip() == safe and not safe.startswith(".")
    assert re.fullmatch(r"[A-Za-z0-9._()\- ]+", ascii_download_name(name))


def check_header(name: str, inline: bool) -> None:
    header = content_disposition(name, inline=inline)
    header.encode("ascii")
    assert "\r" not in header and "\n" not in header
    match = re.fullmatch(
        r'(inline|attachment); filename="([^"]+)"; filename\*=UTF-8\'\'(\S+)', header
    )
    assert match and match[1] == ("inline" if inline else "attachment")
    assert unquote(match[3]) == safe_download_name(name)


def test_no_path_separator_control_character_or_quote_survives():
    for index, name in enumerate(fuzz_names()):
        check_name(name)
        check_header(name, inline=bool(index % 2))


def test_the_same_properties_hold_under_hypothesis():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)

    @hypothesis.given(text | st.text(ALPHABET, max_size=300), st.booleans())
    def check(name, inline):
        check_name(name)
        check_header(name, inline)

    check()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../etc/passwd", "_.._etc_passwd"),
        ('report"; filename="evil.exe', "report__ filename=_evil.exe"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        (".pdf", "download.pdf"),
        ("Tiếng Việt.mp3", "Tiếng Việt.mp3"),
    ],
)
def test_known_bad_names(name, expected):
    assert safe_download_name(name) == expected


def test_the_project_sets_content_disposition_only_through_the_helper():
    pattern = re.compile(r"""\[["']Content-Disposition["']\]\s*=\s*(.+)""")
    offenders = []
    for folder in ("courses", "resources", "paralegal", "site"):
        for path in (PROJECT / folder).rglob("*.py"):
            for line in path.read_text(encoding="utf-8").splitlines():
                found = pattern.search(line)
                if found and not found[1].startswith(("content_disposition(", '"attachment"')):
                    offenders.append(f"{path.relative_to(PROJECT)}: {line.strip()}")
    assert offenders == []
