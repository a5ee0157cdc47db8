"""Reading one xAPI statement sent by a learner's browser, and refusing anything odd.

The statement comes from the H5P player on the content origin, through our own page: every
byte of it is under the control of whoever holds the browser. So it is parsed with bounds
(size, depth, finite numbers), only what names this very activity is accepted, the score must
add up, and what is kept is a bounded copy without the ``actor`` (the learner is
``request.user``, never what the statement claims). Nothing here touches the database.
"""

import json
import math
import re
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .iri import sub_content_of

DEFAULT_MAX_BYTES = 64 * 1024
MAX_DEPTH = 20
# No H5P content type counts anywhere near this many points; more is a forged statement.
MAX_SCORE = 10_000
# H5P rounds scaled scores to 4 places; allow for that and for other rounding.
SCALED_TOLERANCE = 0.01
# What is stored of one statement, serialised; longer texts are cut short first.
MAX_STORED_BYTES = 16 * 1024
MAX_RESPONSE_CHARS = 2000
MAX_DURATION_CHARS = 32

ADL = "http://adlnet.gov/expapi/verbs/"
# Verbs kept and stored, by IRI (never by display text, which the content chooses).
KEPT_VERBS = {
    f"{ADL}answered": "answered",
    f"{ADL}completed": "completed",
    f"{ADL}passed": "passed",
    f"{ADL}failed": "failed",
    f"{ADL}mastered": "mastered",
    f"{ADL}attempted": "attempted",
    f"{ADL}interacted": "interacted",
    f"{ADL}progressed": "progressed",
    f"{ADL}experienced": "experienced",
    # H5P.Accordion and other informational types.
    "http://activitystrea.ms/schema/1.0/consume": "consumed",
}
# The rest of H5P core's verbs: accepted so the player's own events are not errors, then dropped
# (nothing to learn from them; "voided" must never void anything of ours).
DROPPED_VERBS = {
    f"{ADL}{verb}": verb
    for verb in (
        "downloaded",
        "copied",
        "accessed-reuse",
        "accessed-embed",
        "accessed-copyright",
        "shared",
        "asked",
        "attended",
        "commented",
        "exited",
        "imported",
        "initialized",
        "launched",
        "preferred",
        "registered",
        "responded",
        "resumed",
        "scored",
        "suspended",
        "terminated",
        "voided",
    )
}
DROPPED_VERBS["http://activitystrea.ms/schema/1.0/share"] = "shared"

_LANGUAGE = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)*$")


class StatementRefused(Exception):
    """The statement cannot be accepted; ``message`` is safe to show the learner."""

    def __init__(self, code: str, message):
        super().__init__(code)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Statement:
    """A checked statement. ``kept`` is False for a known verb we drop (store nothing)."""

    statement_id: uuid.UUID
    verb: str
    kept: bool
    sub_content_id: str = ""
    score_raw: float | None = None
    score_max: float | None = None
    score_scaled: float | None = None
    completion: bool | None = None
    success: bool | None = None
    language: str = ""
    data: dict = field(default_factory=dict)

    @property
    def is_top_level(self) -> bool:
        return not self.sub_content_id

    @property
    def has_score(self) -> bool:
        return self.score_scaled is not None


def max_bytes() -> int:
    return getattr(settings, "H5P_XAPI_MAX_BYTES", DEFAULT_MAX_BYTES)


MESSAGES = {
    "too_large": _("This result is too large to be saved."),
    "malformed": _("This result could not be read."),
    "statement_id": _("This result has no valid identifier."),
    "verb": _("This kind of result is not accepted."),
    "object": _("This result is not about this activity."),
    "score": _("The score in this result does not add up."),
    "flags": _("This result could not be read."),
}


def _refuse(code: str):
    raise StatementRefused(code, MESSAGES[code])


def _refuse_constant(name):
    _refuse("malformed")  # NaN, Infinity, -Infinity: not JSON, and never a score


