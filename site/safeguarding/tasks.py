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
