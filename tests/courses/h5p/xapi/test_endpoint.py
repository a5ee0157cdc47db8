"""POST /h5p/xapi/<lesson>/<activity key>/: who may send what, and what is kept."""

import json
import uuid

import pytest
from django.test import Client, override_settings

from courses.models import H5PResult, H5PStatement
from courses.services.enrolment import enrol
from tests.courses.h5p.xapi.support import (
    embedding_lesson,
    make_activity,
    post,
    statement,
    xapi_url,
)
from tests.courses_factory import course_build, publish


def _json(response):
    assert response["Content-Type"] == "application/json", response.content
    return json.loads(response.content)


def _no_store(response):
    assert "no-store" in response["Cache-Control"]


def test_a_top_level_answer_is_stored_and_rolled_up(learner_client, learner, lesson, activity):
    response = post(learner_client, lesson, activity, statement(activity, score=(3, 4)))
    assert response.status_code == 200
    assert _json(response) == {"status": "stored"}
    _no_store(response)
    row = H5PStatement.objects.get()
    assert (row.user, row.activity, row.lesson_id) == (learner, activity, lesson.pk)
    assert (row.verb, row.sub_content_id, row.score_raw, row.score_max) == ("answered", "", 3, 4)
    assert row.score_scaled == 0.75 and row.completion is True
    result = H5PResult.objects.get()
    assert (result.user, result.activity, result.lesson_id) == (learner, activity, lesson.pk)
    assert result.attempts == 1 and result.best_scaled == 0.75 and result.last_raw == 3
    assert result.client_asserted


def test_the_actor_is_ignored_and_never_stored(
    learner_client, learner, make_user, lesson, activity
):
    other = make_user("learner2")
    data = statement(activity)
    data["actor"] = {"name": other.username, "account": {"name": str(other.pk)}}
    data["context"]["instructor"] = {"mbox": "mailto:teacher@example.org"}
    assert post(learner_client, lesson, activity, data).status_code == 200
    row = H5PStatement.objects.get()
    assert row.user == learner
    assert "actor" not in row.data and "instructor" not in row.data["context"]
    assert other.username not in json.dumps(row.data)
    assert not H5PResult.objects.filter(user=other).exists()


def test_a_statement_about_another_activity_is_refused(learner_client, lesson, activity):
    elsewhere = make_activity(title="Another")
    response = post(learner_client, lesson, activity, statement(elsewhere))
    assert response.status_code == 400
    assert _json(response)["code"] == "object"
    assert not H5PStatement.objects.exists()


def test_an_activity_not_in_this_lesson_is_not_found(learner_client, course, lesson, activity):
    other = make_activity(title="Not here")
    response = post(learner_client, lesson, other, statement(other))
    assert response.status_code == 404
    assert _json(response) == {"error": "This activity is not available."}
    # Nor in another lesson of the same course that does not embed it.
    plain = course["lessons"][1]
    assert post(learner_client, plain, activity, statement(activity)).status_code == 404
    assert not H5PStatement.objects.exists()


def test_a_learner_not_enrolled_is_refused(client, make_user, lesson, activity):
    stranger = make_user("stranger")
    client.force_login(stranger)
    response = post(client, lesson, activity, statement(activity))
    assert response.status_code == 403
    assert "error" in _json(response)
    assert not H5PStatement.objects.exists()


def test_a_lesson_of_another_course_is_refused(learner_client, home_page, activity, lesson):
    other = course_build(home_page, slug="second-course")
    other_lesson = embedding_lesson(other["module"], activity, slug="elsewhere")
    response = post(learner_client, other_lesson, activity, statement(activity))
    assert response.status_code == 403
    assert not H5PStatement.objects.exists()


def test_an_unpublished_lesson_is_not_found(learner_client, lesson, activity):
    lesson.unpublish()
    response = post(learner_client, lesson, activity, statement(activity))
    assert response.status_code == 404
    assert not H5PStatement.objects.exists()


def test_only_the_published_body_counts(learner_client, course, activity):
    """An activity added in a draft of a live lesson is not in the lesson yet."""
    lesson = course["lessons"][1]
    draft = lesson.get_latest_revision_as_object()
    draft.body = json.dumps([{"type": "h5p", "value": {"activity": activity.pk}, "id": "d"}])
    draft.save_revision()
    assert post(learner_client, lesson, activity, statement(activity)).status_code == 404
    publish(lesson.get_latest_revision_as_object())
    assert post(learner_client, lesson, activity, statement(activity)).status_code == 200


def test_an_activity_that_is_not_live_is_not_found(learner_client, course):
    draft = make_activity(live=False)
    lesson = embedding_lesson(course["module"], draft)
    response = post(learner_client, lesson, draft, statement(draft))
    assert response.status_code == 404
    assert _json(response) == {"error": "This activity is not available."}
    assert not H5PStatement.objects.exists()


