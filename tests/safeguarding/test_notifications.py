"""A missing notification template is an error, never silence."""

import pytest
from django.core.checks import run_checks
from django.template import TemplateDoesNotExist

from safeguarding import notifications
from safeguarding.tasks import notify_review_requested
from tests.guides import add_guide

pytestmark = pytest.mark.django_db


def test_the_templates_exist_and_the_check_passes():
    ids = {message.id for message in run_checks()}
    assert "safeguarding.E020" not in ids and "safeguarding.E021" not in ids


def test_a_missing_template_fails_the_system_check(monkeypatch):
    monkeypatch.setitem(notifications.TEMPLATES, "review_requested", "safeguarding/mail/gone")
    assert "safeguarding.E020" in {message.id for message in run_checks()}


def test_a_missing_template_makes_the_task_fail_loudly(monkeypatch, index, workflow, staff):
    staff("safeguarding_reviewer")
    editor = staff("editor")
    guide = add_guide(index, slug="loud")
    guide.save_revision(user=editor)
    state = workflow.start(guide, editor)
    monkeypatch.setitem(notifications.TEMPLATES, "review_requested", "safeguarding/mail/gone")
    with pytest.raises(TemplateDoesNotExist):
        notify_review_requested(state.current_task_state.pk)


def test_the_finish_action_must_be_the_reviewed_publish(settings):
    settings.WAGTAIL_FINISH_WORKFLOW_ACTION = "wagtail.workflows.publish_workflow_state"
    assert "safeguarding.E021" in {message.id for message in run_checks()}
