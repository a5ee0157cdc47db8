"""Clean an H5P package's ``content.json`` by its libraries' ``semantics.json``, as H5P core does.

h5p-standalone plays ``content.json`` as it is, and H5P libraries put many of its strings into
the page as HTML. H5P core protects its own sites by filtering the parameters against each
library's semantics when content is saved; nothing does that for us, so we do it once, at upload.
What reaches a child is then only what the semantics allow: the tags a rich-text field lists,
plain text where the field is plain, http(s) and mailto links, numbers in range, known select
options, and media that are files inside the package or plain http(s) addresses.

Everything removed is reported as a warning with a JSON-pointer path (``/questions/0/params/...``)
so an editor can see what changed and why. The walk never trusts the content's shape: a value of
the wrong type is dropped and reported, never allowed to raise.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote, urlsplit

import nh3
from django.utils.translation import gettext_lazy as _

from courses.h5p.problems import Problem, printable, problem

# Given "H5P.MultiChoice 1.14", a library's semantics.json (a list of field definitions), or
# None when that library is not known.
SemanticsFor = Callable[[str], list | None]
# Called for every text field kept: (JSON pointer, field definition, cleaned text, is it HTML).
TextVisitor = Callable[[str, dict, str, bool], None]

# Nesting levels followed before giving up. Hub content nests about a dozen; the cap keeps a
# crafted file from exhausting the stack.
MAX_DEPTH = 64

_DROP = object()

# --- Rich text -----------------------------------------------------------------------------

# Tags a semantics may switch on. Anything else it lists (img, iframe, script, style, object ...)
# stays off: an image would load from anywhere and the others can run code or restyle the page.
_ENABLEABLE_TAGS = frozenset(
    {
        *("p", "br", "div", "span", "hr", "blockquote", "pre", "code"),
        *("strong", "b", "em", "i", "u", "s", "del", "strike", "sub", "sup", "small"),
        *("abbr", "cite", "q"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
        *("ul", "ol", "li"),
        "a",
        *("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"),
    }
)
# H5P core allows these in every rich-text field, listed or not; so do we, so that content that
# plays on h5p.org plays here.
_ALWAYS_ALLOWED = frozenset({"p", "br", "div", "span"})
# The editor (CKEditor) writes one tag where a semantics names its twin, as H5P core knows.
_RELATED_TAGS = {
    "table": {"caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"},
    "strong": {"b"},
    "b": {"strong"},
    "em": {"i"},
    "i": {"em"},
    "ul": {"li"},
    "ol": {"li"},
    "s": {"del", "strike"},
    "del": {"s", "strike"},
    "strike": {"s", "del"},
}
# Removed together with everything inside them, not only their tags.
_REMOVED_WITH_CONTENT = frozenset(
    {
        *("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet"),
        *("noscript", "noembed", "noframes", "template", "svg", "math"),
        *("title", "textarea", "select", "xmp"),
    }
)
_STYLEABLE_TAGS = frozenset({"p", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"})
_ATTRIBUTES = {
    "*": {"dir", "lang"},
    "a": {"href", "title", "target"},
    "abbr": {"title"},
    "ol": {"start"},
    "table": {"border", "cellpadding", "cellspacing", "summary"},
    "col": {"span"},
    "colgroup": {"span"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "scope", "style"},
    **{tag: {"style"} for tag in _STYLEABLE_TAGS - {"td", "th"}},
}
_SMALL_NUMBER_ATTRIBUTES = frozenset(
    {"start", "border", "cellpadding", "cellspacing", "span", "colspan", "rowspan"}
)
_KEYWORD_ATTRIBUTES = {
    "target": {"_blank"},
    "dir": {"ltr", "rtl", "auto"},
    "scope": {"row", "col", "rowgroup", "colgroup"},
}
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")

# One CSS declaration each, as H5P core allows them: alignment everywhere, the rest only when
# the field's semantics turn the matching "font" option on.
_ALIGNMENT = r"text-align\s*:\s*(left|right|center|justify)"
_LENGTH = r"[0-9.]+\s*(em|px|%|rem|pt)"
_COLOUR = r"(#[0-9a-f]{3}|#[0-9a-f]{6}|rgba?\(\s*[0-9.]+\s*(,\s*[0-9.]+\s*){2,3}\))"
_FONT_STYLES = {
    "size": rf"font-size\s*:\s*{_LENGTH}",
    "family": r"font-family\s*:\s*[-a-z0-9,\" ]+",
    "color": rf"color\s*:\s*{_COLOUR}",
    "background": rf"background-color\s*:\s*{_COLOUR}",
    "spacing": rf"letter-spacing\s*:\s*{_LENGTH}",
    "height": rf"line-height\s*:\s*([0-9.]+|{_LENGTH})",
}


def allowed_tags(listed: object) -> frozenset[str]:
    """The tags kept in a rich-text field whose semantics list ``listed``."""
    tags = set(_ALWAYS_ALLOWED)
    if isinstance(listed, list):
        for tag in listed:
            if isinstance(tag, str) and tag.lower() in _ENABLEABLE_TAGS:
                tags.add(tag.lower())
                tags |= _RELATED_TAGS.get(tag.lower(), set())
    return frozenset(tags)


def _font_options(font: object) -> frozenset[str]:
    if not isinstance(font, dict):
        return frozenset()
    return frozenset(key for key, on in font.items() if on is True and key in _FONT_STYLES)


def is_safe_link(url: str) -> bool:
    """True for http(s) addresses with a host and for mailto: links; nothing else leaves a page."""
    value = url.strip()
    if not value or any(ord(c) <= 0x20 or ord(c) == 0x7F or c == "\\" for c in value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return bool(host)
    return scheme == "mailto" and bool(parts.path)


def _style_filter(font: frozenset[str]) -> Callable[[str], str | None]:
    patterns = [re.compile(_ALIGNMENT, re.IGNORECASE)]
    patterns += [re.compile(_FONT_STYLES[key], re.IGNORECASE) for key in sorted(font)]

    def keep(value: str) -> str | None:
        declarations = [d.strip() for d in value.split(";") if d.strip()]
        kept = [d for d in declarations if any(p.fullmatch(d) for p in patterns)]
        if kept and len(kept) == len(declarations):
            return value
        return "; ".join(kept) or None

    return keep


@lru_cache(maxsize=64)
def _html_cleaner(tags: frozenset[str], font: frozenset[str]) -> nh3.Cleaner:
    keep_style = _style_filter(font)

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href":
            return value if is_safe_link(value) else None
        if attribute == "style":
            return keep_style(value)
        if attribute in _SMALL_NUMBER_ATTRIBUTES:
            return value if re.fullmatch(r"\s*\d{1,3}\s*", value) else None
        if attribute in _KEYWORD_ATTRIBUTES:
            return value if value.strip().lower() in _KEYWORD_ATTRIBUTES[attribute] else None
        if attribute == "lang":
            return value if _LANGUAGE_TAG.fullmatch(value) else None
        return value

    return nh3.Cleaner(
        tags=set(tags),
        clean_content_tags=set(_REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        attribute_filter=attribute_filter,
        url_schemes={"http", "https", "mailto"},
        url_relative="deny",
        link_rel="noopener noreferrer",
    )


_PLAIN_CLEANER = nh3.Cleaner(
    tags=set(), clean_content_tags=set(_REMOVED_WITH_CONTENT), attributes={}, link_rel=None
)


def clean_html(text: str, field: dict) -> str:
    """``text`` with only the tags, attributes and links the rich-text ``field`` allows."""
    cleaner = _html_cleaner(allowed_tags(field.get("tags")), _font_options(field.get("font")))
    return cleaner.clean(text)


def clean_plain(text: str) -> str:
    """``text`` without any markup, escaped the way H5P core stores plain text fields.

    Libraries insert plain fields into their HTML unescaped (some into attribute values), which
    is why H5P core stores them with <, >, &, " and ' escaped; we keep that promise.
    """
    return _PLAIN_CLEANER.clean(text).replace('"', "&quot;").replace("'", "&#039;")


def is_html_field(field: dict) -> bool:
    """H5P core treats a text field as rich text when its semantics list tags."""
    return field.get("widget") == "html" or "tags" in field


class _Markup(HTMLParser):
    """Counts the tags, attributes and comments of a fragment, to say what cleaning removed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: Counter[tuple[str, ...]] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found[("tag", tag)] += 1
        for name, value in attrs:
            if name != "rel":  # we add rel="noopener noreferrer" to links ourselves
                self.found[("attribute", tag, name, value or "")] += 1

    def handle_comment(self, data: str) -> None:
        self.found[("comment",)] += 1

    def handle_decl(self, decl: str) -> None:
        self.found[("declaration",)] += 1

    def handle_pi(self, data: str) -> None:
        self.found[("declaration",)] += 1

    def unknown_decl(self, data: str) -> None:
        self.found[("declaration",)] += 1


