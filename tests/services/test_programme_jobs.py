"""The paralegal programme's jobs and races on the real services: a Celery worker over Redis,
PostgreSQL row locks."""

import threading
import time
import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from accounts.models import StaffScope
from paralegal.models import Attendance, AttendanceChange, CohortSession, JoinedVia, Membership
from paralegal.services.attendance import MarkIn, attendance_marks_record
from safeguarding.models import Concern, ConcernNotification
from safeguarding.services_concerns import concern_raise
from safeguarding.tasks import escalate_concerns

pytestmark = pytest.mark.services


def _wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def leads(make_user):
    first = make_user("lead_one", role="safeguarding_lead", mfa=True, email="one@example.org")
    second = make_user("lead_two", role="safeguarding_lead", mfa=True, email="two@example.org")
    for lead in (first, second):
        StaffScope.objects.create(user=lead, countries=["KH"])
    return first, second


@pytest.fixture
def kh_learner(make_user, facilitator):
    from paralegal.models import Cohort

    learner = make_user("kh_learner", role="learner")
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name="Group", country="KH", language="km", starts_on=today, ends_on=today
    )
    cohort.facilitators.set([facilitator])
    Membership.objects.create(cohort=cohort, user=learner, joined_via=JoinedVia.CODE)
    return learner, cohort


def test_the_worker_delivers_a_concern_to_the_first_lead_and_escalates_it(
    celery_worker_process, leads, kh_learner
):
    learner, _cohort = kh_learner
    concern = concern_raise(user=learner, at_risk="me", urgency="now", note="after school")
    notification = ConcernNotification.objects.get(concern=concern)
    assert notification.lead == leads[0]
    assert _wait_for(
        lambda: ConcernNotification.objects.filter(
            pk=notification.pk, delivered_at__isnull=False
        ).exists()
    ), "the worker did not deliver the notification"
    # Nobody acknowledged it in time: the worker's escalation hands it to the next lead.
    Concern.objects.filter(pk=concern.pk).update(routed_at=timezone.now() - timedelta(days=1))
    assert escalate_concerns.delay().get(timeout=60) == 1
    concern.refresh_from_db()
    assert concern.current_lead == leads[1]
    assert concern.escalation_level == 1
    assert _wait_for(
        lambda: ConcernNotification.objects.filter(
            concern=concern, lead=leads[1], delivered_at__isnull=False
        ).exists()
    )


def test_two_phones_marking_one_learner_at_once_leave_one_row(
    services, transactional_db, facilitator, kh_learner
):
    assert connection.vendor == "postgresql"
    learner, cohort = kh_learner
    session = CohortSession.objects.create(cohort=cohort, starts_at=timezone.now())
    barrier = threading.Barrier(4)
    errors = []

    def send(mark):
        from django.db import connections

        try:
            barrier.wait()
            attendance_marks_record(
                session=session,
                marks=[MarkIn(client_id=uuid.uuid4(), learner_id=learner.pk, mark=mark)],
                marked_by=facilitator,
            )
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=send, args=(mark,))
        for mark in ("present", "late", "absent", "excused")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert Attendance.objects.filter(session=session, learner=learner).count() == 1
    # One first mark and three changes, each change logged against the one row.
    assert AttendanceChange.objects.filter(attendance__session=session).count() == 3
