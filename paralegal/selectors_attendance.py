"""Reading attendance: the roster a facilitator marks, opaque learner ids, attendance rates.

A learner is never named to the phone's queue: each row of the roster carries an opaque id,
an HMAC of the session and the learner (``attendance_learner_token``). It is different for
every session, reveals neither the user's pk nor the username, and cannot be forged without
the server's secret. The server finds the learner again by recomputing the ids of the
session's current members.
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from accounts.models import Profile

from .models import Attendance, AttendanceMark, Membership

_TOKEN_SALT = "rightspath.paralegal.attendance.learner"  # noqa: S105 (a salt, not a secret)
TOKEN_LENGTH = 32

# Marks that count as "came" and marks that count at all (excused is left out).
ATTENDED_MARKS = (AttendanceMark.PRESENT, AttendanceMark.LATE)
COUNTED_MARKS = (AttendanceMark.PRESENT, AttendanceMark.LATE, AttendanceMark.ABSENT)


def attendance_learner_token(*, session_pk: int, user_pk: int) -> str:
    """The opaque id of one learner at one session (32 hex characters)."""
    digest = salted_hmac(_TOKEN_SALT, f"{session_pk}:{user_pk}", algorithm="sha256")
    return digest.hexdigest()[:TOKEN_LENGTH]


def attendance_member_tokens(*, session) -> dict[str, int]:
    """Opaque id -> user pk, for the current members of the session's cohort (one query)."""
    user_ids = Membership.objects.filter(cohort_id=session.cohort_id, left_at__isnull=True)
    return {
        attendance_learner_token(session_pk=session.pk, user_pk=user_pk): user_pk
        for user_pk in user_ids.values_list("user_id", flat=True)
    }


@dataclass(frozen=True)
class RosterRow:
    token: str
    user_id: int
    name: str
    mark: str  # "" when not marked yet


def attendance_roster(*, session) -> list[RosterRow]:
    """The cohort's current members by display name, each with the session's mark (2 queries)."""
    memberships = (
        Membership.objects.filter(cohort_id=session.cohort_id, left_at__isnull=True)
        .select_related("user__profile")
        .order_by("pk")
    )
    marks = dict(Attendance.objects.filter(session=session).values_list("learner_id", "mark"))
    rows = []
    for number, membership in enumerate(memberships, start=1):
        user = membership.user
        try:
            name = user.profile.display_name
        except Profile.DoesNotExist:
            name = ""
        # Never the username: it may be a real name. A member without a display name gets
        # a number the facilitator can match with the cohort's list.
        name = name or _("Learner %(number)s") % {"number": number}
        rows.append(
            RosterRow(
                token=attendance_learner_token(session_pk=session.pk, user_pk=user.pk),
                user_id=user.pk,
                name=name,
                mark=marks.get(user.pk, ""),
            )
        )
    rows.sort(key=lambda row: (row.name.casefold(), row.user_id))
    return rows


def _rate(attended: int, counted: int) -> float | None:
    return attended / counted if counted else None


def attendance_rates(*, cohort) -> dict[int, float | None]:
    """Each current member's attendance rate over the cohort's sessions, in one query.

    rate = (present + late) / (present + late + absent). Present and late count as attended;
    excused marks are left out of both sides, and a session where the learner has no mark
    does not count either. ``None`` when nothing counts yet (no marks, or only excused).
    Only marks at this cohort's sessions count; members who left are not listed.
    """
    in_cohort = Q(user__attendance__session__cohort_id=cohort.pk)
    rows = (
        Membership.objects.filter(cohort_id=cohort.pk, left_at__isnull=True)
        .values("user_id")
        .annotate(
            attended=Count(
                "user__attendance",
                filter=in_cohort & Q(user__attendance__mark__in=ATTENDED_MARKS),
            ),
            counted=Count(
                "user__attendance",
                filter=in_cohort & Q(user__attendance__mark__in=COUNTED_MARKS),
            ),
        )
        .order_by()
    )
    return {row["user_id"]: _rate(row["attended"], row["counted"]) for row in rows}


def cohort_attendance_rate(*, cohort) -> float | None:
    """The cohort's attendance rate over all its sessions and current members, in one query.

    Same rule as ``attendance_rates``: (present + late) / (present + late + absent), excused
    left out, ``None`` when nothing counts yet. Every mark weighs the same, so a learner who
    came to more sessions weighs more than one who came to few.
    """
    totals = Attendance.objects.filter(
        session__cohort_id=cohort.pk,
        learner__cohort_memberships__cohort_id=cohort.pk,
        learner__cohort_memberships__left_at__isnull=True,
    ).aggregate(
        attended=Count("pk", filter=Q(mark__in=ATTENDED_MARKS)),
        counted=Count("pk", filter=Q(mark__in=COUNTED_MARKS)),
    )
    return _rate(totals["attended"], totals["counted"])
