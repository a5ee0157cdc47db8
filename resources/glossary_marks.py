"""Mark the first use of each glossary word in a text, linking it to its definition.

The definitions are listed under the text ("Words in this guide"), so the link is a jump
within the same page: it works without JavaScript, offline, and for screen readers, which
announce it as an ordinary link.
"""

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from modeltranslation.utils import build_localized_fieldname

from .models import GlossaryTerm

CACHE_SECONDS = 60 * 60
# Text inside these elements is left alone: a link inside a link is invalid, and headings
# and buttons read badly when a word in them jumps elsewhere.
_SKIP = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "button", "script", "style"})
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
# Scripts written without spaces between words: a term may start or end anywhere.
_UNSPACED = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")


@dataclass(frozen=True)
class Word:
    slug: str
    term: str
    definition: str


def cache_key(language: str) -> str:
    return f"glossary-marks:{language}"


def words_for(language: str) -> dict[str, Word]:
    """Live glossary terms written in ``language``, by lower-cased term (one query, cached)."""
    words = cache.get(cache_key(language))
    if words is None:
        term_field = build_localized_fieldname("term", language)
        definition_field = build_localized_fieldname("definition", language)
        english_definition = build_localized_fieldname("definition", settings.LANGUAGE_CODE)
        rows = (
            GlossaryTerm.objects.filter(live=True)
            .exclude(**{f"{term_field}__isnull": True})
            .exclude(**{term_field: ""})
            .values("slug", term_field, definition_field, english_definition)
        )
        words = {
            row[term_field].strip().casefold(): Word(
                row["slug"],
                row[term_field].strip(),
                row[definition_field] or row[english_definition],
            )
            for row in rows
        }
        cache.set(cache_key(language), words, CACHE_SECONDS)
    return words


def forget_words() -> None:
    cache.delete_many([cache_key(code) for code, _name in settings.LANGUAGES])


@lru_cache(maxsize=512)
def _pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    if not terms:
        return None
    alternatives = []
    for term in sorted(terms, key=len, reverse=True):  # longest first: "legal aid" before "aid"
        escaped = re.escape(html.escape(term, quote=False))
        if _UNSPACED.search(term):
            alternatives.append(escaped)
        else:
            alternatives.append(rf"(?<!\w){escaped}(?!\w)")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def mark_first_uses(markup: str, language: str) -> tuple[SafeString, list[Word]]:
    """``markup`` with the first use of each glossary word linked, and the words found."""
    words = words_for(language)
    # Only the terms that occur somewhere in the text go into the pattern: a substring test
    # per term is fast, while one pattern of thousands of alternatives is not.
    plain = html.unescape(_TAG.sub(" ", str(markup))).casefold()
    pattern = _pattern(tuple(sorted(term for term in words if term in plain)))
    if pattern is None:
        return mark_safe(markup), []  # noqa: S308 - the markup is already safe HTML
    found: dict[str, Word] = {}
    skipping: list[str] = []
    pieces = _TAG.split(str(markup))
    for index, piece in enumerate(pieces):
        if piece.startswith("<"):
            _track(piece, skipping)
            continue
        if skipping or not piece:
            continue
        pieces[index] = pattern.sub(lambda match: _link(match, words, found), piece)
    return mark_safe("".join(pieces)), list(found.values())  # noqa: S308


def _track(tag: str, skipping: list[str]) -> None:
    match = _TAG_NAME.match(tag)
    if not match or tag.endswith("/>"):
        return
    closing, name = match.group(1), match.group(2).lower()
    if name not in _SKIP:
        return
    if closing and name in skipping:
        skipping.remove(name)
    elif not closing:
        skipping.append(name)


def _link(match: re.Match, words: dict[str, Word], found: dict[str, Word]) -> str:
    text = match.group(0)
    word = words.get(html.unescape(text).casefold())
    if word is None or word.slug in found:
        return text
    found[word.slug] = word
    anchor = f"word-{word.slug}"
    return f'<a class="term" href="#{anchor}" aria-describedby="{anchor}-meaning">{text}</a>'
