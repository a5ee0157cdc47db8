"""The translatable pieces of one field, and putting translated pieces back.

A plain or rich text field is one unit. A StreamField is walked with its block definitions:
every text, rich text and character block is a unit, addressed by its path in the raw
JSON ("3/value/points/1"); choices, images and numbers are copied from the English.
"""

import copy
import json
from dataclasses import dataclass

from wagtail import blocks

from translation_status.tracking import is_rich_text, is_stream_field


@dataclass(frozen=True)
class Piece:
    path: str  # "" for a whole field
    text: str
    rich: bool


def _list_items(value) -> list:
    # A ListBlock is stored as plain values, or (since Wagtail 2.16) as {"type": "item", ...}.
    return list(value or [])


def _is_wrapped(item) -> bool:
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def _walk(block, value, path: tuple):
    if value in (None, ""):
        return
    if isinstance(block, blocks.StreamBlock):
        for index, item in enumerate(value):
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from _walk(child, item.get("value"), (*path, str(index), "value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _walk(child, (value or {}).get(name), (*path, name))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(_list_items(value)):
            if _is_wrapped(item):
                yield from _walk(block.child_block, item["value"], (*path, str(index), "value"))
            else:
                yield from _walk(block.child_block, item, (*path, str(index)))
    elif isinstance(block, blocks.RichTextBlock):
        yield Piece("/".join(path), str(value), True)
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield Piece("/".join(path), str(value), False)


def _raw_stream(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return json.loads(value)
    return list(value.raw_data)


def pieces(obj, field_name: str) -> list[Piece]:
    """The English pieces of ``field_name`` on ``obj``."""
    model = type(obj)
    value = getattr(obj, f"{field_name}_en")
    if is_stream_field(model, field_name):
        block = model._meta.get_field(field_name).stream_block
        return [piece for piece in _walk(block, _raw_stream(value), ()) if piece.text.strip()]
    text = "" if value is None else str(value)
    return [Piece("", text, is_rich_text(model, field_name))] if text.strip() else []


def translated_value(obj, field_name: str, translations: dict[str, str]):
    """The value for ``<field>_<language>``: the English with each piece replaced."""
    model = type(obj)
    if not is_stream_field(model, field_name):
        return translations[""]
    data = copy.deepcopy(_raw_stream(getattr(obj, f"{field_name}_en")))
    for path, text in translations.items():
        *parents, last = path.split("/")
        node = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = text
        else:
            node[last] = text
    return json.dumps(data, ensure_ascii=False)