def _markup(text: str) -> Counter[tuple[str, ...]]:
    parser = _Markup()
    parser.feed(text)
    parser.close()
    return parser.found


def removed_markup(before: str, after: str) -> list[str]:
    """Short descriptions ("<script>", "onerror on <img>") of what cleaning took out."""
    if before == after:
        return []
    try:
        gone = _markup(before) - _markup(after)
    except Exception:  # the stdlib parser is lenient; this is a last resort
        return ["markup"]
    described: list[str] = []
    for item in gone:
        if item[0] == "tag":
            text = f"<{item[1]}>"
        elif item[0] == "attribute":
            text = f"{item[2]} on <{item[1]}>"
        else:
            text = item[0]
        if text not in described:
            described.append(text)
    return described


# --- Media -----------------------------------------------------------------------------------

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_MIME = re.compile(r"[A-Za-z0-9][\w.+-]*/[\w.+-]+")
# The H5P editor marks files uploaded in a session not yet saved; the file itself is final.
_TMP_SUFFIX = "#tmp"


def safe_media_path(path: str) -> str | None:
    """The path to keep for a media field, or None when it is unsafe.

    A path is either a plain absolute http(s) address (YouTube, for instance: allowed, and listed
    for the safeguarding reviewer) or a relative path inside ``content/`` with no scheme, no
    ``..`` or ``.`` segment, no backslash, query or fragment, and none hidden by %-escaping.
    Whether the file exists is the package validator's question, not this one.
    """
    if not path or len(path) > 2048:
        return None
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in path):
        return None
    if _SCHEME.match(path):
        try:
            parts = urlsplit(path)
            host = parts.hostname
        except ValueError:
            return None
        ok = parts.scheme.lower() in ("http", "https") and bool(host)
        return path if ok and " " not in path and "\\" not in path else None
    if path.endswith(_TMP_SUFFIX):
        path = path[: -len(_TMP_SUFFIX)]
    for candidate in (path, unquote(path)):
        if any(c in candidate for c in "\\:?#\x00"):
            return None
        if any(segment in ("", ".", "..") for segment in candidate.split("/")):
            return None
    return path


