"""The attendance queue's JSON endpoint: what it stores, and everything it must refuse."""

import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.services import profile_ensure
from paralegal.models import Attendance, AttendanceChange, CohortSession, JoinedVia, Membership
from paralegal.selectors_attendance import attendance_learner_token


@pytest.fixture
def world(cohort_world):
    for key in ("cohort_a", "cohort_b"):
        cohort_world[f"session_{key[-1]}"] = CohortSession.objects.create(
            cohort=cohort_world[key], starts_at=timezone.now()
        )
    return cohort_world


@pytest.fixture
def fac_client(client, world):
    client.force_login(world["fac_a"])
    return client


def marks_url(cohort, session):
    return reverse("paralegal:attendance_marks", args=[cohort.pk, session.pk])


def token(session, user):
    return attendance_learner_token(session_pk=session.pk, user_pk=user.pk)


def entry(session, user, mark="present", client_id=None):
    return {"id": client_id or str(uuid.uuid4()), "learner": token(session, user), "mark": mark}


def post(client, url, body, **extra):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(url, data=data, content_type="application/json", **extra)


def send(client, world, marks):
    return post(client, marks_url(world["cohort_a"], world["session_a"]), {"marks": marks})


# --- what it stores -------------------------------------------------------------------------


def test_marks_are_stored_and_their_ids_confirmed(fac_client, world):
    session = world["session_a"]
    marks = [
        entry(session, u, m)
        for u, m in zip(world["learners_a"], ["present", "late", "excused"], strict=True)
    ]
    response = send(fac_client, world, marks)
    assert response.status_code == 200
    assert response.json() == {"stored": [m["id"] for m in marks]}
    stored = dict(Attendance.objects.values_list("learner_id", "mark"))
    assert stored == {
        u.pk: m for u, m in zip(world["learners_a"], ["present", "late", "excused"], strict=True)
    }
    assert set(Attendance.objects.values_list("marked_by", flat=True)) == {world["fac_a"].pk}


def test_a_replayed_request_changes_nothing(fac_client, world):
    session, learner = world["session_a"], world["learners_a"][0]
    one = entry(session, learner, "present")
    send(fac_client, world, [one])
    before = Attendance.objects.get()
    response = send(fac_client, world, [one])
    assert response.json() == {"stored": [one["id"]]}  # confirmed again, so the phone forgets it
    after = Attendance.objects.get()
    assert (after.pk, after.mark, after.client_id, after.marked_at) == (
        before.pk,
        before.mark,
        before.client_id,
        before.marked_at,
    )
    assert AttendanceChange.objects.count() == 0


def test_a_changed_mark_upserts_and_is_audited(fac_client, world):
    session, learner = world["session_a"], world["learners_a"][0]
    first, second = entry(session, learner, "present"), entry(session, learner, "late")
    send(fac_client, world, [first])
    send(fac_client, world, [second])
    send(fac_client, world, [first, second])  # a lost reply: both again
    row = Attendance.objects.get()
    assert row.mark == "late"
    change = AttendanceChange.objects.get()
    assert (change.previous, change.new, change.changed_by) == ("present", "late", world["fac_a"])
    assert str(change.client_id) == second["id"]


def test_a_member_who_left_cannot_be_marked(fac_client, world):
    session, learner = world["session_a"], world["learners_a"][0]
    Membership.objects.filter(user=learner).update(left_at=timezone.now())
    response = send(fac_client, world, [entry(session, learner)])
    assert response.status_code == 400
    assert not Attendance.objects.exists()


# --- hostile requests: 400, nothing stored --------------------------------------------------


def _refused(response, world, rejected=None):
    assert response.status_code == 400, response.content
    answer = response.json()
    assert isinstance(answer["error"], str) and answer["error"]
    if rejected is not None:
        assert answer["rejected"] == rejected
    assert not Attendance.objects.exists()
    return answer


