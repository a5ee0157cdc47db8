"""Taking a quiz through its pages: answers saved one by one, one attempt per start, graded once."""

import datetime

import pytest
from django.utils import timezone

from courses.models import AttemptStatus, Enrolment, QuizAnswer, QuizAttempt
from tests.courses_factory import RIGHT


def _url(quiz, name, *args):
    return quiz.url + quiz.reverse_subpage(name, args=args)


def _start(client, quiz):
    response = client.post(_url(quiz, "start"))
    assert response.status_code == 302
    return QuizAttempt.objects.get(quiz=quiz, status=AttemptStatus.IN_PROGRESS)


def _answer(client, quiz, attempt, position, question_id, data, **extra):
    return client.post(
        _url(quiz, "question", attempt.pk, position), {"question": question_id, **data}, **extra
    )


def _answer_all(client, quiz, attempt, answers=RIGHT):
    for position, step in enumerate(attempt.plan, 1):
        response = _answer(client, quiz, attempt, position, step["id"], answers[step["id"]])
        assert response.status_code == 302, response.content


@pytest.fixture
def quiz(course):
    return course["quiz"]


def test_a_signed_out_visitor_is_sent_to_sign_in(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_learner_not_yet_enrolled_is_sent_to_the_course_page(learner_client, course):
    response = learner_client.get(course["quiz"].url)
    assert response.status_code == 302
    assert response["Location"] == course["course"].url


def test_the_right_answers_pass_and_every_kind_is_graded_on_the_server(
    learner_client, enrolled, quiz
):
    attempt = _start(learner_client, quiz)
    _answer_all(learner_client, quiz, attempt)
    response = learner_client.post(_url(quiz, "submit", attempt.pk))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert (attempt.score, attempt.max_score, attempt.passed) == (6, 6, True)
    assert set(attempt.answers.values_list("correct", flat=True)) == {True}
    page = learner_client.get(_url(quiz, "results", attempt.pk))
    assert "You got 6 of 6 right." in page.content.decode()


def test_the_results_say_which_answers_were_wrong_and_why(learner_client, enrolled, quiz):
    attempt = _start(learner_client, quiz)
    wrong = {**RIGHT, "q-single": {"choice": "single-1"}, "q-tf": {"choice": "true"}}
    _answer_all(learner_client, quiz, attempt, wrong)
    learner_client.post(_url(quiz, "submit", attempt.pk))
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (4, False)  # 4 of 6 = 67%, under 70%
    html = learner_client.get(_url(quiz, "results", attempt.pk)).content.decode()
    assert html.count("result--wrong") == 2
    assert "You deserve help." in html  # the feedback written for the choice taken
    assert "It was never your fault." in html
    assert "The right answer: A trusted adult" in html


def test_a_khmer_learner_sees_khmer_words_but_the_english_key_decides(
    client, learner, enrolled, quiz
):
    client.force_login(learner)
    km_quiz_url = quiz.url.replace("/en/", "/km/", 1)
    response = client.post(km_quiz_url + "start/")
    attempt = QuizAttempt.objects.get(quiz=quiz)
    question = client.get(response["Location"]).content.decode()
    assert "តើអ្នកអាចប្រាប់នរណា?" in question
    answers = {**RIGHT, "q-short": {"text": "មាត្រា\u200b ៣៩"}}  # accepted in Khmer
    for position, step in enumerate(attempt.plan, 1):
        client.post(
            f"{km_quiz_url}attempt/{attempt.pk}/{position}/",
            {"question": step["id"], **answers[step["id"]]},
        )
    client.post(f"{km_quiz_url}attempt/{attempt.pk}/submit/")
    attempt.refresh_from_db()
    # The Khmer stream says the statement is true; the English key (false) still decides.
    assert (attempt.score, attempt.passed) == (6, True)


def test_double_taps_on_start_open_one_attempt(learner_client, enrolled, quiz):
    first = _start(learner_client, quiz)
    second = _start(learner_client, quiz)
    assert first.pk == second.pk
    assert QuizAttempt.objects.count() == 1


def test_answering_again_replaces_the_answer_and_never_duplicates_it(
    learner_client, enrolled, quiz
):
    attempt = _start(learner_client, quiz)
    _answer(learner_client, quiz, attempt, 1, "q-single", {"choice": "single-1"})
    _answer(learner_client, quiz, attempt, 1, "q-single", {"choice": "single-0"})
    assert QuizAnswer.objects.get(attempt=attempt).response == {"choice": "single-0"}


def test_a_resubmission_neither_grades_again_nor_opens_an_attempt(learner_client, enrolled, quiz):
    attempt = _start(learner_client, quiz)
    _answer_all(learner_client, quiz, attempt)
    learner_client.post(_url(quiz, "submit", attempt.pk))
    submitted_at = QuizAttempt.objects.get().submitted_at
    response = learner_client.post(_url(quiz, "submit", attempt.pk))
    assert response.status_code == 302 and response["Location"].endswith("/results/")
    assert QuizAttempt.objects.count() == 1
    assert QuizAttempt.objects.get().submitted_at == submitted_at


def test_a_lost_connection_loses_nothing_the_learner_carries_on(learner_client, enrolled, quiz):
    attempt = _start(learner_client, quiz)
    _answer(learner_client, quiz, attempt, 1, "q-single", RIGHT["q-single"])
    _answer(learner_client, quiz, attempt, 2, "q-multi", RIGHT["q-multi"])
    # The learner comes back later: "start" goes to the first question without an answer.
    response = learner_client.post(_url(quiz, "start"))
    assert response["Location"].endswith(f"/attempt/{attempt.pk}/3/")
    page = learner_client.get(_url(quiz, "question", attempt.pk, 1)).content.decode()
    assert 'value="single-0" checked' in page


BAD_ANSWERS = [
    ("q-single", {"choice": "no-such-choice"}, "Choose one of the answers shown."),
    ("q-multi", {"choices": ["multi-0", "multi-0"]}, "Choose one of the answers shown."),
    ("q-multi", {}, "Choose at least one answer."),
    ("q-tf", {"choice": "maybe"}, "Choose one of the answers shown."),
    ("q-short", {"text": "x" * 100_000}, "Keep your answer under 200 characters."),
    ("q-short", {"text": "Article\x0739"}, "Your answer has characters that cannot be typed."),
    ("q-short", {"text": "   "}, "Write your answer first."),
    (
        "q-order",
        {"position-order-0": "1", "position-order-1": "1", "position-order-2": "2"},
        "Give each place to one item only.",
    ),
    ("q-order", {"position-order-0": "1"}, "Give every item a place."),
    ("q-match", {"match-match-0": "match-1"}, "Choose a match for every line."),
    (
        "q-match",
        {"match-match-0": "nope", "match-match-1": "match-1"},
        "Choose a match for every line.",
    ),
    ("another-quiz-question", {"choice": "single-0"}, "This question is not part of this attempt."),
]


@pytest.mark.parametrize(("question_id", "data", "message"), BAD_ANSWERS)
def test_bad_answers_get_a_message_and_change_nothing(
    learner_client, enrolled, quiz, question_id, data, message
):
    attempt = _start(learner_client, quiz)
    response = _answer(learner_client, quiz, attempt, 1, question_id, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not QuizAnswer.objects.exists()


def test_bad_answers_are_refused_in_the_learners_language(client, learner, enrolled, quiz):
    client.force_login(learner)
    attempt = _start(client, quiz)
    km = f"{quiz.url.replace('/en/', '/km/', 1)}attempt/{attempt.pk}/1/"
    response = client.post(km, {"question": "q-single", "choice": "nope"})
    assert response.status_code == 400
    assert "Choose one of the answers shown." not in response.content.decode()


def test_another_learners_attempt_is_not_found_and_stays_untouched(
    client, make_user, enrolled, quiz, learner
):
    client.force_login(learner)
    attempt = _start(client, quiz)
    other = make_user("learner2")
    Enrolment.objects.create(user=other, course=enrolled.course)
    client.force_login(other)
    assert _answer(client, quiz, attempt, 1, "q-single", RIGHT["q-single"]).status_code == 404
    assert client.post(_url(quiz, "submit", attempt.pk)).status_code == 404
    assert client.get(_url(quiz, "results", attempt.pk)).status_code == 404
    assert not QuizAnswer.objects.exists()
    assert QuizAttempt.objects.get().status == AttemptStatus.IN_PROGRESS


def test_an_attempt_at_another_quiz_is_not_found_here(learner_client, enrolled, quiz, home_page):
    from tests.courses_factory import course_build

    other_quiz = course_build(home_page, slug="second-course")["quiz"]
    Enrolment.objects.create(
        user=enrolled.user, course=other_quiz.get_parent().get_parent().specific
    )
    attempt = _start(learner_client, quiz)
    response = learner_client.post(
        _url(other_quiz, "question", attempt.pk, 1), {"question": "q-single", "choice": "single-0"}
    )
    assert response.status_code == 404
    assert not QuizAnswer.objects.exists()


def test_answers_after_hand_in_are_refused(learner_client, enrolled, quiz):
    attempt = _start(learner_client, quiz)
    _answer_all(learner_client, quiz, attempt)
    learner_client.post(_url(quiz, "submit", attempt.pk))
    before = list(QuizAnswer.objects.values_list("question_id", "response"))
    response = _answer(learner_client, quiz, attempt, 1, "q-single", {"choice": "single-1"})
    assert response.status_code == 302 and response["Location"].endswith("/results/")
    assert list(QuizAnswer.objects.values_list("question_id", "response")) == before


def test_after_the_due_date_nothing_is_saved_or_started(learner_client, enrolled, quiz):
    attempt = _start(learner_client, quiz)
    enrolled.quizzes_due_at = timezone.now() - datetime.timedelta(minutes=1)
    enrolled.save()
    response = _answer(learner_client, quiz, attempt, 1, "q-single", RIGHT["q-single"])
    assert response.status_code == 403
    assert "The due date for this quiz has passed." in response.content.decode()
    response = learner_client.post(_url(quiz, "submit", attempt.pk))
    assert response.status_code == 403
    assert not QuizAnswer.objects.exists()
    assert QuizAttempt.objects.get().status == AttemptStatus.IN_PROGRESS


def test_the_attempt_limit_is_kept(learner_client, enrolled, quiz):
    for _ in range(quiz.max_attempts):
        attempt = _start(learner_client, quiz)
        learner_client.post(_url(quiz, "submit", attempt.pk))
    response = learner_client.post(_url(quiz, "start"))
    assert response.status_code == 403
    assert "You have used all 3 attempts at this quiz." in response.content.decode()
    assert QuizAttempt.objects.count() == 3


def test_a_pool_draws_the_asked_number_of_questions(learner_client, enrolled, quiz):
    quiz.questions_per_attempt = 4
    quiz.save_revision().publish()
    attempt = _start(learner_client, quiz)
    ids = [step["id"] for step in attempt.plan]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert set(ids) <= set(RIGHT)
