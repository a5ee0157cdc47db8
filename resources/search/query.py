"""Find published guides and glossary terms in the reader's language."""

from dataclasses import dataclass

from django.db.models import Q

from ..models import SearchEntry
from .text import fold, is_khmer, words

MAX_RESULTS = 20
MAX_WORDS = 8
# Matching is done on at most this many candidate rows, then ranked here.
_CANDIDATES = 200


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    summary: str
    url: str


def _matches(word: str) -> Q:
    condition = Q(words__contains=f" {word}")  # a word, or the start of one
    if is_khmer(word):
        # ICU may keep "ជួលផ្ទះ" as one word in a query but split it in the text: look inside
        # the unspaced run as well.
        condition |= Q(unspaced__contains=word)
    return condition


def search(query: str, language: str) -> list[Result]:
    """Entries in ``language`` containing every word of ``query``, title matches first."""
    wanted = list(dict.fromkeys(words(query, language)))[:MAX_WORDS]
    if not wanted:
        return []
    entries = SearchEntry.objects.filter(language=language)
    for word in wanted:
        entries = entries.filter(_matches(word))
    candidates = list(
        entries.order_by("kind", "title").values("kind", "title", "summary", "url")[:_CANDIDATES]
    )

    def rank(row) -> tuple:
        title = fold(row["title"])
        in_title = sum(word in title for word in wanted)
        return (-in_title, row["kind"] != "guide", len(row["title"]))

    candidates.sort(key=rank)
    return [Result(**row) for row in candidates[:MAX_RESULTS]]
