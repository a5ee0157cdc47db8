"""UP-1: one written policy per upload; every limit elsewhere agrees with it (and UP-2, UP-10)."""

import importlib
import pkgutil
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from accounts.roles import ROLES
from courses.blocks.lesson import AUDIO_EXTENSIONS, VIDEO_EXTENSIONS
from courses.h5p import forms as h5p_forms
from courses.h5p.limits import Limits
from courses.models import H5PPackage
from resources import validators as audio_validators
from translation_exchange.importing import MAX_BYTES as XLIFF_MAX_BYTES
from translation_exchange.views import ALLOWED_GROUPS
from uploads.policies import all_policies, policy_for
from uploads.storage import RANDOM_NAME_FOLDERS

SKIPPED_PACKAGES = {"migrations", "tests", "management"}


def project_apps():
    root = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if root in path.parents and ".venv" not in path.parts:
            yield config


def import_project_modules() -> None:
    """Import every module of the project's own apps, so that every form class exists."""
    for config in project_apps():
        for info in pkgutil.walk_packages([config.path], prefix=f"{config.name}."):
            if SKIPPED_PACKAGES & set(info.name.split(".")):
                continue
            importlib.import_module(info.name)


def all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_subclasses(sub)


def form_file_fields() -> set[str]:
    """Keys of every FileField in the project's forms (a model form's by its model field)."""
    import_project_modules()
    prefixes = tuple(f"{config.name}." for config in project_apps())
    keys = set()
    for form in set(all_subclasses(forms.BaseForm)):
        if not form.__module__.startswith(prefixes):
            continue
        model = getattr(getattr(form, "_meta", None), "model", None)
        for name, field in form.base_fields.items():
            if not isinstance(field, forms.FileField):
                continue
            model_fields = {f.name for f in model._meta.get_fields()} if model else set()
            if name in model_fields:
                keys.add(f"{model._meta.label}.{name}")
            else:
                keys.add(f"{form.__module__}.{form.__qualname__}.{name}")
    return keys


def model_file_fields() -> set[str]:
    return {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        if not model._meta.proxy
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField) and field.model is model
    }


# --- Every upload has a written policy -----------------------------------------------------------


def test_the_uploads_app_is_installed_once_with_a_translated_name():
    config = apps.get_app_config("uploads")
    assert config.name == "uploads"
    assert str(config.verbose_name) == "Uploads"
    labels = [config.label for config in apps.get_app_configs()]
    assert len(labels) == len(set(labels))
    assert settings.INSTALLED_APPS.index("uploads") > settings.INSTALLED_APPS.index("courses")


def test_every_file_field_of_every_model_has_a_policy():
    fields = model_file_fields()
    assert {"wagtailimages.Image.file", "courses.H5PPackage.original"} <= fields
    assert sorted(fields - set(all_policies())) == []


def test_every_file_field_of_the_projects_forms_has_a_policy():
    fields = form_file_fields()
    assert "courses.h5p.forms.PackageUploadForm.file" in fields
    assert "translation_exchange.forms.ImportForm.file" in fields
    unmapped = []
    for key in sorted(fields):
        try:
            policy_for(key)
        except ImproperlyConfigured:
            unmapped.append(key)
    assert unmapped == []


def test_an_unknown_upload_has_no_policy_and_a_policy_must_be_complete(settings):
    with pytest.raises(ImproperlyConfigured):
        policy_for("courses.Evidence.file")
    assert policy_for("courses.h5p.forms.PackageUploadForm.file").key == (
        "courses.H5PPackage.original"
    )
    settings.UPLOAD_POLICIES = {"x.Y.file": {"extensions": ("pdf",), "max_bytes": 1}}
    with pytest.raises(ImproperlyConfigured):
        policy_for("x.Y.file")


def test_every_policy_says_where_files_are_stored_and_how_they_are_served():
    for policy in all_policies().values():
        assert policy.stored and policy.served, policy.key
        if policy.generated:
            assert not (policy.roles or policy.extensions), policy.key
        else:
            assert "svg" not in policy.extensions and "html" not in policy.extensions


def test_the_storage_names_randomly_only_under_upload_policies():
    for key in RANDOM_NAME_FOLDERS.values():
        assert not policy_for(key).generated


# --- Limits elsewhere agree with the policy ------------------------------------------------------


