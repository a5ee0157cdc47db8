"""Learners upload nothing (UP-10): no view a learner reaches reads a file, and every upload
screen sends a learner away, while staff reach it."""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIRequest
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RoutePattern
from django.utils.datastructures import MultiValueDict
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.guides import add_guide

pytestmark = pytest.mark.django_db

# Admin pages anyone may open (they take no file: the walk checks that too).
ADMIN_PUBLIC = ("/admin/password_reset/", "/admin/sprite/", "/admin/jsi18n/")
SAMPLES = {"int": 1, "str": "x", "slug": "x", "path": "x", "uuid": uuid.uuid4()}


def named_patterns(resolver=None, namespace="", converters=None):
    """(name, {kwarg: converter} of the route and its parents, pattern) for each named URL."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        found = dict(converters or {})
        found.update(getattr(entry.pattern, "converters", {}))
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from named_patterns(entry, inner if entry.namespace else namespace, found)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, found, entry.pattern


def sample_path(name: str, converters: dict, pattern) -> str | None:
    groups = [] if isinstance(pattern, RoutePattern) else list(pattern.regex.groupindex)
    positional = 0 if isinstance(pattern, RoutePattern) else pattern.regex.groups - len(groups)
    kwargs = {key: SAMPLES.get(type(c).__name__.removesuffix("Converter").lower(), "x")
              for key, c in converters.items()}  # fmt: skip
    for value in ("1", "x", "live", ""):
        try:
            if positional and not groups:
                return reverse(name, args=[value] * positional)
            return reverse(name, kwargs={**kwargs, **dict.fromkeys(groups, value)})
        except NoReverseMatch:
            continue
    return None


@pytest.fixture
def files_read(monkeypatch):
    """The paths of the requests where code took a file out of request.FILES (generic form
    views hand request.FILES to every form; only a file field looks inside)."""
    paths: list[str] = []
    original = WSGIRequest.FILES

    class Watched(MultiValueDict):
        def __getitem__(self, key):
            paths.append(self.path)
            return super().__getitem__(key)

        def getlist(self, key, default=None):
            paths.append(self.path)
            return super().getlist(key, default)

        def items(self):
            paths.append(self.path)
            return super().items()

        def lists(self):
            paths.append(self.path)
            return super().lists()

        def values(self):
            paths.append(self.path)
            return super().values()

    def spy(request):
        watched = Watched(original.fget(request))
        watched.path = request.path
        return watched

    monkeypatch.setattr(WSGIRequest, "FILES", property(spy))
    return paths


def test_no_url_a_learner_can_post_to_reads_a_file(learner, settings, tmp_path, files_read):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    client = Client(raise_request_exception=False)
    client.force_login(learner)
    tried, admin_answers = 0, set()
    for name, converters, pattern in named_patterns():
        path = sample_path(name, converters, pattern)
        if path is None:
            continue
        tried += 1
        upload = SimpleUploadedFile("evidence.pdf", b"%PDF-1.4\n%%EOF\n")
        response = client.post(path, {"file": upload, "files[]": upload, "title": "x"})
        if path.startswith("/admin/") and not path.startswith(ADMIN_PUBLIC):
            admin_answers.add((response.status_code, path))
    assert tried > 300, "the URL walk found too few patterns to mean anything"
    assert files_read == [], files_read
    assert {answer for answer in admin_answers if answer[0] not in (302, 403)} == set()
    assert not (tmp_path / "media").exists()


def upload_urls(index) -> list[str]:
    image = get_image_model().objects.create(
        title="i", file="original_images/i.png", width=1, height=1
    )
    document = get_document_model().objects.create(title="d", file="documents/d.pdf")
    guide = add_guide(index)
    return [
        reverse("wagtailimages:add"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtailimages_chooser:create"),
        reverse("wagtaildocs:add"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtaildocs:edit", args=[document.pk]),
        reverse("wagtaildocs_chooser:create"),
        reverse("wagtailadmin_pages:edit", args=[guide.pk]),  # guide recordings
        reverse("h5p_admin:packages"),  # the upload form; it posts to package_upload
        reverse("translation_exchange:files"),
        reverse("wagtailadmin_account"),  # the avatar
    ]


def test_every_upload_screen_sends_a_learner_away_and_lets_an_editor_in(learner, make_user, index):
    urls = upload_urls(index)
    learner_client, editor_client = Client(), Client()
    learner_client.force_login(learner)
    editor_client.force_login(make_user("editor1", role="editor", mfa=True))
    for url in [*urls, reverse("h5p_admin:package_upload")]:
        upload = SimpleUploadedFile("evidence.pdf", b"%PDF-1.4\n%%EOF\n")
        assert learner_client.get(url).status_code in (302, 403), url
        assert learner_client.post(url, {"file": upload}).status_code in (302, 403), url
    for url in urls:
        assert editor_client.get(url).status_code == 200, url


def test_the_file_spy_sees_a_view_that_takes_a_file(make_user, files_read, settings, tmp_path):
    # Without this, an empty list above could mean the spy sees nothing.
    settings.MEDIA_ROOT = str(tmp_path / "media")
    client = Client()
    client.force_login(make_user("editor1", role="editor", mfa=True))
    upload = SimpleUploadedFile("leaflet.pdf", b"%PDF-1.4\n%%EOF\n")
    client.post(reverse("wagtaildocs:add"), {"title": "x", "file": upload})
    assert reverse("wagtaildocs:add") in files_read
