"""What is wrong with a package, said once for editors (translated) and once for code (a code).

Messages are shown in the Wagtail admin and translated into Khmer, Filipino and Vietnamese, so
they are lazy: a problem found in a Celery task is rendered later in the editor's language.
"""

from dataclasses import dataclass

from django.utils import translation
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext

# Characters that must not reach an editor's screen as they are: controls (NUL, escape ...)
# and the bidirectional overrides that can make "gpj.exe" look like "exe.jpg".
_INVISIBLE = {*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x200E, 0x200F, 0x061C}
_INVISIBLE |= {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def printable(text: str, limit: int = 200) -> str:
    """``text`` safe to quote in a message: invisible characters spelled out, length bounded."""
    shown = "".join(f"\\u{ord(c):04x}" if ord(c) in _INVISIBLE else c for c in text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _interpolate(template: str | Promise, params: dict) -> str:
    return str(template) % params


# Translating at render time, not when the problem is found.
_interpolate_lazy = lazy(_interpolate, str)


@dataclass
class Problem:
    """One reason to refuse a package (or, in a report's warnings, to look twice at it)."""

    code: str
    message: str | Promise
    path: str = ""
    # The untranslated template and its values, kept so a stored problem can be shown again
    # in another language (see intake.problem_records and views.packages).
    template: str | Promise = ""
    params: dict | None = None

    def __str__(self) -> str:
        return str(self.message)


def problem(code: str, template: str | Promise, path: str = "", **params: object) -> Problem:
    """A Problem whose message fills ``template``'s %(name)s placeholders when it is shown.

    ``path`` is always available to the template as %(path)s, made printable.
    """
    values = {"path": printable(path), **params}
    return Problem(
        code=code,
        message=_interpolate_lazy(template, values),
        path=path,
        template=template,
        params=values,
    )


def _json_value(value: object) -> object:
    """A template value as JSON: numbers and strings as they are, anything else as text."""
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        return value
    return str(value)


def record_of(found: Problem) -> dict:
    """A problem as JSON: code, path, the English message (for the record), and the template
    and values that show it again in the reader's language."""
    with translation.override("en"):
        record = {"code": found.code, "message": str(found.message), "path": found.path}
        if found.template:
            record["template"] = str(found.template)
            record["params"] = {k: _json_value(v) for k, v in (found.params or {}).items()}
    return record


def shown_message(record: dict) -> str:
    """A stored problem's message in the active language (English if it cannot be rebuilt)."""
    template, params = record.get("template"), record.get("params")
    if isinstance(template, str) and template and isinstance(params, dict):
        try:
            return gettext(template) % params
        except (KeyError, TypeError, ValueError):
            pass
    message = str(record.get("message", ""))
    return gettext(message) if message else ""


class PackageRefused(Exception):  # noqa: N818 (a refusal, not a programming error)
    """The package cannot be used; ``problems`` lists every reason found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = list(problems)

    def __str__(self) -> str:
        return "; ".join(str(p) for p in self.problems)

    @property
    def codes(self) -> set[str]:
        return {p.code for p in self.problems}
