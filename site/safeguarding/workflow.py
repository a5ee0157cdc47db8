"""The one workflow every public page and snippet goes through, and how it finishes.

``review_workflow_ensure`` is idempotent: migrations, the demo loader and tests call it.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    DraftStateMixin,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from .checklist_defaults import default_checklist_values
from .models import ChecklistItem, SafeguardingReviewTask

WORKFLOW_NAME = "Safeguarding review"
REVIEWER_GROUPS = ("safeguarding_reviewer",)

# Snippets that never reach a visitor: they need no review (the checklist itself is
# edited by administrators only).
INTERNAL_SNIPPETS: frozenset[str] = frozenset({"safeguarding.checklistitem"})


def public_snippet_models() -> list[type]:
    """Every registered snippet a visitor can see."""
    return [
        model for model in get_snippet_models() if model._meta.label_lower not in INTERNAL_SNIPPETS
    ]


def review_workflow_ensure() -> Workflow:
    task = SafeguardingReviewTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = SafeguardingReviewTask.objects.create(name=WORKFLOW_NAME)
    task.groups.add(*Group.objects.filter(name__in=REVIEWER_GROUPS))
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.get_first_root_node()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for model in public_snippet_models():
        if issubclass(model, WorkflowMixin) and issubclass(model, DraftStateMixin):
            WorkflowContentType.objects.update_or_create(
                content_type=ContentType.objects.get_for_model(model),
                defaults={"workflow": workflow},
            )
    if not ChecklistItem.objects.exists():
        ChecklistItem.objects.bulk_create(
            ChecklistItem(sort_order=number, **values)
            for number, values in enumerate(default_checklist_values())
        )
    return workflow
