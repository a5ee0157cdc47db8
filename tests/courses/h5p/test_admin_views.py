# ruff: noqa: F401, F811  (pytest fixtures imported from test_libraries)
"""The H5P admin screens: editors upload and check packages, only the steward decides libraries."""

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from courses.h5p import forms as h5p_forms
from courses.h5p.limits import Limits
from courses.models import H5PLibrary, H5PLibraryStatus, H5PPackage, H5PPackageStatus
from tests.courses.h5p.test_libraries import (
    codes,
    crafted,
    crafted_patch,
    media,
    shared_valid,
)
from tests.h5p_packages import PNG, listing

pytestmark = pytest.mark.django_db


# --- Signed-in users of each role ----------------------------------------------------------------


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(make_user):
    return make_user("editor1", role="editor", mfa=True)


@pytest.fixture
def steward(make_user):
    return make_user("steward1", role="library_steward", mfa=True)


@pytest.fixture
def reviewer(make_user):
    return make_user("reviewer1", role="safeguarding_reviewer", mfa=True)


def answered_by_admin(response) -> None:
    """The admin handled the request (a wrong URL would be redirected to the front end)."""
    assert not response.get("Location", "").startswith("/en/"), response["Location"]


def post_upload(client: Client, name: str, data: bytes, capture=None):
    upload = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    url = reverse("h5p_admin:package_upload")
    if capture is None:
        return client.post(url, {"file": upload})
    with capture(execute=True):
        return client.post(url, {"file": upload})


