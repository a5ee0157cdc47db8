"""Writes for concerns: raise, route, escalate, acknowledge, refer, close, audit."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import AuditEvent, Concern, ConcernNotification, ConcernStatus
from .selectors_concerns import current_cohort_for, leads_for, raised_as_for


class ConcernRefused(ValueError):
    """An action that the concern's state does not allow (nothing was changed)."""


def audit_event_record(*, actor, action: str, concern: Concern, at=None) -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        object_type="concern",
        object_id=str(concern.public_id),
        at=at or timezone.now(),
    )


def audit_events_record(*, actor, action: str, concerns) -> None:
    now = timezone.now()
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=actor,
            action=action,
            object_type="concern",
            object_id=str(concern.public_id),
            at=now,
        )
        for concern in concerns
    )


def _excluded_for(*, user, cohort, about: str) -> list:
    """The people a concern is about: never told, never shown it."""
    if about == "facilitator" and cohort is not None:
        return list(cohort.facilitators.exclude(pk=user.pk))
    if about == "mentor":
        from paralegal.models import MentorAssignment

        return [
            assignment.mentor
            for assignment in MentorAssignment.objects.filter(mentee=user)
            .exclude(status="ended")
            .select_related("mentor")
        ]
    return []


def _notify(concern: Concern, lead) -> ConcernNotification:
    from .tasks import notify_concern_lead

    notification = ConcernNotification.objects.create(concern=concern, lead=lead)
    # robust: a mail server that is down never turns the raising into an error page; the
    # task retries, and concerns_escalate sends again what is still undelivered.
    transaction.on_commit(lambda: notify_concern_lead.delay(notification.pk), robust=True)
    return notification


@transaction.atomic
def concern_raise(*, user, at_risk: str, urgency: str, about: str = "", note: str = "", now=None):
    now = now or timezone.now()
    cohort = current_cohort_for(user)
    concern = Concern(
        raised_by=user,
        raised_as=raised_as_for(user),
        cohort=cohort,
        country=cohort.country if cohort else "",
        at_risk=at_risk,
        urgency=urgency,
        about=about,
        created_at=now,
        routed_at=now,
    )
    concern.note = note  # encrypted; raises ValueError above CONCERN_NOTE_MAX_LENGTH
    concern.save()
    excluded = _excluded_for(user=user, cohort=cohort, about=about)
    concern.excluded_users.set(excluded)
    leads = leads_for(country=concern.country, excluded_ids=[person.pk for person in excluded])
    if leads:
        concern.current_lead = leads[0]
        concern.save(update_fields=["current_lead"])
        _notify(concern, leads[0])
    return concern


def _next_lead(concern: Concern, leads: list):
    if not leads:
        return None
    ids = [lead.pk for lead in leads]
    if concern.current_lead_id in ids:
        return leads[(ids.index(concern.current_lead_id) + 1) % len(leads)]
    return leads[0]


RESEND_AFTER = timedelta(minutes=30)  # longer than the task's longest retry backoff


def notifications_resend_undelivered(*, now=None) -> int:
    """Queue again every notification still undelivered after RESEND_AFTER (a lost task, a
    worker that died, a run without a worker): delivery is idempotent (notification_deliver)."""
    from .tasks import notify_concern_lead

    now = now or timezone.now()
    stale = ConcernNotification.objects.filter(
        delivered_at__isnull=True, created_at__lte=now - RESEND_AFTER
    ).values_list("pk", flat=True)
    ids = list(stale)
    for pk in ids:
        transaction.on_commit(lambda pk=pk: notify_concern_lead.delay(pk), robust=True)
    return len(ids)


