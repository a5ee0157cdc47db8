"""An activity's readable texts: taken from its package, and put back translated.

H5P has no multilingual package, so an activity keeps one package and lists its texts (the
``texts`` StreamField, translated like any other field through the translation status and the
XLIFF exchange). Each text carries the JSON pointers of every place in content.json that shows
it. When a learner plays the activity in Khmer, the Khmer texts are written at those pointers.

A translation is always written HTML-escaped, in a paragraph where the field holds HTML: a
translator can change words but never markup, so translated content needs no second sanitising.
Untranslated texts keep the package's own (already sanitised) value, markup included.
"""

from __future__ import annotations

import copy
import html
import json

from . import storage
from .libraries import store_semantics
from .manifest import CONTENT_JSON
from .review_strings import visible_text
from .sanitise import walk_content

# Widgets whose values are not words (as in review_strings).
_NOT_READABLE_WIDGETS = frozenset({"colorSelector"})
MAX_CONTENT_BYTES = 16 * 1024 * 1024


def package_content(package) -> dict:
    """The checked, sanitised content.json of a ready package."""
    folder = storage.local_path(package.content_folder)
    path = folder.joinpath(*CONTENT_JSON.split("/"))
    with open(path, "rb") as handle:
        data = handle.read(MAX_CONTENT_BYTES + 1)
    if len(data) > MAX_CONTENT_BYTES:
        raise ValueError("content.json is larger than any checked package can be")
    content = json.loads(data.decode("utf-8"))
    return content if isinstance(content, dict) else {}


def texts_of(content: dict, semantics_for, main_library: str) -> list[dict]:
    """The readable texts of ``content``, in order, each once with every pointer showing it.

    Returns StreamField data: [{"type": "text", "value": {"text", "pointers", "html"}}].
    """
    found: dict[str, dict] = {}

    def visit(path: str, field: dict, cleaned: str, is_html: bool) -> None:
        if field.get("_review") is False or field.get("widget") in _NOT_READABLE_WIDGETS:
            return
        if not path or " " in path:
            return  # a pointer with a space cannot be listed (H5P field names have none)
        text = visible_text(cleaned)
        if not text:
            return
        entry = found.setdefault(text, {"text": text, "pointers": [], "html": False})
        entry["pointers"].append(path)
        entry["html"] = entry["html"] or is_html

    walk_content(content, semantics_for, main_library, on_text=visit)
    return [
        {
            "type": "text",
            "value": {
                "text": entry["text"],
                "pointers": " ".join(entry["pointers"]),
                "html": entry["html"],
            },
        }
        for entry in found.values()
    ]


def texts_from_package(package) -> list[dict]:
    """The texts of a ready package, for a new activity."""
    main = package.report.get("main_library", "")
    return texts_of(package_content(package), store_semantics(), main)


def _raw(stream) -> list:
    if stream is None or stream == "":
        return []
    if isinstance(stream, str):
        return json.loads(stream)
    return list(getattr(stream, "raw_data", stream))


def _unescape_pointer(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _set(content: dict, pointer: str, value: str) -> bool:
    """Write ``value`` at ``pointer`` when a string is there already; False when it is not."""
    parts = [_unescape_pointer(p) for p in pointer.split("/")[1:]]
    if not parts:
        return False
    node: object = content
    for part in parts[:-1]:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    last = parts[-1]
    if isinstance(node, dict) and isinstance(node.get(last), str):
        node[last] = value
        return True
    if (
        isinstance(node, list)
        and last.isdigit()
        and int(last) < len(node)
        and isinstance(node[int(last)], str)
    ):
        node[int(last)] = value
        return True
    return False


def translated_content(activity, language: str, content: dict) -> dict:
    """A copy of ``content`` with ``activity``'s texts in ``language`` written in.

    A text is written only where it is translated (not empty and not the English word for
    word); everything else stays as the package has it.
    """
    result = copy.deepcopy(content)
    if language == "en":
        return result
    english = _raw(getattr(activity, "texts_en", None))
    translated = _raw(getattr(activity, f"texts_{language}", None))
    for index, block in enumerate(translated):
        value = (block or {}).get("value") or {}
        text = str(value.get("text") or "").strip()
        original = english[index].get("value", {}) if index < len(english) else {}
        if not text or text == str(original.get("text") or "").strip():
            continue
        # Where to write comes from the English: a translation cannot move a text elsewhere.
        pointers = str(original.get("pointers") or "").split()
        escaped = html.escape(text)
        written = f"<p>{escaped}</p>" if original.get("html") else escaped
        for pointer in pointers:
            _set(result, pointer, written)
    return result
