"""Reads for peer mentoring: the facts the policy needs, and what each screen may show.

Every function here reads; paralegal.services.mentoring writes. The facts are gathered for
many learners at once in a fixed number of queries (the facilitator's page asks for a cohort).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Q
from django.http import Http404
from django.utils import timezone

from accounts.models import AgeBand, Profile, StaffScope

from . import policy
from .access import SAFEGUARDING_LEAD_GROUP, in_group
from .models import (
    AssignmentStatus,
    Cohort,
    MentorAssignment,
    MentorChangeRequest,
    MentorStanding,
)

OPEN = ~Q(status=AssignmentStatus.ENDED)


# --- Facts for the policy ------------------------------------------------------------------


def _memberships(user_ids) -> dict[int, tuple[frozenset[int], frozenset[str]]]:
    """Each learner's current cohorts and their countries (left members excluded)."""
    from .models import Membership

    cohorts, countries = defaultdict(set), defaultdict(set)
    rows = Membership.objects.filter(user_id__in=user_ids, left_at__isnull=True).values_list(
        "user_id", "cohort_id", "cohort__country"
    )
    for user_id, cohort_id, country in rows:
        cohorts[user_id].add(cohort_id)
        countries[user_id].add(country)
    return {
        uid: (frozenset(cohorts.get(uid, ())), frozenset(countries.get(uid, ())))
        for uid in user_ids
    }


def _completions(user_ids) -> dict[int, tuple[bool, bool]]:
    """(completed the required course, completed its required module) for each learner."""
    from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage

    result = dict.fromkeys(user_ids, (False, False))
    course = CoursePage.objects.live().filter(slug=settings.MENTOR_REQUIRED_COURSE_SLUG).first()
    if course is None or not user_ids:
        return result
    course_done = set(
        Enrolment.objects.filter(
            user_id__in=user_ids, course=course, completed_at__isnull=False
        ).values_list("user_id", flat=True)
    )
    module = (
        ModulePage.objects.live()
        .filter(slug=settings.MENTOR_REQUIRED_MODULE_SLUG, path__startswith=course.path)
        .first()
    )
    required = set()
    if module is not None:
        required = set(
            LessonPage.objects.live()
            .filter(path__startswith=module.path, required=True)
            .values_list("pk", flat=True)
        )
    done = defaultdict(set)
    if required:
        for user_id, lesson_id in LessonProgress.objects.filter(
            user_id__in=user_ids, lesson_id__in=required, completed_at__isnull=False
        ).values_list("user_id", "lesson_id"):
            done[user_id].add(lesson_id)
    for uid in user_ids:
        result[uid] = (uid in course_done, bool(required) and required <= done[uid])
    return result


def _bands(user_ids) -> dict[int, str]:
    bands = dict(Profile.objects.filter(user_id__in=user_ids).values_list("user_id", "age_band"))
    return {uid: bands.get(uid) or "" for uid in user_ids}


def _open_counts(field: str, user_ids, excluding=None) -> dict[int, int]:
    queryset = MentorAssignment.objects.filter(OPEN, **{f"{field}_id__in": user_ids})
    if excluding is not None:
        queryset = queryset.exclude(pk=excluding)
    counts = dict(
        queryset.values(f"{field}_id").annotate(n=Count("pk")).values_list(f"{field}_id", "n")
    )
    return {uid: counts.get(uid, 0) for uid in user_ids}


def _approved_standings(user_ids) -> set[int]:
    return set(
        MentorStanding.objects.filter(
            user_id__in=user_ids, approved_at__isnull=False, withdrawn_at__isnull=True
        ).values_list("user_id", flat=True)
    )


def mentor_facts_for(*, user_ids, excluding=None) -> dict[int, policy.MentorFacts]:
    user_ids = list(user_ids)
    if not user_ids:
        return {}
    groups, completions = _memberships(user_ids), _completions(user_ids)
    bands, counts = _bands(user_ids), _open_counts("mentor", user_ids, excluding)
    approved = _approved_standings(user_ids)
    return {
        uid: policy.MentorFacts(
            user_id=uid,
            age_band=bands[uid],
            completed_course=completions[uid][0],
            completed_module=completions[uid][1],
            standing_approved=uid in approved,
            open_assignments=counts[uid],
            cohort_ids=groups[uid][0],
            countries=groups[uid][1],
        )
        for uid in user_ids
    }


