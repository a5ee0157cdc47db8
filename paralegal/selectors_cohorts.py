"""Read-only questions about cohorts, for the facilitators' pages."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q

from accounts.models import AgeBand

from .access import FACILITATOR_GROUP
from .models import Membership

# Age bands of a minor: consent must come from someone else.
MINOR_AGE_BANDS = frozenset(
    {AgeBand.UNDER_12, AgeBand.AGE_12_13, AgeBand.AGE_14_15, AgeBand.AGE_16_17}
)


@dataclass(frozen=True)
class MemberRow:
    membership: Membership
    user_pk: int
    username: str
    display_name: str
    age_band: str
    age_band_label: str
    consent: object  # ConsentRecord or None

    @property
    def is_minor(self) -> bool:
        return self.age_band in MINOR_AGE_BANDS

    @property
    def age_unknown(self) -> bool:
        return not self.age_band

    @property
    def needs_consent(self) -> bool:
        """A minor (or someone whose age nobody knows yet) with no consent record."""
        return self.consent is None and (self.is_minor or self.age_unknown)


def _row(membership) -> MemberRow:
    user = membership.user
    profile = getattr(user, "profile", None)
    consent = getattr(membership, "consent", None)
    return MemberRow(
        membership=membership,
        user_pk=user.pk,
        username=user.get_username(),
        display_name=profile.display_name if profile else user.get_username(),
        age_band=profile.age_band if profile else "",
        age_band_label=profile.get_age_band_display() if profile and profile.age_band else "",
        consent=consent,
    )


def cohort_member_rows(*, cohort) -> list[MemberRow]:
    """Current members, by display name, with their age band and consent record."""
    memberships = (
        Membership.objects.filter(cohort=cohort, left_at__isnull=True)
        .select_related("user", "user__profile", "consent", "consent__attested_by")
        .order_by("user__profile__display_name", "user__username")
    )
    return [_row(membership) for membership in memberships]


def cohort_membership(*, cohort, user_pk) -> Membership | None:
    """A current member of the cohort, or None."""
    return (
        Membership.objects.filter(cohort=cohort, user_id=user_pk, left_at__isnull=True)
        .select_related("user", "user__profile")
        .first()
    )


def cohort_member_row(*, membership) -> MemberRow:
    return _row(membership)


def facilitators_by_username(*, usernames) -> dict:
    """Facilitator accounts among ``usernames`` (matched without case), by lowered username."""
    wanted = {name.casefold() for name in usernames}
    if not wanted:
        return {}
    matches = Q()
    for name in wanted:
        matches |= Q(username__iexact=name)
    users = get_user_model().objects.filter(matches, groups__name=FACILITATOR_GROUP, is_active=True)
    return {user.get_username().casefold(): user for user in users}


def cohort_courses(*, cohort):
    return cohort.courses.select_related("course").order_by("course__title")
