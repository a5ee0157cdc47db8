"""A demo cohort for ``make run``: the demo facilitator's group, with the demo learner and the
demo mentor, the paralegal course due in eight weeks, one past and one coming session, and a
mentor pairing approved by the demo safeguarding lead. Safe to run again."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.services import profile_ensure
from courses.models import Enrolment, LessonPage, LessonProgress

from .models import (
    AssignmentStatus,
    AttendanceMark,
    Cohort,
    CohortSession,
    ConsentBasis,
    ConsentMethod,
    JoinedVia,
    Membership,
    MentorAssignment,
    MentorStanding,
    SessionPlanPage,
)
from .services import mentoring
from .services.attendance import attendance_form_record
from .services.cohorts import consent_record_save, course_assign, join_code_rotate

NAME = "Demo cohort, Phnom Penh"


def _course_finished(*, user, course) -> None:
    """The demo mentor finished the course in an earlier cohort."""
    now = timezone.now() - timedelta(days=200)
    Enrolment.objects.update_or_create(
        user=user, course=course, defaults={"completed_at": now, "enrolled_at": now}
    )
    for lesson in LessonPage.objects.live().descendant_of(course):
        LessonProgress.objects.update_or_create(
            user=user, lesson=lesson, course=course, defaults={"completed_at": now}
        )


@transaction.atomic
def demo_cohort_ensure(*, facilitator, learner, mentor, lead, course) -> Cohort:
    cohort = Cohort.objects.filter(name=NAME).first()
    if cohort is not None:
        return cohort
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name=NAME,
        country="KH",
        language="km",
        starts_on=today - timedelta(days=21),
        ends_on=today + timedelta(days=120),
        created_by=facilitator,
    )
    cohort.facilitators.set([facilitator])
    join_code_rotate(cohort=cohort)
    _course_finished(user=mentor, course=course)
    for user in (learner, mentor):
        profile_ensure(user=user)
        Membership.objects.get_or_create(
            cohort=cohort, user=user, defaults={"joined_via": JoinedVia.FACILITATOR}
        )
    consent_record_save(
        membership=Membership.objects.get(cohort=cohort, user=learner),
        attested_by=facilitator,
        basis=ConsentBasis.GUARDIAN,
        method=ConsentMethod.PAPER,
        given_on=today - timedelta(days=21),
    )
    course_assign(
        cohort=cohort,
        course=course,
        due_at=timezone.now() + timedelta(weeks=8),
        assigned_by=facilitator,
    )
    plan = SessionPlanPage.objects.live().order_by("path").first()
    past = CohortSession.objects.create(
        cohort=cohort,
        plan=plan,
        starts_at=timezone.now() - timedelta(days=7),
        place="Room 2",
        created_by=facilitator,
    )
    CohortSession.objects.create(
        cohort=cohort,
        plan=plan,
        starts_at=timezone.now() + timedelta(days=7),
        place="Room 2",
        created_by=facilitator,
    )
    attendance_form_record(
        session=past,
        marked_by=facilitator,
        marks={learner.pk: AttendanceMark.PRESENT, mentor.pk: AttendanceMark.LATE},
    )
    standing = MentorStanding.objects.filter(user=mentor).first() or mentoring.standing_propose(
        facilitator=facilitator, user=mentor
    )
    if not standing.approved:
        mentoring.standing_approve(lead=lead, standing=standing)
    if not MentorAssignment.objects.filter(mentee=learner).exclude(status="ended").exists():
        # An adult mentor and a minor: the pairing waits for the lead, who approves it.
        assignment = mentoring.assignment_create(
            facilitator=facilitator, cohort=cohort, mentor=mentor, mentee=learner
        )
        if assignment.status == AssignmentStatus.AWAITING_APPROVAL:
            mentoring.pairing_approve(lead=lead, assignment=assignment)
    return cohort
