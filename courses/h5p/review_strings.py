"""What a safeguarding reviewer reads before an H5P activity reaches children.

Two lists, both in the order they appear in ``content.json``:

- every human-readable string a learner can see (questions, answers, feedback, button labels, alt
  texts, titles, credits), as plain text with its JSON-pointer path, once each;
- every absolute address in the content (media paths, links and frame sources inside HTML, web
  addresses typed as text), with its host: whatever would make a child's device talk to, or send a
  child to, another site. ``allowed_external`` then says whether an address is on the site's list.

The strings come from the *sanitised* content (they are walked with the same semantics, so what is
listed is what will be shown); the addresses are looked for in every string of whatever dict they
are given, so they can be listed for the raw upload too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from courses.h5p.sanitise import MAX_DEPTH, SemanticsFor, walk_content

# Content that cannot be read as words (a colour picker's "#000000").
_NOT_READABLE_WIDGETS = frozenset({"colorSelector"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre"}
    | {"blockquote", "table", "tr", "td", "th", "caption"}
)


@dataclass(frozen=True)
class ReviewString:
    """One string a learner may read: where it is, what it says, and what its field is for."""

    path: str
    text: str
    label: str = ""


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible_text(fragment: str) -> str:
    """The words of an HTML fragment (or of escaped plain text), whitespace collapsed."""
    parser = _Words()
    parser.feed(fragment)
    parser.close()
    return " ".join("".join(parser.parts).split())


def readable_strings(
    content: dict, semantics_for: SemanticsFor, main_library: str
) -> list[ReviewString]:
    """Every human-readable string of ``content``, markup stripped, in order, each text once."""
    found: list[ReviewString] = []
    seen: set[str] = set()

    def visit(path: str, field: dict, cleaned: str, is_html: bool) -> None:
        if field.get("_review") is False or field.get("widget") in _NOT_READABLE_WIDGETS:
            return
        text = visible_text(cleaned)
        if not text or text in seen:
            return
        seen.add(text)
        label = field.get("label")
        found.append(
            ReviewString(path=path, text=text, label=label if isinstance(label, str) else "")
        )

    walk_content(content, semantics_for, main_library, on_text=visit)
    return found


# What an address does: the browser fetches it by itself (an image, a video, a frame), or a
# learner may follow it (a link, a credit's source). Only addresses that load are refused
# when their host is not allowed; links are listed for the safeguarding reviewer.
LOADS = "loads"
LINKS = "links"


class ExternalUrl(str):
    """An absolute address found in content: the string, plus ``host``, ``where`` and ``kind``.

    It is a ``str`` so that lists of them compare, sort and serialise as plain addresses.
    """

    host: str
    where: str
    kind: str

    def __new__(cls, url: str, host: str = "", where: str = "", kind: str = LOADS) -> ExternalUrl:
        made = super().__new__(cls, url)
        made.host = host
        made.where = where
        made.kind = kind
        return made


# Absolute addresses written anywhere in a string (text, attributes, even broken markup).
_ADDRESS = re.compile(r"(?i)\b(?:(?:https?|ftps?|wss?)://|mailto:)[^\s\"'<>`]+")
# Attributes whose value a browser fetches by itself, and those a person follows.
_LOAD_ATTRIBUTES = frozenset(
    {"src", "srcset", "data", "poster", "background", "xlink:href", "manifest", "ping", "icon"}
    | {"lowsrc", "dynsrc"}
)
_LINK_ATTRIBUTES = frozenset({"href", "action", "formaction", "cite", "longdesc"})
_URL_ATTRIBUTES = _LOAD_ATTRIBUTES | _LINK_ATTRIBUTES
# The last key of a media field's address in content.json ({"path": "https://..."}).
_MEDIA_KEYS = frozenset({"path", "src"})
_CSS_URL = re.compile(r"(?i)url\(\s*['\"]?([^'\")\s]+)")


class _Addresses(HTMLParser):
    """Scheme-less addresses ("//host/x") in URL attributes and CSS, which the regex misses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.loaded: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if not value:
                continue
            if name in _URL_ATTRIBUTES:
                urls = [part.split()[0] for part in value.split(",") if part.split()]
                self.found += urls
                if name in _LOAD_ATTRIBUTES:
                    self.loaded.update(_trim(url.strip()) for url in urls)
            if name == "style":
                urls = _CSS_URL.findall(value)
                self.found += urls
                self.loaded.update(_trim(url.strip()) for url in urls)


