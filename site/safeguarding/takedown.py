"""Take a page or snippet off the site at once, with a reason, outside any workflow."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.actions.unpublish import UnpublishAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page

TAKEDOWN_ACTION = "safeguarding.takedown"


class Reason:
    CHOICES = (
        ("identifies_child", _("It could identify a child or survivor")),
        ("harmful", _("It is harmful, graphic or sexualised")),
        ("wrong_law", _("A legal statement is wrong")),
        ("wrong_help", _("Help or referral information is wrong")),
        ("reported", _("A visitor reported a problem that needs checking")),
        ("other", _("Another safeguarding reason")),
    )


@transaction.atomic
def take_down(obj, *, user, reason: str, note: str = "") -> None:
    """Unpublish ``obj`` (a page with its descendants) and log who did it and why.

    The caller has checked the ``take_down_content`` permission; Wagtail's own publish
    permissions are skipped on purpose, since reviewers hold none."""
    if isinstance(obj, Page):
        UnpublishPageAction(obj, user=user, include_descendants=True).execute(
            skip_permission_checks=True
        )
    else:
        UnpublishAction(obj, user=user).execute(skip_permission_checks=True)
    log(instance=obj, action=TAKEDOWN_ACTION, user=user, data={"reason": reason, "note": note})
