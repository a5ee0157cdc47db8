from celery import shared_task
from django.conf import settings
from django.urls import reverse

from . import notifications
from .workflow import REVIEWER_GROUPS


def _admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@shared_task
def notify_review_requested(task_state_id: int) -> int:
    from .models import SafeguardingReviewTaskState

    task_state = (
        SafeguardingReviewTaskState.objects.select_related("workflow_state", "task", "revision")
        .filter(pk=task_state_id, status=SafeguardingReviewTaskState.STATUS_IN_PROGRESS)
        .first()
    )
    if task_state is None:  # decided or cancelled before the worker got to it
        return 0
    task = task_state.task.specific
    groups = list(task.groups.values_list("name", flat=True))
    workflow_state = task_state.workflow_state
    context = {
        "title": task_state.revision.object_str,
        "url": _admin_url(reverse("wagtailadmin_home")),
    }
    users = notifications.reviewers(groups, exclude_user_id=workflow_state.requested_by_id)
    return notifications.send_to(users, "review_requested", context)


@shared_task
def notify_problem_reported(report_id: int) -> int:
    from .models import ProblemReport

    report = ProblemReport.objects.select_related("page").filter(pk=report_id).first()
    if report is None:
        return 0
    context = {
        "title": report.page.title,
        "reason": report.get_reason_display(),
        "url": _admin_url(reverse("safeguarding_admin:reports")),
    }
    return notifications.send_to(
        notifications.reviewers(REVIEWER_GROUPS), "problem_reported", context
    )


# --- Concerns (issue 7): tell a lead, retried until delivered; escalate unacknowledged ones ---


def _send_concern_mail(notification) -> None:
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.utils import translation

    lead = notification.lead
    profile = getattr(lead, "wagtail_userprofile", None)
    language = getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        path = reverse(
            "safeguarding:concern_detail", kwargs={"public_id": notification.concern.public_id}
        )
        context = {"url": _admin_url(path)}
        # Nothing about the concern: a shared inbox or a lock screen must not reveal it.
        subject = render_to_string("safeguarding/mail/concern_needs_you_subject.txt", context)
        body = render_to_string("safeguarding/mail/concern_needs_you.txt", context)
    send_mail(" ".join(subject.split()), body, None, [lead.email], fail_silently=False)


@shared_task(
    bind=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=15 * 60,
    max_retries=None,
)
def notify_concern_lead(self, notification_id: int) -> bool:
    from .services_concerns import notification_deliver

    return notification_deliver(notification_id=notification_id, send=_send_concern_mail)


@shared_task
def escalate_concerns() -> int:
    from .services_concerns import concerns_escalate

    return concerns_escalate()
