"""UP-4: uploads are stored under random names in MEDIA_ROOT, never under the uploader's name."""

import re
import stat
from io import BytesIO
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.uploads.test_images import admin_upload, assert_clean, editor_client, gps_jpeg, media
from uploads.storage import UploadStorage

__all__ = ["editor_client", "media"]  # fixtures

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
RANDOM = r"[0-9a-f]{32}"


def every_stored_path(root) -> list[str]:
    return [str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()]


def test_the_default_storage_is_the_upload_storage_in_every_environment():
    from config.settings import dev

    assert isinstance(storages["default"], UploadStorage)
    assert settings.STORAGES["default"]["BACKEND"] == "uploads.storage.UploadStorage"
    assert dev.STORAGES["default"]["BACKEND"] == "uploads.storage.UploadStorage"


def test_an_image_uploaded_in_the_admin_is_stored_under_a_random_name(media, editor_client):
    response = admin_upload(editor_client, "Maria-Home-Address.JPG", gps_jpeg())
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert re.fullmatch(rf"original_images/{RANDOM}\.jpg", image.file.name)
    assert image.title == "A photo"
    image.get_rendition("fill-20x20")
    stored = every_stored_path(media)
    assert len(stored) == 2
    assert not any("maria" in path.lower() for path in stored)


def test_a_document_uploaded_in_the_admin_is_stored_under_a_random_name(media, editor_client):
    upload = SimpleUploadedFile("maria-statement.PDF", PDF, content_type="application/pdf")
    root = Collection.get_first_root_node()
    response = editor_client.post(
        reverse("wagtaildocs:add"), {"title": "Statement", "file": upload, "collection": root.pk}
    )
    assert response.status_code == 302, response.content[:3000]
    document = get_document_model().objects.get()
    assert re.fullmatch(rf"documents/{RANDOM}\.pdf", document.file.name)
    assert document.title == "Statement"
    assert not any("maria" in path.lower() for path in every_stored_path(media))


def test_the_same_name_uploaded_twice_gives_two_names(media):
    model = get_image_model()
    first, second = model(title="one"), model(title="two")
    for image in (first, second):
        image.file.save("photo.jpg", ContentFile(gps_jpeg(), name="photo.jpg"))
    assert first.file.name != second.file.name


@pytest.mark.parametrize(
    "folder, name",
    [("original_images", "x.svg"), ("original_images", "x"), ("documents", "page.html")],
)
def test_an_extension_outside_the_policy_is_never_stored(folder, name):
    with pytest.raises(SuspiciousFileOperation):
        UploadStorage().generate_filename(f"{folder}/{name}")


@pytest.mark.parametrize(
    "name", ["guides/audio/en/3.mp3", "certificates/abc.pdf", "h5p/uploads/1234.h5p"]
)
def test_other_folders_keep_the_names_the_app_chose(name):
    assert UploadStorage().generate_filename(name) == name


def test_stored_files_sit_under_media_root_and_are_not_executable(media):
    document = get_document_model()(title="Notes")
    document.file.save("notes.pdf", ContentFile(PDF, name="notes.pdf"))
    path = document.file.path
    assert path.startswith(str(media))
    assert not path.startswith(str(settings.STATIC_ROOT))
    mode = stat.S_IMODE((media / document.file.name).stat().st_mode)
    assert not mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def test_s3_storage_names_and_cleans_uploads_the_same_way():
    from uploads.s3 import S3UploadStorage

    storage = S3UploadStorage(bucket_name="rightspath-media")
    assert re.fullmatch(rf"documents/{RANDOM}\.pdf", storage.generate_filename("documents/A B.PDF"))
    written = {}

    def fake_save(self, name, content):
        written[name] = content.read()
        return name

    with mock.patch("storages.backends.s3.S3Storage._save", fake_save):
        storage._save("original_images/abc.jpg", ContentFile(gps_jpeg(), name="abc.jpg"))
    assert_clean(written["original_images/abc.jpg"])
    assert Image.open(BytesIO(written["original_images/abc.jpg"])).format == "JPEG"


def test_a_file_larger_than_its_policy_is_refused_by_the_storage_too(media, settings):
    policies = {key: dict(entry) for key, entry in settings.UPLOAD_POLICIES.items()}
    policies["wagtaildocs.Document.file"]["max_bytes"] = len(PDF) - 1
    settings.UPLOAD_POLICIES = policies
    document = get_document_model()(title="Notes")
    with pytest.raises(SuspiciousFileOperation):
        document.file.save("notes.pdf", ContentFile(PDF, name="notes.pdf"))
    assert every_stored_path(media) == []


def test_a_staff_avatar_is_stored_as_a_clean_png_under_a_random_name(media, make_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(make_user("editor2", role="editor", mfa=True))
    profile.avatar.save("maria-selfie.jpg", ContentFile(gps_jpeg(), name="maria-selfie.jpg"))
    assert re.fullmatch(rf"avatar_images/{RANDOM}\.png", profile.avatar.name)
    with profile.avatar.open("rb") as handle:
        assert assert_clean(handle.read()).format == "PNG"


def test_files_parked_by_the_multiple_uploader_are_named_and_cleaned_too(media):
    from wagtail.models import UploadedFile

    photo = UploadedFile(file=ContentFile(gps_jpeg(), name="maria.jpg"))
    photo.save()
    paper = UploadedFile(file=ContentFile(PDF, name="maria.pdf"))
    paper.save()
    assert re.fullmatch(rf"wagtail_uploads/{RANDOM}\.jpg", photo.file.name)
    assert re.fullmatch(rf"wagtail_uploads/{RANDOM}\.pdf", paper.file.name)
    with photo.file.open("rb") as handle:
        assert_clean(handle.read())
    with paper.file.open("rb") as handle:
        assert handle.read() == PDF