def _check_tree(value) -> None:
    """Depth at most MAX_DEPTH; every string storable (UTF-8, no NUL); every number finite."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            _refuse("malformed")
        if isinstance(node, dict):
            for key, child in node.items():
                _check_text(key)
                stack.append((child, depth + 1))
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
        elif isinstance(node, str):
            _check_text(node)
        elif isinstance(node, float) and not math.isfinite(node):
            _refuse("malformed")  # 1e999 parses as infinity


def _check_text(text: str) -> None:
    # Lone surrogates ("\ud800") cannot be encoded; PostgreSQL's jsonb refuses "\u0000".
    if "\x00" in text:
        _refuse("malformed")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        _refuse("malformed")


def _load(body: bytes) -> dict:
    if len(body) > max_bytes():
        _refuse("too_large")
    try:
        text = body.decode("utf-8")
        data = json.loads(text, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError covers JSONDecodeError and integers beyond Python's digit limit.
        _refuse("malformed")
    if not isinstance(data, dict):
        _refuse("malformed")
    _check_tree(data)
    return data


def _statement_id(data: dict) -> uuid.UUID:
    value = data.get("id")
    if not isinstance(value, str):
        _refuse("statement_id")
    try:
        return uuid.UUID(value)
    except ValueError:
        _refuse("statement_id")


def _verb(data: dict) -> tuple[str, bool]:
    verb = data.get("verb")
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    if verb_id in KEPT_VERBS:
        return KEPT_VERBS[verb_id], True
    if verb_id in DROPPED_VERBS:
        return DROPPED_VERBS[verb_id], False
    _refuse("verb")


def _sub_content(data: dict, activity_key) -> str:
    obj = data.get("object")
    if not isinstance(obj, dict) or obj.get("objectType", "Activity") != "Activity":
        _refuse("object")
    object_id = obj.get("id")
    sub = sub_content_of(object_id, activity_key) if isinstance(object_id, str) else None
    if sub is None:
        _refuse("object")
    return sub


def _number(score: dict, name: str) -> float | None:
    if name not in score:
        return None
    value = score[name]
    # bool is an int to Python, but true is not a score.
    if isinstance(value, bool) or not isinstance(value, int | float):
        _refuse("score")
    try:
        value = float(value)
    except OverflowError:
        _refuse("score")
    if not math.isfinite(value):
        _refuse("score")
    return value


def _score(result: dict) -> tuple[float | None, float | None, float | None]:
    """(raw, max, scaled); scaled worked out from raw and max whenever both are given."""
    if "score" not in result:
        return None, None, None
    score = result["score"]
    if not isinstance(score, dict):
        _refuse("score")
    low, raw, high, scaled = (_number(score, n) for n in ("min", "raw", "max", "scaled"))
    if scaled is not None and not 0 <= scaled <= 1:
        _refuse("score")
    if any(v is not None and v < 0 for v in (low, raw, high)):
        _refuse("score")
    if high is not None and high > MAX_SCORE:
        _refuse("score")
    if raw is not None and low is not None and raw < low:
        _refuse("score")
    if high is not None and low is not None and low > high:
        _refuse("score")
    if raw is None:
        if high is not None:
            _refuse("score")  # a maximum with nothing scored against it
        return None, None, scaled
    if high is None:
        return raw, None, scaled  # xAPI allows it; without a maximum only scaled can compare
    if raw > high:
        _refuse("score")
    if high == 0:
        # H5P core's own form for content that has nothing to score: {min 0, max 0, raw 0}.
        if scaled is not None:
            _refuse("score")
        return None, None, None
    derived = raw / high
    if scaled is not None and abs(scaled - derived) > SCALED_TOLERANCE:
        _refuse("score")
    return raw, high, round(derived, 4)


def _flag(result: dict, name: str) -> bool | None:
    value = result.get(name)
    if value is not None and not isinstance(value, bool):
        _refuse("flags")
    return value


def _language(data: dict) -> str:
    context = data.get("context")
    language = context.get("language") if isinstance(context, dict) else None
    if isinstance(language, str) and len(language) <= 10 and _LANGUAGE.match(language):
        return language
    return ""


def _stored(data: dict, verb_id: str, result: dict, language: str) -> dict:
    """What is kept: the statement minus the actor (and anyone else named), bounded in size."""
    kept = {"id": data["id"], "verb": {"id": verb_id}, "object": data["object"]}
    if result:
        kept["result"] = {key: result[key] for key in ("completion", "success") if key in result}
        if isinstance(result.get("score"), dict):
            kept["result"]["score"] = {
                key: result["score"][key]
                for key in ("min", "raw", "max", "scaled")
                if key in result["score"]
            }
        if isinstance(result.get("response"), str):
            kept["result"]["response"] = result["response"][:MAX_RESPONSE_CHARS]
        if isinstance(result.get("duration"), str):
            kept["result"]["duration"] = result["duration"][:MAX_DURATION_CHARS]
    context = data.get("context")
    if isinstance(context, dict):
        # Not "instructor", "team" or "authority": those name people.
        kept_context = {
            key: context[key] for key in ("contextActivities", "extensions") if key in context
        }
        if language:
            kept_context["language"] = language
        if kept_context:
            kept["context"] = kept_context
    if isinstance(data.get("timestamp"), str):
        kept["timestamp"] = data["timestamp"][:40]
    if _size(kept) > MAX_STORED_BYTES:
        # Descriptions and context can be re-read from the package; the result cannot.
        kept["object"] = {"id": data["object"]["id"]}
        kept.pop("context", None)
        if language:
            kept["context"] = {"language": language}
    if _size(kept) > MAX_STORED_BYTES:
        kept.get("result", {}).pop("response", None)
    return kept


def _size(value) -> int:
    return len(json.dumps(value, ensure_ascii=False).encode("utf-8"))


def parse_statement(body: bytes, activity_key) -> Statement:
    """The checked statement about the activity with ``activity_key``, or StatementRefused."""
    data = _load(body)
    statement_id = _statement_id(data)
    verb, is_kept = _verb(data)
    sub_content_id = _sub_content(data, activity_key)
    result = data.get("result", {})
    if not isinstance(result, dict):
        _refuse("malformed")
    raw, high, scaled = _score(result)
    completion, success = _flag(result, "completion"), _flag(result, "success")
    language = _language(data)
    return Statement(
        statement_id=statement_id,
        verb=verb,
        kept=is_kept,
        sub_content_id=sub_content_id,
        score_raw=raw,
        score_max=high,
        score_scaled=scaled,
        completion=completion,
        success=success,
        language=language,
        data=_stored(data, data["verb"]["id"], result, language) if is_kept else {},
    )
