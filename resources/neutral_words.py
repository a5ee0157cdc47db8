"""Words that must not appear where a shared phone shows them: addresses and browser tabs.

A guide about abuse may use these words in its heading and text; its address (slug) never
does, and its browser-tab title must then be a neutral one. The lists are compared after the
same folding as search (case and Vietnamese accents set aside), so "Xâm hại" and "xam hai"
are both caught. Editors can always choose other neutral words; these lists only catch the
obvious ones and are meant to grow.
"""

from .search.text import fold

SENSITIVE_WORDS = {
    "en": (
        "abuse",
        "abused",
        "assault",
        "exploitation",
        "exploited",
        "incest",
        "molest",
        "porn",
        "pornography",
        "prostitution",
        "rape",
        "raped",
        "sex",
        "sexual",
        "sexually",
        "trafficking",
        "trafficked",
        "victim",
        "victims",
        "violence",
        "csam",
        "grooming",
    ),
    "fil": (
        "abuso",
        "inabuso",
        "pang-aabuso",
        "sekswal",
        "seksuwal",
        "panggagahasa",
        "ginahasa",
        "gahasa",
        "prostitusyon",
        "trafficking",
        "biktima",
        "karahasan",
        "pornograpiya",
    ),
    "vi": (
        "xâm hại",
        "lạm dụng",
        "tình dục",
        "hiếp dâm",
        "cưỡng hiếp",
        "mua bán người",
        "bóc lột",
        "mại dâm",
        "khiêu dâm",
        "nạn nhân",
        "bạo lực",
    ),
    "km": (
        "រំលោភ",
        "ផ្លូវភេទ",
        "ការរំលោភបំពាន",
        "ជួញដូរមនុស្ស",
        "កេងប្រវ័ញ្ច",
        "ពេស្យាចារ",
        "អាសអាភាស",
        "ជនរងគ្រោះ",
        "អំពើហិង្សា",
    ),
}

_FOLDED = {
    language: tuple(fold(word) for word in words) for language, words in SENSITIVE_WORDS.items()
}
_LATIN_LANGUAGES = ("en", "fil", "vi")


def sensitive_words_in(text: str) -> list[str]:
    """The listed words found in ``text``, in any of the four languages."""
    if not text:
        return []
    folded = fold(text)
    # Latin-script words are matched whole (slugs use "-" between words); Khmer has no spaces.
    latin = f" {''.join(ch if ch.isalnum() else ' ' for ch in folded)} "
    found = []
    for language, words in _FOLDED.items():
        for word in words:
            if language in _LATIN_LANGUAGES:
                spaced = " ".join(word.replace("-", " ").split())
                if f" {spaced} " in latin:
                    found.append(word)
            elif word in folded:
                found.append(word)
    return found