def mentee_facts_for(*, user_ids, excluding=None) -> dict[int, policy.MenteeFacts]:
    user_ids = list(user_ids)
    if not user_ids:
        return {}
    groups, bands = _memberships(user_ids), _bands(user_ids)
    counts = _open_counts("mentee", user_ids, excluding)
    return {
        uid: policy.MenteeFacts(
            user_id=uid,
            age_band=bands[uid],
            open_assignments=counts[uid],
            cohort_ids=groups[uid][0],
            countries=groups[uid][1],
        )
        for uid in user_ids
    }


def assignment_facts(*, assignment: MentorAssignment):
    """(mentor, mentee, pairing) facts for an assignment about to be saved."""
    excluding = assignment.pk
    mentor = mentor_facts_for(user_ids=[assignment.mentor_id], excluding=excluding)[
        assignment.mentor_id
    ]
    mentee = mentee_facts_for(user_ids=[assignment.mentee_id], excluding=excluding)[
        assignment.mentee_id
    ]
    cohort = Cohort.objects.only("ends_on").get(pk=assignment.cohort_id)
    pairing = policy.PairingFacts(
        cohort_id=assignment.cohort_id,
        cohort_ended=cohort.has_ended(),
        active=assignment.status == AssignmentStatus.ACTIVE,
        approved_by_lead=assignment.pairing_approved_at is not None,
    )
    return mentor, mentee, pairing


# --- Names ---------------------------------------------------------------------------------


def display_names(user_ids) -> dict[int, str]:
    names = dict(
        Profile.objects.filter(user_id__in=list(user_ids)).values_list("user_id", "display_name")
    )
    return {uid: names.get(uid) or "—" for uid in user_ids}


# --- The facilitator's page ----------------------------------------------------------------


@dataclass
class LearnerRow:
    user_id: int
    name: str
    age_band: str
    standing: str  # "", "proposed", "approved"
    readiness: list  # policy problems stopping a proposal
    has_open_assignment: bool
    errors: list = field(default_factory=list)


@dataclass
class MenteeChoice:
    """A learner of the cohort without a mentor, and the mentors allowed for them."""

    user_id: int
    name: str
    mentors: list  # (user_id, name, needs_approval)
    errors: list = field(default_factory=list)


@dataclass
class AssignmentRow:
    pk: int
    mentor_name: str
    mentee_name: str
    status: str
    status_label: str
    sessions_only: bool
    errors: list = field(default_factory=list)


def mentor_candidate_ids(*, cohort: Cohort) -> list[int]:
    """Approved mentors who are in a current cohort of this cohort's country (which includes
    this cohort): the only people a facilitator of it can choose or even name as mentors."""
    return list(
        MentorStanding.objects.filter(approved_at__isnull=False, withdrawn_at__isnull=True)
        .filter(
            user__cohort_memberships__left_at__isnull=True,
            user__cohort_memberships__cohort__country=cohort.country,
        )
        .order_by("user__profile__display_name", "user_id")
        .values_list("user_id", flat=True)
        .distinct()
    )


