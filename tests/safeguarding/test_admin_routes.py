"""Through the admin, nobody publishes without the review, and the review modal holds the
checklist. Editors and translators try every route they have."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from resources.demo import demo_glossary_ensure
from resources.models import GlossaryTerm
from safeguarding.models import SafeguardingReviewTaskState
from tests.safeguarding.conftest import approve_data

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def _answered(response) -> None:
    """The admin handled the request (a wrong URL would be redirected to /en/ instead)."""
    assert not response.get("Location", "").startswith("/en/"), response["Location"]


def _approve_url(page, task_state) -> str:
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


def _index_form(title: str, **actions) -> dict:
    data = nested_form_data(
        {
            "title_en": title,
            "slug": "guides",
            "intro_en": rich_text(""),
            "comments": inline_formset([]),
        }
    )
    data.update(actions)
    return data


@pytest.fixture
def term(home_page, workflow):
    demo_glossary_ensure(home=home_page)
    return GlossaryTerm.objects.order_by("pk").first()


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_publish_button_in_the_page_editor_does_not_publish(index, staff, client_for, role):
    client = client_for(staff(role))
    response = client.post(
        f"/admin/pages/{index.pk}/edit/", _index_form("Changed", **{"action-publish": "1"})
    )
    assert response.status_code in (200, 302, 403)
    _answered(response)
    index.refresh_from_db()
    assert index.title_en == "Guides", f"a {role} published without review"
    assert not index.workflow_in_progress


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_bulk_publish_and_unpublish_are_refused(index, staff, client_for, role):
    client = client_for(staff(role))
    for action in ("publish", "unpublish"):
        url = f"/admin/bulk/wagtailcore/page/{action}/?id={index.pk}"
        _answered(client.post(url, {"include_descendants": "on"}))
    index.refresh_from_db()
    assert index.live and not index.has_unpublished_changes


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_publish_and_unpublish_of_a_snippet_are_refused(term, staff, client_for, role):
    client = client_for(staff(role))
    url = f"/admin/snippets/resources/glossaryterm/edit/{term.pk}/"
    response = client.post(
        url,
        {
            "term_en": "Changed",
            "slug": term.slug,
            "definition_en": term.definition_en,
            "action-publish": "1",
        },
    )
    _answered(response)
    _answered(client.post(f"/admin/snippets/resources/glossaryterm/unpublish/{term.pk}/"))
    term.refresh_from_db()
    assert term.live and term.term_en != "Changed"


def test_there_is_no_content_api_to_publish_through(client, index):
    for url in ("/api/v2/pages/", "/api/v3/pages/", f"/api/v3/pages/{index.pk}/publish/"):
        assert client.post(url, follow=True).status_code == 404, url
        assert client.get(url, follow=True).status_code == 404, url
    index.refresh_from_db()
    assert not index.has_unpublished_changes


def test_an_editor_submits_and_a_reviewer_approves_in_the_admin(index, staff, client_for):
    editor, reviewer = staff("editor"), staff("safeguarding_reviewer")
    response = client_for(editor).post(
        f"/admin/pages/{index.pk}/edit/",
        _index_form("Guides, reviewed", **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content[:2000]
    index.refresh_from_db()
    assert index.title_en == "Guides" and index.workflow_in_progress
    task_state = index.current_workflow_task_state
    reviewer_client = client_for(reviewer)
    url = _approve_url(index, task_state)
    modal = reviewer_client.get(url, **XHR)
    assert modal.status_code == 200
    assert "Nothing identifies a real child" in modal.content.decode()

    # Without the checklist: the modal shows the error and nothing is published.
    refused = reviewer_client.post(url, {"comment": "ok"}, **XHR)
    assert "Confirm this before approving." in refused.content.decode()
    index.refresh_from_db()
    assert index.title_en == "Guides"

    reviewer_client.post(url, approve_data(comment="Checked."), **XHR)
    index.refresh_from_db()
    assert index.title_en == "Guides, reviewed" and index.live
    decision = SafeguardingReviewTaskState.objects.get(pk=task_state.pk)
    assert decision.finished_by == reviewer and len(decision.checklist) == 8


def test_the_editor_cannot_open_the_approval_of_their_own_submission(index, staff, client_for):
    editor = staff("editor")
    editor.groups.add(*staff("safeguarding_reviewer").groups.all())
    client = client_for(editor)
    client.post(f"/admin/pages/{index.pk}/edit/", _index_form("Mine", **{"action-submit": "1"}))
    index.refresh_from_db()
    task_state = index.current_workflow_task_state
    url = _approve_url(index, task_state)
    client.raise_request_exception = False
    assert client.get(url, **XHR).status_code == 403
    assert client.post(url, approve_data(), **XHR).status_code == 403
    index.refresh_from_db()
    assert index.title_en == "Guides"


def test_approve_with_edits_cannot_skip_the_checklist(index, staff, client_for):
    """The edit view's "approve with edits" path takes JSON without running the modal form."""
    client_for(staff("editor")).post(
        f"/admin/pages/{index.pk}/edit/", _index_form("Submitted", **{"action-submit": "1"})
    )
    client = client_for(staff("safeguarding_reviewer"))
    client.raise_request_exception = False
    response = client.post(
        f"/admin/pages/{index.pk}/edit/",
        _index_form(
            "Approved without checking",
            **{
                "action-workflow-action": "1",
                "workflow-action-name": "approve",
                "workflow-action-extra-data": '{"comment": "skip"}',
            },
        ),
    )
    # Content under review is locked for everyone: the edit form is refused outright.
    assert response.status_code in (200, 302, 403)
    live = Page.objects.get(pk=index.pk).specific
    assert live.title_en == "Guides", "approved without the checklist"
    assert live.get_latest_revision_as_object().title_en == "Submitted", "edited under review"
    assert live.current_workflow_task_state.status == "in_progress"