# --- Fields H5P core adds to every library and file ---------------------------------------------

_COPYRIGHT_FIELDS = [
    {"name": "license", "type": "text", "_review": False},
    {"name": "title", "type": "text", "label": "Copyright: title"},
    {"name": "author", "type": "text", "label": "Copyright: author"},
    {"name": "year", "type": "text", "_review": False},
    {"name": "source", "type": "text", "label": "Copyright: source"},
    {"name": "version", "type": "text", "_review": False},
]
_METADATA_FIELDS = [
    {"name": "title", "type": "text", "label": "Title"},
    {"name": "a11yTitle", "type": "text", "label": "Title for assistive technologies"},
    {"name": "extraTitle", "type": "text", "label": "Title"},
    {"name": "license", "type": "text", "_review": False},
    {"name": "licenseVersion", "type": "text", "_review": False},
    {"name": "yearFrom", "type": "text", "_review": False},
    {"name": "yearTo", "type": "text", "_review": False},
    {"name": "source", "type": "text", "label": "Source"},
    {
        "name": "authors",
        "type": "list",
        "field": {
            "name": "author",
            "type": "group",
            "fields": [
                {"name": "name", "type": "text", "label": "Author"},
                {"name": "role", "type": "text", "_review": False},
            ],
        },
    },
    {
        "name": "changes",
        "type": "list",
        "field": {
            "name": "change",
            "type": "group",
            "fields": [
                {"name": "date", "type": "text", "_review": False},
                {"name": "author", "type": "text", "label": "Changed by"},
                {"name": "log", "type": "text", "label": "Change"},
            ],
        },
    },
    {"name": "licenseExtras", "type": "text", "label": "Licence details"},
    {"name": "authorComments", "type": "text", "label": "Author comments"},
    {"name": "contentType", "type": "text", "_review": False},
    {"name": "defaultLanguage", "type": "text", "_review": False},
]
_FILE_KEYS = {
    "file": {"path", "mime", "copyright"},
    "audio": {"path", "mime", "copyright"},
    "image": {"path", "mime", "copyright", "width", "height", "originalImage"},
    "video": {"path", "mime", "copyright", "width", "height", "codecs", "quality", "bitrate"},
}
_SUBCONTENT_ID = re.compile(
    r"\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?"
)
_LIBRARY = re.compile(r"\s*([A-Za-z0-9_.-]+)\s+(\d{1,5})\.(\d{1,5})\s*")


