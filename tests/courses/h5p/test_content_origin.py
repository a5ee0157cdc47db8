"""The H5P content origin: its own host, no cookies, a strict CSP, signed play addresses and
only the files it must serve (courses/h5p/play.py, content_origin.py, views/content.py)."""

import json
import os
import re
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core import signing
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.translation import gettext_lazy

from courses.h5p import play, player_strings, storage
from courses.h5p.content_origin import policy
from courses.h5p.iri import activity_iri
from courses.models import H5PActivity, H5PLibrary, H5PLibraryStatus, H5PPackageStatus
from tests.courses.h5p.test_libraries import approve_pending, checked, crafted
from tests.h5p_packages import FOLDER, PNG

pytestmark = pytest.mark.django_db

HOST = "h5p.localhost:8000"
APP = "localhost:8000"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 4
EXAMPLE_JS = "scripts/example.js"


# --- Fixtures --------------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.H5P_ALLOWED_EXTERNAL_HOSTS = set()
    settings.H5P_CONTENT_ORIGIN = "http://h5p.localhost:8000"
    settings.H5P_APP_ORIGINS = ["http://localhost:8000", "http://127.0.0.1:8000"]
    return tmp_path / "media"


@pytest.fixture
def package(media, make_user, tmp_path):
    """A ready package (crafted: H5P.Example 1.0, an image, a PDF, a text file and a sound)."""
    editor = make_user("editor1", role="editor")
    steward = make_user("steward1", role="library_steward")
    path = crafted(
        tmp_path,
        files={
            "content/images/b.PNG": PNG,
            "content/files/guide.pdf": PDF,
            "content/files/notes.txt": b"Read me.\n",
            "content/audio/sound.mp3": MP3,
        },
    )
    found = checked(path, editor)
    approve_pending(steward)
    from courses.h5p.intake import check

    found = check(found)
    found.refresh_from_db()
    assert found.status == H5PPackageStatus.READY, found.problems
    return found


def make_activity(package, *, live=True, **fields) -> H5PActivity:
    activity = H5PActivity(title="Rights quiz", package=package, texts=[], live=False, **fields)
    activity.save()
    if live:
        activity.save_revision().publish()
        activity.refresh_from_db()
    return activity


@pytest.fixture
def activity(package):
    return make_activity(package)


def get(client_or_path, path=None, host=HOST, **extra):
    client = client_or_path if path is not None else Client()
    path = path if path is not None else client_or_path
    return client.get(path, HTTP_HOST=host, **extra)


def token_for(activity, language="en", preview=False, origin="http://localhost:8000") -> str:
    return play.make_token(activity, language, preview, origin)


def base(activity, **kwargs) -> str:
    return f"/play/{token_for(activity, **kwargs)}"


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


# --- Routing: the content host answers only its own paths ------------------------------------


def test_the_player_page_is_served_on_the_content_host_only(activity):
    url = f"{base(activity)}/"
    response = get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    config = json.loads(
        re.search(
            rb'<script id="h5p-player-config" type="application/json">(.*?)</script>',
            response.content,
            re.S,
        ).group(1)
    )
    assert config["appOrigin"] == "http://localhost:8000"
    options = config["options"]
    assert options["xAPIObjectIRI"] == activity_iri(activity.key)
    assert options["user"] == {"name": "learner", "mail": "learner@rightspath.invalid"}
    assert options["embedType"] == "div"
    assert not any(options[key] for key in ("frame", "copyright", "export", "embed", "icon"))
    assert options["customCss"] == ["/player-static/h5p-player.css"]
    assert options["translations"]["H5P"]["fullscreen"] == "Fullscreen"
    # No inline script: every script is a file of the content origin or JSON data.
    scripts = re.findall(rb"<script([^>]*)>", response.content)
    assert scripts and all(
        b' src="/' in tag or b'type="application/json"' in tag for tag in scripts
    )

    # The same address on the app host is not the player (it ends in the app's 404).
    app = Client().get(url, HTTP_HOST=APP, follow=True)
    assert app.status_code == 404
    assert b"h5p-player-config" not in app.content


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/",
        "/admin/",
        "/accounts/",
        "/healthz",
        "/static/js/h5p-embed.js",
        "/media/x.png",
        "/sitemap.xml",
        "/h5p/xapi/1/2/",
    ],
)
def test_the_content_host_serves_nothing_of_the_app(path, settings, home_page):
    settings.PAGE_CACHE_SECONDS = 3600
    Client().get("/en/", HTTP_HOST=APP)  # an anonymous app page now sits in the page cache
    response = get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "text/plain"
    assert "X-Page-Cache" not in response
    assert "Location" not in response