def test_an_activity_whose_package_is_not_ready_is_not_found(learner_client, lesson, activity):
    activity.package.status = "refused"
    activity.package.save()
    assert post(learner_client, lesson, activity, statement(activity)).status_code == 404
    assert not H5PStatement.objects.exists()


def test_an_unknown_lesson_or_activity_key_is_not_found(learner_client, lesson, activity):
    url = f"/h5p/xapi/{lesson.pk}/{uuid.uuid4()}/"
    data = json.dumps(statement(activity))
    assert learner_client.post(url, data, content_type="application/json").status_code == 404
    url = f"/h5p/xapi/999999/{activity.key}/"
    assert learner_client.post(url, data, content_type="application/json").status_code == 404


@pytest.mark.parametrize(
    "score",
    [
        {"min": 0, "max": 4, "raw": 5},  # above the maximum
        {"min": 2, "max": 4, "raw": 1},  # below the minimum
        {"min": 0, "max": 4, "raw": 4, "scaled": 1.5},
        {"min": 0, "max": 4, "raw": 2, "scaled": -0.5},
        {"min": 0, "max": 4, "raw": -1},
        {"min": 0, "max": 4, "raw": 2, "scaled": 0.9},  # does not agree with raw / max
        {"min": 0, "max": 4, "raw": "4"},
        {"min": 0, "max": 4, "raw": True},
        {"min": 0, "max": 4, "raw": None},
        {"min": 0, "max": 0, "raw": 1},
        {"min": 0, "max": 10**6, "raw": 10**6},
        "full marks",
    ],
)
def test_a_score_that_does_not_add_up_is_refused(learner_client, lesson, activity, score):
    response = post(learner_client, lesson, activity, statement(activity, score=score))
    assert response.status_code == 400
    body = _json(response)
    assert body["code"] == "score"
    assert body["error"] == "The score in this result does not add up."
    assert not H5PStatement.objects.exists() and not H5PResult.objects.exists()


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused(learner_client, lesson, activity, constant):
    body = json.dumps(statement(activity, score=(1, 4))).replace('"raw": 1', f'"raw": {constant}')
    assert constant in body
    response = post(learner_client, lesson, activity, body.encode())
    assert response.status_code == 400
    assert _json(response)["code"] in {"malformed", "score"}
    assert not H5PStatement.objects.exists()


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2]", b'"a string"', b"\xff\xfe{}", b"null", b"{}}"],
)
def test_a_body_that_is_not_a_json_object_is_refused(learner_client, lesson, activity, body):
    response = post(learner_client, lesson, activity, body)
    assert response.status_code == 400
    assert _json(response) == {"error": "This result could not be read.", "code": "malformed"}
    assert not H5PStatement.objects.exists()


def test_a_body_too_large_is_refused(learner_client, lesson, activity):
    data = statement(activity, padding="x" * (64 * 1024))
    response = post(learner_client, lesson, activity, data)
    assert response.status_code == 413
    assert _json(response)["code"] == "too_large"
    assert not H5PStatement.objects.exists()


def test_the_size_limit_is_a_setting(learner_client, lesson, activity):
    with override_settings(H5P_XAPI_MAX_BYTES=200):
        assert post(learner_client, lesson, activity, statement(activity)).status_code == 413
    assert post(learner_client, lesson, activity, statement(activity)).status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_the_wrong_content_type_is_refused(learner_client, lesson, activity, content_type):
    body = json.dumps(statement(activity))
    response = post(learner_client, lesson, activity, body, content_type=content_type)
    assert response.status_code == 415
    assert _json(response)["code"] == "content_type"
    assert not H5PStatement.objects.exists()


def test_json_with_a_charset_is_accepted(learner_client, lesson, activity):
    response = post(
        learner_client,
        lesson,
        activity,
        statement(activity),
        content_type="application/json; charset=utf-8",
    )
    assert response.status_code == 200


@pytest.mark.parametrize("statement_id", [None, "", "not-a-uuid", 12, ["x"]])
def test_a_statement_without_a_valid_id_is_refused(learner_client, lesson, activity, statement_id):
    data = statement(activity)
    if statement_id is None:
        del data["id"]
    else:
        data["id"] = statement_id
    response = post(learner_client, lesson, activity, data)
    assert response.status_code == 400
    assert _json(response)["code"] == "statement_id"
    assert not H5PStatement.objects.exists()


def test_a_replay_is_stored_once_and_counted_once(learner_client, lesson, activity):
    data = statement(activity, score=(4, 4))
    assert _json(post(learner_client, lesson, activity, data)) == {"status": "stored"}
    data["result"]["score"] = {"min": 0, "max": 4, "raw": 1, "scaled": 0.25}
    again = post(learner_client, lesson, activity, data)
    assert again.status_code == 200
    assert _json(again) == {"status": "duplicate"}
    assert H5PStatement.objects.count() == 1
    result = H5PResult.objects.get()
    assert result.attempts == 1 and result.last_scaled == 1.0