def test_one_bad_mark_refuses_the_whole_request(fac_client, world):
    session = world["session_a"]
    good = entry(session, world["learners_a"][0])
    bad = entry(session, world["learners_a"][1], "asleep")
    _refused(send(fac_client, world, [good, bad]), world, rejected=[bad["id"]])


def test_a_learner_id_from_another_session_is_refused(fac_client, world):
    other = CohortSession.objects.create(cohort=world["cohort_a"], starts_at=timezone.now())
    stale = entry(other, world["learners_a"][0])  # same learner, same cohort, other session
    _refused(send(fac_client, world, [stale]), world, rejected=[stale["id"]])


def test_another_cohorts_learner_is_refused(fac_client, world):
    stranger = entry(world["session_a"], world["learners_b"][0])
    _refused(send(fac_client, world, [stranger]), world, rejected=[stranger["id"]])


@pytest.mark.parametrize(
    "learner",
    ["pk", "username", "signed-for-b"],
)
def test_a_forged_learner_id_is_refused(fac_client, world, learner):
    user = world["learners_a"][0]
    forged = {
        "pk": str(user.pk),
        "username": user.username,
        "signed-for-b": token(world["session_b"], world["learners_b"][0]),
    }[learner]
    mark = {"id": str(uuid.uuid4()), "learner": forged, "mark": "present"}
    _refused(send(fac_client, world, [mark]), world, rejected=[mark["id"]])


@pytest.mark.parametrize(
    "bad_id",
    ["", "not-a-uuid", str(uuid.uuid1()), str(uuid.uuid4()).upper(), 12, None, "0" * 36],
    # Fixed ids: random ones would differ between pytest-xdist's workers.
    ids=["empty", "text", "uuid1", "upper-case", "number", "none", "zeros"],
)
def test_a_mark_without_a_valid_uuid4_is_refused(fac_client, world, bad_id):
    mark = entry(world["session_a"], world["learners_a"][0])
    mark["id"] = bad_id
    _refused(send(fac_client, world, [mark]), world)


def test_the_same_id_twice_in_one_request_is_refused(fac_client, world):
    session = world["session_a"]
    one = entry(session, world["learners_a"][0])
    two = entry(session, world["learners_a"][1], client_id=one["id"])
    _refused(send(fac_client, world, [one, two]), world)


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "",
        "[]",
        "null",
        '{"marks": "all"}',
        '{"marks": [1, 2]}',
        '{"marks": [], "cohort": 3}',
        '{"marks": [{"id": "x"}]}',
        b"\xff\xfe",
    ],
)
def test_unreadable_bodies_are_refused(fac_client, world, body):
    _refused(post(fac_client, marks_url(world["cohort_a"], world["session_a"]), body), world)


def test_extra_fields_in_a_mark_are_refused(fac_client, world):
    mark = entry(world["session_a"], world["learners_a"][0])
    mark["marked_by"] = world["fac_b"].pk
    _refused(send(fac_client, world, [mark]), world)


def test_form_encoded_bodies_are_refused(fac_client, world):
    response = fac_client.post(
        marks_url(world["cohort_a"], world["session_a"]), {"marks": "present"}
    )
    _refused(response, world)


def test_more_than_200_marks_are_refused(fac_client, world):
    marks = [entry(world["session_a"], world["learners_a"][0]) for _ in range(201)]
    answer = _refused(send(fac_client, world, marks), world)
    assert "200" in answer["error"]


def test_a_thousand_marks_are_refused(fac_client, world):
    marks = [entry(world["session_a"], world["learners_a"][i % 3]) for i in range(1000)]
    _refused(send(fac_client, world, marks), world)


def test_a_huge_body_is_refused(fac_client, world):
    body = json.dumps({"marks": [], "padding": "x" * 200_000})
    _refused(post(fac_client, marks_url(world["cohort_a"], world["session_a"]), body), world)


