"""Quiz attempts: start, save each answer as it is given, submit once, grade on the server.

Every refusal raises QuizRefused with a message for the learner, before anything is written.
"""

import random
import unicodedata

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..grading import is_correct
from ..models import AttemptStatus, QuizAnswer, QuizAttempt
from ..quiz_content import FALSE, TRUE, Question, quiz_questions

SHORT_ANSWER_MAX = 200
_random = random.SystemRandom()


class QuizRefused(Exception):
    def __init__(self, message, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.status = status


def _check_due(enrolment) -> None:
    if enrolment.quizzes_due_at and timezone.now() > enrolment.quizzes_due_at:
        raise QuizRefused(
            _("The due date for this quiz has passed. Talk to your facilitator."), status=403
        )


def attempts_left(*, user, quiz) -> int | None:
    """None means no limit."""
    if not quiz.max_attempts:
        return None
    used = QuizAttempt.objects.filter(user=user, quiz=quiz, status=AttemptStatus.SUBMITTED).count()
    return max(quiz.max_attempts - used, 0)


def _plan(quiz, questions: dict[str, Question]) -> list[dict]:
    ids = list(questions)
    if quiz.questions_per_attempt and quiz.questions_per_attempt < len(ids):
        ids = _random.sample(ids, quiz.questions_per_attempt)
    elif quiz.shuffle_questions:
        _random.shuffle(ids)
    plan = []
    for question_id in ids:
        option_ids = [option.id for option in questions[question_id].options]
        kind = questions[question_id].kind
        if kind == "ordering" or (quiz.shuffle_choices and kind != "true_false"):
            _random.shuffle(option_ids)
        plan.append({"id": question_id, "options": option_ids})
    return plan


def attempt_start(*, user, quiz, enrolment) -> QuizAttempt:
    """The learner's open attempt, or a new one. Double taps never open two."""
    open_attempt = QuizAttempt.objects.filter(
        user=user, quiz=quiz, status=AttemptStatus.IN_PROGRESS
    ).first()
    if open_attempt:
        return open_attempt
    _check_due(enrolment)
    if attempts_left(user=user, quiz=quiz) == 0:
        raise QuizRefused(
            _("You have used all %(count)s attempts at this quiz.") % {"count": quiz.max_attempts},
            status=403,
        )
    revision = quiz.live_revision or quiz.latest_revision
    number = QuizAttempt.objects.filter(user=user, quiz=quiz).count() + 1
    plan = _plan(quiz, quiz_questions(revision.as_object(), "en"))
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                user=user, quiz=quiz, number=number, revision=revision, plan=plan
            )
    except IntegrityError:  # the other tap won: use its attempt
        return QuizAttempt.objects.get(user=user, quiz=quiz, status=AttemptStatus.IN_PROGRESS)


def attempt_for(*, user, quiz, attempt_id) -> QuizAttempt | None:
    """The attempt, only when it is this learner's attempt at this quiz."""
    return (
        QuizAttempt.objects.filter(pk=attempt_id, user=user, quiz=quiz)
        .select_related("revision")
        .first()
    )


def _text_of(value: str) -> str:
    text = unicodedata.normalize("NFC", value)
    if len(text) > SHORT_ANSWER_MAX:
        raise QuizRefused(
            _("Keep your answer under %(count)s characters.") % {"count": SHORT_ANSWER_MAX}
        )
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise QuizRefused(_("Your answer has characters that cannot be typed. Type it again."))
    return text.strip()


def response_from(question: Question, options: list[str], data) -> dict:
    """Read the learner's answer from form data, or refuse it with a reason."""
    choose_one = _("Choose one of the answers shown.")
    if question.kind in ("single_choice", "true_false"):
        choice = data.get("choice", "")
        allowed = options if question.kind == "single_choice" else [TRUE, FALSE]
        if choice not in allowed:
            raise QuizRefused(choose_one)
        return {"choice": choice}
    if question.kind == "multiple_response":
        choices = data.getlist("choices")
        if not choices:
            raise QuizRefused(_("Choose at least one answer."))
        if len(set(choices)) != len(choices) or not set(choices) <= set(options):
            raise QuizRefused(choose_one)
        return {"choices": sorted(choices)}
    if question.kind == "short_answer":
        text = _text_of(data.get("text", ""))
        if not text:
            raise QuizRefused(_("Write your answer first."))
        return {"text": text}
    if question.kind == "ordering":
        positions = {}
        for option_id in options:
            value = data.get(f"position-{option_id}", "")
            if not value.isdigit():
                raise QuizRefused(_("Give every item a place."))
            positions[option_id] = int(value)
        if sorted(positions.values()) != list(range(1, len(options) + 1)):
            raise QuizRefused(_("Give each place to one item only."))
        return {"order": sorted(options, key=positions.__getitem__)}
    if question.kind == "matching":
        pairs = {}
        for prompt in question.prompts:
            match = data.get(f"match-{prompt.id}", "")
            if match not in options:
                raise QuizRefused(_("Choose a match for every line."))
            pairs[prompt.id] = match
        return {"pairs": pairs}
    raise QuizRefused(choose_one)


def _open_attempt_locked(attempt_id) -> QuizAttempt:
    attempt = QuizAttempt.objects.select_for_update().get(pk=attempt_id)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        raise QuizRefused(
            _("This attempt has already been handed in. Nothing was changed."), status=409
        )
    return attempt


def answer_save(*, attempt: QuizAttempt, enrolment, question_id: str, data) -> QuizAnswer:
    """Save one answer (replacing an earlier one to the same question of this attempt)."""
    step = next((s for s in attempt.plan if s["id"] == question_id), None)
    if step is None:
        raise QuizRefused(_("This question is not part of this attempt. Nothing was saved."))
    _check_due(enrolment)
    question = quiz_questions(attempt.revision.as_object(), "en")[question_id]
    response = response_from(question, step["options"], data)
    with transaction.atomic():
        _open_attempt_locked(attempt.pk)
        answer, _created = QuizAnswer.objects.update_or_create(
            attempt=attempt,
            question_id=question_id,
            defaults={"response": response, "saved_at": timezone.now()},
        )
    return answer


def attempt_submit(*, attempt: QuizAttempt, enrolment, language: str) -> QuizAttempt:
    """Hand the attempt in and grade it, once. A retry of a handed-in attempt returns it."""
    if attempt.status == AttemptStatus.SUBMITTED:
        return attempt
    _check_due(enrolment)
    quiz = attempt.revision.as_object()
    questions = quiz_questions(quiz, language)
    with transaction.atomic():
        try:
            locked = _open_attempt_locked(attempt.pk)
        except QuizRefused:
            return QuizAttempt.objects.get(pk=attempt.pk)  # handed in by a retry meanwhile
        answers = {a.question_id: a for a in locked.answers.all()}
        score = 0
        for step in locked.plan:
            question, answer = questions[step["id"]], answers.get(step["id"])
            if answer is None:
                continue
            answer.correct = is_correct(
                question.kind, question.key, answer.response, question.accepted
            )
            score += answer.correct
        QuizAnswer.objects.bulk_update(answers.values(), ["correct"])
        locked.score, locked.max_score = score, len(locked.plan)
        locked.passed = locked.percent >= quiz.pass_mark
        locked.status, locked.submitted_at = AttemptStatus.SUBMITTED, timezone.now()
        locked.save(update_fields=["score", "max_score", "passed", "status", "submitted_at"])
    return locked