def library_key(name: object) -> tuple[str, int, int] | None:
    """("H5P.Image", 1, 1) for "H5P.Image 1.1"; None when the name is not of that form."""
    match = _LIBRARY.fullmatch(name) if isinstance(name, str) else None
    return (match[1], int(match[2]), int(match[3])) if match else None


def _pointer(path: str, key: object) -> str:
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class _Walker:
    """One walk of one content.json: keeps the semantics looked up and the problems found."""

    def __init__(self, semantics_for: SemanticsFor, on_text: TextVisitor | None) -> None:
        self._semantics_for = semantics_for
        self._on_text = on_text
        self._semantics: dict[tuple[str, int, int], list | None] = {}
        self.problems: list[Problem] = []

    def semantics(self, key: tuple[str, int, int]) -> list | None:
        if key not in self._semantics:
            found = self._semantics_for(f"{key[0]} {key[1]}.{key[2]}")
            self._semantics[key] = found if isinstance(found, list) else None
        return self._semantics[key]

    def warn(self, code: str, template: Any, path: str, **params: object) -> None:
        self.problems.append(problem(code, template, path, **params))

    def wrong_type(self, path: str, expected: Any) -> object:
        self.warn(
            "wrong_type",
            _("The value at %(path)s is not %(expected)s as its library expects; it was removed."),
            path,
            expected=expected,
        )
        return _DROP

    # Groups of named fields: a library's parameters, a group field, metadata, copyright.

    def fields(
        self, value: dict, fields: list, path: str, depth: int, extra: frozenset[str] = frozenset()
    ) -> dict:
        by_name: dict[str, dict] = {}
        for field in fields:
            if isinstance(field, dict) and isinstance(field.get("name"), str):
                by_name.setdefault(field["name"], field)
        cleaned: dict = {}
        for key, item in value.items():
            where = _pointer(path, key)
            if key in extra:
                kept = self.plain_data(item, where, depth + 1)
            elif key in by_name:
                kept = self.value(item, by_name[key], where, depth + 1)
            else:
                self.warn(
                    "unknown_key",
                    _("%(path)s is not described by its library's semantics; it was removed."),
                    where,
                )
                continue
            if kept is not _DROP:
                cleaned[key] = kept
        return cleaned

    def too_deep(self, path: str) -> object:
        self.warn(
            "too_deep",
            _("The content at %(path)s is nested too deeply to check; it was removed."),
            path,
        )
        return _DROP

    def value(self, item: object, field: dict, path: str, depth: int) -> object:
        if depth > MAX_DEPTH:
            return self.too_deep(path)
        handler = self._handlers.get(field.get("type"))  # type: ignore[arg-type]
        if handler is None:
            self.warn(
                "unknown_field_type",
                _("The semantics describe %(path)s with an unknown type; it was removed."),
                path,
            )
            return _DROP
        return handler(self, item, field, path, depth)

    def as_group(self, item: object, field: dict, path: str, depth: int) -> object:
        fields = [f for f in field.get("fields") or [] if isinstance(f, dict)]
        # H5P stores a group of a single field as that field's bare value (as H5P core reads it).
        if len(fields) == 1 and field.get("isSubContent") is not True:
            return self.value(item, fields[0], path, depth)
        if not isinstance(item, dict):
            return self.wrong_type(path, _("a group"))
        extra = frozenset({"subContentId"}) if field.get("isSubContent") is True else frozenset()
        return self.fields(item, fields, path, depth, extra)

    def as_list(self, item: object, field: dict, path: str, depth: int) -> object:
        if not isinstance(item, list):
            return self.wrong_type(path, _("a list"))
        element = field.get("field")
        if not isinstance(element, dict):
            self.warn(
                "unknown_field_type",
                _("The semantics describe %(path)s with an unknown type; it was removed."),
                path,
            )
            return _DROP
        cleaned = []
        for index, entry in enumerate(item):
            kept = self.value(entry, element, _pointer(path, index), depth + 1)
            if kept is not _DROP:
                cleaned.append(kept)
        return cleaned

    def as_text(self, item: object, field: dict, path: str, depth: int) -> object:
        if _is_number(item):
            return item  # a number cannot carry markup; some packages store years as numbers
        if not isinstance(item, str):
            return self.wrong_type(path, _("text"))
        if is_html_field(field):
            cleaned = clean_html(item, field)
            removed = removed_markup(item, cleaned)
            if removed:
                self.warn(
                    "markup_removed",
                    _("Removed %(removed)s from the text at %(path)s."),
                    path,
                    removed=printable(", ".join(removed)),
                )
        else:
            cleaned = clean_plain(item)
            if _plain_changed(item, cleaned):
                self.warn(
                    "markup_in_plain_text",
                    _("Removed markup from %(path)s, which may only hold plain text."),
                    path,
                )
        if self._on_text is not None:
            self._on_text(path, field, cleaned, is_html_field(field))
        return cleaned

    def as_number(self, item: object, field: dict, path: str, depth: int) -> object:
        number = item
        if isinstance(item, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", item):
            number = float(item) if "." in item else int(item)
        if not _is_number(number):
            return self.wrong_type(path, _("a number"))
        low, high = field.get("min"), field.get("max")
        clamped = number
        if _is_number(low) and clamped < low:  # type: ignore[operator]
            clamped = low
        if _is_number(high) and clamped > high:  # type: ignore[operator]
            clamped = high
        if clamped != number:
            self.warn(
                "number_out_of_range",
                _("%(value)s at %(path)s is outside %(low)s to %(high)s; it became %(new)s."),
                path,
                value=printable(str(number)),
                low=low if _is_number(low) else "-",
                high=high if _is_number(high) else "-",
                new=clamped,
            )
            return clamped
        return item

    def as_boolean(self, item: object, field: dict, path: str, depth: int) -> object:
        return item if isinstance(item, bool) else self.wrong_type(path, _("true or false"))

    def as_select(self, item: object, field: dict, path: str, depth: int) -> object:
        options = _select_options(field.get("options"))
        multiple = field.get("multiple") is True
        values = item if isinstance(item, list) else [item]
        if not multiple and isinstance(item, list):
            return self.wrong_type(path, _("a single choice"))
        kept: list = []
        for value in values:
            if isinstance(value, bool | dict | list) or value is None:
                self.wrong_type(path, _("a choice"))
            elif options is None:  # options filled in by the editor at run time
                kept.append(clean_plain(value) if isinstance(value, str) else value)
            elif value in options:
                kept.append(value)
            else:
                self.warn(
                    "select_not_an_option",
                    _("%(value)s at %(path)s is not one of the choices its library offers."),
                    path,
                    value=printable(str(value), 80),
                )
        if multiple:
            return kept
        if kept:
            return kept[0]
        default = field.get("default")
        if options is not None and _hashable(default) and default in options:
            return default
        return _DROP

    def as_library(self, item: object, field: dict, path: str, depth: int) -> object:
        if not isinstance(item, dict):
            return self.wrong_type(path, _("embedded content"))
        name = item.get("library")
        if name is None and not item.get("params"):
            return _DROP  # an optional embedded item left empty in the editor
        key = library_key(name)
        allowed = {
            library_key(o.get("name") if isinstance(o, dict) else o) for o in _options(field)
        }
        if key is None or key not in allowed:
            self.warn(
                "library_not_allowed",
                _("%(path)s embeds %(library)s, which its parent content type does not offer."),
                path,
                library=printable(str(name), 80),
            )
            return _DROP
        semantics = self.semantics(key)
        if semantics is None:
            self.warn(
                "library_semantics_missing",
                _("%(path)s embeds %(library)s, whose semantics are not known; it was removed."),
                path,
                library=printable(str(name), 80),
            )
            return _DROP
        extra = field.get("extraAttributes")
        extra_keys = {k for k in extra if isinstance(k, str)} if isinstance(extra, list) else set()
        cleaned: dict = {}
        for entry, value in item.items():
            where = _pointer(path, entry)
            if entry == "library":
                cleaned[entry] = f"{key[0]} {key[1]}.{key[2]}"
            elif entry == "params":
                if isinstance(value, dict):
                    cleaned[entry] = self.fields(value, semantics, where, depth + 1)
                else:
                    self.wrong_type(where, _("a group"))
                    cleaned[entry] = {}
            elif entry == "subContentId":
                if isinstance(value, str) and _SUBCONTENT_ID.fullmatch(value):
                    cleaned[entry] = value
                else:
                    self.wrong_type(where, _("an identifier"))
            elif entry == "metadata":
                if isinstance(value, dict):
                    cleaned[entry] = self.fields(value, _METADATA_FIELDS, where, depth + 1)
                else:
                    self.wrong_type(where, _("a group"))
            elif entry in extra_keys:
                cleaned[entry] = self.plain_data(value, where, depth + 1)
            else:
                self.warn(
                    "unknown_key",
                    _("%(path)s is not described by its library's semantics; it was removed."),
                    where,
                )
        return cleaned

    def as_media(self, item: object, field: dict, path: str, depth: int) -> object:
        if field.get("type") in ("video", "audio"):
            if not isinstance(item, list):
                return self.wrong_type(path, _("a list of files"))
            cleaned = []
            for index, variant in enumerate(item):
                kept = self.as_file(variant, field, _pointer(path, index), depth + 1)
                if kept is not _DROP:
                    cleaned.append(kept)
            return cleaned
        return self.as_file(item, field, path, depth)

    def as_file(
        self, item: object, field: dict, path: str, depth: int, original: bool = False
    ) -> object:
        if depth > MAX_DEPTH:
            return self.too_deep(path)
        if not isinstance(item, dict):
            return self.wrong_type(path, _("a file"))
        raw = item.get("path")
        safe = safe_media_path(raw) if isinstance(raw, str) else None
        if safe is None:
            self.warn(
                "media_path_refused",
                _(
                    "The file at %(path)s points to %(target)s, which is neither a file in the "
                    "package nor an http(s) address; it was removed."
                ),
                path,
                target=printable(str(raw), 120),
            )
            return _DROP
        kind = field.get("type")
        allowed = set(_FILE_KEYS.get(kind, _FILE_KEYS["file"]))
        if original:
            allowed.discard("originalImage")  # an original has no original of its own
        extra = field.get("extraAttributes")
        extra_keys = {k for k in extra if isinstance(k, str)} if isinstance(extra, list) else set()
        cleaned: dict = {}
        for key, value in item.items():
            where = _pointer(path, key)
            kept: object = _DROP
            if key == "path":
                kept = safe
            elif key not in allowed and key not in extra_keys:
                self.warn(
                    "unknown_key",
                    _("%(path)s is not described by its library's semantics; it was removed."),
                    where,
                )
                continue
            elif key in extra_keys:
                kept = self.plain_data(value, where, depth + 1)
            elif key == "mime":
                ok = isinstance(value, str) and _MIME.fullmatch(value)
                kept = value if ok else self.wrong_type(where, _("a media type"))
            elif key in ("width", "height", "bitrate"):
                kept = value if _is_number(value) else self.wrong_type(where, _("a number"))
            elif key == "codecs":
                kept = self.as_text(value, {"type": "text", "_review": False}, where, depth + 1)
            elif key == "copyright":
                if isinstance(value, dict):
                    kept = self.fields(value, _COPYRIGHT_FIELDS, where, depth + 1)
                else:
                    kept = self.wrong_type(where, _("a group"))
            elif key == "quality":
                kept = self.quality(value, where, depth + 1)
            elif key == "originalImage":
                kept = self.as_file(value, field, where, depth + 1, original=True)
            if kept is not _DROP:
                cleaned[key] = kept
        return cleaned

    def quality(self, item: object, path: str, depth: int) -> object:
        if not (isinstance(item, dict) and _is_number(item.get("level"))):
            return self.wrong_type(path, _("a video quality"))
        label = self.as_text(
            item.get("label", ""), {"type": "text"}, _pointer(path, "label"), depth
        )
        return {"level": item["level"], "label": label if isinstance(label, str) else ""}

    def plain_data(self, item: object, path: str, depth: int) -> object:
        """Values the semantics name but do not describe: kept, with every string made plain."""
        if depth > MAX_DEPTH:
            return self.too_deep(path)
        if isinstance(item, str):
            return clean_plain(item)
        if isinstance(item, list):
            return [
                kept
                for index, entry in enumerate(item)
                if (kept := self.plain_data(entry, _pointer(path, index), depth + 1)) is not _DROP
            ]
        if isinstance(item, dict):
            cleaned = {}
            for key, entry in item.items():
                kept = self.plain_data(entry, _pointer(path, key), depth + 1)
                if kept is not _DROP:
                    cleaned[key] = kept
            return cleaned
        if item is None or isinstance(item, bool) or _is_number(item):
            return item
        return self.wrong_type(path, _("a plain value"))

    _handlers: dict[str, Callable[..., object]] = {
        "text": as_text,
        "number": as_number,
        "boolean": as_boolean,
        "group": as_group,
        "list": as_list,
        "select": as_select,
        "library": as_library,
        "image": as_media,
        "file": as_media,
        "video": as_media,
        "audio": as_media,
    }


def _options(field: dict) -> list:
    options = field.get("options")
    return options if isinstance(options, list) else []


def _select_options(options: object) -> set | None:
    """The values a select field offers (option groups flattened), or None if it offers none."""
    if not isinstance(options, list) or not options:
        return None
    values: set = set()
    for option in options:
        if not isinstance(option, dict):
            continue
        if option.get("type") == "optgroup":
            for inner in option.get("options") or []:
                if isinstance(inner, dict) and _hashable(inner.get("value")):
                    values.add(inner["value"])
        elif _hashable(option.get("value")):
            values.add(option["value"])
    return values


def _hashable(value: object) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _plain_changed(before: str, after: str) -> bool:
    """Did cleaning a plain field remove something, beyond re-escaping the same characters?"""

    def norm(text: str) -> str:
        return html.unescape(text).replace("\r\n", "\n").replace("\r", "\n")

    return norm(before) != norm(after)


def walk_content(
    content: dict,
    semantics_for: SemanticsFor,
    main_library: str,
    on_text: TextVisitor | None = None,
) -> tuple[dict, list[Problem]]:
    """Clean ``content`` by ``main_library``'s semantics, calling ``on_text`` for each text kept.

    ``main_library`` is "H5P.X 1.2" (machine name, major.minor, as built from h5p.json).
    """
    walker = _Walker(semantics_for, on_text)
    if not isinstance(content, dict):
        walker.warn(
            "content_not_an_object",
            _("The content (content.json) is not a JSON object, so it cannot be used."),
            "",
        )
        return {}, walker.problems
    key = library_key(main_library)
    semantics = walker.semantics(key) if key is not None else None
    if semantics is None:
        walker.warn(
            "main_semantics_missing",
            _(
                "The content cannot be checked: the semantics of its main library %(library)s "
                "are not known. Nothing of it can be shown until they are."
            ),
            "",
            library=printable(str(main_library), 80),
        )
        return {}, walker.problems
    return walker.fields(content, semantics, "", 0), walker.problems


def sanitise_content(
    content: dict, semantics_for: SemanticsFor, main_library: str
) -> tuple[dict, list[Problem]]:
    """The content with only what its libraries' semantics allow, and what was removed.

    Each Problem is a warning naming what was removed and where (a JSON pointer). The one with
    code ``main_semantics_missing`` means nothing could be checked, and the dict is empty: the
    package must not be published until the main library's semantics are known.
    """
    return walk_content(content, semantics_for, main_library)