def test_only_get_and_head_are_answered(activity):
    url = f"{base(activity)}/"
    client = Client(enforce_csrf_checks=True)
    for method in ("post", "put", "delete", "options", "patch"):
        response = getattr(client, method)(url, HTTP_HOST=HOST)
        assert response.status_code == 405, method
        assert "Set-Cookie" not in str(response.serialize_headers())
    head = Client().head(url, HTTP_HOST=HOST)
    assert head.status_code == 200 and head.content == b""


def test_a_redirect_off_the_content_origin_becomes_a_404(media, home_page):
    from wagtail.contrib.redirects.models import Redirect

    Redirect.objects.create(old_path="/play/old", redirect_link="https://elsewhere.example/")
    assert Client().get("/play/old", HTTP_HOST=APP).status_code in (301, 302)
    response = get("/play/old")
    assert response.status_code == 404
    assert "Location" not in response


def test_a_redirect_within_the_content_origin_is_kept(activity):
    response = get(base(activity))  # no trailing slash: CommonMiddleware adds it
    assert response.status_code == 301
    assert response["Location"] == f"{base(activity)}/"


# --- No cookies, whatever the browser sends ------------------------------------------------------


def test_no_cookie_is_read_or_set_even_with_a_valid_app_session(activity, learner, settings):
    client = Client()
    client.force_login(learner)
    session_cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    # On the app host the session is extended on every request (SESSION_SAVE_EVERY_REQUEST).
    app = client.get("/en/", HTTP_HOST=APP)
    assert settings.SESSION_COOKIE_NAME in app.cookies

    from django.contrib.sessions.models import Session

    expires = Session.objects.get(session_key=session_cookie).expire_date
    for url in (
        f"{base(activity)}/",
        f"{base(activity)}/content/content.json",
        f"{base(activity)}/h5p.json",
        "/player/main.bundle.js",
        "/nothing",
    ):
        response = client.get(url, HTTP_HOST=HOST)
        assert response.cookies == {}, url
        assert "Set-Cookie" not in response.serialize_headers().decode(), url
    # The session was not even read: on the app host each request would have extended it.
    assert Session.objects.get(session_key=session_cookie).expire_date == expires
    # The player page never learns who the learner is.
    page = client.get(f"{base(activity)}/", HTTP_HOST=HOST)
    assert learner.username.encode() not in page.content
    assert session_cookie.encode() not in page.content
    assert b"csrfmiddlewaretoken" not in page.content


def test_the_middleware_drops_the_cookie_header_before_the_app_sees_it(activity, learner):
    from courses.h5p.content_origin import ContentOriginMiddleware

    seen = {}

    def app(request):
        seen["cookies"] = dict(request.COOKIES)
        seen["header"] = request.META.get("HTTP_COOKIE")
        from django.http import HttpResponse

        response = HttpResponse("x")
        response.set_cookie("sessionid", "leaked")
        response["Set-Cookie"] = "raw=1"
        response["X-Frame-Options"] = "DENY"
        return response

    request = RequestFactory().get(
        f"{base(activity)}/", HTTP_HOST=HOST, HTTP_COOKIE="sessionid=abc; csrftoken=def"
    )
    response = ContentOriginMiddleware(app)(request)
    assert seen == {"cookies": {}, "header": None}
    assert request.urlconf == "courses.h5p.content_urls"
    assert not response.cookies and "Set-Cookie" not in response
    assert "X-Frame-Options" not in response


