"""Taking a quiz: one question per screen, each answer saved when the learner moves on.

QuizPage.serve has already checked that the learner is signed in and enrolled
(request.enrolment). Attempts belong to one learner and one quiz: any other is a 404.
"""

from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from ..quiz_content import quiz_questions
from ..results import result_row
from ..services.quiz import QuizRefused, answer_save, attempt_for, attempt_start, attempt_submit
from .urls import subpage_url


def _attempt_or_404(request, quiz, attempt_id):
    attempt = attempt_for(user=request.user, quiz=quiz, attempt_id=attempt_id)
    if attempt is None:
        raise Http404
    return attempt


def _refused(request, quiz, refusal, **context):
    return TemplateResponse(
        request,
        "courses/quiz_refused.html",
        {"page": quiz, "message": refusal.message, **context},
        status=refusal.status,
    )


def _steps(attempt, language):
    questions = quiz_questions(attempt.revision.as_object(), language)
    steps = []
    for step in attempt.plan:
        question = questions[step["id"]]
        options = [question.option(option_id) for option_id in step["options"]]
        steps.append((question, [o for o in options if o is not None]))
    return steps


def start(request, quiz):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        attempt = attempt_start(user=request.user, quiz=quiz, enrolment=request.enrolment)
    except QuizRefused as refusal:
        return _refused(request, quiz, refusal)
    answered = set(attempt.answers.values_list("question_id", flat=True))
    position = next(
        (i for i, step in enumerate(attempt.plan, 1) if step["id"] not in answered),
        len(attempt.plan) + 1,
    )
    return redirect(subpage_url(request, quiz, "question", attempt.pk, position))


def question(request, quiz, attempt_id, position):
    attempt = _attempt_or_404(request, quiz, attempt_id)
    if not attempt.open:
        return redirect(subpage_url(request, quiz, "results", attempt.pk))
    steps = _steps(attempt, get_language())
    if not 1 <= position <= len(steps) + 1:
        raise Http404
    answers = {a.question_id: a.response for a in attempt.answers.all()}
    context = {
        "page": quiz,
        "attempt": attempt,
        "position": position,
        "total": len(steps),
        "answered": len(answers),
    }
    if position == len(steps) + 1:
        return TemplateResponse(request, "courses/quiz_review.html", context)
    question_, options = steps[position - 1]
    status = 200
    if request.method == "POST":
        try:
            answer_save(
                attempt=attempt,
                enrolment=request.enrolment,
                question_id=request.POST.get("question", ""),
                data=request.POST,
            )
        except QuizRefused as refusal:
            context["error"] = refusal.message
            status = refusal.status
        else:
            return redirect(subpage_url(request, quiz, "question", attempt.pk, position + 1))
    context.update(
        {"question": question_, "options": options, "response": answers.get(question_.id, {})}
    )
    return TemplateResponse(request, "courses/quiz_question.html", context, status=status)


def submit(request, quiz, attempt_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    attempt = _attempt_or_404(request, quiz, attempt_id)
    try:
        attempt_submit(attempt=attempt, enrolment=request.enrolment, language=get_language())
    except QuizRefused as refusal:
        return _refused(request, quiz, refusal)
    return redirect(subpage_url(request, quiz, "results", attempt.pk))


def results(request, quiz, attempt_id):
    attempt = _attempt_or_404(request, quiz, attempt_id)
    if attempt.open:
        return redirect(subpage_url(request, quiz, "question", attempt.pk, 1))
    answers = {a.question_id: a for a in attempt.answers.all()}
    rows = []
    for question_, options in _steps(attempt, get_language()):
        answer = answers.get(question_.id)
        response = answer.response if answer else {}
        rows.append(result_row(question_, options, response, bool(answer and answer.correct)))
    context = {"page": quiz, "attempt": attempt, "rows": rows}
    return TemplateResponse(request, "courses/quiz_results.html", context)
