"""Names for downloads, safe in a Content-Disposition header (RFC 6266, RFC 5987).

A download name often comes from something a person typed (a document title, a section name).
It must not carry a path ("../../x"), a control or direction character (U+202E turns
"gpj.exe" into "exe.jpg" on screen), a quote or a line break (header injection). Browsers get an
ASCII ``filename`` and the full UTF-8 ``filename*`` (Khmer, Filipino and Vietnamese titles).
"""

import re
import unicodedata
from urllib.parse import quote

MAX_CHARS = 150
FALLBACK = "download"
# Path separators, quotes, and what Windows refuses in a file name.
_REPLACED = re.compile(r"[/\\\"'<>:|?*;,%]")
_SPACES = re.compile(r"\s+")
_NOT_ASCII_SAFE = re.compile(r"[^A-Za-z0-9._()\- ]")


def _printable(name: str) -> str:
    # Control, format (bidi), private-use, surrogate and unassigned characters go; other
    # separators (line, paragraph) become spaces.
    kept = []
    for char in name:
        category = unicodedata.category(char)
        if category.startswith("C"):
            continue
        kept.append(" " if category.startswith("Z") else char)
    return "".join(kept)


def _tidy(name: str, fallback: str) -> str:
    name = _SPACES.sub(" ", name).strip()
    stem, dot, extension = name.rpartition(".")
    if not dot or not 0 < len(extension) <= 10 or " " in extension:
        stem, extension = name, ""
    extension = f".{extension}" if extension else ""
    stem = stem[: MAX_CHARS - len(extension)].strip(" .")
    return f"{stem or fallback}{extension}"


def safe_download_name(name: str, fallback: str = FALLBACK) -> str:
    """``name`` made safe to offer as a file name: one path component, printable, no quotes."""
    name = unicodedata.normalize("NFC", str(name or ""))
    return _tidy(_REPLACED.sub("_", _printable(name)), fallback)


def ascii_download_name(name: str, fallback: str = FALLBACK) -> str:
    """The ASCII stand-in for browsers that ignore ``filename*`` (accents dropped)."""
    decomposed = unicodedata.normalize("NFKD", safe_download_name(name, fallback))
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    return _tidy(_NOT_ASCII_SAFE.sub("_", ascii_only), fallback)


def content_disposition(name: str, *, inline: bool = False) -> str:
    """A Content-Disposition header value offering ``name`` (sanitised) for download."""
    safe = safe_download_name(name)
    kind = "inline" if inline else "attachment"
    fallback = ascii_download_name(safe)
    encoded = quote(safe, safe="")
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"