def test_messages_are_translated(fac_client, world):
    url = reverse("paralegal:attendance_marks", args=[world["cohort_a"].pk, world["session_a"].pk])
    assert url.startswith("/en/")
    km_url = "/km/" + url[len("/en/") :]
    response = post(fac_client, km_url, "not json")
    assert response.status_code == 400
    english = post(fac_client, url, "not json").json()["error"]
    assert response.json()["error"]  # translated where the catalogue has it, never empty
    assert english == "The marks could not be read. Reload the page and try again."


# --- who may call it ---------------------------------------------------------------------


def test_get_is_405(fac_client, world):
    response = fac_client.get(marks_url(world["cohort_a"], world["session_a"]))
    assert response.status_code == 405


def test_another_cohorts_session_is_404(fac_client, world):
    mark = entry(world["session_b"], world["learners_b"][0])
    for url in (
        marks_url(world["cohort_b"], world["session_b"]),
        marks_url(world["cohort_a"], world["session_b"]),
    ):
        assert post(fac_client, url, {"marks": [mark]}).status_code == 404
    assert not Attendance.objects.exists()


def test_a_learner_gets_404(client, world):
    learner = world["learners_a"][0]
    client.force_login(learner)
    response = send(client, world, [entry(world["session_a"], learner)])
    assert response.status_code == 404
    assert not Attendance.objects.exists()


def test_signed_out_is_sent_to_sign_in(client, world):
    response = send(client, world, [entry(world["session_a"], world["learners_a"][0])])
    assert response.status_code == 302
    assert not Attendance.objects.exists()


def test_csrf_token_is_required_and_taken_from_the_header(world):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(world["fac_a"])
    url = marks_url(world["cohort_a"], world["session_a"])
    body = {"marks": [entry(world["session_a"], world["learners_a"][0])]}
    assert post(csrf_client, url, body).status_code == 403
    assert not Attendance.objects.exists()
    # The page sets the CSRF cookie; the phone sends the token in X-CSRFToken.
    page = csrf_client.get(
        reverse("paralegal:attendance", args=[world["cohort_a"].pk, world["session_a"].pk])
    )
    assert page.status_code == 200
    csrf = page.context["csrf_token"]
    assert post(csrf_client, url, body, HTTP_X_CSRFTOKEN=str(csrf)).status_code == 200
    assert Attendance.objects.count() == 1


# --- a fixed number of queries ------------------------------------------------------------


@pytest.fixture
def forty(world, make_user):
    cohort = world["cohort_a"]
    learners = list(world["learners_a"])
    for i in range(37):
        user = make_user(f"extra{i}", role="learner")
        profile_ensure(user=user)
        Membership.objects.create(cohort=cohort, user=user, joined_via=JoinedVia.CODE)
        learners.append(user)
    return learners


# Per request: session, user, allauth's user-session record, groups, two-step check, cohort,
# session, members; then in one transaction: lock the session, rows, known ids, and the
# writes (new rows; or changed rows and their change log). The same for 5 and for 40 marks.
NEW_MARKS_QUERIES = 22
CHANGED_MARKS_QUERIES = 23


def _send_all(client, cohort, session, learners, mark):
    marks = [entry(session, user, mark) for user in learners]
    response = post(client, marks_url(cohort, session), {"marks": marks})
    assert response.status_code == 200
    assert len(response.json()["stored"]) == len(learners)


@pytest.mark.parametrize("size", [5, 40])
def test_the_endpoint_runs_a_fixed_number_of_queries(
    fac_client, world, forty, django_assert_num_queries, size
):
    cohort, session = world["cohort_a"], world["session_a"]
    learners = forty[:size]
    # The first requests of a signed-in session record it (allauth user sessions): not ours.
    for _ in range(2):
        assert post(fac_client, marks_url(cohort, session), {"marks": []}).status_code == 200
    with django_assert_num_queries(NEW_MARKS_QUERIES):
        _send_all(fac_client, cohort, session, learners, "present")
    assert Attendance.objects.count() == size
    with django_assert_num_queries(CHANGED_MARKS_QUERIES):
        _send_all(fac_client, cohort, session, learners, "late")
    assert AttendanceChange.objects.count() == size