# --- Headers ---------------------------------------------------------------------------------


def test_the_content_origin_has_its_own_strict_policy(activity):
    response = get(f"{base(activity)}/")
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'none'"
    # eval for H5P's EmbeddedJS templates, on this cookie-less origin only; never inline code.
    assert directives["script-src"] == "'self' 'unsafe-eval'"
    assert "unsafe-inline" not in directives["script-src"] and "nonce" not in csp
    assert directives["frame-ancestors"] == "http://localhost:8000 http://127.0.0.1:8000"
    assert directives["connect-src"] == "'self'"
    assert directives["form-action"] == "'none'" and directives["base-uri"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert "X-Frame-Options" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["Cache-Control"] == "private, no-store"
    assert csp == policy()


def test_the_app_may_frame_only_the_content_origin():
    directives = django_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert directives["frame-src"] == [django_settings.H5P_CONTENT_ORIGIN]
    assert directives["frame-ancestors"] == ["'none'"]
    response = Client().get("/en/", HTTP_HOST=APP)
    assert "frame-src http://h5p.localhost:8000" in response["Content-Security-Policy"]


# --- Tokens ----------------------------------------------------------------------------------


def test_a_tampered_expired_or_foreign_token_is_a_404(activity, monkeypatch):
    good = token_for(activity)
    assert get(f"/play/{good}/").status_code == 200
    tampered = good[:-2] + ("AA" if not good.endswith("AA") else "BB")
    other_salt = signing.dumps(
        {"a": str(activity.key), "l": "en", "p": False, "o": "http://localhost:8000"},
        salt="another.purpose",
    )
    unknown = signing.dumps(
        {
            "a": "8b5e1e0a-5ac5-4a57-9d8d-6c83f4a2a4b1",
            "l": "en",
            "p": False,
            "o": "http://localhost:8000",
        },
        salt=play.SALT,
        compress=True,
    )
    bad_origin = signing.dumps(
        {"a": str(activity.key), "l": "en", "p": False, "o": "https://evil.example"},
        salt=play.SALT,
        compress=True,
    )
    bad_language = signing.dumps(
        {"a": str(activity.key), "l": "xx", "p": False, "o": "http://localhost:8000"},
        salt=play.SALT,
        compress=True,
    )
    real_time = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 3 * 60 * 60)
    expired = token_for(activity)
    monkeypatch.setattr(signing.time, "time", real_time)
    for token in (tampered, other_salt, unknown, bad_origin, bad_language, expired, "x", "a:b:c"):
        for suffix in ("/", "/h5p.json", "/content/content.json", "/content/images/a.png"):
            response = get(f"/play/{token}{suffix}")
            assert response.status_code == 404, (token, suffix)
            assert response["Content-Type"] == "text/plain"


def test_the_token_names_no_user_and_expires_after_the_setting(activity, settings, monkeypatch):
    token = token_for(activity, language="km")
    payload = signing.loads(token, salt=play.SALT)
    assert payload == {"a": str(activity.key), "l": "km", "p": False, "o": "http://localhost:8000"}
    settings.H5P_PLAY_TOKEN_MAX_AGE = 60
    real_time = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 120)
    old = token_for(activity)
    monkeypatch.setattr(signing.time, "time", real_time)
    assert play.read_token(old) is None
    assert play.read_token(token).language == "km"


def test_a_draft_plays_only_with_a_preview_token(package):
    draft = make_activity(package, live=False)
    assert get(f"{base(draft)}/").status_code == 404
    assert get(f"{base(draft)}/content/content.json").status_code == 404
    assert get(f"{base(draft, preview=True)}/").status_code == 200
    assert get(f"{base(draft, preview=True)}/content/content.json").status_code == 200


