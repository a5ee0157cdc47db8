"""Rolling statements up into results, reading them back, and what results never do."""

import uuid

import pytest
from django.contrib.auth import get_user_model

from courses.h5p.results import results_for_course, results_for_lesson
from courses.models import Enrolment, H5PResult, H5PStatement, LessonPage, LessonProgress
from courses.services.enrolment import enrol
from courses.services.progress import lesson_complete
from tests.courses.h5p.xapi.support import embedding_lesson, make_activity, post, statement

SUB = str(uuid.uuid4())


def _send(client, lesson, activity, *args, **kwargs):
    response = post(client, lesson, activity, statement(activity, *args, **kwargs))
    assert response.status_code == 200, response.content
    return response.json()["status"]


def test_sub_content_never_adds_tries_or_completes(learner_client, lesson, activity):
    """The questions inside a Question Set report too; only the set's own result counts."""
    for verb in ("answered", "completed", "passed", "consumed"):
        assert _send(learner_client, lesson, activity, verb, sub=SUB, score=(1, 1)) == "stored"
    assert H5PStatement.objects.filter(sub_content_id=SUB).count() == 4
    assert not H5PResult.objects.exists()
    _send(learner_client, lesson, activity, "completed", score=(2, 5))
    _send(learner_client, lesson, activity, "answered", sub=SUB, score=(1, 1))
    result = H5PResult.objects.get()
    assert result.attempts == 1 and result.best_scaled == 0.4 and result.last_scaled == 0.4


def test_consumed_completes_without_a_score(learner_client, lesson, activity):
    _send(learner_client, lesson, activity, "consumed", score=None)
    result = H5PResult.objects.get()
    assert result.completed_at is not None
    assert result.attempts == 0 and result.best_scaled is None


def test_completion_is_set_once(learner_client, lesson, activity):
    _send(learner_client, lesson, activity, "completed", score=(1, 2))
    first = H5PResult.objects.get().completed_at
    _send(learner_client, lesson, activity, "completed", score=(2, 2))
    assert H5PResult.objects.get().completed_at == first


def test_best_and_last_are_kept_apart(learner_client, lesson, activity):
    for raw in (2, 4, 1):
        _send(learner_client, lesson, activity, "answered", score=(raw, 4))
    result = H5PResult.objects.get()
    assert result.attempts == 3
    assert (result.best_raw, result.best_max, result.best_scaled) == (4, 4, 1.0)
    assert (result.last_raw, result.last_max, result.last_scaled) == (1, 4, 0.25)


def test_an_unfinished_answer_scores_but_does_not_complete(learner_client, lesson, activity):
    _send(learner_client, lesson, activity, "answered", score=(1, 4), completion=False)
    result = H5PResult.objects.get()
    assert result.attempts == 1 and result.completed_at is None


@pytest.mark.parametrize("verb", ["attempted", "interacted", "progressed", "experienced"])
def test_other_verbs_are_stored_but_change_no_result(learner_client, lesson, activity, verb):
    assert _send(learner_client, lesson, activity, verb, score=None, completion=None) == "stored"
    assert H5PStatement.objects.get().verb == verb
    assert not H5PResult.objects.exists()


def test_the_same_activity_in_two_lessons_has_two_results(learner_client, course, activity):
    first = embedding_lesson(course["module"], activity, slug="one-h5p")
    second = embedding_lesson(course["module"], activity, slug="two-h5p")
    _send(learner_client, first, activity, score=(1, 4))
    _send(learner_client, second, activity, score=(4, 4))
    assert set(H5PResult.objects.values_list("lesson_id", "best_scaled")) == {
        (first.pk, 0.25),
        (second.pk, 1.0),
    }


def test_results_never_complete_a_lesson_or_a_course(
    learner_client, learner, course, lesson, activity
):
    """A perfect score is asserted by the browser: it is a practice result, nothing more."""
    _send(learner_client, lesson, activity, "completed", score=(4, 4), success=True)
    assert H5PResult.objects.get().best_scaled == 1.0
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()
    assert Enrolment.objects.get(user=learner).completed_at is None


def test_a_lesson_with_an_activity_is_done_without_playing_it(
    learner_client, learner, enrolled, course, lesson
):
    response = learner_client.post(lesson.url + "done/")
    assert response.status_code == 302
    assert LessonProgress.objects.get(lesson=lesson).completed_at is not None
    assert not H5PResult.objects.exists()


def test_the_course_completes_without_any_activity_played(learner, enrolled, course, lesson):
    """Every required lesson done, no H5P result at all: the course is complete."""
    pages = list(
        LessonPage.objects.live().filter(path__startswith=course["course"].path, required=True)
    )
    assert lesson in pages
    finished = [lesson_complete(enrolment=enrolled, lesson=page) for page in pages]
    assert finished == [False] * (len(pages) - 1) + [True]
    assert not H5PResult.objects.exists()


def test_results_for_a_lesson_take_one_query(
    learner_client, learner, lesson, activity, course, django_assert_num_queries
):
    second = make_activity(title="Second")
    both = embedding_lesson(course["module"], activity, second, slug="both")
    _send(learner_client, both, activity, score=(1, 2))
    _send(learner_client, both, second, "consumed", score=None)
    _send(learner_client, lesson, activity, score=(2, 2))  # another lesson: not included
    with django_assert_num_queries(1):
        results = results_for_lesson(learner, both)
    assert set(results) == {activity.key, second.key}
    assert results[activity.key].best_scaled == 0.5
    assert results[second.key].completed_at is not None


@pytest.mark.parametrize("learners", [1, 30])
def test_results_for_a_course_take_a_fixed_number_of_queries(
    learners, home_page, course, lesson, activity, django_assert_num_queries
):
    from tests.courses_factory import course_build

    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"pupil{i}") for i in range(learners)
    )
    other_course = course_build(home_page, slug="other-course")
    elsewhere = embedding_lesson(other_course["module"], activity, slug="elsewhere")
    for user in users:
        enrol(user=user, course=course["course"])
        H5PResult.objects.create(user=user, activity=activity, lesson=lesson, attempts=1)
        # The same activity in another course is not this course's result.
        H5PResult.objects.create(user=user, activity=activity, lesson=elsewhere, attempts=9)
    with django_assert_num_queries(1):
        results = results_for_course(course["course"], users)
    assert set(results) == {(user.pk, activity.key) for user in users}
    assert {r.attempts for r in results.values()} == {1}
    with django_assert_num_queries(1):
        by_queryset = results_for_course(
            course["course"], get_user_model().objects.filter(username__startswith="pupil")
        )
    assert set(by_queryset) == set(results)


def test_a_site_administrator_sees_practice_results_when_inspecting_an_enrolment(
    learner_client, lesson, activity, enrolled, make_user
):
    from django.test import Client
    from django.urls import reverse

    _send(learner_client, lesson, activity, "answered", score=(3, 4))
    _send(learner_client, lesson, activity, "answered", score=(2, 4))
    admin = make_user("admin9", role="site_administrator", mfa=True)
    client = Client()
    client.force_login(admin)
    response = client.get(reverse("enrolments:inspect", args=[enrolled.pk]))
    assert response.status_code == 200
    text = response.content.decode()
    assert "H5P practice results" in text
    assert f"{activity.title}: 3/4 (2)" in text


def test_the_page_language_is_recorded_when_the_statement_names_none(
    learner_client, lesson, activity
):
    from courses.models import H5PStatement as Stored

    response = post(learner_client, lesson, activity, statement(activity, "answered"), lang="km")
    assert response.status_code == 200, response.content
    assert Stored.objects.get().language == "km"