def test_wagtail_images_follow_the_policy():
    policy = policy_for("wagtailimages.Image.file")
    assert list(policy.extensions) == settings.WAGTAILIMAGES_EXTENSIONS
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert policy.max_bytes == settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    assert policy.max_pixels == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    # Pillow refuses at the same number, before decoding (uploads.images.guard_decoding).
    assert policy.max_pixels == Image.MAX_IMAGE_PIXELS


def test_wagtail_documents_are_pdf_and_the_lessons_audio_and_video():
    policy = policy_for("wagtaildocs.Document.file")
    lesson = {ext.lstrip(".") for ext in (*AUDIO_EXTENSIONS, *VIDEO_EXTENSIONS)}
    assert set(settings.WAGTAILDOCS_EXTENSIONS) == {"pdf", *lesson} == set(policy.extensions)
    assert policy.max_bytes == settings.WAGTAILDOCS_MAX_UPLOAD_SIZE


def test_the_multiple_uploader_parking_place_takes_what_images_and_documents_take():
    parked = policy_for("wagtailcore.UploadedFile.file")
    images, documents = (
        policy_for("wagtailimages.Image.file"),
        policy_for("wagtaildocs.Document.file"),
    )
    assert set(parked.extensions) == set(images.extensions) | set(documents.extensions)
    assert parked.max_bytes == max(images.max_bytes, documents.max_bytes)


def test_guide_audio_follows_the_policy():
    policy = policy_for("resources.GuideAudio.file")
    assert policy.max_bytes == settings.AUDIO_MAX_BYTES
    signatures = getattr(audio_validators, "AUDIO_SIGNATURES", None)
    assert set(policy.extensions) == set(signatures or audio_validators._AUDIO_SIGNATURES)


def test_h5p_packages_follow_the_policy():
    policy = policy_for("courses.H5PPackage.original")
    for limits in (Limits(), h5p_forms.upload_limits()):
        assert limits.max_upload_bytes == policy.max_bytes
        assert limits.max_total_bytes == policy.max_unpacked_bytes
    assert policy.extensions == ("h5p",)


def test_the_xliff_import_follows_the_policy():
    assert policy_for("translation_exchange.forms.ImportForm.file").max_bytes == XLIFF_MAX_BYTES


def test_django_request_limits_are_set():
    from config.settings import base

    assert base.DATA_UPLOAD_MAX_MEMORY_SIZE == 5 * 1024 * 1024
    assert base.FILE_UPLOAD_MAX_MEMORY_SIZE == 2 * 1024 * 1024
    assert base.DATA_UPLOAD_MAX_NUMBER_FILES == 10
    assert base.FILE_UPLOAD_PERMISSIONS == 0o644


# --- Who may upload (and UP-10: learners upload nothing) -----------------------------------------


def roles_holding(permissions: tuple[str, ...]) -> set[str]:
    held = set()
    for role in ROLES:
        granted = {*role.permissions, *role.collection_permissions}
        granted |= {f"wagtailcore.{codename}" for codename in role.page_permissions}
        if granted & set(permissions):
            held.add(role.name)
    return held


def test_the_roles_in_each_policy_are_the_roles_holding_its_permission():
    for policy in all_policies().values():
        if policy.generated:
            continue
        expected = roles_holding(policy.permissions) if policy.permissions else ALLOWED_GROUPS
        assert set(policy.roles) == set(expected), policy.key


def test_no_learner_role_may_upload_anything():
    learners = {role.name for role in ROLES if not role.staff}
    assert {"learner", "peer_mentor"} <= learners
    for policy in all_policies().values():
        assert not learners & set(policy.roles), policy.key
        assert not learners & roles_holding(policy.permissions), policy.key


@pytest.mark.django_db
def test_a_learner_posting_files_to_every_upload_screen_stores_nothing(
    make_user, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path)
    client = Client()
    client.force_login(make_user("learner9", role="learner"))
    urls = ["wagtailimages:add", "wagtaildocs:add", "h5p_admin:package_upload"]
    urls.append("translation_exchange:files")
    for name in urls:
        upload = SimpleUploadedFile("x.pdf", b"%PDF-1.4\n%%EOF\n")
        response = client.post(reverse(name), {"file": upload, "title": "x", "language": "km"})
        assert response.status_code in (302, 403), name
        assert not response.get("Location", "").startswith(reverse(name)), name
    assert not get_image_model().objects.exists()
    assert not get_document_model().objects.exists()
    assert not H5PPackage.objects.exists()
    assert not any(path.is_file() for path in tmp_path.rglob("*"))
