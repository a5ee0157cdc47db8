"""Every upload form type-checks, counts the quota and scans; a refusal stores nothing."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, UploadedFile

from courses.models import H5PPackage
from resources.models import GuideAudio
from tests.guides import add_guide
from tests.resources.test_guide_audio import guide_edit_form, wav_bytes
from uploads.quota import MB
from uploads.scanner import INFECTED_ACTION, FakeScanner, ScanResult

pytestmark = pytest.mark.django_db

VIRUS = "This file contains a virus or other malware, so it was not uploaded."
UNCHECKED = "could not be checked for viruses, so it was not uploaded; try again later."
PDF = b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 200)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def scanner_says(settings, monkeypatch):
    def answer(result):
        settings.UPLOAD_SCANNER = "uploads.scanner.FakeScanner"
        monkeypatch.setattr(FakeScanner, "answer", result)

    return answer


@pytest.fixture
def editor(make_user):
    return make_user("editor1", role="editor", mfa=True)


@pytest.fixture
def client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


def stored(media) -> list:
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


def add_image(client, name: str, data: bytes):
    return client.post(
        reverse("wagtailimages:add"), {"title": "A", "file": SimpleUploadedFile(name, data)}
    )


def add_document(client, name: str, data: bytes):
    return client.post(
        reverse("wagtaildocs:add"), {"title": "A", "file": SimpleUploadedFile(name, data)}
    )


# --- Wagtail images and documents ------------------------------------------------------------


def test_a_clean_image_and_a_clean_pdf_are_stored(client, editor, media):
    assert add_image(client, "photo.png", png()).status_code == 302
    assert add_document(client, "leaflet.pdf", PDF).status_code == 302
    assert get_image_model().objects.get().uploaded_by_user == editor
    assert get_document_model().objects.get().uploaded_by_user == editor


@pytest.mark.parametrize(
    ("result", "message"),
    [(ScanResult.infected("Win.Test"), VIRUS), (ScanResult.error("timed out"), UNCHECKED)],
)
def test_an_image_the_scanner_does_not_pass_is_refused(
    client, media, scanner_says, result, message
):
    scanner_says(result)
    response = add_image(client, "photo.png", png())
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_image_model().objects.exists()
    assert stored(media) == []
    audited = ModelLogEntry.objects.filter(action=INFECTED_ACTION).count()
    assert audited == (1 if result.status == "infected" else 0)


def test_an_infected_document_is_refused_and_audited(client, editor, media, scanner_says):
    scanner_says(ScanResult.infected("Pdf.Exploit"))
    response = add_document(client, "leaflet.pdf", PDF)
    assert VIRUS in response.content.decode()
    assert not get_document_model().objects.exists()
    assert stored(media) == []
    assert ModelLogEntry.objects.get(action=INFECTED_ACTION).user == editor


def test_an_html_page_renamed_pdf_is_refused(client, media):
    response = add_document(client, "leaflet.pdf", HTML)
    assert response.status_code == 200
    assert "This file is not what its name says" in response.content.decode()
    assert "File extension" not in response.content.decode()  # only the reason, once
    assert not get_document_model().objects.exists()
    assert stored(media) == []


def test_a_document_type_outside_the_policy_is_refused(client, media):
    response = add_document(client, "notes.html", HTML)
    assert response.status_code == 200
    assert not get_document_model().objects.exists()
    assert stored(media) == []


def test_a_polyglot_image_is_refused(client, media):
    data = png()
    response = add_image(client, "photo.png", data[:-12] + b"\0\0\0\0<html><script>" + data[-12:])
    assert response.status_code == 200
    # Our check names the markup; Pillow may refuse the foreign chunk first ("not a valid
    # image"), depending on its state. Either way the file is refused and nothing is kept.
    errors = str(response.context["form"].errors["file"])
    assert "This file contains web page or script code" in errors or "valid image" in errors
    assert not get_image_model().objects.exists()
    assert stored(media) == []


def test_an_upload_past_the_quota_is_refused_saying_how_much_is_used(client, media, settings):
    settings.UPLOAD_QUOTA_BYTES = {"media": MB // 1000}  # about 1 KB
    assert add_document(client, "leaflet.pdf", PDF).status_code == 302
    response = add_document(client, "more.pdf", PDF[:9] + b"%" * 2000 + b"\n" + PDF[9:])
    assert response.status_code == 200
    size = get_document_model().objects.get().file_size
    assert f"you have used {size}\xa0bytes of 1.0\xa0KB" in response.content.decode()
    assert get_document_model().objects.count() == 1


def test_the_multiple_uploader_refuses_and_keeps_nothing(client, media, scanner_says):
    scanner_says(ScanResult.infected("Win.Test"))
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("photo.png", png())},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert VIRUS in response.json()["error_message"]
    assert not get_image_model().objects.exists()
    assert not UploadedFile.objects.exists()
    assert stored(media) == []


# --- H5P, guide recordings, XLIFF -------------------------------------------------------------


def test_the_h5p_upload_view_refuses_what_the_scanner_does_not_pass(client, media, scanner_says):
    scanner_says(ScanResult.error("connection refused"))
    response = client.post(
        reverse("h5p_admin:package_upload"),
        {"file": SimpleUploadedFile("quiz.h5p", b"PK\x03\x04" + b"\0" * 40)},
    )
    assert response.status_code == 400
    assert UNCHECKED in response.content.decode()
    assert not H5PPackage.objects.exists()
    assert stored(media) == []


def test_a_guide_recording_the_scanner_does_not_pass_is_refused(
    client, editor, media, scanner_says, index
):
    scanner_says(ScanResult.infected("Win.Test"))
    guide = add_guide(index)
    form = guide_edit_form(
        guide, [{"language": "km", "file": SimpleUploadedFile("talk.wav", wav_bytes())}]
    )
    response = client.post(f"/admin/pages/{guide.pk}/edit/", form)
    assert response.status_code == 200
    assert VIRUS in response.content.decode()
    assert not GuideAudio.objects.exists()
    assert guide.revisions.count() == 1
    assert stored(media) == []
    # The validator has no request: the admin's log context says who uploaded.
    assert ModelLogEntry.objects.get(action=INFECTED_ACTION).user == editor


def test_an_xliff_import_the_scanner_does_not_pass_is_refused(
    client, media, scanner_says, monkeypatch
):
    scanner_says(ScanResult.infected("Xml.Test"))
    monkeypatch.setattr(
        "translation_exchange.views.check_and_import",
        lambda *a, **k: pytest.fail("an unscanned file was imported"),
    )
    response = client.post(
        "/admin/translation-files/",
        {"import": "1", "language": "km", "file": SimpleUploadedFile("km.xlf", b"<xliff/>")},
    )
    assert response.status_code == 400
    assert VIRUS in response.content.decode()


def test_a_truncated_image_is_refused_with_a_message_not_an_error_page(client, media):
    data = png()
    response = add_image(client, "photo.png", data[: len(data) // 2])
    assert response.status_code == 200
    assert not get_image_model().objects.exists()
    assert response.context["form"].errors["file"]
