"""Per-user upload quotas (UP-2): images and documents together, and H5P packages."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.h5p.intake import receive
from courses.h5p.problems import PackageRefused
from courses.models import H5PPackage
from uploads.quota import H5P, MB, MEDIA, over_quota, used, validate_quota

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(make_user):
    return make_user("editor1", role="editor"), make_user("editor2", role="editor")


def image(user, size: int):
    return get_image_model().objects.create(
        title="i", file="original_images/i.png", width=1, height=1, file_size=size,
        uploaded_by_user=user,
    )  # fmt: skip


def document(user, size: int):
    return get_document_model().objects.create(
        title="d", file="documents/d.pdf", file_size=size, uploaded_by_user=user
    )


def package(user, size: int):
    return H5PPackage.objects.create(
        filename="p.h5p", sha256="0" * 64, size=size, uploaded_by=user, original="h5p/x.h5p"
    )


def test_images_and_documents_count_together_per_uploader(editors):
    first, second = editors
    kept = image(first, 3 * MB)
    document(first, 2 * MB)
    image(second, 50 * MB)
    document(first, None)  # an old row without a recorded size counts as nothing
    assert used(MEDIA, first) == 5 * MB
    assert used(MEDIA, first, exclude=kept) == 2 * MB  # its file is being replaced
    assert used(H5P, first) == 0


def test_h5p_packages_count_on_their_own(editors):
    first, second = editors
    package(first, 4 * MB)
    package(first, 1 * MB)
    package(second, 9 * MB)
    image(first, 7 * MB)
    assert used(H5P, first) == 5 * MB


def test_a_file_that_fits_is_allowed_and_one_that_does_not_is_refused(editors, settings):
    first, _second = editors
    settings.UPLOAD_QUOTA_BYTES = {MEDIA: 10 * MB, H5P: None}
    image(first, 6 * MB)
    assert over_quota(MEDIA, first, 4 * MB) is None
    found = over_quota(MEDIA, first, 4 * MB + 1)
    assert (found.used, found.limit) == (6 * MB, 10 * MB)
    assert over_quota(H5P, first, 10**12) is None  # no H5P quota set


def test_the_refusal_says_how_much_is_used(editors, settings):
    first, _second = editors
    settings.UPLOAD_QUOTA_BYTES = {MEDIA: 10 * MB}
    document(first, int(9.5 * MB))
    with pytest.raises(ValidationError) as refused:
        validate_quota(MEDIA, first, 2 * MB)
    assert refused.value.code == "quota"
    message = refused.value.messages[0]
    assert "(2.0\xa0MB)" in message
    assert "you have used 9.5\xa0MB of 10.0\xa0MB" in message


def test_an_h5p_upload_over_the_quota_is_refused_before_anything_is_stored(
    editors, settings, tmp_path
):
    first, _second = editors
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.UPLOAD_QUOTA_BYTES = {H5P: 5 * MB}
    package(first, 5 * MB - 10)
    with pytest.raises(PackageRefused) as refused:
        receive(SimpleUploadedFile("more.h5p", b"PK" + b"\0" * 20), first)
    assert refused.value.codes == {"quota"}
    assert "you have used 5.0\xa0MB of 5.0\xa0MB" in str(refused.value)
    assert H5PPackage.objects.count() == 1
    assert not (tmp_path / "media").exists()
