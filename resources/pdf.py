"""Guide PDFs: one per guide and language, made from the live content, served at a stable URL.

WeasyPrint renders the PDF with the self-hosted Noto Sans Khmer (the machine may have no Khmer
font at all) and a URL fetcher that only reads the project's own static and media files:
nothing in a guide can make the renderer reach another host.
"""

from __future__ import annotations

import logging
import mimetypes
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import FileResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.models import Page

from config.languages import LANGUAGE_CODES
from home.templatetags.translated_fields import translated

from .models import GuidePdf, RightsGuidePage

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

PDF_FOLDER = "guides/pdf"
STYLESHEET = "css/pdf.css"
# The WOFF files, not WOFF2: the same font, but fontTools decodes WOFF2 in pure Python,
# which made each PDF several times slower.
KHMER_FONTS = {
    400: "vendor/noto-sans-khmer/noto-sans-khmer-khmer-400-normal.woff",
    700: "vendor/noto-sans-khmer/noto-sans-khmer-khmer-700-normal.woff",
}
KHMER_RANGE = "U+1780-17FF, U+19E0-19FF, U+200C-200D, U+25CC"
# A reader who asks for a PDF that is not ready yet is told to come back in a minute.
RETRY_AFTER_SECONDS = 60
# Many readers asking at once queue one job, not one each.
ENQUEUE_THROTTLE_SECONDS = 120
CONTENT_TYPES = {
    ".css": "text/css",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
}


# --- Fetching: local files only ------------------------------------------------------------


class RefusedURL(ValueError):
    """The PDF renderer asked for something that is not one of our local files."""


def _local_fetcher_base():
    # WeasyPrint is imported only where a PDF is made: web processes that merely serve
    # stored PDFs do not load Pango.
    from weasyprint.urls import URLFetcher

    return URLFetcher


def local_file_roots() -> list[Path]:
    """The folders the renderer may read: our static folders and local media."""
    roots = []
    for entry in settings.STATICFILES_DIRS:
        roots.append(Path(entry[1] if isinstance(entry, tuple | list) else entry))
    if settings.STATIC_ROOT:
        roots.append(Path(settings.STATIC_ROOT))
    if settings.MEDIA_ROOT:
        roots.append(Path(settings.MEDIA_ROOT))
    return roots