def concerns_escalate(*, now=None) -> int:
    """Send every open concern nobody acknowledged in time to the next lead. Returns how many."""
    now = now or timezone.now()
    notifications_resend_undelivered(now=now)
    due = now - timedelta(minutes=settings.CONCERN_ACKNOWLEDGE_MINUTES)
    escalated = 0
    pending = Concern.objects.filter(status=ConcernStatus.OPEN, routed_at__lte=due)
    for concern in pending.prefetch_related("excluded_users"):
        with transaction.atomic():
            locked = Concern.objects.select_for_update().get(pk=concern.pk)
            if locked.status != ConcernStatus.OPEN or locked.routed_at > due:
                continue
            excluded = [person.pk for person in concern.excluded_users.all()]
            lead = _next_lead(locked, leads_for(country=locked.country, excluded_ids=excluded))
            if lead is None:
                continue
            locked.current_lead = lead
            locked.escalation_level = F("escalation_level") + 1
            locked.routed_at = now
            locked.save(update_fields=["current_lead", "escalation_level", "routed_at"])
            audit_event_record(actor=None, action="escalated", concern=locked, at=now)
            _notify(locked, lead)
            escalated += 1
    return escalated


def _refuse_if_closed(concern: Concern) -> None:
    if concern.status == ConcernStatus.CLOSED:
        raise ConcernRefused("closed")


@transaction.atomic
def concern_acknowledge(*, concern: Concern, lead, now=None) -> Concern:
    _refuse_if_closed(concern)
    if concern.acknowledged_at is None:
        concern.acknowledged_at = now or timezone.now()
        concern.acknowledged_by = lead
    if concern.status == ConcernStatus.OPEN:
        concern.status = ConcernStatus.ACKNOWLEDGED
    concern.save(update_fields=["acknowledged_at", "acknowledged_by", "status"])
    audit_event_record(actor=lead, action="acknowledged", concern=concern)
    return concern


@transaction.atomic
def concern_refer(*, concern: Concern, lead, kind: str, made_on, now=None) -> Concern:
    _refuse_if_closed(concern)
    now = now or timezone.now()
    if made_on > timezone.localdate(now):
        raise ConcernRefused("future")
    if concern.acknowledged_at is None:
        concern.acknowledged_at = now
        concern.acknowledged_by = lead
    concern.referral_kind = kind
    concern.referral_made_on = made_on
    concern.status = ConcernStatus.REFERRED
    concern.save(
        update_fields=[
            "acknowledged_at",
            "acknowledged_by",
            "referral_kind",
            "referral_made_on",
            "status",
        ]
    )
    audit_event_record(actor=lead, action="referred", concern=concern)
    return concern


@transaction.atomic
def concern_close(*, concern: Concern, lead, now=None) -> Concern:
    _refuse_if_closed(concern)
    now = now or timezone.now()
    if concern.acknowledged_at is None:
        concern.acknowledged_at = now
        concern.acknowledged_by = lead
    concern.status = ConcernStatus.CLOSED
    concern.closed_at = now
    concern.closed_by = lead
    concern.save(
        update_fields=["acknowledged_at", "acknowledged_by", "status", "closed_at", "closed_by"]
    )
    audit_event_record(actor=lead, action="closed", concern=concern)
    return concern


def concern_notes_rotate() -> int:
    """Re-encrypt every note with the first of CONCERN_NOTE_KEYS (after adding a new key)."""
    from .note_crypto import note_rotate

    changed = 0
    for concern in Concern.objects.exclude(note_ciphertext="").only("pk", "note_ciphertext"):
        Concern.objects.filter(pk=concern.pk).update(
            note_ciphertext=note_rotate(concern.note_ciphertext)
        )
        changed += 1
    return changed


def notification_deliver(*, notification_id: int, send) -> bool:
    """Count an attempt, call ``send(notification)`` (which raises on failure), mark delivered."""
    notification = (
        ConcernNotification.objects.select_related("lead", "concern")
        .filter(pk=notification_id)
        .first()
    )
    if notification is None or notification.delivered_at is not None:
        return False
    ConcernNotification.objects.filter(pk=notification.pk).update(attempts=F("attempts") + 1)
    send(notification)
    ConcernNotification.objects.filter(pk=notification.pk).update(delivered_at=timezone.now())
    return True
