"""Takedown at once with a reason, and the audit trail with its CSV export."""

import csv
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from resources.demo import demo_glossary_ensure
from resources.models import GlossaryTerm
from safeguarding.audit import audit_rows
from tests.guides import add_guide
from tests.safeguarding.conftest import all_answers

pytestmark = pytest.mark.django_db


def _ct(obj) -> int:
    return ContentType.objects.get_for_model(obj.__class__).pk


def _takedown_url(obj) -> str:
    return reverse("safeguarding_admin:takedown", args=[_ct(obj), obj.pk])


@pytest.fixture
def guide(index, workflow):
    return add_guide(index, slug="to-take-down")


@pytest.fixture
def reviewed(index, workflow, staff):
    """A guide submitted by an editor and approved by a reviewer with the checklist."""
    guide = add_guide(index, slug="audited")
    guide.title_en = '=HYPERLINK("http://evil")'
    editor, reviewer = staff("editor"), staff("safeguarding_reviewer")
    guide.save_revision(user=editor)
    state = workflow.start(guide, editor)
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(
        task_state, reviewer, "approve", comment="-2+3 looks fine", **all_answers()
    )
    return guide


@pytest.mark.parametrize("role", ["safeguarding_reviewer", "safeguarding_lead"])
def test_a_reviewer_or_lead_takes_a_page_down_at_once_with_a_reason(guide, staff, client_for, role):
    user = staff(role)
    response = client_for(user).post(
        _takedown_url(guide), {"reason": "identifies_child", "note": "Photo shows a face."}
    )
    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.live is False
    entry = PageLogEntry.objects.get(page=guide, action="safeguarding.takedown")
    assert entry.user == user
    assert entry.data == {"reason": "identifies_child", "note": "Photo shows a face."}


def test_a_takedown_removes_the_page_from_the_site(guide, staff, client_for, client):
    url = guide.url
    assert client.get(url).status_code == 200
    client_for(staff("safeguarding_reviewer")).post(_takedown_url(guide), {"reason": "harmful"})
    assert client.get(url).status_code == 404


def test_a_snippet_can_be_taken_down(home_page, workflow, staff, client_for):
    demo_glossary_ensure(home=home_page)
    term = GlossaryTerm.objects.order_by("pk").first()
    client_for(staff("safeguarding_reviewer")).post(_takedown_url(term), {"reason": "wrong_law"})
    term.refresh_from_db()
    assert term.live is False
    assert ModelLogEntry.objects.filter(
        object_id=str(term.pk), action="safeguarding.takedown"
    ).exists()


@pytest.mark.parametrize("role", ["editor", "translator", "facilitator", "learner"])
def test_other_roles_cannot_take_down(guide, staff, make_user, client_for, role):
    user = staff(role) if role != "learner" else make_user("learner9")
    client = client_for(user)
    client.raise_request_exception = False
    response = client.post(_takedown_url(guide), {"reason": "harmful"})
    assert response.status_code in (302, 403)
    guide.refresh_from_db()
    assert guide.live


@pytest.mark.parametrize(
    "data",
    [{}, {"reason": "because"}, {"reason": "harmful", "note": "x" * 201}],
)
def test_a_takedown_without_a_valid_reason_changes_nothing(guide, staff, client_for, data):
    response = client_for(staff("safeguarding_reviewer")).post(_takedown_url(guide), data)
    assert response.status_code == 400
    guide.refresh_from_db()
    assert guide.live
    assert not PageLogEntry.objects.filter(action="safeguarding.takedown").exists()


def test_takedown_refuses_what_is_not_public_content(staff, client_for, make_user, guide):
    client = client_for(staff("safeguarding_reviewer"))
    user = make_user("someone")
    user_ct = ContentType.objects.get_for_model(user.__class__).pk
    for url in (
        reverse("safeguarding_admin:takedown", args=[user_ct, user.pk]),
        reverse("safeguarding_admin:takedown", args=[_ct(guide), 999999]),
        reverse("safeguarding_admin:takedown", args=[999999, guide.pk]),
    ):
        assert client.post(url, {"reason": "harmful"}, follow=True).status_code == 404, url
    user.refresh_from_db()
    assert user.is_active


def test_the_audit_trail_shows_who_submitted_who_approved_and_the_checklist(
    reviewed, staff, client_for
):
    url = reverse("safeguarding_admin:object_audit", args=[_ct(reviewed), reviewed.pk])
    content = client_for(staff("safeguarding_reviewer")).get(url).content.decode()
    assert "editor1" in content and "safeguarding_reviewer1" in content
    assert "Nothing identifies a real child" in content
    assert "-2+3 looks fine" in content


def test_the_audit_trail_lists_takedowns_too(reviewed, staff, client_for):
    client_for(staff("safeguarding_lead")).post(
        _takedown_url(reviewed), {"reason": "wrong_help", "note": "Old number"}
    )
    events = [row.event for row in audit_rows(reviewed)]
    assert events == ["takedown", "approved"]


def test_site_administrators_export_the_audit_as_csv(reviewed, staff, client_for):
    response = client_for(staff("site_administrator")).get(reverse("safeguarding_admin:audit_csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 1
    row = rows[0]
    assert row["submitted_by"] == "editor1" and row["decided_by"] == "safeguarding_reviewer1"
    assert row["event"] == "approved"
    # Cells a spreadsheet would run as formulas are neutralised.
    assert row["title"].startswith("'=HYPERLINK")
    assert row["comment"] == "'-2+3 looks fine"
    assert row["checklist"].count("confirmed") == 8


@pytest.mark.parametrize("role", ["editor", "translator", "safeguarding_reviewer"])
def test_only_administrators_export_the_audit(reviewed, staff, client_for, role):
    client = client_for(staff(role))
    client.raise_request_exception = False
    response = client.get(reverse("safeguarding_admin:audit_csv"))
    assert response.status_code in (302, 403)
    assert b"decided_by" not in response.content


def test_the_audit_trail_reads_in_a_fixed_number_of_queries(
    index, workflow, staff, django_assert_max_num_queries
):
    editor, reviewer = staff("editor"), staff("safeguarding_reviewer")
    for number in range(6):
        guide = add_guide(index, slug=f"many-{number}")
        guide.save_revision(user=editor)
        state = workflow.start(guide, editor)
        task_state = state.current_task_state.specific
        task_state.task.specific.on_action(task_state, reviewer, "approve", **all_answers())
    with django_assert_max_num_queries(4):
        rows = audit_rows()
    assert len(rows) == 6
