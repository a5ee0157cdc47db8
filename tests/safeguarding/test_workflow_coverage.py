"""Every public page type and snippet goes through the safeguarding review."""

import pytest
from django.apps import apps
from wagtail.models import DraftStateMixin, Page, WorkflowMixin, WorkflowPage
from wagtail.snippets.models import get_snippet_models

from safeguarding.workflow import INTERNAL_SNIPPETS, WORKFLOW_NAME, public_snippet_models

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"home", "resources", "courses", "paralegal", "accounts", "safeguarding"}


def test_every_page_type_is_under_the_review(workflow, index):
    # The workflow sits on the root page, so it applies to every page of every type.
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == workflow
    # No page below may opt out or swap in another workflow.
    assert not WorkflowPage.objects.exclude(workflow=workflow).exists()
    for page in Page.objects.filter(depth__gt=1).specific():
        assert page.get_workflow() == workflow, page


def test_every_public_snippet_is_under_the_review(workflow):
    public = public_snippet_models()
    assert public, "the glossary and directory are public snippets"
    for model in public:
        assert issubclass(model, WorkflowMixin), f"{model} needs WorkflowMixin"
        assert issubclass(model, DraftStateMixin), f"{model} needs DraftStateMixin"
        assert model().get_workflow() == workflow, model
        assert workflow.name == WORKFLOW_NAME


def test_only_known_internal_snippets_are_exempt():
    labels = {model._meta.label_lower for model in get_snippet_models()}
    assert labels >= INTERNAL_SNIPPETS
    assert {"safeguarding.checklistitem"} == INTERNAL_SNIPPETS


def test_every_project_model_with_a_public_life_is_a_page_or_a_reviewed_snippet():
    """A new content model that can be published must be a page or a registered snippet,
    so that the two tests above see it."""
    snippets = set(get_snippet_models())
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page):
            assert model in snippets, f"{model} can go live but is not a snippet"
