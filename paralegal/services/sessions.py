"""Scheduling a cohort's sessions.

Every function here trusts that the caller already checked the facilitator may act on the
cohort (paralegal.access); what it checks itself are the rules of the data.
"""

from datetime import date, datetime, time

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import CohortSession, SessionPlanPage
from ..selectors_sessions import cohort_time_zone

PLACE_MAX_LENGTH = CohortSession._meta.get_field("place").max_length


class SessionRefused(ValueError):
    """The session cannot be scheduled; the message says why, in the reader's language."""


def session_schedule(
    *, cohort, plan: SessionPlanPage, day: date, starts: time, place: str, created_by
) -> CohortSession:
    """Schedule a session of ``cohort`` from a live plan, at ``day`` ``starts`` local time.

    The plan is read again under a lock: one unpublished while the form was open is refused.
    """
    if not cohort.starts_on <= day <= cohort.ends_on:
        raise SessionRefused(_("The date is outside the group's dates."))
    place = " ".join((place or "").split())
    if len(place) > PLACE_MAX_LENGTH:
        raise SessionRefused(_("The place is too long."))
    with transaction.atomic():
        live = (
            SessionPlanPage.objects.live()
            .select_for_update()
            .filter(pk=getattr(plan, "pk", None))
            .first()
        )
        if live is None:
            raise SessionRefused(_("That session plan is not published."))
        starts_at = datetime.combine(day, starts.replace(second=0, microsecond=0)).replace(
            tzinfo=cohort_time_zone(cohort)
        )
        return CohortSession.objects.create(
            cohort=cohort, plan=live, starts_at=starts_at, place=place, created_by=created_by
        )