def mentors_page(*, cohort: Cohort) -> dict:
    """Everything the facilitator's mentors page shows for one cohort."""
    limits = policy.Limits.from_settings()
    members = list(
        cohort.memberships.filter(left_at__isnull=True)
        .order_by("user__profile__display_name", "user_id")
        .values_list("user_id", flat=True)
    )
    candidate_ids = mentor_candidate_ids(cohort=cohort)
    everyone = list(dict.fromkeys(members + candidate_ids))
    mentor_facts = mentor_facts_for(user_ids=everyone)
    mentee_facts = mentee_facts_for(user_ids=members)
    names = display_names(everyone)
    standings = dict(
        MentorStanding.objects.filter(user_id__in=members, withdrawn_at__isnull=True).values_list(
            "user_id", "approved_at"
        )
    )
    rows = []
    for uid in members:
        standing = ""
        if uid in standings:
            standing = "approved" if standings[uid] else "proposed"
        rows.append(
            LearnerRow(
                user_id=uid,
                name=names[uid],
                age_band=mentor_facts[uid].age_band,
                standing=standing,
                readiness=policy.readiness_problems(mentor_facts[uid], limits=limits),
                has_open_assignment=mentee_facts[uid].open_assignments > 0,
            )
        )
    pairing = policy.PairingFacts(cohort_id=cohort.pk, cohort_ended=cohort.has_ended())
    choices = []
    for uid in members:
        mentee = mentee_facts[uid]
        if mentee.open_assignments:
            continue
        allowed = [
            (
                mid,
                names[mid],
                policy.needs_pairing_approval(mentor_facts[mid].age_band, mentee.age_band),
            )
            for mid in candidate_ids
            if not policy.assignment_problems(mentor_facts[mid], mentee, pairing, limits=limits)
        ]
        choices.append(MenteeChoice(user_id=uid, name=names[uid], mentors=allowed))
    assignments = list(
        MentorAssignment.objects.filter(OPEN, cohort=cohort).order_by("assigned_at", "pk")
    )
    assignment_names = display_names(
        {a.mentor_id for a in assignments} | {a.mentee_id for a in assignments}
    )
    bands = _bands({a.mentor_id for a in assignments} | {a.mentee_id for a in assignments})
    current = [
        AssignmentRow(
            pk=a.pk,
            mentor_name=assignment_names[a.mentor_id],
            mentee_name=assignment_names[a.mentee_id],
            status=a.status,
            status_label=a.get_status_display(),
            sessions_only=policy.needs_pairing_approval(bands[a.mentor_id], bands[a.mentee_id]),
        )
        for a in assignments
    ]
    requests = list(
        MentorChangeRequest.objects.filter(assignment__cohort=cohort, handled_at__isnull=True)
        .select_related("assignment")
        .order_by("requested_at")
    )
    request_names = display_names({r.assignment.mentee_id for r in requests})
    change_requests = [
        {"mentee_name": request_names[r.assignment.mentee_id], "requested_at": r.requested_at}
        for r in requests
    ]
    return {
        "learners": rows,
        "mentee_choices": choices,
        "assignments": current,
        "change_requests": change_requests,
    }


# --- The safeguarding lead ------------------------------------------------------------------


def lead_countries(*, user) -> frozenset[str]:
    if not in_group(user, SAFEGUARDING_LEAD_GROUP):
        return frozenset()
    scope = StaffScope.objects.filter(user=user).only("countries").first()
    return frozenset(scope.countries or []) if scope else frozenset()


def standings_in_scope(*, countries):
    """Standings (any state) of learners in a current cohort of one of these countries."""
    return MentorStanding.objects.filter(
        user__cohort_memberships__left_at__isnull=True,
        user__cohort_memberships__cohort__country__in=list(countries),
    ).distinct()


def approvals_page(*, user) -> dict:
    countries = lead_countries(user=user)
    pending = list(
        standings_in_scope(countries=countries)
        .filter(approved_at__isnull=True, withdrawn_at__isnull=True)
        .order_by("proposed_at")
    )
    pairings = list(
        MentorAssignment.objects.filter(
            status=AssignmentStatus.AWAITING_APPROVAL, cohort__country__in=list(countries)
        )
        .select_related("cohort")
        .order_by("assigned_at")
    )
    ids = {s.user_id for s in pending} | {a.mentor_id for a in pairings}
    ids |= {a.mentee_id for a in pairings}
    names, codes = display_names(ids), _bands(ids)
    bands = {
        uid: AgeBand(code).label if code in AgeBand.values else "—" for uid, code in codes.items()
    }
    return {
        "standings": [
            {"pk": s.pk, "name": names[s.user_id], "age_band": bands[s.user_id]} for s in pending
        ],
        "pairings": [
            {
                "pk": a.pk,
                "cohort": a.cohort.name,
                "mentor_name": names[a.mentor_id],
                "mentor_band": bands[a.mentor_id],
                "mentee_name": names[a.mentee_id],
                "mentee_band": bands[a.mentee_id],
            }
            for a in pairings
        ],
    }