def test_another_learner_may_use_the_same_statement_id(
    learner_client, client, make_user, course, lesson, activity
):
    data = statement(activity)
    post(learner_client, lesson, activity, data)
    other = make_user("learner2")
    enrol(user=other, course=course["course"])
    second = Client()
    second.force_login(other)
    assert _json(post(second, lesson, activity, data)) == {"status": "stored"}
    assert H5PStatement.objects.count() == 2


def test_an_unknown_verb_is_refused_and_a_dropped_one_ignored(learner_client, lesson, activity):
    data = statement(activity)
    data["verb"] = {"id": "http://example.org/verbs/answered", "display": {"en-US": "answered"}}
    response = post(learner_client, lesson, activity, data)
    assert response.status_code == 400 and _json(response)["code"] == "verb"
    data["verb"] = {"id": "http://adlnet.gov/expapi/verbs/accessed-copyright"}
    response = post(learner_client, lesson, activity, data)
    assert response.status_code == 200 and _json(response) == {"status": "ignored"}
    assert not H5PStatement.objects.exists()


def test_anonymous_gets_json_never_a_redirect(client, lesson, activity):
    response = post(client, lesson, activity, statement(activity))
    assert response.status_code == 401
    assert "error" in _json(response)
    assert "Location" not in response
    assert not H5PStatement.objects.exists()


def test_only_post_is_allowed(learner_client, lesson, activity):
    for method in ("get", "put", "delete"):
        response = getattr(learner_client, method)(xapi_url(lesson, activity))
        assert response.status_code == 405
        assert response["Allow"] == "POST"
        assert "error" in _json(response)


def _csrf_client(learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get("/en/")  # sets the CSRF cookie, as the lesson page does
    return client, client.cookies["csrftoken"].value


def test_a_post_without_the_csrf_token_is_refused(learner, enrolled, lesson, activity):
    client, _token = _csrf_client(learner)
    response = post(client, lesson, activity, statement(activity))
    assert response.status_code == 403
    assert not H5PStatement.objects.exists()


def test_a_post_with_the_csrf_token_from_the_app_is_accepted(learner, enrolled, lesson, activity):
    client, token = _csrf_client(learner)
    response = client.post(
        xapi_url(lesson, activity),
        json.dumps(statement(activity)),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 200


def test_a_post_from_the_content_origin_is_refused(learner, enrolled, lesson, activity):
    """Even holding the token, the H5P content's own origin may not post results."""
    client, token = _csrf_client(learner)
    response = client.post(
        xapi_url(lesson, activity),
        json.dumps(statement(activity)),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
        HTTP_ORIGIN="http://h5p.localhost:8000",
    )
    assert response.status_code == 403
    assert not H5PStatement.objects.exists()


def test_too_many_statements_are_slowed_down(learner_client, lesson, activity):
    limits = {"h5p_xapi": "3/m/user"}
    with override_settings(ACCOUNT_RATE_LIMITS=limits):
        for _ in range(3):
            assert post(learner_client, lesson, activity, statement(activity)).status_code == 200
        response = post(learner_client, lesson, activity, statement(activity))
    assert response.status_code == 429
    assert _json(response)["error"] == "Too many results at once. Please wait a minute."
    assert H5PStatement.objects.count() == 3


def test_messages_are_in_the_language_the_page_asks_for(learner_client, lesson, activity):
    other = make_activity(title="Not here")
    response = post(learner_client, lesson, other, statement(other), lang="km")
    assert response["Content-Language"] == "km"
    # An unknown language falls back to the browser's, then English.
    response = post(learner_client, lesson, other, statement(other), lang="xx")
    assert response["Content-Language"] == "en"
    response = learner_client.post(
        xapi_url(lesson, other),
        json.dumps(statement(other)),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="vi",
    )
    assert response["Content-Language"] == "vi"


def test_one_accepted_statement_costs_a_fixed_number_of_queries(
    learner_client, lesson, activity, django_assert_num_queries
):
    post(learner_client, lesson, activity, statement(activity))  # the result row exists now
    # 11 for any signed-in request (session, user, allauth's user session in a savepoint, the
    # user's groups, the session saved in a savepoint); 10 for the statement: lesson,
    # enrolment, activity; a savepoint around the insert (in the transaction's own savepoint
    # here, a BEGIN outside tests); the result read with a lock, then updated.
    with django_assert_num_queries(21):
        response = post(learner_client, lesson, activity, statement(activity))
    assert _json(response) == {"status": "stored"}