def test_an_activity_whose_package_is_not_ready_does_not_play(activity, package):
    url = f"{base(activity)}/"
    assert get(url).status_code == 200
    for status in (
        H5PPackageStatus.REFUSED,
        H5PPackageStatus.CHECKING,
        H5PPackageStatus.NEEDS_LIBRARIES,
    ):
        type(package).objects.filter(pk=package.pk).update(status=status)
        assert get(url).status_code == 404
        assert get(f"{base(activity)}/content/images/a.png").status_code == 404


# --- Files: safe paths, our MIME map ---------------------------------------------------------


def test_content_files_are_served_with_our_own_types(activity, package):
    root = base(activity)
    png = get(f"{root}/content/images/a.png")
    assert png.status_code == 200 and body(png) == PNG
    assert png["Content-Type"] == "image/png"
    assert png["X-Content-Type-Options"] == "nosniff"
    assert "Content-Disposition" not in png
    upper = get(f"{root}/content/images/b.PNG")
    assert upper["Content-Type"] == "image/png"
    manifest = get(f"{root}/h5p.json")
    assert manifest["Content-Type"] == "application/json"
    assert json.loads(body(manifest))["mainLibrary"] == "H5P.Example"
    for name, kind in (
        ("files/guide.pdf", "application/pdf"),
        ("files/notes.txt", "text/plain; charset=utf-8"),
    ):
        document = get(f"{root}/content/{name}")
        assert document.status_code == 200
        assert document["Content-Type"] == kind
        assert document["Content-Disposition"] == "attachment"


def test_media_answers_byte_ranges(activity):
    url = f"{base(activity)}/content/audio/sound.mp3"
    whole = get(url)
    assert whole["Content-Type"] == "audio/mpeg" and whole["Accept-Ranges"] == "bytes"
    part = get(url, HTTP_RANGE="bytes=3-9")
    assert part.status_code == 206
    assert body(part) == MP3[3:10]
    assert part["Content-Range"] == f"bytes 3-9/{len(MP3)}"
    tail = get(url, HTTP_RANGE="bytes=-4")
    assert body(tail) == MP3[-4:]
    beyond = get(url, HTTP_RANGE=f"bytes={len(MP3) + 5}-")
    assert beyond.status_code == 416


def test_a_file_of_another_type_is_never_served(activity, package):
    folder = storage.local_path(package.content_folder) / "content"
    for name in ("page.html", "evil.svg", "run.js", "noext", "x.php", "data.xml"):
        (folder / name).write_bytes(b"<script>alert(1)</script>")
        assert get(f"{base(activity)}/content/{name}").status_code == 404, name


@pytest.mark.parametrize(
    "suffix",
    [
        "/content/../h5p.json",
        "/content/%2e%2e/h5p.json",
        "/content/%2E%2E/%2E%2E/libraries/H5P.Example-1.0/library.json",
        "/content/images/..%2f..%2fh5p.json",
        "/content/images%5ca.png",
        "/content/images\\a.png",
        "/content/images/a.png%00.png",
        "/content//etc/passwd",
        "/content/%2fetc%2fpasswd",
        "/content/./images/a.png",
        "/content/images/.hidden.png",
        "/content/.secret/a.png",
        "/content/images/link.png",
        "/content/images/inner.png",
        "/content/C:/windows/win.png",
        "/libraries/H5P.Example-1.0/../../content/x/h5p.json",
        "/libraries/H5P.Example-1.0/%2e%2e/%2e%2e/secret.js",
    ],
)
def test_path_tricks_are_refused(suffix, activity, package, media, tmp_path):
    folder = storage.local_path(package.content_folder)
    (folder / "content" / "images" / ".hidden.png").write_bytes(PNG)
    (folder / "content" / ".secret").mkdir()
    (folder / "content" / ".secret" / "a.png").write_bytes(PNG)
    outside = tmp_path / "outside.png"
    outside.write_bytes(PNG)
    os.symlink(outside, folder / "content" / "images" / "link.png")
    # A link that stays in the media folder but leaves the package's content folder.
    (media / "secret.png").write_bytes(PNG)
    os.symlink(media / "secret.png", folder / "content" / "images" / "inner.png")
    (media / "h5p" / "secret.js").write_bytes(b"leak")
    response = get(f"{base(activity)}{suffix}")
    assert response.status_code in (404, 301) and PNG not in response.content, suffix
    if response.status_code == 301:  # only ever a normalised address on the content origin
        assert response["Location"].startswith("/")


