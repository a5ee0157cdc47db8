"""Retention (DL-2): the daily job removes what the RETENTION_* settings no longer allow, as of
the moment it is given, and a second run changes nothing."""

import uuid
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from accounts.models import ResetCode
from paralegal.data.retention import apply_retention
from paralegal.models import Attendance, AttendanceChange, CohortSession, Membership
from safeguarding.models import AuditEvent, Concern

NOW = timezone.now() + timedelta(days=3650)  # the job runs "in the future": nothing is real time


def _ago(days):
    return NOW - timedelta(days=days)


@pytest.fixture
def world(make_user, make_learner, make_cohort, settings):
    settings.RETENTION_INACTIVE_ACCOUNT_DAYS = 700
    settings.RETENTION_ATTENDANCE_DAYS = 1000
    settings.RETENTION_CLOSED_CONCERN_DAYS = 2000
    users = get_user_model().objects
    people = {}

    def learner(name, *, last_login=None, joined):
        user = make_learner(name)
        users.filter(pk=user.pk).update(last_login=last_login, date_joined=joined)
        people[name] = user
        return user

    learner("idle", last_login=_ago(701), joined=_ago(1500))
    learner("never_signed_in_old", joined=_ago(701))
    learner("never_signed_in_new", joined=_ago(10))
    learner("active", last_login=_ago(30), joined=_ago(1500))
    in_running = learner("idle_in_running_cohort", last_login=_ago(800), joined=_ago(1500))
    in_ended = learner("idle_in_ended_cohort", last_login=_ago(800), joined=_ago(1500))
    left_running = learner("idle_left_running_cohort", last_login=_ago(800), joined=_ago(1500))
    fac = make_user("old_facilitator", role="facilitator", mfa=True)
    users.filter(pk=fac.pk).update(last_login=_ago(900), date_joined=_ago(1500))
    people["old_facilitator"] = fac
    admin = make_user("old_admin", role=None, is_superuser=True, is_staff=True)
    users.filter(pk=admin.pk).update(last_login=_ago(900), date_joined=_ago(1500))
    people["old_admin"] = admin
    today = timezone.localdate(NOW)
    running = make_cohort(
        "Running",
        facilitators=[fac],
        members=[in_running, left_running],
        starts_on=today - timedelta(days=900),
        ends_on=today + timedelta(days=10),
    )
    Membership.objects.filter(user=left_running).update(left_at=_ago(100))
    make_cohort(
        "Ended",
        facilitators=[fac],
        members=[in_ended],
        starts_on=today - timedelta(days=900),
        ends_on=today - timedelta(days=1),
    )
    # Attendance: one old session, one recent one.
    old = CohortSession.objects.create(cohort=running, starts_at=_ago(1001))
    recent = CohortSession.objects.create(cohort=running, starts_at=_ago(999))
    for session in (old, recent):
        mark = Attendance.objects.create(session=session, learner=in_running, mark="absent")
        AttendanceChange.objects.create(attendance=mark, previous="absent", new="late")
    # Concerns.
    for label, status, closed in (
        ("closed_long_ago", "closed", _ago(2001)),
        ("closed_recently", "closed", _ago(1999)),
        ("open_old", "open", None),
    ):
        concern = Concern.objects.create(
            raised_by=people["active"],
            raised_as="learner",
            at_risk="me",
            urgency="later",
            status=status,
            closed_at=closed,
            created_at=_ago(3000),
        )
        people[label] = concern
    # Sessions: one expired, one not.
    for name, expires in (("expired", _ago(1)), ("alive", NOW + timedelta(days=1))):
        store = SessionStore()
        store["_auth_user_id"] = str(people["active"].pk)
        store.create()
        Session.objects.filter(session_key=store.session_key).update(expire_date=expires)
        people[f"session_{name}"] = store.session_key
    # Reset codes: used, expired, still open.
    for name, used, expires in (
        ("code_used", _ago(5), NOW + timedelta(days=3)),
        ("code_expired", None, _ago(1)),
        ("code_open", None, NOW + timedelta(days=3)),
    ):
        people[name] = ResetCode.objects.create(
            user=people["active"],
            code_hash=uuid.uuid4().hex,
            used_at=used,
            expires_at=expires,
        )
    return people


def _state():
    return {
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "attendance": sorted(Attendance.objects.values_list("session__starts_at", flat=True)),
        "changes": AttendanceChange.objects.count(),
        "concerns": sorted(Concern.objects.values_list("pk", flat=True)),
        "sessions": sorted(Session.objects.values_list("session_key", flat=True)),
        "codes": sorted(ResetCode.objects.values_list("pk", flat=True)),
    }


def test_retention_removes_exactly_what_is_past_its_time(world):
    counts = apply_retention(now=NOW)
    users = set(get_user_model().objects.values_list("username", flat=True))
    assert users == {
        "never_signed_in_new",
        "active",
        "idle_in_running_cohort",
        "old_facilitator",
        "old_admin",
    }
    assert counts["accounts"] == 4  # idle, never_signed_in_old, in an ended cohort, left
    assert AuditEvent.objects.filter(action="account_deleted:retention").count() == 4
    assert list(Attendance.objects.values_list("session__starts_at", flat=True)) == [_ago(999)]
    assert AttendanceChange.objects.count() == 1 and counts["attendance"] == 1
    assert set(Concern.objects.values_list("pk", flat=True)) == {
        world["closed_recently"].pk,
        world["open_old"].pk,
    }
    assert counts["concerns"] == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == [world["session_alive"]]
    assert list(ResetCode.objects.values_list("pk", flat=True)) == [world["code_open"].pk]


def test_running_it_twice_gives_the_same_result(world):
    apply_retention(now=NOW)
    after_first = _state()
    again = apply_retention(now=NOW)
    assert _state() == after_first
    assert again == {"accounts": 0, "attendance": 0, "concerns": 0, "sessions": 0, "reset_codes": 0}


def test_nothing_goes_before_its_time(world):
    before = get_user_model().objects.count()
    # Today nothing the fixture made is old enough: it is all dated from ten years ahead.
    counts = apply_retention(now=timezone.now())
    assert get_user_model().objects.count() == before
    assert Concern.objects.count() == 3
    assert Attendance.objects.count() == 2
    assert Session.objects.count() == 2
    # Only the code that was used goes: it can never be used again.
    assert set(ResetCode.objects.values_list("pk", flat=True)) == {
        world["code_expired"].pk,
        world["code_open"].pk,
    }
    assert counts["accounts"] == counts["attendance"] == counts["concerns"] == 0


def test_the_daily_task_runs_the_job(world, monkeypatch):
    from paralegal import tasks

    seen = {}
    monkeypatch.setattr(
        "paralegal.data.retention.apply_retention", lambda **kw: seen.setdefault("ran", kw) or {}
    )
    tasks.apply_retention.delay()
    assert seen == {"ran": {}}
    schedule = django_settings.CELERY_BEAT_SCHEDULE["paralegal-apply-retention"]
    assert schedule["task"] == "paralegal.tasks.apply_retention"