def test_a_snippet_goes_live_only_after_review(term, staff, client_for):
    client = client_for(staff("editor"))
    url = f"/admin/snippets/resources/glossaryterm/edit/{term.pk}/"
    response = client.post(
        url,
        {
            "term_en": "Reviewed word",
            "slug": term.slug,
            "definition_en": term.definition_en,
            "action-submit": "1",
        },
    )
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.term_en != "Reviewed word" and term.workflow_in_progress
    task_state = term.current_workflow_task_state
    reviewer = client_for(staff("safeguarding_reviewer"))
    action = reverse(
        "wagtailsnippets_resources_glossaryterm:workflow_action",
        args=[term.pk, "approve", task_state.pk],
    )
    refused = reviewer.post(action, {}, **XHR)
    assert "Confirm this before approving." in refused.content.decode()
    term.refresh_from_db()
    assert term.term_en != "Reviewed word"
    reviewer.post(action, approve_data(), **XHR)
    term.refresh_from_db()
    assert term.term_en == "Reviewed word"


def test_content_under_review_is_frozen_even_for_reviewers(index, staff, client_for):
    client_for(staff("editor")).post(
        f"/admin/pages/{index.pk}/edit/", _index_form("Frozen", **{"action-submit": "1"})
    )
    reviewer = client_for(staff("safeguarding_reviewer"))
    page = reviewer.get(f"/admin/pages/{index.pk}/edit/").content.decode()
    assert "Approve with the checklist" not in page, "decide from the dashboard, not the editor"
    reviewer.post(f"/admin/pages/{index.pk}/edit/", _index_form("Changed under review"))
    index.refresh_from_db()
    assert index.get_latest_revision_as_object().title_en == "Frozen"


def test_reviewers_see_the_submission_on_their_dashboard(index, staff, client_for):
    client_for(staff("editor")).post(
        f"/admin/pages/{index.pk}/edit/", _index_form("For review", **{"action-submit": "1"})
    )
    dashboard = client_for(staff("safeguarding_reviewer")).get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard
    panel = dashboard[dashboard.index("awaiting-review-section") :]
    assert "For review" in panel and "Approve with the checklist" in panel


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_copying_a_page_with_publish_copies_publishes_nothing(index, staff, client_for, role):
    from tests.guides import add_guide

    guide = add_guide(index, slug="original")
    client = client_for(staff(role))
    client.raise_request_exception = False
    response = client.post(
        f"/admin/pages/{guide.pk}/copy/",
        {
            "new_title": "A copy",
            "new_slug": "a-copy",
            "new_parent_page": str(index.pk),
            "publish_copies": "on",
        },
    )
    _answered(response)
    copies = Page.objects.filter(slug="a-copy")
    assert not copies.filter(live=True).exists(), f"a {role} published a copy"
