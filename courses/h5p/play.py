"""Playing an activity: the content origin, the signed play tokens and what a lesson embeds.

H5P library code runs in the learner's browser with the full rights of the origin that serves
the player page. So the player never runs on the app's origin: it runs on a separate content
origin (setting ``H5P_CONTENT_ORIGIN``, e.g. ``https://h5p.example.org``) that has no cookies,
no session and its own strict Content-Security-Policy (see ``content_origin.py``). The lesson
page embeds it in an iframe whose address carries a play token.

A play token is signed (django.core.signing, its own salt) and expires
(``H5P_PLAY_TOKEN_MAX_AGE`` seconds). It says which activity, in which language, whether a
draft may be shown (an editor's preview) and which app origin embeds it; never who the learner
is: nothing personal ever reaches the content origin. Scores travel the other way, from the
player to the app page by postMessage, and the app page posts them with the learner's session.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.http import HttpRequest
from django.http.request import split_domain_port
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from .iri import activity_iri

SALT = "rightspath.h5p.play"
DEFAULT_MAX_AGE = 2 * 60 * 60
DEFAULT_PORTS = {"http": "80", "https": "443"}


# --- The content origin ----------------------------------------------------------------------


def content_origin() -> str:
    """The content origin, as scheme://host[:port] without a trailing slash."""
    return settings.H5P_CONTENT_ORIGIN.rstrip("/")


def _normalised(host: str, scheme: str) -> str:
    domain, port = split_domain_port(host.lower())
    if not domain:
        return ""
    return domain if not port or port == DEFAULT_PORTS.get(scheme) else f"{domain}:{port}"


def content_host() -> str:
    """The content origin's host as a Host header names it ("h5p.localhost:8000")."""
    parts = urlsplit(content_origin())
    return _normalised(parts.netloc, parts.scheme)


def is_content_request(request: HttpRequest) -> bool:
    """Is ``request`` addressed to the content origin (and so never to the app)?"""
    raw = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in request.META:
        raw = request.META["HTTP_X_FORWARDED_HOST"]
    scheme = urlsplit(content_origin()).scheme
    host = _normalised(raw.strip(), scheme)
    return bool(host) and host == content_host()


def app_origins() -> list[str]:
    """The app origins that may embed the player (its frame-ancestors, its postMessage target)."""
    return [origin.rstrip("/") for origin in settings.H5P_APP_ORIGINS]


def request_origin(request: HttpRequest) -> str:
    """The origin the app page was served from, when it is one of ``app_origins()``."""
    try:
        origin = f"{request.scheme}://{request.get_host()}"
    except Exception:  # noqa: BLE001 (a disallowed host is simply not an app origin)
        return app_origins()[0]
    return origin if origin in app_origins() else app_origins()[0]


# --- Play tokens -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlayToken:
    """What a valid token grants: one activity, in one language, maybe as a draft."""

    activity_key: uuid.UUID
    language: str
    preview: bool
    app_origin: str


def max_age() -> int:
    return int(getattr(settings, "H5P_PLAY_TOKEN_MAX_AGE", DEFAULT_MAX_AGE))


def _language(language: str | None) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def make_token(activity, language: str, preview: bool = False, app_origin: str = "") -> str:
    payload = {
        "a": str(activity.key),
        "l": _language(language),
        "p": bool(preview),
        "o": app_origin if app_origin in app_origins() else app_origins()[0],
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token: str) -> PlayToken | None:
    """The token's grant, or None when it is tampered with, expired or malformed."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age())
        grant = PlayToken(
            activity_key=uuid.UUID(payload["a"]),
            language=payload["l"],
            preview=payload["p"] is True,
            app_origin=payload["o"],
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
        return None
    if grant.language != _language(grant.language) or grant.app_origin not in app_origins():
        return None
    return grant


def play_url(activity, language: str, preview: bool = False, app_origin: str = "") -> str:
    """The address of the player page for ``activity`` on the content origin."""
    return f"{content_origin()}/play/{make_token(activity, language, preview, app_origin)}/"


# --- What a lesson embeds --------------------------------------------------------------------


def xapi_url(lesson, activity) -> str:
    """Where the app page posts the activity's statements (outside the language prefix, so the
    page's language is named for the endpoint's messages)."""
    return f"/h5p/xapi/{lesson.pk}/{activity.key}/?lang={get_language()}"


def playable(activity, preview: bool = False) -> bool:
    """Can ``activity`` be played: live (or previewed) and its package ready?"""
    if activity is None:
        return False
    package = getattr(activity, "package", None)
    return (activity.live or preview) and package is not None and package.status == "ready"


def embed_context(request: HttpRequest, activity, lesson) -> dict:
    """What the lesson block template needs to embed ``activity`` (see h5p_activity.html).

    A learner only ever gets a live activity. In an editor's preview of the lesson a draft
    activity plays too, with a preview token.
    """
    preview = bool(getattr(request, "is_preview", False)) and not activity.live
    if not playable(activity, preview):
        return {"playable": False, "preview": bool(getattr(request, "is_preview", False))}
    return {
        "playable": True,
        "preview": preview,
        "src": play_url(activity, get_language(), preview, request_origin(request)),
        "content_origin": content_origin(),
        "xapi_url": xapi_url(lesson, activity) if lesson is not None else "",
        "iri": activity_iri(activity.key),
        "title": activity.title,
        "csrf_token": get_token(request),
    }


# --- What a token plays ----------------------------------------------------------------------


@dataclass(frozen=True)
class Play:
    """A valid token with the activity and the ready package it plays."""

    token: str
    grant: PlayToken
    activity: object
    package: object


def play_for(token: str) -> Play | None:
    """The activity a token plays, or None (tampered, expired, not live, package not ready).

    A live activity is played as published. A preview token (an editor's preview of a lesson)
    also plays a draft, as its latest revision.
    """
    from courses.models import H5PActivity, H5PPackageStatus

    grant = read_token(token)
    if grant is None:
        return None
    activity = H5PActivity.objects.select_related("package").filter(key=grant.activity_key).first()
    if activity is None or not (activity.live or grant.preview):
        return None
    if grant.preview:
        activity = activity.get_latest_revision_as_object()
    package = activity.package
    if package is None or package.status != H5PPackageStatus.READY or not package.content_folder:
        return None
    return Play(token=token, grant=grant, activity=activity, package=package)
