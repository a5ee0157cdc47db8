"""Turn text into search words the same way for documents and for queries."""

import re
import unicodedata

from icu4py.breakers import WordBreaker
from icu4py.locale import Locale

# Marks from the "combining diacritical marks" block only: Vietnamese tones and accents once
# decomposed. Khmer vowel signs are combining marks too, but in their own block, and must stay.
_ACCENTS = re.compile("[\u0300-\u036f]")
_INVISIBLE = re.compile("[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
_LOCALES = {"km": Locale("km"), "vi": Locale("vi"), "fil": Locale("fil"), "en": Locale("en")}


def clean(text: str) -> str:
    """Text with invisible and control characters removed and runs of space collapsed."""
    text = _INVISIBLE.sub(" ", unicodedata.normalize("NFC", text or ""))
    return " ".join(text.split())


def fold(text: str) -> str:
    """Lower case without Latin accents: "Thuê nhà" and "thue nha" become the same."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed)).replace("đ", "d")


def words(text: str, language: str) -> list[str]:
    """The words of ``text``, folded; Khmer runs are split at ICU's dictionary word breaks."""
    text = clean(text)
    if not text:
        return []
    locale = _LOCALES.get(language, _LOCALES["en"])
    return [
        fold(segment)
        for segment in WordBreaker(text, locale)
        if any(character.isalnum() for character in segment)
    ]


def is_khmer(word: str) -> bool:
    return bool(_KHMER.search(word))
