"""Keeping data no longer than the retention settings allow (DL-2), applied daily by the
Celery task paralegal.tasks.apply_retention.

``apply_retention(now=...)`` is idempotent: a second run at the same moment finds nothing
more to do. It removes, as of ``now``:

- learner accounts nobody used for RETENTION_INACTIVE_ACCOUNT_DAYS (their last sign-in, or
  when they were made if they never signed in), through the erasure service, so that they go
  exactly as if the learner had deleted them. Never staff accounts (staff flag, superuser or a
  staff role) and never a current member of a cohort that has not ended yet;
- attendance marks (and their change history) of sessions older than
  RETENTION_ATTENDANCE_DAYS;
- concerns closed more than RETENTION_CLOSED_CONCERN_DAYS ago (their notifications go with
  them; the audit events of who viewed them stay, like all audit events);
- expired sessions (what ``clearsessions`` does, at ``now``) and allauth's records of them;
- password reset and sign-in card codes that were used or have expired.
"""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from accounts.models import ResetCode
from accounts.roles import STAFF_ROLE_NAMES

from ..models import Attendance, Membership
from .erase import account_erase


def inactive_accounts(*, now):
    """The learner accounts past RETENTION_INACTIVE_ACCOUNT_DAYS of inactivity, as of ``now``."""
    cutoff = now - timedelta(days=settings.RETENTION_INACTIVE_ACCOUNT_DAYS)
    in_running_cohort = Membership.objects.filter(
        left_at__isnull=True, cohort__ends_on__gte=timezone.localdate(now)
    ).values("user_id")
    return (
        get_user_model()
        .objects.filter(is_staff=False, is_superuser=False)
        .filter(Q(last_login__lt=cutoff) | Q(last_login__isnull=True, date_joined__lt=cutoff))
        .exclude(groups__name__in=STAFF_ROLE_NAMES)
        .exclude(pk__in=in_running_cohort)
        .order_by("pk")
    )


def _sessions_expired(now) -> int:
    from importlib import import_module

    from allauth.usersessions.models import UserSession

    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    get_model_class = getattr(store_class, "get_model_class", None)
    if get_model_class is None:
        return 0
    session_model = get_model_class()
    deleted, _ = session_model.objects.filter(expire_date__lt=now).delete()
    # allauth's list of "where you are signed in" for sessions that no longer exist.
    UserSession.objects.exclude(
        session_key__in=session_model.objects.values("session_key")
    ).delete()
    return deleted


def _concerns_closed(now) -> int:
    try:
        concern_model = apps.get_model("safeguarding", "Concern")
    except LookupError:
        return 0
    cutoff = now - timedelta(days=settings.RETENTION_CLOSED_CONCERN_DAYS)
    deleted = 0
    # One at a time: the notifications and the excluded-people rows go with each.
    for concern in concern_model.objects.filter(status="closed", closed_at__lt=cutoff):
        concern.delete()
        deleted += 1
    return deleted


def apply_retention(*, now=None) -> dict[str, int]:
    """Apply every retention period as of ``now``; returns how many of each were removed."""
    now = now or timezone.now()
    accounts = 0
    for user in inactive_accounts(now=now):
        account_erase(user=user, reason="retention")
        accounts += 1
    cutoff = now - timedelta(days=settings.RETENTION_ATTENDANCE_DAYS)
    _, removed = Attendance.objects.filter(session__starts_at__lt=cutoff).delete()
    codes, _ = ResetCode.objects.filter(Q(used_at__isnull=False) | Q(expires_at__lt=now)).delete()
    return {
        "accounts": accounts,
        "attendance": removed.get(Attendance._meta.label, 0),
        "concerns": _concerns_closed(now),
        "sessions": _sessions_expired(now),
        "reset_codes": codes,
    }
