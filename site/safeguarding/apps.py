from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafeguardingConfig(AppConfig):
    name = "safeguarding"
    verbose_name = _("Safeguarding")

    def ready(self):
        from wagtail.signals import task_submitted

        from . import checks  # noqa: F401
        from .models import SafeguardingReviewTaskState
        from .notifications import on_task_submitted

        # Wagtail's own notifier listens for the base TaskState only, so it would never hear
        # about this task's states (see ../shared/notes/i18n-workflows.md, 5.3).
        task_submitted.connect(
            on_task_submitted,
            sender=SafeguardingReviewTaskState,
            dispatch_uid="safeguarding_review_submitted",
        )
