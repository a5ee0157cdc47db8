"""Lesson and course completion, resuming, My learning, and who may open what."""

import pytest

from courses.models import Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.services.enrolment import enrol
from tests.courses_factory import RIGHT, course_build


def _done(client, lesson):
    return client.post(lesson.url + "done/")


def _pass_quiz(client, quiz):
    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.get(quiz=quiz, status="in_progress")
    for position, step in enumerate(attempt.plan, 1):
        data = {"question": step["id"], **RIGHT[step["id"]]}
        client.post(f"{quiz.url}attempt/{attempt.pk}/{position}/", data)
    client.post(f"{quiz.url}attempt/{attempt.pk}/submit/")
    attempt.refresh_from_db()
    assert attempt.passed


def test_starting_a_public_course_enrols_once_and_goes_to_the_first_lesson(
    learner_client, learner, course
):
    page = course["course"]
    for _ in range(2):  # a double tap
        response = learner_client.post(page.url + "enrol/")
    assert Enrolment.objects.filter(user=learner, course=page).count() == 1
    response = learner_client.get(response["Location"])
    assert response["Location"] == course["lessons"][0].url


def test_a_cohort_course_cannot_be_joined_by_the_learner(learner_client, learner, home_page):
    page = course_build(home_page, access="enrolled", slug="paralegal")["course"]
    response = learner_client.post(page.url + "enrol/")
    assert response.status_code == 403
    assert "Only members of a training group" in response.content.decode()
    assert not Enrolment.objects.exists()
    lesson = LessonPage.objects.descendant_of(page).first()
    assert learner_client.get(lesson.url).status_code == 403


def test_an_administrator_enrols_a_learner_in_a_cohort_course(
    client, make_user, learner, home_page
):
    from django.urls import reverse

    page = course_build(home_page, access="enrolled", slug="paralegal")["course"]
    admin = make_user("admin1", role="site_administrator", mfa=True)
    client.force_login(admin)
    response = client.post(
        reverse("enrolments:add"), {"user": learner.pk, "course": page.pk, "quizzes_due_at": ""}
    )
    assert response.status_code == 302, response.content
    enrolment = Enrolment.objects.get(user=learner, course=page)
    assert enrolment.enrolled_by == admin


def test_a_learner_cannot_reach_the_enrolment_admin(learner_client):
    from django.urls import reverse

    response = learner_client.get(reverse("enrolments:add"))
    assert response.status_code in (302, 403)
    assert not Enrolment.objects.exists()


def test_a_lesson_with_a_required_quiz_is_done_only_after_the_quiz_is_passed(
    learner_client, enrolled, course
):
    first = course["lessons"][0]
    response = _done(learner_client, first)
    assert response.status_code == 302
    assert not LessonProgress.objects.filter(lesson=first, completed_at__isnull=False).exists()
    _pass_quiz(learner_client, course["quiz"])
    _done(learner_client, first)
    assert LessonProgress.objects.get(lesson=first).completed_at is not None


def test_the_course_is_complete_when_every_required_lesson_is(learner_client, enrolled, course):
    _pass_quiz(learner_client, course["quiz"])
    _done(learner_client, course["lessons"][0])
    enrolled.refresh_from_db()
    assert enrolled.completed_at is None
    response = _done(learner_client, course["lessons"][1])
    enrolled.refresh_from_db()
    assert enrolled.completed_at is not None
    assert response["Location"].endswith("/certificate/")


def test_a_score_claimed_by_the_browser_never_completes_a_lesson(learner_client, enrolled, course):
    first = course["lessons"][0]
    learner_client.post(first.url + "done/", {"passed": "true", "score": "100"})
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_continue_brings_the_learner_back_to_the_last_lesson_opened(
    learner_client, enrolled, course
):
    second = course["lessons"][1]
    assert learner_client.get(second.url).status_code == 200
    response = learner_client.get(course["course"].url + "continue/")
    assert response["Location"] == second.url


def test_my_learning_shows_bars_per_course_and_module(learner_client, enrolled, course):
    _pass_quiz(learner_client, course["quiz"])
    _done(learner_client, course["lessons"][0])
    html = learner_client.get("/en/learning/").content.decode()
    assert "1 of 2 lessons done" in html
    assert 'value="50"' in html
    assert "Module one: 1 of 2" in html


def test_my_learning_needs_sign_in(client):
    response = client.get("/en/learning/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("lang", ["en", "km", "fil", "vi"])
def test_lesson_and_course_pages_answer_in_every_language(client, learner, enrolled, course, lang):
    client.force_login(learner)
    for page in (course["course"], course["lessons"][0], course["quiz"]):
        response = client.get(page.url.replace("/en/", f"/{lang}/", 1))
        assert response.status_code == 200
        assert f'<html lang="{lang}"' in response.content.decode()


def test_enrol_is_idempotent_in_the_service(learner, course):
    first = enrol(user=learner, course=course["course"])
    assert enrol(user=learner, course=course["course"]).pk == first.pk