def test_only_approved_library_files_of_the_package_are_served(activity, package, media):
    root = f"{base(activity)}/libraries"
    script = get(f"{root}/{FOLDER}/{EXAMPLE_JS}")
    assert script.status_code == 200
    assert script["Content-Type"] == "text/javascript; charset=utf-8"
    assert get(f"{root}/{FOLDER}/library.json")["Content-Type"] == "application/json"
    # A file on disk that the steward never approved.
    library_dir = storage.local_path(f"h5p/libraries/{FOLDER}")
    (library_dir / "scripts" / "added.js").write_bytes(b"alert(1)")
    assert get(f"{root}/{FOLDER}/scripts/added.js").status_code == 404
    # A library folder on disk without an approved row (pending, refused, or none at all).
    other = storage.local_path("h5p/libraries/H5P.Other-1.0")
    (other / "scripts").mkdir(parents=True)
    (other / "scripts" / "x.js").write_bytes(b"alert(1)")
    (other / "library.json").write_text("{}")
    assert get(f"{root}/H5P.Other-1.0/library.json").status_code == 404
    # Once the pinned library is no longer approved, nothing of it is served.
    H5PLibrary.objects.filter(machine_name="H5P.Example").update(status=H5PLibraryStatus.REFUSED)
    assert get(f"{root}/{FOLDER}/{EXAMPLE_JS}").status_code == 404


def test_an_approved_library_the_package_does_not_use_is_not_served(activity, package):
    report = dict(package.report)
    report["libraries"] = []
    type(package).objects.filter(pk=package.pk).update(report=report)
    assert get(f"{base(activity)}/libraries/{FOLDER}/{EXAMPLE_JS}").status_code == 404


def test_the_player_files_are_served_from_a_fixed_list(media):
    main = get("/player/main.bundle.js")
    assert main.status_code == 200
    assert main["Content-Type"] == "text/javascript; charset=utf-8"
    assert get("/player/styles/h5p.css")["Content-Type"] == "text/css; charset=utf-8"
    font = get("/player/fonts/h5p-core-30.woff2")
    assert font["Content-Type"] == "font/woff2"
    assert "public" in font["Cache-Control"]
    for refused in (
        "/player/h5p.d.ts",
        "/player/images/h5p.svg",
        "/player/main.bundle.js.LICENSE.txt",
        "/player/../package.json",
        "/player/%2e%2e/package.json",
        "/player/",
    ):
        assert get(refused).status_code == 404, refused
    ours = get("/player-static/h5p-player.js")
    assert ours.status_code == 200 and b"rightspath:h5p" in body(ours)
    css = get("/player-static/h5p-player.css")
    assert b"Noto Sans Khmer" in body(css)
    khmer = get("/player-static/fonts/noto-sans-khmer-khmer-400-normal.woff2")
    assert khmer["Content-Type"] == "font/woff2"
    for refused in (
        "/player-static/site.css",
        "/player-static/js/h5p-embed.js",
        "/player-static/fonts/other.woff2",
    ):
        assert get(refused).status_code == 404, refused


# --- Languages -------------------------------------------------------------------------------


