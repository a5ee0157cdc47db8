"""Attendance: the roster page (also a form without JavaScript), the upsert service and the
attendance rate selectors."""

import re
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from paralegal.models import Attendance, AttendanceChange, CohortSession, Membership
from paralegal.selectors_attendance import (
    attendance_learner_token,
    attendance_rates,
    attendance_roster,
    cohort_attendance_rate,
)
from paralegal.services.attendance import MarkIn, attendance_marks_record

NAMES_A = ["Sok", "Bopha", "Chenda"]
NAMES_B = ["Other One", "Other Two", "Other Three"]


@pytest.fixture
def world(cohort_world):
    for users, names in (
        (cohort_world["learners_a"], NAMES_A),
        (cohort_world["learners_b"], NAMES_B),
    ):
        for user, name in zip(users, names, strict=True):
            Profile.objects.filter(user=user).update(display_name=name)
    for key in ("cohort_a", "cohort_b"):
        cohort_world[f"session_{key[-1]}"] = CohortSession.objects.create(
            cohort=cohort_world[key], starts_at=timezone.now(), place="Room 2"
        )
    return cohort_world


def page_url(cohort, session):
    return reverse("paralegal:attendance", args=[cohort.pk, session.pk])


def mark(session, learner, value, client_id=None):
    return MarkIn(client_id=client_id or uuid.uuid4(), learner_id=learner.pk, mark=value)


# --- the service: upsert per session and learner ----------------------------------------


def test_the_same_uuid_twice_stores_one_row_and_no_change(world):
    session, learner, fac = world["session_a"], world["learners_a"][0], world["fac_a"]
    one = mark(session, learner, "present")
    attendance_marks_record(session=session, marks=[one], marked_by=fac)
    attendance_marks_record(session=session, marks=[one], marked_by=fac)
    row = Attendance.objects.get(session=session, learner=learner)
    assert row.mark == "present" and row.client_id == one.client_id
    assert Attendance.objects.count() == 1
    assert AttendanceChange.objects.count() == 0


def test_two_uuids_for_one_learner_leave_one_row_and_log_the_change(world):
    session, learner, fac = world["session_a"], world["learners_a"][0], world["fac_a"]
    first, second = mark(session, learner, "present"), mark(session, learner, "late")
    attendance_marks_record(session=session, marks=[first], marked_by=fac)
    attendance_marks_record(session=session, marks=[second], marked_by=fac)
    assert Attendance.objects.filter(session=session, learner=learner).count() == 1
    row = Attendance.objects.get()
    assert row.mark == "late" and row.client_id == second.client_id
    change = AttendanceChange.objects.get()
    assert (change.attendance, change.previous, change.new) == (row, "present", "late")
    assert change.changed_by == fac and change.client_id == second.client_id

    # A late replay of either mark changes nothing, even the first (older) one.
    attendance_marks_record(session=session, marks=[first, second], marked_by=fac)
    row.refresh_from_db()
    assert row.mark == "late"
    assert AttendanceChange.objects.count() == 1


def test_a_batch_with_two_marks_for_a_new_learner_creates_then_changes(world):
    session, learner, fac = world["session_a"], world["learners_a"][0], world["fac_a"]
    attendance_marks_record(
        session=session,
        marks=[mark(session, learner, "absent"), mark(session, learner, "late")],
        marked_by=fac,
    )
    assert Attendance.objects.get().mark == "late"
    assert AttendanceChange.objects.get().previous == "absent"


def test_the_same_mark_again_with_a_new_uuid_writes_nothing(world):
    session, learner, fac = world["session_a"], world["learners_a"][0], world["fac_a"]
    attendance_marks_record(
        session=session, marks=[mark(session, learner, "present")], marked_by=fac
    )
    attendance_marks_record(
        session=session, marks=[mark(session, learner, "present")], marked_by=fac
    )
    assert AttendanceChange.objects.count() == 0


# --- the opaque learner id ---------------------------------------------------------------


def test_the_learner_id_is_neither_pk_nor_username_and_differs_per_session(world):
    learner, session = world["learners_a"][0], world["session_a"]
    other = CohortSession.objects.create(cohort=world["cohort_a"], starts_at=timezone.now())
    token = attendance_learner_token(session_pk=session.pk, user_pk=learner.pk)
    assert re.fullmatch(r"[0-9a-f]{32}", token)
    assert str(learner.pk) not in (token,) and learner.username not in token
    assert token != attendance_learner_token(session_pk=other.pk, user_pk=learner.pk)


def test_the_roster_lists_current_members_by_display_name(world, make_learner):
    session = world["session_a"]
    gone = make_learner("gone_learner")
    Membership.objects.create(
        cohort=world["cohort_a"], user=gone, joined_via="code", left_at=timezone.now()
    )
    rows = attendance_roster(session=session)
    assert [row.name for row in rows] == ["Bopha", "Chenda", "Sok"]
    assert gone.pk not in {row.user_id for row in rows}


# --- the page ------------------------------------------------------------------------------


