"""Rich text in XLIFF 2.0: each HTML element becomes an inline code the translator keeps.

``<p>You have <b>rights</b>.</p>`` is exported as
``<pc id="1">You have <pc id="2">rights</pc>.</pc>``; a void element such as ``<br>`` as
``<ph id="3"/>``. The codes carry no tag names or attributes: on import each is turned back
into the element it stood for *in the current English*, so a file can change words and their
order, but never add a tag, an attribute or a link.
"""

from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from lxml import etree

NS = "urn:oasis:names:tc:xliff:document:2.0"
PC = f"{{{NS}}}pc"
PH = f"{{{NS}}}ph"
VOID = frozenset({"br", "hr", "img", "embed"})


class MarkupError(ValueError):
    """The translation's inline codes do not match the English ones."""


@dataclass(frozen=True)
class Element:
    tag: str
    attrs: tuple[tuple[str, str | None], ...]

    def start(self) -> str:
        attributes = "".join(
            f' {name}="{escape(value or "", quote=True)}"' for name, value in self.attrs
        )
        return f"<{self.tag}{attributes}>"


class _Reader(HTMLParser):
    """HTML → a tree of text and numbered elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: dict[str, Element] = {}
        self.root: list = []
        self.stack: list[list] = [self.root]

    def _new(self, tag, attrs) -> str:
        code = str(len(self.elements) + 1)
        self.elements[code] = Element(tag, tuple(attrs))
        return code

    def handle_starttag(self, tag, attrs):
        code = self._new(tag, attrs)
        if tag in VOID:
            self.stack[-1].append(("ph", code))
            return
        children: list = []
        self.stack[-1].append(("pc", code, children))
        self.stack.append(children)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].append(("ph", self._new(tag, attrs)))

    def handle_endtag(self, tag):
        if tag not in VOID and len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].append(data)


def read_html(html: str) -> tuple[list, dict[str, Element]]:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.root, reader.elements


def fill_element(parent, html: str) -> None:
    """Write ``html`` into the XLIFF element ``parent`` (a <source>) as text and codes."""
    tree, _elements = read_html(html)

    def add(target, nodes):
        last = None
        for node in nodes:
            if isinstance(node, str):
                if last is None:
                    target.text = (target.text or "") + node
                else:
                    last.tail = (last.tail or "") + node
                continue
            if node[0] == "ph":
                last = etree.SubElement(target, PH, id=node[1])
            else:
                last = etree.SubElement(target, PC, id=node[1])
                add(last, node[2])

    add(parent, tree)


def codes_of(element) -> list[str]:
    return [child.get("id", "") for child in element.iter(PC, PH)]


def rebuild_html(target, elements: dict[str, Element]) -> str:
    """The HTML for a translated <target>, with every code replaced by its English element.

    Raises MarkupError for an unknown, repeated or missing code, or any other element."""
    seen: list[str] = []
    for child in target.iter():
        if child is target:
            continue
        if child.tag not in (PC, PH):
            raise MarkupError(etree.QName(child).localname)
        seen.append(child.get("id", ""))
    if sorted(seen) != sorted(elements) or len(set(seen)) != len(seen):
        raise MarkupError("codes")

    def write(node) -> str:
        out = [escape(node.text or "", quote=False)]
        for child in node:
            element = elements[child.get("id")]
            if child.tag == PH:
                if element.tag not in VOID and child.get("id"):
                    raise MarkupError("codes")
                out.append(element.start())
            else:
                if element.tag in VOID:
                    raise MarkupError("codes")
                out.append(element.start() + write(child) + f"</{element.tag}>")
            out.append(escape(child.tail or "", quote=False))
        return "".join(out)

    return write(target)
