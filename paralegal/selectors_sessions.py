"""Read-only questions about scheduled sessions and session plans, for facilitators' pages."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from .models import CohortSession, Membership, SessionPlanIndexPage, SessionPlanPage

# A cohort meets in its country: times are entered and shown in that country's local time.
COUNTRY_TIME_ZONES = {
    "KH": "Asia/Phnom_Penh",
    "PH": "Asia/Manila",
    "VN": "Asia/Ho_Chi_Minh",
}


def cohort_time_zone(cohort) -> ZoneInfo:
    return ZoneInfo(COUNTRY_TIME_ZONES.get(cohort.country, "UTC"))


def session_local_start(session, cohort=None) -> datetime:
    return timezone.localtime(session.starts_at, cohort_time_zone(cohort or session.cohort))


def session_plan_index():
    """The live index of session plans, if there is one."""
    return SessionPlanIndexPage.objects.live().first()


def live_session_plans():
    """The plans a facilitator may schedule: published ones, in the order of the index."""
    return SessionPlanPage.objects.live().order_by("path")


@dataclass(frozen=True)
class SessionRow:
    session: CohortSession
    starts_local: datetime
    plan_title: str


@dataclass(frozen=True)
class CohortSessions:
    upcoming: list[SessionRow]
    past: list[SessionRow]


def cohort_sessions(*, cohort, now=None) -> CohortSessions:
    """The cohort's sessions, upcoming first (soonest first), then past ones (latest first).

    One query, whatever the number of sessions (plans come with them)."""
    now = now or timezone.now()
    zone = cohort_time_zone(cohort)
    upcoming, past = [], []
    for session in (
        CohortSession.objects.filter(cohort=cohort).select_related("plan").order_by("starts_at")
    ):
        row = SessionRow(
            session=session,
            starts_local=timezone.localtime(session.starts_at, zone),
            plan_title=session.plan.title if session.plan is not None else "",
        )
        (upcoming if session.starts_at >= now else past).append(row)
    past.reverse()
    return CohortSessions(upcoming=upcoming, past=past)


def session_for_cohort(*, cohort, pk):
    """A session of this cohort, its plan with it; None for any other id."""
    return CohortSession.objects.filter(cohort=cohort, pk=pk).select_related("plan").first()


@dataclass(frozen=True)
class PlanLink:
    kind: str  # "lesson" or "guide"
    page: object


def plan_links(*, plan) -> list[PlanLink]:
    """The lessons and guides a plan links to, live ones only (one query per kind)."""
    links = []
    for block in plan.links or []:
        page = block.value
        if page is None or not page.live:
            continue
        links.append(PlanLink(kind=block.block_type, page=page))
    return links


def attendance_sheet_names(*, cohort) -> list[str]:
    """The display names of the cohort's current members, for a paper attendance sheet.

    One query, whatever the number of members. A member without a profile is listed by
    username (the name they sign in with, which they chose or were given on a card)."""
    rows = (
        Membership.objects.filter(cohort=cohort, left_at__isnull=True)
        .select_related("user__profile")
        .order_by("user__profile__display_name", "user__username")
    )
    names = []
    for membership in rows:
        profile = getattr(membership.user, "profile", None)
        names.append(profile.display_name if profile is not None else membership.user.username)
    return names