# --- Mentors and mentees --------------------------------------------------------------------


def current_assignments_for_mentor(*, user):
    """The mentor's active assignments that still hold: cohort running, mentee still in it,
    and the mentor's standing approved. Anything else is gone for the mentor at once."""
    today = timezone.localdate()
    return MentorAssignment.objects.filter(
        mentor=user,
        status=AssignmentStatus.ACTIVE,
        cohort__ends_on__gte=today,
        mentor__mentor_standing__approved_at__isnull=False,
        mentor__mentor_standing__withdrawn_at__isnull=True,
        mentee__cohort_memberships__cohort_id=F("cohort_id"),
        mentee__cohort_memberships__left_at__isnull=True,
    )


def assignment_for_mentor(*, user, pk) -> MentorAssignment:
    assignment = current_assignments_for_mentor(user=user).filter(pk=pk).first()
    if assignment is None:
        raise Http404
    return assignment


def mentees_page(*, user) -> dict:
    assignments = list(current_assignments_for_mentor(user=user).order_by("assigned_at", "pk"))
    ids = {a.mentee_id for a in assignments} | {user.pk}
    names, bands = display_names(ids), _bands(ids)
    return {
        "mentees": [
            {
                "assignment_pk": a.pk,
                "name": names[a.mentee_id],
                "sessions_only": policy.needs_pairing_approval(bands[user.pk], bands[a.mentee_id]),
            }
            for a in assignments
        ]
    }


def mentee_progress_summary(*, user_id) -> list[dict]:
    """Per course: its title, lessons done, quizzes passed. Nothing else, ever."""
    from courses.models import Enrolment, LessonProgress, QuizAttempt

    enrolments = list(
        Enrolment.objects.filter(user_id=user_id, course__live=True)
        .select_related("course")
        .order_by("enrolled_at", "pk")
    )
    lessons = dict(
        LessonProgress.objects.filter(user_id=user_id, completed_at__isnull=False)
        .values("course_id")
        .annotate(n=Count("pk"))
        .values_list("course_id", "n")
    )
    passed = set(
        QuizAttempt.objects.filter(user_id=user_id, passed=True).values_list(
            "quiz_id", "quiz__path"
        )
    )
    return [
        {
            "title": e.course.title,
            "lessons_done": lessons.get(e.course_id, 0),
            "quizzes_passed": sum(1 for _pk, path in passed if path.startswith(e.course.path)),
        }
        for e in enrolments
    ]


def assignment_for_mentee(*, user) -> MentorAssignment | None:
    return MentorAssignment.objects.filter(OPEN, mentee=user).order_by("-assigned_at").first()


def my_mentor_page(*, user) -> dict:
    """What a mentee sees: their mentor's display name once the mentoring is active, whether
    it waits for a safeguarding lead, and whether they meet only in facilitator-led sessions."""
    assignment = assignment_for_mentee(user=user)
    if assignment is None:
        return {"mentor_name": None, "waiting": False, "sessions_only": False}
    bands = _bands([assignment.mentor_id, user.pk])
    waiting = assignment.status == AssignmentStatus.AWAITING_APPROVAL
    return {
        "mentor_name": None
        if waiting
        else display_names([assignment.mentor_id])[assignment.mentor_id],
        "waiting": waiting,
        "sessions_only": policy.needs_pairing_approval(bands[assignment.mentor_id], bands[user.pk]),
    }


def mentee_progress_page(*, user, assignment: MentorAssignment) -> dict:
    """The mentor's view of one mentee: display name, courses with counts, the mentor's log."""
    from .models import ConversationTopic

    bands = _bands([user.pk, assignment.mentee_id])
    labels = dict(ConversationTopic.choices)
    conversations = assignment.conversations.all()[:20]
    return {
        "assignment_pk": assignment.pk,
        "mentee_name": display_names([assignment.mentee_id])[assignment.mentee_id],
        "sessions_only": policy.needs_pairing_approval(bands[user.pk], bands[assignment.mentee_id]),
        "courses": mentee_progress_summary(user_id=assignment.mentee_id),
        "conversations": [
            {"held_on": c.held_on, "topic": labels.get(c.topic, "")} for c in conversations
        ],
    }