def local_files_fetcher(roots: list[Path] | None = None):
    """A WeasyPrint URL fetcher that serves files under ``roots`` and refuses the rest."""
    base = _local_fetcher_base()

    class LocalFilesOnly(base):
        def __init__(self, allowed: list[Path]):
            super().__init__(allowed_protocols=("file",), allow_redirects=False, timeout=1)
            self.roots = tuple(root.resolve() for root in allowed)
            self.refused: list[str] = []

        def local_path(self, url: str) -> Path | None:
            parts = urlsplit(url)
            if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
                return None
            path = Path(unquote(parts.path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                return None
            return path if path.is_file() else None

        def fetch(self, url, headers=None):
            from weasyprint.urls import URLFetcherResponse

            path = self.local_path(url)
            if path is None:
                self.refused.append(url)
                # WeasyPrint logs this and carries on without the resource.
                raise RefusedURL(f"not a local static or media file: {url[:200]}")
            content_type = (
                CONTENT_TYPES.get(path.suffix.lower())
                or mimetypes.guess_type(path.name)[0]
                or "application/octet-stream"
            )
            return URLFetcherResponse(
                path.as_uri(), body=path.read_bytes(), headers={"Content-Type": content_type}
            )

    return LocalFilesOnly(local_file_roots() if roots is None else roots)


def static_file_path(name: str) -> Path | None:
    """Where a static file is on this machine: in the source folders, else in STATIC_ROOT."""
    found = finders.find(name)
    if found:
        return Path(found)
    try:
        collected = Path(staticfiles_storage.path(name))
    except NotImplementedError:
        return None
    return collected if collected.is_file() else None


def khmer_font_faces_css() -> str:
    """@font-face rules for Noto Sans Khmer, pointing at the font files on this machine."""
    rules = []
    for weight, name in KHMER_FONTS.items():
        path = static_file_path(name)
        if path is None:
            logger.error("Khmer font %s not found: run npm ci", name)
            continue
        rules.append(
            "@font-face {"
            ' font-family: "Noto Sans Khmer"; font-style: normal;'
            f" font-weight: {weight};"
            f' src: url("{path.resolve().as_uri()}") format("woff");'
            f" unicode-range: {KHMER_RANGE}; }}"
        )
    return "\n".join(rules)


# --- Rendering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfBlock:
    block: object
    image_url: str = ""


def _image_url(value) -> str:
    """A file:// address for the image, when it is stored on this machine; else nothing."""
    image = value.get("image") if value else None
    if image is None:
        return ""
    try:
        rendition = image.get_rendition("max-1200x1200|format-jpeg|jpegquality-80")
        return Path(rendition.file.path).resolve().as_uri()
    except NotImplementedError:  # remote storage: the PDF shows the text alternative
        return ""
    except Exception:  # a broken or missing original must not stop the whole PDF
        logger.warning("guide image %s could not be rendered for a PDF", image.pk, exc_info=True)
        return ""


def _blocks(body) -> list[PdfBlock]:
    blocks = []
    for block in body or []:
        url = _image_url(block.value) if block.block_type == "image" else ""
        blocks.append(PdfBlock(block=block, image_url=url))
    return blocks


def guide_pdf_html(*, page: RightsGuidePage, language: str) -> str:
    """The HTML the PDF is made from, in ``language`` with the page's English fallback."""
    with translation.override(language):
        body = translated(page, "body")
        return render_to_string(
            "resources/pdf/guide.html",
            {"page": page, "language": language, "body": body, "blocks": _blocks(body.value)},
        )


def html_to_pdf(html: str, *, base_url: str = "", fetcher=None) -> bytes:
    """Render HTML to PDF with our fonts and stylesheet, reading nothing but local files."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fetcher = fetcher or local_files_fetcher()
    fonts = FontConfiguration()
    stylesheets = [CSS(string=khmer_font_faces_css(), font_config=fonts, url_fetcher=fetcher)]
    stylesheet = static_file_path(STYLESHEET)
    if stylesheet is not None:
        stylesheets.append(
            CSS(filename=str(stylesheet), font_config=fonts, url_fetcher=fetcher, encoding="utf-8")
        )
    document = HTML(string=html, base_url=base_url or None, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=stylesheets, font_config=fonts)


def guide_pdf_render(*, page: RightsGuidePage, language: str) -> bytes:
    """The PDF of ``page``'s live content in ``language``."""
    site = page.get_site()
    # Relative links in the guide become links to the site; any relative *resource* would
    # then be an http address, which the fetcher refuses.
    base_url = site.root_url if site else ""
    return html_to_pdf(guide_pdf_html(page=page, language=language), base_url=base_url)


# --- Storing --------------------------------------------------------------------------------


def _pdf_name(page_id: int, language: str, revision_id: int | None) -> str:
    # Neutral, and not guessable from the page id alone.
    token = secrets.token_hex(4)
    return f"{PDF_FOLDER}/{page_id}-{language}-{revision_id or 0}-{token}.pdf"


def guide_pdf_file_delete(*, name: str) -> None:
    """Delete a stored PDF file; a failure is logged, never raised."""
    if not name:
        return
    try:
        default_storage.delete(name)
    except Exception:
        logger.warning("could not delete the old guide PDF %s", name, exc_info=True)


def guide_pdf_generate(*, page_id: int, language: str, force: bool = False) -> GuidePdf | None:
    """Make and store the PDF of a live guide in one language; None if it is not live.

    Without ``force`` a PDF already made from the live revision is kept as it is.
    """
    if language not in LANGUAGE_CODES:
        raise ValueError(f"unknown language {language!r}")
    page = RightsGuidePage.objects.live().filter(pk=page_id).first()
    if page is None:
        return None
    existing = GuidePdf.objects.filter(page_id=page_id, language=language).first()
    if not force and existing is not None and _is_current(existing, page):
        return existing

    content = guide_pdf_render(page=page, language=language)
    name = default_storage.save(
        _pdf_name(page_id, language, page.live_revision_id), ContentFile(content)
    )
    try:
        with transaction.atomic():
            # The page row is locked so a publish or unpublish cannot slip in between.
            state = (
                Page.objects.select_for_update()
                .filter(pk=page_id)
                .values_list("live", "live_revision_id")
                .first()
            )
            if state != (True, page.live_revision_id):
                # Published again or unpublished while we rendered: this PDF is out of date.
                record, discard = None, name
            else:
                record = GuidePdf.objects.filter(page_id=page_id, language=language).first()
                record = record or GuidePdf(page_id=page_id, language=language)
                discard = record.file.name or ""
                record.file.name = name
                record.revision_id = page.live_revision_id
                record.generated_at = timezone.now()
                record.save()
    except BaseException:
        guide_pdf_file_delete(name=name)
        raise
    guide_pdf_file_delete(name=discard)
    return record


def guide_pdfs_delete(*, page_id: int) -> int:
    """Forget every PDF of a guide (their files go once this transaction commits)."""
    deleted, _ = GuidePdf.objects.filter(page_id=page_id).delete()
    return deleted


# --- Serving --------------------------------------------------------------------------------


def _is_current(record: GuidePdf, page: RightsGuidePage) -> bool:
    return bool(record.file.name) and record.revision_id == page.live_revision_id


def guide_pdf_current(*, page: RightsGuidePage, language: str) -> GuidePdf | None:
    """The stored PDF of the live revision in ``language``, or None."""
    record = GuidePdf.objects.filter(page_id=page.pk, language=language).first()
    return record if record is not None and _is_current(record, page) else None


def guide_pdf_enqueue(*, page: RightsGuidePage, language: str, force: bool = False) -> bool:
    """Ask the workers for this PDF, at most once per revision every couple of minutes."""
    from .tasks import generate_guide_pdf

    key = f"guide-pdf:queued:{page.pk}:{language}:{page.live_revision_id}"
    if not cache.add(key, 1, timeout=ENQUEUE_THROTTLE_SECONDS):
        return False
    try:
        generate_guide_pdf.delay(page.pk, language, force=force)
    except Exception:
        # The broker is down (or, with eager Celery, the job failed in this request): the
        # reader still gets the "being prepared" page, and the next one asks again once
        # the throttle expires.
        logger.exception("could not queue the PDF of guide %s (%s)", page.pk, language)
        return False
    return True


def _file_response(request: HttpRequest, page: RightsGuidePage, record: GuidePdf):
    try:
        handle = default_storage.open(record.file.name, "rb")
    except FileNotFoundError:
        return None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"guide-{page.pk}-{record.language}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    # Public guides: proxies and browsers may keep a copy as briefly as they keep the page.
    # (Signed-in readers get "no-store" from SecurityHeadersMiddleware.)
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
    return response


def guide_pdf_serve(request: HttpRequest, page: RightsGuidePage) -> HttpResponse:
    """The PDF of the live guide in the request's language, or a "being prepared" page."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language not in LANGUAGE_CODES:
        language = settings.LANGUAGE_CODE
    record = guide_pdf_current(page=page, language=language)
    if record is not None:
        response = _file_response(request, page, record)
        if response is not None:
            return response
    guide_pdf_enqueue(page=page, language=language, force=record is not None)
    # Where Celery runs in the request (make run), the PDF may exist now.
    record = guide_pdf_current(page=page, language=language)
    if record is not None:
        response = _file_response(request, page, record)
        if response is not None:
            return response
    # 202, not 503: nothing is wrong, the job is queued (and Django would log every 5xx
    # as a server error).
    response = TemplateResponse(
        request,
        "resources/guide_pdf_preparing.html",
        {"page": page, "retry_after": RETRY_AFTER_SECONDS},
        status=202,
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)
    return response
