"""The "Safeguarding review" workflow task: group approval with a checklist and four eyes.

Wagtail's workflow action views pass the validated modal form's data to ``on_action``, but
the edit view's "approve with edits" path passes posted JSON without running the form, so
``on_action`` checks everything again and refuses with PermissionDenied (a 403, where a
ValidationError would be a 500).
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState


class SafeguardingReviewTaskState(TaskState):
    """One review of one revision: the checklist answers and comment are kept with it."""

    # The comment is Wagtail's own TaskState.comment.
    checklist = models.JSONField(_("checklist answers"), default=list, blank=True)

    class Meta:
        verbose_name = _("safeguarding review")
        verbose_name_plural = _("safeguarding reviews")


class SafeguardingReviewTask(AbstractGroupApprovalTask):
    task_state_class = SafeguardingReviewTaskState

    class Meta:
        verbose_name = _("Safeguarding review")
        verbose_name_plural = _("Safeguarding reviews")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups review the content against the safeguarding "
            "checklist. Nobody can approve what they submitted or last edited."
        )

    def may_decide(self, obj, user) -> bool:
        """A reviewer in this task's groups who neither submitted nor last edited it."""
        if not (user.is_superuser or self._user_in_groups(user)):
            return False
        workflow_state = obj.current_workflow_state
        if workflow_state is None:
            return False
        if workflow_state.requested_by_id == user.pk:
            return False
        task_state = workflow_state.current_task_state
        return not (task_state and task_state.revision.user_id == user.pk)

    def locked_for_user(self, obj, user):
        # Content under review is frozen for everyone, reviewers included: what is approved
        # is exactly what was submitted, and a reviewer who edited would be its last editor.
        # Reviewers decide from the dashboard's "Awaiting your review" panel.
        return True

    def user_can_lock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.may_decide(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve with the checklist"), True),
        ]

    def get_form_for_action(self, action):
        from ..forms.review import ApprovalForm, RequestChangesForm

        return ApprovalForm if action == "approve" else RequestChangesForm

    def on_action(self, task_state, user, action_name, **kwargs):
        from ..forms.review import checklist_answers

        task_state = task_state.specific
        if not self.may_decide(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        comment = str(kwargs.get("comment") or "")[:2000]
        if action_name == "approve":
            answers = checklist_answers(kwargs)
            if answers is None:
                raise PermissionDenied
            task_state.checklist = answers
            task_state.save(update_fields=["checklist"])
            task_state.approve(user=user, comment=comment)
        elif action_name == "reject":
            if not comment.strip():
                raise PermissionDenied
            task_state.reject(user=user, comment=comment)
        else:
            raise PermissionDenied
        # The admin view treats a return value as a redirect URL.
        return None
