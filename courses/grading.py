"""Grading, on the server only: a response is compared with the English key of the quiz."""

import re
import unicodedata

# Zero-width characters a phone keyboard may slip in (Khmer keyboards insert U+200B between
# words): they never change what a learner meant.
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFC, no zero-width characters, case-folded, white space collapsed. Diacritics stay."""
    text = unicodedata.normalize("NFC", text).translate(ZERO_WIDTH)
    return SPACES.sub(" ", text.casefold()).strip()


def is_correct(kind: str, key: dict, response: dict, accepted: list[str] = ()) -> bool:
    """Whether ``response`` answers a question of ``kind`` whose key is ``key``.

    ``key`` comes from courses.quiz_content.question_key; ``accepted`` adds the spellings a
    translation of a short-answer question lists.
    """
    if kind in ("single_choice", "true_false"):
        return response.get("choice") == key["correct"]
    if kind == "multiple_response":
        return set(response.get("choices", [])) == set(key["correct"])
    if kind == "short_answer":
        given = normalise_text(response.get("text", ""))
        return bool(given) and given in {normalise_text(a) for a in [*key["answers"], *accepted]}
    if kind == "ordering":
        return response.get("order") == key["order"]
    if kind == "matching":
        return response.get("pairs") == key["pairs"]
    raise ValueError(kind)
