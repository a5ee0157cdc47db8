"""Reads for concerns: who raises from where, who leads, who may see which concern."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from accounts.models import StaffScope
from config.countries import Country

from .models import Concern, RaisedAs

LEAD_GROUP = "safeguarding_lead"
FACILITATOR_GROUP = "facilitator"
MENTOR_GROUP = "peer_mentor"
LEARNER_GROUP = "learner"
# The directory entries shown at once on the help screen: hotlines and the police
# child-protection unit (the directory's emergency service).
URGENT_KINDS = ("hotline", "police")


def _group_names(user) -> frozenset[str]:
    names = getattr(user, "_rightspath_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._rightspath_group_names = names
    return names


def is_lead(user) -> bool:
    return user.is_authenticated and LEAD_GROUP in _group_names(user)


def raised_as_for(user) -> str:
    names = _group_names(user)
    if FACILITATOR_GROUP in names:
        return RaisedAs.FACILITATOR
    if MENTOR_GROUP in names:
        return RaisedAs.MENTOR
    if LEARNER_GROUP in names:
        return RaisedAs.LEARNER
    return RaisedAs.OTHER


def current_cohort_for(user):
    """The cohort a person is in now (as a learner first, else as a facilitator), or None."""
    from paralegal.models import Cohort

    today = timezone.localdate()
    running = Q(ends_on__gte=today)
    cohort = (
        Cohort.objects.filter(running, memberships__user=user, memberships__left_at__isnull=True)
        .order_by("-starts_on", "-pk")
        .first()
    )
    if cohort is None:
        cohort = (
            Cohort.objects.filter(running, facilitators=user).order_by("-starts_on", "-pk").first()
        )
    return cohort


def help_entries(*, country: str) -> list[tuple[str, list]]:
    """[(country label, live hotline and emergency services)], for one country or all three."""
    from resources.models import ReferralService

    countries = [country] if country else [code for code, _label in Country.choices]
    services = list(
        ReferralService.objects.filter(
            live=True, country__in=countries, kind__in=URGENT_KINDS
        ).order_by("country", "kind", "name")
    )
    labels = dict(Country.choices)
    return [
        (labels[code], [service for service in services if service.country == code])
        for code in countries
    ]


def lead_countries(user) -> list[str]:
    scope = StaffScope.objects.filter(user=user).first()
    return list(scope.countries) if scope else []


def leads_for(*, country: str, excluded_ids) -> list:
    """The leads a concern goes to, in order (by pk): the country's, or every lead if it has none.

    The people a concern is about are never among them, nor a lead with no e-mail address to
    tell (they still see the concerns of their countries in the list).
    """
    users = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=LEAD_GROUP, email__gt="")
        .exclude(pk__in=list(excluded_ids))
        .select_related("staff_scope")
        .distinct()
        .order_by("pk")
    )

    def countries(user):
        scope = getattr(user, "staff_scope", None)
        return scope.countries if scope else []

    if country:
        of_country = [user for user in users if country in countries(user)]
        if of_country:
            return of_country
    return users


def concerns_for_lead(user):
    """The concerns a lead may see: their countries (or none given), or sent to them; never
    one they are excluded from."""
    if not is_lead(user):
        return Concern.objects.none()
    visible = Q(country__in=lead_countries(user)) | Q(country="") | Q(notifications__lead=user)
    excluded = Concern.objects.filter(excluded_users=user).values("pk")
    return Concern.objects.filter(visible).exclude(pk__in=excluded).distinct()


def concern_for_lead(*, user, public_id) -> Concern:
    concern = concerns_for_lead(user).filter(public_id=public_id).first()
    if concern is None:
        raise Http404
    return concern


def concern_for_raiser(*, user, public_id) -> Concern:
    concern = Concern.objects.filter(public_id=public_id, raised_by=user).first()
    if concern is None:
        raise Http404
    return concern


def concerns_raised_by(user):
    return Concern.objects.filter(raised_by=user).order_by("-created_at", "-pk")


def audit_trail(concern):
    from .models import AuditEvent

    return AuditEvent.objects.filter(object_type="concern", object_id=str(concern.public_id))
