"""Alphabetical order as readers of each language expect it, and the letter a word files under.

Python's default order is by code point, which puts Vietnamese "đ" after "z" and files
"ă" apart from "a" arbitrarily. ICU would do this properly, but the ICU binding we can use
(icu4py) offers no collator, so these keys implement the primary rules of each alphabet:
- vi: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; tone marks are secondary.
- fil: the Latin alphabet with ñ after n ("ng" is not treated as one letter here).
- km: consonants in their traditional order (which is code-point order), with the
  subscript sign (coeng) and vowel signs secondary; independent vowels after consonants.
- en: case-insensitive Latin order.
"""

import unicodedata

_VI_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_VI_LETTERS = {letter: index for index, letter in enumerate(_VI_ALPHABET)}
_VI_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook, dot
_KM_COENG = "\u17d2"
_KM_CONSONANTS = range(0x1780, 0x17A3)
_KM_INDEPENDENT_VOWELS = range(0x17A3, 0x17B4)


def _vi_letters(word: str) -> list[str]:
    """Letters of a Vietnamese word with tones removed and vowel shapes kept."""
    letters = []
    for char in unicodedata.normalize("NFD", word.casefold()):
        if char in _VI_TONES:
            continue
        if unicodedata.combining(char) and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + char)
        else:
            letters.append(char)
    return letters


def _vi_key(word: str) -> tuple:
    letters = _vi_letters(word)
    primary = tuple(_VI_LETTERS.get(ch, 100 + ord(ch)) for ch in letters)
    return (primary, unicodedata.normalize("NFD", word.casefold()))


def _fil_key(word: str) -> tuple:
    folded = word.casefold()
    primary = tuple(
        (ord("n") + 0.5) if ch == "ñ" else ord(_strip_accents(ch) or ch) for ch in folded
    )
    return (primary, folded)


def _km_key(word: str) -> tuple:
    consonants, signs = [], []
    for char in word:
        code = ord(char)
        if code in _KM_CONSONANTS:
            consonants.append(code)
        elif code in _KM_INDEPENDENT_VOWELS:
            consonants.append(code + 0x100)  # after every consonant
        elif char != _KM_COENG and not char.isspace():
            signs.append(code)
    return (tuple(consonants), tuple(signs), word)


def _en_key(word: str) -> tuple:
    folded = word.casefold()
    return (_strip_accents(folded), folded)


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


_KEYS = {"vi": _vi_key, "fil": _fil_key, "km": _km_key, "en": _en_key}


def sort_key(word: str, language: str):
    return _KEYS.get(language, _en_key)(word.strip())


def initial(word: str, language: str) -> str:
    """The heading a word is listed under: its first letter, as the alphabet counts it."""
    word = word.strip()
    if not word:
        return ""
    if language == "vi":
        return _vi_letters(word)[0].upper()
    if language == "km":
        return next(
            (ch for ch in word if ord(ch) in _KM_CONSONANTS or ord(ch) in _KM_INDEPENDENT_VOWELS),
            word[0],
        )
    first = word[0].casefold()
    if language == "fil" and first == "ñ":
        return "Ñ"
    return (_strip_accents(first) or first).upper()