def test_content_json_is_in_the_token_language(package):
    texts = [{"type": "text", "value": {"text": "Hello", "pointers": "/text", "html": True}}]
    activity = make_activity(
        package,
        texts_en=json.dumps(texts),
        texts_km=json.dumps(
            [{"type": "text", "value": {"text": "សួស្តី <b>", "pointers": "/text", "html": True}}]
        ),
    )
    english = json.loads(body(get(f"{base(activity)}/content/content.json")))
    khmer_response = get(f"{base(activity, language='km')}/content/content.json")
    assert khmer_response["Content-Type"] == "application/json"
    khmer = json.loads(body(khmer_response))
    assert "Hello" in english["text"]
    assert khmer["text"] == "<p>សួស្តី &lt;b&gt;</p>"
    page = get(f"{base(activity, language='km')}/")
    assert b'<html lang="km">' in page.content


def test_player_strings_follow_the_token_language(activity, monkeypatch):
    assert set(player_strings.translations("en")["H5P"]) >= {
        "fullscreen",
        "disableFullscreen",
        "close",
        "title",
        "author",
        "source",
        "license",
        "offlineDialogHeader",
        "offlineDialogBody",
        "confirmDialogHeader",
        "contentChanged",
        "startingOver",
        "showMore",
        "showLess",
        "by",
    }
    # A string our catalogs translate already shows the mechanism: evaluated in the token's
    # language, not in the language of whoever's request is running.
    monkeypatch.setitem(player_strings.STRINGS, "close", gettext_lazy("Exit this page"))
    with translation.override("km"):
        khmer = str(gettext_lazy("Exit this page"))
    assert khmer != "Exit this page"
    assert player_strings.translations("km")["H5P"]["close"] == khmer
    translation.activate("en")
    page = get(f"{base(activity, language='km')}/")
    config = json.loads(
        re.search(rb'type="application/json">(.*?)</script>', page.content, re.S).group(1)
    )
    assert config["options"]["translations"]["H5P"]["close"] == khmer


# --- The lesson block ------------------------------------------------------------------------


def _render_block(activity, request, lesson=None):
    from courses.blocks.h5p import H5PActivityBlock

    block = H5PActivityBlock()
    value = block.to_python({"activity": activity.pk})
    return block.render(value, context={"request": request, "page": lesson})


def test_the_block_embeds_a_live_activity_in_a_sandboxed_frame(activity, learner):
    request = RequestFactory().get("/en/lesson/", HTTP_HOST=APP)
    request.user = learner
    lesson = type("Lesson", (), {"pk": 42})()
    html = _render_block(activity, request, lesson)
    assert 'sandbox="allow-scripts allow-same-origin allow-popups allow-forms"' in html
    assert 'allow="fullscreen"' in html and 'loading="lazy"' in html
    assert 'referrerpolicy="no-referrer"' in html
    assert 'title="Rights quiz"' in html
    assert 'data-h5p-origin="http://h5p.localhost:8000"' in html
    assert f'data-h5p-endpoint="/h5p/xapi/42/{activity.key}/?lang=en"' in html
    assert "does not count towards completing the lesson" in html
    assert 'src="/static/js/h5p-embed.js" defer' in html
    src = re.search(r'<iframe[^>]* src="([^"]+)"', html).group(1)
    assert src.startswith("http://h5p.localhost:8000/play/")
    grant = play.read_token(src.rsplit("/play/", 1)[1].strip("/"))
    assert grant.activity_key == activity.key and not grant.preview
    assert grant.app_origin == "http://localhost:8000"


def test_the_block_shows_learners_nothing_that_cannot_play(package, learner):
    draft = make_activity(package, live=False)
    request = RequestFactory().get("/en/lesson/", HTTP_HOST=APP)
    request.user = learner
    assert _render_block(draft, request).strip() == ""
    request.is_preview = True
    preview = _render_block(draft, request)
    grant = play.read_token(re.search(r"/play/([^/]+)/", preview).group(1))
    assert grant.preview
    type(package).objects.filter(pk=package.pk).update(status=H5PPackageStatus.REFUSED)
    draft.refresh_from_db()
    note = _render_block(draft, request)
    assert "<iframe" not in note and "not shown to learners" in note
