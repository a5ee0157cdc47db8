"""A quiz's questions as plain data: the key from English, the words from the reader's language.

Questions and choices are identified by the ids Wagtail gives stream blocks and list items.
A translated stream supplies words for the ids it shares with English; anything it lacks
falls back to English, so a half-translated quiz still works and can never change the key.
"""

from dataclasses import dataclass, field

TRUE, FALSE = "true", "false"


@dataclass
class Option:
    id: str
    text: str
    feedback: str = ""


@dataclass
class Question:
    id: str
    kind: str
    text: str
    explanation: str
    options: list[Option] = field(default_factory=list)  # choices, items, or matches
    prompts: list[Option] = field(default_factory=list)  # matching only
    key: dict = field(default_factory=dict)
    accepted: list[str] = field(default_factory=list)  # short answers in this language

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


def _items(list_value) -> list[tuple[str, object]]:
    return [(child.id, child.value) for child in list_value.bound_blocks]


def _english(block) -> Question:
    value, kind = block.value, block.block_type
    question = Question(
        id=block.id, kind=kind, text=value["question"], explanation=value["explanation"]
    )
    if kind in ("single_choice", "multiple_response"):
        choices = _items(value["choices"])
        question.options = [Option(i, v["text"], v["feedback"]) for i, v in choices]
        correct = [i for i, v in choices if v["correct"]]
        question.key = {"correct": correct[0] if kind == "single_choice" else correct}
    elif kind == "true_false":
        question.options = [
            Option(TRUE, "", value["feedback_true"]),
            Option(FALSE, "", value["feedback_false"]),
        ]
        question.key = {"correct": TRUE if value["answer"] else FALSE}
    elif kind == "short_answer":
        question.key = {"answers": [str(a) for a in value["answers"]]}
    elif kind == "ordering":
        items = _items(value["items"])
        question.options = [Option(i, str(v)) for i, v in items]
        question.key = {"order": [i for i, _v in items]}
    elif kind == "matching":
        pairs = _items(value["pairs"])
        question.prompts = [Option(i, v["prompt"]) for i, v in pairs]
        question.options = [Option(i, v["match"]) for i, v in pairs]
        question.key = {"pairs": {i: i for i, _v in pairs}}
    return question


def _translate(question: Question, block) -> None:
    """Take the words of a translated block that has the same id and kind."""
    if block is None or block.block_type != question.kind:
        return
    value = block.value
    question.text = value["question"] or question.text
    question.explanation = value["explanation"] or question.explanation
    if question.kind in ("single_choice", "multiple_response"):
        words = dict(_items(value["choices"]))
        for option in question.options:
            if option.id in words:
                option.text = words[option.id]["text"] or option.text
                option.feedback = words[option.id]["feedback"] or option.feedback
    elif question.kind == "true_false":
        question.options[0].feedback = value["feedback_true"] or question.options[0].feedback
        question.options[1].feedback = value["feedback_false"] or question.options[1].feedback
    elif question.kind == "short_answer":
        question.accepted = [str(a) for a in value["answers"]]
    elif question.kind == "ordering":
        words = dict(_items(value["items"]))
        for option in question.options:
            option.text = str(words.get(option.id) or option.text)
    elif question.kind == "matching":
        words = dict(_items(value["pairs"]))
        for prompt, match in zip(question.prompts, question.options, strict=True):
            if prompt.id in words:
                prompt.text = words[prompt.id]["prompt"] or prompt.text
                match.text = words[match.id]["match"] or match.text


def quiz_questions(quiz, language: str) -> dict[str, Question]:
    """Every question of ``quiz`` (a page or a revision's page), by id, in ``language``."""
    questions = {block.id: _english(block) for block in quiz.questions_en or []}
    if language != "en":
        for block in getattr(quiz, f"questions_{language}", None) or []:
            if block.id in questions:
                _translate(questions[block.id], block)
    return questions
