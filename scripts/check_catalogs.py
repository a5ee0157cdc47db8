"""Fail unless every catalog is complete, free of fuzzy entries and compiles cleanly.

A fuzzy entry is skipped by msgfmt, so the person would see English: drafts must be real
translations marked ``#. draft`` instead.
"""

import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("km", "fil", "vi")


def problems_in(path: Path) -> list[str]:
    po = polib.pofile(str(path))
    found = []
    for entry in po:
        if entry.obsolete:
            continue
        label = entry.msgid[:60].replace("\n", " ")
        if "fuzzy" in entry.flags:
            found.append(f"fuzzy: {label!r}")
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                found.append(f"untranslated plural: {label!r}")
        elif not entry.msgstr:
            found.append(f"untranslated: {label!r}")
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check", "-o", "/dev/null", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        found.append(f"msgfmt --check failed:\n{result.stderr}")
    return found


def main() -> int:
    failed = False
    for lang in LANGS:
        path = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
        if not path.exists():
            print(f"{path}: missing")
            failed = True
            continue
        problems = problems_in(path)
        drafts = sum(1 for e in polib.pofile(str(path)) if "draft" in (e.comment or ""))
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{lang}: {status} ({drafts} draft translations awaiting review)")
        for problem in problems[:20]:
            print(f"  - {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
