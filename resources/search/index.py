"""Write published guides and glossary terms into the search index, one row per language."""

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags
from modeltranslation.utils import build_localized_fieldname

from ..models import GlossaryPage, GlossaryTerm, RightsGuidePage, SearchEntry
from .text import is_khmer, words

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Blocks whose text is not the guide's own words (the help block lists directory entries).
_SKIPPED_BLOCKS = frozenset({"help"})


def _field(obj, name: str, language: str) -> str:
    return getattr(obj, build_localized_fieldname(name, language), None) or ""


def _stream_text(value) -> str:
    if not value:
        return ""
    parts = []
    for child in value:
        if child.block_type in _SKIPPED_BLOCKS:
            continue
        parts.extend(str(text) for text in child.block.get_searchable_content(child.value))
    return " ".join(strip_tags(part) for part in parts)


def _row(kind, object_id, language, *, title, summary, url, text) -> SearchEntry:
    found = words(f"{title} {text}", language)
    return SearchEntry(
        kind=kind,
        object_id=object_id,
        language=language,
        title=title[:255],
        summary=summary[:300],
        url=url,
        words=f" {' '.join(found)} ",
        unspaced="".join(word for word in found if is_khmer(word)),
    )


# Page types in the index, by kind: the library's guides, and what other apps register (lessons).
PAGE_KINDS: dict[str, type] = {"guide": RightsGuidePage}


def register_page_kind(kind: str, model: type) -> None:
    """Index ``model`` (a page with title, summary and body fields) as ``kind``."""
    PAGE_KINDS[kind] = model


def page_rows(kind: str, page) -> list[SearchEntry]:
    """A row for each language the page is written in (untranslated text is not searched
    in another language: a reader searching in Khmer looks for Khmer words)."""
    rows = []
    for language in LANGUAGES:
        title = _field(page, "title", language)
        if not title:
            continue
        with translation.override(language):
            url = page.get_url()
        if not url:
            continue
        summary = _field(page, "summary", language)
        body = _stream_text(_field(page, "body", language))
        rows.append(
            _row(
                kind,
                page.pk,
                language,
                title=title,
                summary=summary,
                url=url,
                text=f"{summary} {body}",
            )
        )
    return rows


def guide_rows(guide: RightsGuidePage) -> list[SearchEntry]:
    return page_rows("guide", guide)


def term_rows(term: GlossaryTerm, glossary_urls: dict[str, str]) -> list[SearchEntry]:
    rows = []
    for language, glossary_url in glossary_urls.items():
        title = _field(term, "term", language)
        if not title:
            continue
        definition = _field(term, "definition", language)
        rows.append(
            _row(
                "term",
                term.pk,
                language,
                title=title,
                summary=definition,
                url=f"{glossary_url}#{term.slug}",
                text=definition,
            )
        )
    return rows


def glossary_urls() -> dict[str, str]:
    page = GlossaryPage.objects.live().public().first()
    if page is None:
        return {}
    urls = {}
    for language in LANGUAGES:
        with translation.override(language):
            urls[language] = page.get_url()
    return urls


def _replace(kind: str, object_ids: Iterable[int], rows: list[SearchEntry]) -> None:
    with transaction.atomic():
        SearchEntry.objects.filter(kind=kind, object_id__in=list(object_ids)).delete()
        SearchEntry.objects.bulk_create(rows, batch_size=500)


def index_page(kind: str, page) -> None:
    live = page.live and not page.get_view_restrictions().exists()
    _replace(kind, [page.pk], page_rows(kind, page) if live else [])


def index_guide(guide: RightsGuidePage) -> None:
    index_page("guide", guide)


def index_term(term: GlossaryTerm) -> None:
    _replace("term", [term.pk], term_rows(term, glossary_urls()) if term.live else [])


def remove(kind: str, object_id: int) -> None:
    SearchEntry.objects.filter(kind=kind, object_id=object_id).delete()


def rebuild() -> int:
    """Index everything published again, for example after the glossary page moved."""
    guide_entries = [
        row
        for kind, model in PAGE_KINDS.items()
        for page in model.objects.live().public().specific()
        for row in page_rows(kind, page)
    ]
    urls = glossary_urls()
    terms = GlossaryTerm.objects.filter(live=True)
    term_entries = [row for term in terms for row in term_rows(term, urls)]
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchEntry.objects.bulk_create(guide_entries + term_entries, batch_size=500)
    return len(guide_entries) + len(term_entries)
