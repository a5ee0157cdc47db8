"""The content origin's own rules, applied before and after every other middleware.

Requests whose Host is the content origin (``play.content_host()``) are a different site that
happens to run in the same process: they are routed to ``courses.h5p.content_urls`` and nothing
else, carry no cookies in and no cookies out, and get their own strict Content-Security-Policy
whose ``frame-ancestors`` names only the app origins. This middleware is first in MIDDLEWARE,
so that it sees the request before any other middleware and the response after all of them:

* Only GET and HEAD, and only the content paths (/play/, /player/, /player-static/); anything
  else is answered 405 or 404 here, so that no app middleware (the page cache, whitenoise's
  static files, allauth's redirects, the language redirects) ever runs for it.
* The Cookie header is dropped: the session, CSRF and auth layers see an anonymous visitor
  whatever the browser sent, so no app session can be read, extended or written here.
* On the way out every Set-Cookie is removed, X-Frame-Options too (the player is framed), the
  CSP is replaced with ours, and a redirect away from the content origin becomes a 404.
"""

from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from django.http import HttpResponseNotAllowed, HttpResponseNotFound

from . import play

URLCONF = "courses.h5p.content_urls"
PREFIXES = ("/play/", "/player/", "/player-static/")
METHODS = ("GET", "HEAD")
# Token paths grant one activity for a while: never stored by a browser or a proxy.
NO_STORE_PREFIXES = ("/play/",)


def policy() -> str:
    """The content origin's Content-Security-Policy.

    ``style-src 'unsafe-inline'``: H5P sets style attributes and injects <style> everywhere.
    ``'unsafe-eval'``: H5P's EmbeddedJS library (used by MultiChoice, QuestionSet and others)
    compiles its templates with eval(). It is allowed here only: this origin holds no session
    and no cookie, runs only library code a steward approved, and shows content.json cleaned by
    its semantics, so eval can reach nothing of the learner's. ``base-uri 'self'``: jQuery's
    parseHTML (MarkTheWords) gives its detached documents a <base> of the page's own address.
    """
    ancestors = " ".join(play.app_origins()) or "'none'"
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "base-uri 'self'",
            "form-action 'none'",
            "object-src 'none'",
            f"frame-ancestors {ancestors}",
        ]
    )


def _stays_here(location: str) -> bool:
    parts = urlsplit(location)
    if not parts.netloc and not parts.scheme:
        return location.startswith("/") and not location.startswith("//")
    return f"{parts.scheme}://{parts.netloc}" == play.content_origin() or (
        parts.netloc.lower() == play.content_host() and parts.scheme in {"http", "https"}
    )


class ContentOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not play.is_content_request(request):
            return self.get_response(request)
        if request.method not in METHODS:
            response = HttpResponseNotAllowed(METHODS)
        elif not request.path_info.startswith(PREFIXES):
            response = HttpResponseNotFound(b"Not found", content_type="text/plain")
        else:
            request.urlconf = URLCONF
            request.COOKIES = {}
            request.META.pop("HTTP_COOKIE", None)
            response = self.get_response(request)
        return self.finish(request, response)

    def finish(self, request, response):
        response.cookies = SimpleCookie()
        for header in ("Set-Cookie", "X-Frame-Options", "Content-Security-Policy-Report-Only"):
            response.headers.pop(header, None)
        if 300 <= response.status_code < 400 and not _stays_here(response.get("Location", "")):
            response = HttpResponseNotFound(b"Not found", content_type="text/plain")
        response["Content-Security-Policy"] = policy()
        response["X-Content-Type-Options"] = "nosniff"
        response["Referrer-Policy"] = "no-referrer"
        response["Cross-Origin-Resource-Policy"] = "same-origin"
        if request.path_info.startswith(NO_STORE_PREFIXES) or response.status_code >= 400:
            response["Cache-Control"] = "private, no-store"
        return response
