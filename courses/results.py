"""What the results page says about each question: what was given, what was right, and why."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .quiz_content import TRUE, Question


@dataclass
class ResultRow:
    question: Question
    correct: bool
    given: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)


def _true_false(value: str) -> str:
    return _("True") if value == TRUE else _("False")


def result_row(question: Question, options: list, response: dict, correct: bool) -> ResultRow:
    row = ResultRow(question=question, correct=correct)
    by_id = {o.id: o for o in question.options}
    kind = question.kind
    if kind in ("single_choice", "multiple_response"):
        chosen = [response["choice"]] if "choice" in response else response.get("choices", [])
        row.given = [by_id[c].text for c in chosen if c in by_id]
        row.feedback = [by_id[c].feedback for c in chosen if c in by_id and by_id[c].feedback]
        correct_ids = question.key["correct"]
        correct_ids = [correct_ids] if isinstance(correct_ids, str) else correct_ids
        row.right = [o.text for o in options if o.id in correct_ids]
    elif kind == "true_false":
        if "choice" in response:
            row.given = [_true_false(response["choice"])]
            chosen = by_id.get(response["choice"])
            row.feedback = [chosen.feedback] if chosen and chosen.feedback else []
        row.right = [_true_false(question.key["correct"])]
    elif kind == "short_answer":
        row.given = [response["text"]] if "text" in response else []
        row.right = [(question.accepted or question.key["answers"])[0]]
    elif kind == "ordering":
        row.given = [by_id[i].text for i in response.get("order", []) if i in by_id]
        row.right = [by_id[i].text for i in question.key["order"]]
    elif kind == "matching":
        prompts = {p.id: p.text for p in question.prompts}
        pairs = response.get("pairs", {})
        row.given = [f"{prompts[p]} → {by_id[m].text}" for p, m in pairs.items() if m in by_id]
        row.right = [f"{p.text} → {by_id[p.id].text}" for p in question.prompts]
    return row