def _trim(url: str) -> str:
    url = url.rstrip(".,;:!?")
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip(".,;:!?")
    return url


def url_host(url: str) -> str:
    """The host an address reaches (the domain of a mailto: address), lower case; "" if none."""
    if url.lower().startswith("mailto:"):
        address = url[7:].split("?", 1)[0]
        return address.rsplit("@", 1)[-1].lower() if "@" in address else ""
    try:
        return urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""


def _addresses_in(text: str, path: str) -> list[tuple[str, str]]:
    """(address, kind) for every absolute address in one string of content.json."""
    decoded = html.unescape(text)
    found = [_trim(match) for match in _ADDRESS.findall(decoded)]
    loaded: set[str] = set()
    if path.rsplit("/", 1)[-1] in _MEDIA_KEYS and decoded.strip() in found:
        loaded.add(decoded.strip())  # a media field's path: the player fetches it
    if "<" in text or "url(" in decoded.lower():
        parser = _Addresses()
        parser.feed(text)
        parser.close()
        found += [url.strip() for url in parser.found if url.strip().startswith("//")]
        css = [_trim(url) for url in _CSS_URL.findall(decoded)]
        found += [url for url in css if url.startswith("//")]
        loaded |= parser.loaded | set(css)
    elif "url(" in decoded.lower():
        loaded |= {_trim(url) for url in _CSS_URL.findall(decoded)}
    return [(url, LOADS if url in loaded else LINKS) for url in found]


def _strings(value: object, path: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(
                item, f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}", depth + 1
            )
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}/{index}", depth + 1)


def external_urls(content: dict) -> list[ExternalUrl]:
    """Every absolute address in ``content``, in order, once each, with host, path and kind."""
    found: dict[str, ExternalUrl] = {}
    for path, text in _strings(content, ""):
        for url, kind in _addresses_in(text, path):
            if not url:
                continue
            if url not in found:
                found[url] = ExternalUrl(url, host=url_host(url), where=path, kind=kind)
            elif kind == LOADS and found[url].kind == LINKS:
                # The same address loaded somewhere: what matters is that it loads.
                found[url] = ExternalUrl(url, host=url_host(url), where=path, kind=LOADS)
    return list(found.values())


def allowed_external(url: str, allowed_hosts: set[str]) -> bool:
    """May content load or link ``url``? Only https, and only to a host on ``allowed_hosts``.

    An entry matches its host exactly; an entry starting with a dot (".example.org") also matches
    every subdomain, as Django's ALLOWED_HOSTS does. Addresses with user names, unusual ports,
    backslashes or spaces are refused: browsers and parsers disagree about where they lead.
    """
    value = url.strip()
    if any(ord(c) <= 0x20 or ord(c) == 0x7F or c == "\\" for c in value):
        return False
    try:
        parts = urlsplit(value)
        host, port = parts.hostname, parts.port
    except ValueError:
        return False
    if parts.scheme.lower() != "https" or not host or parts.username is not None:
        return False
    if port not in (None, 443):
        return False
    host = host.rstrip(".")
    for entry in allowed_hosts:
        allowed = entry.strip().lower().rstrip(".")
        if not allowed or allowed == ".":
            continue
        if allowed.startswith("."):
            if host == allowed[1:] or host.endswith(allowed):
                return True
        elif host == allowed:
            return True
    return False
