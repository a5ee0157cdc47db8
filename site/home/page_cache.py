"""A whole-page cache for anonymous readers, per language, emptied whenever content changes.

Anonymous pages carry no cookie, no nonce and no CSRF token, so one stored response can
serve every anonymous reader of that address (the language is part of the address).
Anything personal — a signed-in reader, a session, a response that sets a cookie, uses a
CSRF token or asks not to be stored — bypasses the cache. Publishing, unpublishing, moving
or deleting any page or snippet bumps a version number, retiring every stored page at once.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control, patch_vary_headers

VERSION_KEY = "page-cache:version"
MAX_QUERY_LENGTH = 200
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def invalidate_all(**_kwargs) -> None:
    """Retire every cached page (connected to publish, unpublish, move and delete)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _key(request, version: int) -> str:
    address = request.get_full_path()
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:{version}:{digest}"


def _cacheable_request(request) -> bool:
    return (
        request.method == "GET"
        and request.path_info.startswith(LANGUAGE_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
    )


def _cacheable_response(request, response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        # A page with a form carries this visitor's CSRF token: served to anyone else it
        # would fail, so sign-in would break for everyone until the copy expired.
        and not request.META.get("CSRF_COOKIE_USED")
        and not response.streaming
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
        and "'nonce-" not in response.get("Content-Security-Policy", "")
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE_SECONDS", 0) or not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request, current_version())
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
            # A browser that signs in must not reuse its anonymous copy.
            patch_vary_headers(response, ["Cookie"])
            if hasattr(response, "render") and callable(response.render):
                response.render()
            cache.set(key, response, timeout=settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
