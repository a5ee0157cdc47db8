"""What a field's text is, for hashing and for showing a difference.

A StreamField's text is its canonical JSON (sorted keys, without block ids), rich text and
strings are their text. The rich text editor's own bookkeeping (``data-block-key``
attributes, an empty ``<p></p>``) is left out, so that saving without changing a word changes
nothing. The same value read from a revision's content or from a live object gives the same
text.
"""

import hashlib
import json
import re
from html import unescape

from django.utils.html import strip_tags
from modeltranslation.utils import build_localized_fieldname

from .tracking import is_rich_text, is_stream_field

_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
_EMPTY_HTML = re.compile(r"^(\s|<p>\s*(<br\s*/?>)?\s*</p>)*$")


def canonical_text(value, *, stream: bool, rich: bool = False) -> str:
    """The text a value is hashed over; "" when the value is empty."""
    if value is None:
        return ""
    if stream:
        if isinstance(value, str):
            if not value.strip():
                return ""
            try:
                value = json.loads(value)
            except ValueError:
                return value
        data = list(value.raw_data) if hasattr(value, "raw_data") else list(value)
        if not data:
            return ""
        return json.dumps(_without_ids(data), sort_keys=True, ensure_ascii=False, default=str)
    text = str(value)
    if rich:
        text = _BLOCK_KEY.sub("", text)
        return "" if _EMPTY_HTML.match(text) else text
    return text if text.strip() else ""


def _without_ids(data):
    if isinstance(data, dict):
        return {key: _without_ids(item) for key, item in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, str):
        return _BLOCK_KEY.sub("", data)
    return data


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else ""


def field_text(model, source, field_name: str, language: str) -> str:
    """The text of one field in one language, from a revision's content (a dict) or an object."""
    name = build_localized_fieldname(field_name, language)
    value = source.get(name) if isinstance(source, dict) else getattr(source, name, None)
    return canonical_text(
        value, stream=is_stream_field(model, field_name), rich=is_rich_text(model, field_name)
    )


def readable_text(text: str, *, stream: bool, html: bool) -> str:
    """Stored text as a person reads it: the words of each block, one block a line."""
    if not html:
        return text
    if stream and text:
        try:
            data = json.loads(text)
        except ValueError:
            data = text
        lines: list[str] = []
        _collect_strings(data, lines)
        text = "\n".join(lines)
    text = _BLOCK_END.sub("\n", text)
    lines = (line.strip() for line in unescape(strip_tags(text)).splitlines())
    return "\n".join(line for line in lines if line)


def _collect_strings(data, lines: list[str]) -> None:
    if isinstance(data, str):
        lines.append(data)
    elif isinstance(data, list):
        for item in data:
            _collect_strings(item, lines)
    elif isinstance(data, dict):
        for key, item in data.items():
            if key not in ("id", "type"):  # block machinery, not words
                _collect_strings(item, lines)


RECORDING_FIELDS = ("title", "summary", "body")


def recording_text_hash(guide, language: str) -> str:
    """The hash of what a recording in ``language`` reads aloud: the guide's text in it."""
    model = type(guide)
    parts = [field_text(model, guide, name, language) for name in RECORDING_FIELDS]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