def test_the_page_shows_rows_marks_and_opaque_ids(client, world):
    session, fac = world["session_a"], world["fac_a"]
    learner = world["learners_a"][1]
    Attendance.objects.create(session=session, learner=learner, mark="late", marked_by=fac)
    client.force_login(fac)
    response = client.get(page_url(world["cohort_a"], session))
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        response["Cache-Control"].startswith("no-store") or "no-cache" in response["Cache-Control"]
    )
    for other, name in zip(world["learners_a"], NAMES_A, strict=True):
        assert name in html and other.username not in html
        assert (
            f'data-learner="{attendance_learner_token(session_pk=session.pk, user_pk=other.pk)}"'
            in html
        )
    for name in NAMES_B:
        assert name not in html
    token = attendance_learner_token(session_pk=session.pk, user_pk=learner.pk)
    assert f'data-learner="{token}" data-mark="late"' in html
    assert 'aria-pressed="true"' in html
    assert f'name="m_{token}" value="late" checked' in html
    assert "js/attendance.js" in html and "<script>" not in html
    assert reverse("paralegal:attendance_marks", args=[world["cohort_a"].pk, session.pk]) in html


def test_the_page_is_404_for_another_cohorts_session(client, world):
    client.force_login(world["fac_a"])
    # Cohort B's session, asked for through cohort B and through cohort A.
    assert client.get(page_url(world["cohort_b"], world["session_b"])).status_code == 404
    assert client.get(page_url(world["cohort_a"], world["session_b"])).status_code == 404
    assert client.post(page_url(world["cohort_a"], world["session_b"]), {}).status_code == 404


def test_a_learner_and_a_stranger_get_404(client, world, make_user):
    url = page_url(world["cohort_a"], world["session_a"])
    client.force_login(world["learners_a"][0])
    assert client.get(url).status_code == 404
    client.force_login(make_user("other_fac", role="facilitator", mfa=True))
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


def test_the_form_without_javascript_saves_changes_and_logs_them(client, world):
    session, fac = world["session_a"], world["fac_a"]
    a, b, c = world["learners_a"]
    Attendance.objects.create(session=session, learner=a, mark="absent", marked_by=fac)
    client.force_login(fac)

    def field(user):
        return f"m_{attendance_learner_token(session_pk=session.pk, user_pk=user.pk)}"

    response = client.post(
        page_url(world["cohort_a"], session), {field(a): "excused", field(b): "late"}
    )
    assert response.status_code == 302
    marks = dict(Attendance.objects.values_list("learner_id", "mark"))
    assert marks == {a.pk: "excused", b.pk: "late"}
    change = AttendanceChange.objects.get()
    assert (change.previous, change.new, change.changed_by) == ("absent", "excused", fac)

    # "Mark all present" marks only those without a mark.
    client.post(page_url(world["cohort_a"], session), {"all_present": "on"})
    marks = dict(Attendance.objects.values_list("learner_id", "mark"))
    assert marks == {a.pk: "excused", b.pk: "late", c.pk: "present"}


def test_the_form_refuses_an_unknown_mark_and_saves_nothing(client, world):
    session, fac = world["session_a"], world["fac_a"]
    a, b, _c = world["learners_a"]
    client.force_login(fac)
    token_a = attendance_learner_token(session_pk=session.pk, user_pk=a.pk)
    token_b = attendance_learner_token(session_pk=session.pk, user_pk=b.pk)
    response = client.post(
        page_url(world["cohort_a"], session), {f"m_{token_a}": "present", f"m_{token_b}": "gone"}
    )
    assert response.status_code == 400
    assert "Choose present, late, absent or excused" in response.content.decode()
    assert Attendance.objects.count() == 0


def test_a_forged_field_for_another_cohorts_learner_is_ignored(client, world):
    session, fac = world["session_a"], world["fac_a"]
    stranger = world["learners_b"][0]
    client.force_login(fac)
    forged = {
        f"m_{attendance_learner_token(session_pk=session.pk, user_pk=stranger.pk)}": "present",
        f"m_{stranger.pk}": "present",
    }
    client.post(page_url(world["cohort_a"], session), forged)
    assert not Attendance.objects.filter(learner=stranger).exists()


def test_get_never_writes(client, world):
    client.force_login(world["fac_a"])
    client.get(page_url(world["cohort_a"], world["session_a"]) + "?all_present=on")
    assert Attendance.objects.count() == 0


# --- attendance rates ------------------------------------------------------------------------


def test_attendance_rates_count_late_as_attended_and_leave_excused_out(
    world, django_assert_num_queries
):
    cohort, fac = world["cohort_a"], world["fac_a"]
    a, b, c = world["learners_a"]
    sessions = [world["session_a"]] + [
        CohortSession.objects.create(cohort=cohort, starts_at=timezone.now() + timedelta(days=i))
        for i in range(1, 4)
    ]
    plan = {a: ["present", "late", "absent", "excused"], b: ["excused"]}
    for learner, marks in plan.items():
        for session, value in zip(sessions, marks, strict=False):
            Attendance.objects.create(session=session, learner=learner, mark=value, marked_by=fac)
    # A mark at another cohort's session does not count here.
    Attendance.objects.create(
        session=world["session_b"], learner=a, mark="absent", marked_by=world["fac_b"]
    )
    with django_assert_num_queries(1):
        rates = attendance_rates(cohort=cohort)
    assert rates == {a.pk: pytest.approx(2 / 3), b.pk: None, c.pk: None}
    with django_assert_num_queries(1):
        assert cohort_attendance_rate(cohort=cohort) == pytest.approx(2 / 3)
    assert cohort_attendance_rate(cohort=world["cohort_b"]) is None


def test_the_sign_out_guard_is_loaded_for_signed_in_people_only(client, world):
    signed_out = client.get(reverse("account_login")).content.decode()
    assert "js/queue-guard.js" not in signed_out
    client.force_login(world["fac_a"])
    html = client.get(page_url(world["cohort_a"], world["session_a"])).content.decode()
    assert re.search(r'<script src="[^"]*js/queue-guard[^"]*" data-sign-out-warning="[^"]+"', html)
