"""The safeguarding review task: the checklist, four eyes, what is stored, who hears."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from safeguarding.models import ChecklistItem, SafeguardingReviewTaskState
from tests.guides import add_guide
from tests.safeguarding.conftest import all_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(index, workflow, staff, django_capture_on_commit_callbacks):
    """A guide edited by an editor and submitted for review."""
    guide = add_guide(index, slug="reviewed")
    guide.title_en = "Your right to be safe, revised"
    editor = staff("editor")
    staff("safeguarding_reviewer")  # exists before the submission, to be e-mailed
    guide.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        state = workflow.start(guide, editor)
    return guide, state


def _task_state(state):
    return state.current_task_state.specific


def _decide(state, user, action="approve", **data):
    task_state = _task_state(state)
    task_state.task.specific.on_action(task_state, user, action, **data)


def test_the_checklist_starts_with_the_default_questions_in_every_language(workflow):
    items = list(ChecklistItem.objects.filter(active=True))
    assert len(items) == 8
    first = items[0]
    assert first.text_en.startswith("Nothing identifies a real child")
    for code in ("km", "fil", "vi"):
        assert getattr(first, f"text_{code}"), code
        assert getattr(first, f"text_{code}") != first.text_en, f"{code} must be translated"


def test_approval_with_every_answer_publishes_and_keeps_the_checklist(submitted, staff):
    guide, state = submitted
    reviewer = staff("safeguarding_reviewer")
    _decide(state, reviewer, comment="Clear and kind.", **all_answers())
    guide.refresh_from_db()
    assert guide.live and guide.title_en == "Your right to be safe, revised"
    decision = SafeguardingReviewTaskState.objects.get(pk=_task_state(state).pk)
    assert decision.status == "approved"
    assert decision.finished_by == reviewer
    assert decision.comment == "Clear and kind."
    assert len(decision.checklist) == 8
    assert {answer["answer"] for answer in decision.checklist} == {"confirmed"}
    assert decision.checklist[0]["text"].startswith("Nothing identifies")


@pytest.mark.parametrize("missing", ["all", "one"])
def test_approval_without_the_whole_checklist_is_refused(submitted, staff, missing):
    guide, state = submitted
    answers = all_answers()
    if missing == "all":
        answers = {}
    else:
        answers.pop(next(iter(answers)))
    with pytest.raises(PermissionDenied):
        _decide(state, staff("safeguarding_reviewer"), **answers)
    guide.refresh_from_db()
    assert guide.title_en == "Your right to be safe", "the live page must not change"
    assert _task_state(state).status == "in_progress"


def test_answers_must_be_true_not_merely_present(submitted, staff):
    guide, state = submitted
    answers = dict.fromkeys(all_answers(), "false")
    with pytest.raises(PermissionDenied):
        _decide(state, staff("safeguarding_reviewer"), **answers)


def test_a_switched_off_question_is_not_asked(submitted, staff):
    guide, state = submitted
    dropped = ChecklistItem.objects.first()
    dropped.active = False
    dropped.save()
    answers = all_answers()
    answers.pop(f"item_{dropped.pk}")
    _decide(state, staff("safeguarding_reviewer"), **answers)
    guide.refresh_from_db()
    assert guide.title_en.endswith("revised")


def test_with_no_question_at_all_nothing_can_be_approved(submitted, staff):
    guide, state = submitted
    ChecklistItem.objects.update(active=False)
    with pytest.raises(PermissionDenied):
        _decide(state, staff("safeguarding_reviewer"))


def test_a_reviewer_cannot_approve_what_they_submitted(index, workflow, staff):
    guide = add_guide(index, slug="own")
    reviewer = staff("safeguarding_reviewer")
    reviewer.groups.add(*staff("editor").groups.all())
    guide.title_en = "Changed by the reviewer"
    guide.save_revision(user=reviewer)
    state = workflow.start(guide, reviewer)
    task = _task_state(state).task.specific
    assert task.get_actions(guide, reviewer) == []
    with pytest.raises(PermissionDenied):
        _decide(state, reviewer, **all_answers())
    other = staff("safeguarding_reviewer", "reviewer2")
    _decide(state, other, **all_answers())
    guide.refresh_from_db()
    assert guide.title_en == "Changed by the reviewer"


def test_a_reviewer_cannot_approve_a_revision_they_last_edited(submitted, staff):
    guide, state = submitted
    reviewer = staff("safeguarding_reviewer")
    task_state = _task_state(state)
    task_state.revision.user = reviewer
    task_state.revision.save()
    with pytest.raises(PermissionDenied):
        _decide(state, reviewer, **all_answers())


def test_superusers_are_held_to_four_eyes_too(index, workflow, make_user):
    boss = make_user("boss", role="", is_superuser=True, is_staff=True)
    guide = add_guide(index, slug="boss")
    guide.save_revision(user=boss)
    state = workflow.start(guide, boss)
    with pytest.raises(PermissionDenied):
        _decide(state, boss, **all_answers())


def test_editors_and_translators_get_no_review_actions(submitted, staff):
    guide, state = submitted
    task = _task_state(state).task.specific
    for role in ("editor", "translator", "facilitator"):
        user = staff(role, f"{role}-other")
        assert task.get_actions(guide, user) == [], role
        with pytest.raises(PermissionDenied):
            _decide(state, user, **all_answers())


def test_requesting_changes_needs_a_comment_and_leaves_the_page(submitted, staff):
    guide, state = submitted
    reviewer = staff("safeguarding_reviewer")
    with pytest.raises(PermissionDenied):
        _decide(state, reviewer, "reject", comment="   ")
    _decide(state, reviewer, "reject", comment="Please add a content warning.")
    guide.refresh_from_db()
    assert guide.title_en == "Your right to be safe"
    decision = SafeguardingReviewTaskState.objects.get(pk=_task_state(state).pk)
    assert decision.status == "rejected"
    assert decision.comment == "Please add a content warning."


def test_an_unknown_action_is_refused(submitted, staff):
    _guide, state = submitted
    with pytest.raises(PermissionDenied):
        _decide(state, staff("safeguarding_reviewer"), "publish", **all_answers())


def test_reviewers_are_e_mailed_when_something_is_submitted(submitted, staff):
    _guide, _state = submitted
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["safeguarding_reviewer1@example.org"], recipients
    assert "Your right to be safe, revised" in mail.outbox[0].subject
    assert "/admin/" in mail.outbox[0].body


def test_the_submitter_is_not_e_mailed_about_their_own_submission(
    index, workflow, staff, django_capture_on_commit_callbacks
):
    reviewer = staff("safeguarding_reviewer")
    staff("safeguarding_reviewer", "reviewer2")
    guide = add_guide(index, slug="mine")
    guide.save_revision(user=reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.start(guide, reviewer)
    assert [message.to for message in mail.outbox] == [["reviewer2@example.org"]]


def test_editing_an_approved_page_leaves_the_live_version_until_re_approval(submitted, staff):
    guide, state = submitted
    _decide(state, staff("safeguarding_reviewer"), **all_answers())
    guide.refresh_from_db()
    guide.title_en = "An unreviewed edit"
    guide.save_revision(user=staff("editor"))
    guide.refresh_from_db()
    assert guide.title_en.endswith("revised")
    assert guide.has_unpublished_changes
