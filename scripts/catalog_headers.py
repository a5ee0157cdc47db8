"""Tidy a catalog after msgmerge: header, plural rule and the draft markers.

- Filipino's plural rule is CLDR's (one: not ending in 4, 6 or 9); Khmer and Vietnamese
  have a single form. msginit would otherwise guess.
- ``#. draft`` marks a translation that still needs a native speaker's review. msgmerge
  replaces extracted comments with the template's, so the markers are carried across here.

Usage: catalog_headers.py PO LANG [DRAFTS_JSON]
"""

import json
import sys

import polib

PLURAL_FORMS = {
    "km": "nplurals=1; plural=0;",
    "vi": "nplurals=1; plural=0;",
    "fil": "nplurals=2; plural=(n != 1 && n != 2 && n != 3 && "
    "(n % 10 == 4 || n % 10 == 6 || n % 10 == 9));",
}
DRAFT = "draft"


def entry_key(entry) -> str:
    return f"{entry.msgctxt or ''}\x04{entry.msgid}"


def draft_keys(path: str) -> list[str]:
    return [entry_key(e) for e in polib.pofile(path) if DRAFT in (e.comment or "").split("\n")]


def tidy(path: str, lang: str, drafts: set[str]) -> None:
    po = polib.pofile(path, wrapwidth=0)
    po.metadata.update(
        {
            "Language": lang,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": PLURAL_FORMS[lang],
        }
    )
    po.metadata_is_fuzzy = False
    nplurals = 1 if lang in ("km", "vi") else 2
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {i: entry.msgstr_plural.get(i, "") for i in range(nplurals)}
        lines = [c for c in (entry.comment or "").split("\n") if c and c != DRAFT]
        if entry_key(entry) in drafts:
            lines.insert(0, DRAFT)
        entry.comment = "\n".join(lines)
    po.save(path)


if __name__ == "__main__":
    po_path, language = sys.argv[1], sys.argv[2]
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as fh:
            kept = set(json.load(fh))
    else:
        kept = set(draft_keys(po_path))
    tidy(po_path, language, kept)