def message_texts(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def library_urls(library: H5PLibrary) -> dict[str, str]:
    return {
        name: reverse(f"h5p_admin:{name}", args=[library.pk])
        for name in ("library", "library_approve", "library_replace", "library_refuse")
    }


@pytest.fixture
def pending_example(media, editor, tmp_path, django_capture_on_commit_callbacks) -> H5PLibrary:
    """H5P.Example 1.0.3, proposed by the small crafted package an editor uploaded."""
    response = post_upload(
        signed_in(editor),
        "example.h5p",
        crafted(tmp_path).read_bytes(),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    return H5PLibrary.objects.get(status=H5PLibraryStatus.PENDING)


# --- The whole way: upload, approve, check again ------------------------------------------------


def test_steward_approves_truefalse_and_the_editors_check_again_makes_it_ready(
    media, editor, steward, shared_valid, settings, django_capture_on_commit_callbacks
):
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = {"en.wikipedia.org"}  # the image's credited source
    editor_client, steward_client = signed_in(editor), signed_in(steward)
    data = (shared_valid / "H5P.TrueFalse.h5p").read_bytes()

    response = post_upload(
        editor_client, "H5P.TrueFalse.h5p", data, django_capture_on_commit_callbacks
    )

    package = H5PPackage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("h5p_admin:package", args=[package.pk])
    assert any("checked in the background" in m for m in message_texts(response))
    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES
    page = editor_client.get(response["Location"])
    assert page.status_code == 200
    assert "Waiting for library approval" in page.content.decode()
    assert "H5P.TrueFalse 1.6" in page.content.decode()
    assert 'data-state="waiting"' in page.content.decode()

    listed = steward_client.get(reverse("h5p_admin:libraries"))
    assert listed.status_code == 200
    pending = list(H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING))
    assert len(pending) == 11
    assert "H5P.TrueFalse" in listed.content.decode()
    assert "No library is waiting for approval." not in listed.content.decode()

    for library in pending:
        answer = steward_client.post(reverse("h5p_admin:library_approve", args=[library.pk]))
        assert answer.status_code == 302
    assert not H5PLibrary.objects.filter(status=H5PLibraryStatus.PENDING).exists()
    assert H5PLibrary.objects.filter(status=H5PLibraryStatus.APPROVED).count() == 11
    package.refresh_from_db()
    assert package.status == H5PPackageStatus.NEEDS_LIBRARIES  # nothing changes by itself

    again = editor_client.post(reverse("h5p_admin:package_check", args=[package.pk]))

    assert again.status_code == 302
    package.refresh_from_db()
    assert package.status == H5PPackageStatus.READY, package.problems
    assert package.problems == []
    shown = editor_client.get(reverse("h5p_admin:package", args=[package.pk])).content.decode()
    assert 'data-state="approved"' in shown
    assert 'data-state="waiting"' not in shown
    assert package.report["readable_strings"]
    assert package.report["readable_strings"][0]["text"][:20] in shown
    assert "https://<mark>en.wikipedia.org</mark>/w" in shown


def test_a_library_page_lists_every_file_with_its_hash_and_size(steward, pending_example):
    response = signed_in(steward).get(reverse("h5p_admin:library", args=[pending_example.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    for path, digest in pending_example.files.items():
        assert path in page and digest in page
    script = b"/* scripts/example.js */\n"
    assert f"<td>{len(script)}</td>" in page
    assert "scripts/example.js" in page and "H5P.Example" in page
    assert "MIT" in page
    assert reverse("h5p_admin:package", args=[pending_example.proposed_from_id]) in page
    assert reverse("h5p_admin:library_approve", args=[pending_example.pk]) in page
    assert reverse("h5p_admin:library_replace", args=[pending_example.pk]) not in page


def test_refusing_a_library_refuses_the_packages_that_carry_it(
    media, editor, steward, pending_example, tmp_path, django_capture_on_commit_callbacks
):
    response = signed_in(steward).post(
        reverse("h5p_admin:library_refuse", args=[pending_example.pk])
    )

    assert response.status_code == 302
    pending_example.refresh_from_db()
    assert pending_example.status == H5PLibraryStatus.REFUSED
    assert pending_example.approved_by == steward
    post_upload(
        signed_in(editor),
        "again.h5p",
        crafted(tmp_path).read_bytes(),
        django_capture_on_commit_callbacks,
    )
    again = H5PPackage.objects.get(filename="again.h5p")
    assert again.status == H5PPackageStatus.REFUSED
    assert codes(again) == {"library_refused"}


def test_a_newer_patch_of_a_pinned_library_needs_the_separate_replace_button(
    media, editor, steward, pending_example, tmp_path, django_capture_on_commit_callbacks
):
    steward_client = signed_in(steward)
    steward_client.post(reverse("h5p_admin:library_approve", args=[pending_example.pk]))
    newer_package = crafted_patch(tmp_path, 4, b"/* patched */\n")
    post_upload(
        signed_in(editor),
        "newer.h5p",
        newer_package.read_bytes(),
        django_capture_on_commit_callbacks,
    )
    newer = H5PLibrary.objects.get(status=H5PLibraryStatus.PENDING)
    assert newer.patch == 4
    urls = library_urls(newer)

    page = steward_client.get(urls["library"]).content.decode()
    assert urls["library_replace"] in page
    assert urls["library_approve"] not in page
    assert "replaces it for every activity" in page

    plain = steward_client.post(urls["library_approve"])
    newer.refresh_from_db()
    assert newer.status == H5PLibraryStatus.PENDING
    assert any("confirm the replacement" in m for m in message_texts(plain))

    steward_client.post(urls["library_replace"])
    newer.refresh_from_db()
    pending_example.refresh_from_db()
    assert newer.status == H5PLibraryStatus.APPROVED
    assert pending_example.status == H5PLibraryStatus.REPLACED


# --- Who may see what ----------------------------------------------------------------------------


def test_an_editor_cannot_see_or_decide_libraries(editor, pending_example):
    client = signed_in(editor)
    urls = library_urls(pending_example)

    listing_page = client.get(reverse("h5p_admin:libraries"))
    assert listing_page.status_code == 403
    assert "Not allowed" in listing_page.content.decode()
    assert "H5P.Example" not in listing_page.content.decode()
    assert client.get(urls["library"]).status_code == 403
    for action in ("library_approve", "library_replace", "library_refuse"):
        assert client.post(urls[action]).status_code == 403

    pending_example.refresh_from_db()
    assert pending_example.status == H5PLibraryStatus.PENDING
    assert client.get(reverse("h5p_admin:packages")).status_code == 200


def test_a_safeguarding_reviewer_sees_neither_screen(reviewer, pending_example):
    client = signed_in(reviewer)
    package = pending_example.proposed_from
    for url in (
        reverse("h5p_admin:packages"),
        reverse("h5p_admin:package", args=[package.pk]),
        reverse("h5p_admin:libraries"),
        reverse("h5p_admin:library", args=[pending_example.pk]),
    ):
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("h5p_admin:package_check", args=[package.pk])).status_code == 403
    assert (
        client.post(reverse("h5p_admin:library_approve", args=[pending_example.pk])).status_code
        == 403
    )
    pending_example.refresh_from_db()
    assert pending_example.status == H5PLibraryStatus.PENDING


def test_a_learner_reaches_neither_screen(media, learner, pending_example, tmp_path):
    """Wagtail sends a user without admin access to the sign-in page before any H5P view runs."""
    client = signed_in(learner)
    package = pending_example.proposed_from
    sign_in = reverse("account_login")

    def refused(response, url: str) -> None:
        assert response.status_code == 302, url
        assert response["Location"] == f"{sign_in}?next={url}"
        assert b"H5P.Example" not in response.content

    for url in (
        reverse("h5p_admin:packages"),
        reverse("h5p_admin:package", args=[package.pk]),
        reverse("h5p_admin:libraries"),
        reverse("h5p_admin:library", args=[pending_example.pk]),
    ):
        refused(client.get(url), url)
    upload_url = reverse("h5p_admin:package_upload")
    refused(
        post_upload(client, "mine.h5p", crafted(tmp_path, name="m.h5p").read_bytes()), upload_url
    )
    for url in (
        reverse("h5p_admin:package_check", args=[package.pk]),
        reverse("h5p_admin:library_approve", args=[pending_example.pk]),
        reverse("h5p_admin:library_refuse", args=[pending_example.pk]),
    ):
        refused(client.post(url), url)
    assert H5PPackage.objects.count() == 1
    pending_example.refresh_from_db()
    assert pending_example.status == H5PLibraryStatus.PENDING


def test_the_menu_shows_libraries_to_the_steward_only(editor, steward, reviewer):
    def menu(user) -> str:
        response = signed_in(user).get(reverse("wagtailadmin_home"))
        assert response.status_code == 200
        return response.content.decode()

    assert "H5P packages" in menu(editor) and "H5P libraries" not in menu(editor)
    assert "H5P packages" in menu(steward) and "H5P libraries" in menu(steward)
    assert "H5P packages" not in menu(reviewer) and "H5P libraries" not in menu(reviewer)


def test_a_steward_sees_packages_but_gets_no_upload_form(steward):
    response = signed_in(steward).get(reverse("h5p_admin:packages"))
    assert response.status_code == 200
    assert reverse("h5p_admin:package_upload") not in response.content.decode()
    assert signed_in(steward).post(reverse("h5p_admin:package_upload")).status_code == 403


# --- The upload form ------------------------------------------------------------------------------


def test_a_zip_is_refused_with_a_message_and_nothing_is_stored(media, editor, tmp_path):
    response = post_upload(signed_in(editor), "package.zip", crafted(tmp_path).read_bytes())

    assert response.status_code == 400
    assert "“package.zip” is not an H5P package: its name must end in .h5p." in (
        response.content.decode().replace("&ldquo;", "“").replace("&rdquo;", "”")
    )
    assert H5PPackage.objects.count() == 0
    assert not (media / "h5p").exists() or listing(media / "h5p") == set()


def test_an_oversized_file_is_refused_with_a_message_and_nothing_is_stored(
    media, editor, tmp_path, monkeypatch
):
    data = crafted(tmp_path).read_bytes()
    monkeypatch.setattr(h5p_forms, "upload_limits", lambda: Limits(max_upload_bytes=len(data) - 1))

    response = post_upload(signed_in(editor), "big.h5p", data)

    assert response.status_code == 400
    assert "at most 0 MB can be uploaded" in response.content.decode()
    assert H5PPackage.objects.count() == 0
    assert not (media / "h5p").exists() or listing(media / "h5p") == set()


def test_an_empty_form_says_a_file_is_needed(media, editor):
    response = signed_in(editor).post(reverse("h5p_admin:package_upload"), {})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert H5PPackage.objects.count() == 0


# --- A refused package --------------------------------------------------------------------------


def test_a_refused_package_page_names_each_problem(
    media, editor, tmp_path, django_capture_on_commit_callbacks
):
    files = {
        "content/images/a.png": b"<html><script>alert(1)</script></html>",
        "content/images/b.jpg": PNG,
    }
    post_upload(
        signed_in(editor),
        "refused.h5p",
        crafted(tmp_path, name="refused.h5p", files=files).read_bytes(),
        django_capture_on_commit_callbacks,
    )
    package = H5PPackage.objects.get()
    assert package.status == H5PPackageStatus.REFUSED
    assert len(package.problems) == 2

    page = signed_in(editor).get(reverse("h5p_admin:package", args=[package.pk])).content.decode()

    assert "Why the package was refused" in page
    for found in package.problems:
        assert found["code"] in page
        assert found["path"] in page
    assert "content/images/a.png" in page and "content/images/b.jpg" in page
    assert "<script>alert(1)" not in page


# --- Only CSRF-protected POSTs act ----------------------------------------------------------------


def test_action_urls_refuse_get(editor, steward, pending_example):
    package = pending_example.proposed_from
    editor_client, steward_client = signed_in(editor), signed_in(steward)
    assert editor_client.get(reverse("h5p_admin:package_upload")).status_code == 405
    assert (
        editor_client.get(reverse("h5p_admin:package_check", args=[package.pk])).status_code == 405
    )
    for action in ("library_approve", "library_replace", "library_refuse"):
        url = reverse(f"h5p_admin:{action}", args=[pending_example.pk])
        assert steward_client.get(url).status_code == 405
    pending_example.refresh_from_db()
    assert pending_example.status == H5PLibraryStatus.PENDING


def test_posts_without_a_csrf_token_are_refused(media, editor, steward, pending_example, tmp_path):
    steward_client = Client(enforce_csrf_checks=True)
    steward_client.force_login(steward)
    editor_client = Client(enforce_csrf_checks=True)
    editor_client.force_login(editor)

    for action in ("library_approve", "library_refuse"):
        url = reverse(f"h5p_admin:{action}", args=[pending_example.pk])
        assert steward_client.post(url).status_code == 403
    upload = SimpleUploadedFile("x.h5p", crafted(tmp_path).read_bytes())
    assert (
        editor_client.post(reverse("h5p_admin:package_upload"), {"file": upload}).status_code == 403
    )

    pending_example.refresh_from_db()
    assert pending_example.status == H5PLibraryStatus.PENDING
    assert H5PPackage.objects.count() == 1
