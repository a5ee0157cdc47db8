"""Headers on every document Wagtail serves (UP-4).

Documents are served only through Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD "serve_view").
Wagtail already sends ``Content-Security-Policy: default-src 'none'`` and ``nosniff``; this
middleware makes them hold whatever a later setting says (WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT)
and names the download after the document's title: the stored name is random
(uploads.storage), and the uploader's file name is never used.
"""

import posixpath

from django.conf import settings
from wagtail.documents import get_document_model

from .downloads import content_disposition

DOCUMENT_CSP = "default-src 'none'"


def download_name(document_id, url_filename: str) -> str:
    """The document's title with the stored file's (lower-case) extension."""
    model = get_document_model()
    title = model.objects.filter(pk=document_id).values_list("title", flat=True).first() or ""
    extension = posixpath.splitext(url_filename)[1].lower()
    return title if title.lower().endswith(extension) else f"{title}{extension}"


def _inline(response) -> bool:
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    inline_types = getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", ["application/pdf"])
    return response["Content-Disposition"].startswith("inline") and content_type in inline_types


class DocumentHeadersMiddleware:
    """On a served document: a sanitised, title-based name, a CSP that runs nothing, nosniff."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        # Wagtail sets Content-Disposition only on the file itself (not on the password form
        # of a restricted collection, nor on a 304).
        if match is None or match.url_name != "wagtaildocs_serve":
            return response
        if not response.has_header("Content-Disposition"):
            return response
        # Wagtail's URL pattern passes (id, file name) positionally.
        document_id, url_filename = (*match.args, *match.kwargs.values())[:2]
        name = download_name(document_id, url_filename)
        response["Content-Disposition"] = content_disposition(name, inline=_inline(response))
        response["Content-Security-Policy"] = DOCUMENT_CSP
        response["X-Content-Type-Options"] = "nosniff"
        return response
