"""Site-wide request and response policies: language aliases, security headers, CSP."""

import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.cache import add_never_cache_headers, patch_vary_headers

from config.languages import ACCEPT_LANGUAGE_ALIASES

_ALIAS_PREFIX = re.compile(
    r"^/(?P<alias>" + "|".join(ACCEPT_LANGUAGE_ALIASES) + r")(?:[-_][a-z]{2})?(?P<rest>/.*|$)",
    re.IGNORECASE,
)
_ALIAS_TAG = re.compile(
    r"(?<![\w-])(?P<alias>" + "|".join(ACCEPT_LANGUAGE_ALIASES) + r")(?=[-_;,\s]|$)",
    re.IGNORECASE,
)


class AcceptLanguageAliasMiddleware:
    """Treat the legacy Tagalog tags (``tl``, ``tl-PH``) as Filipino.

    Django does no aliasing: without this, a phone set to Tagalog would get English.
    Old ``/tl/…`` links are sent on to ``/fil/…``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = _ALIAS_PREFIX.match(request.path_info)
        if match:
            target = ACCEPT_LANGUAGE_ALIASES[match["alias"].lower()]
            rest = match["rest"] or "/"
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(
                f"/{target}{rest}" + (f"?{query}" if query else "")
            )
        header = request.META.get("HTTP_ACCEPT_LANGUAGE")
        if header:
            request.META["HTTP_ACCEPT_LANGUAGE"] = _ALIAS_TAG.sub(
                lambda m: ACCEPT_LANGUAGE_ALIASES[m["alias"].lower()], header
            )
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Headers Django does not set itself.

    Pages for a signed-in person are never stored by the browser or a proxy: on a shared
    phone the back button must not bring a learner's page back after they signed out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        match = getattr(request, "resolver_match", None)
        if request.method == "POST" and match and match.url_name == "account_logout":
            # Signing out on a shared phone also forgets the pages it cached.
            response["Clear-Site-Data"] = '"cache", "storage"'
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            response["Cache-Control"] = "no-store, private, max-age=0"
            response.setdefault("X-Robots-Tag", "noindex, nofollow")
            patch_vary_headers(response, ["Cookie"])
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the Wagtail admin's looser policy kept to the admin's own paths."""

    admin_prefixes = ("/admin/", "/documents/")

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(self.admin_prefixes):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
