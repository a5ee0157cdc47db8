"""'Report a problem with this page': anyone, no account, nothing about them kept."""

import pytest
from django.core import mail
from django.urls import reverse

from safeguarding.models import ProblemReport
from tests.guides import add_guide

pytestmark = pytest.mark.django_db

URL = "/km/report/"


@pytest.fixture
def guide(index, workflow, staff):
    staff("safeguarding_reviewer")
    return add_guide(index, slug="reported")


def test_every_public_page_links_to_the_report_form(client, guide):
    content = client.get(guide.url).content.decode()
    assert f'/en/report/?p={guide.pk}"' in content.replace("&amp;", "&")


def test_the_form_is_in_the_readers_language_and_names_the_page(client, guide):
    response = client.get(f"{URL}?p={guide.pk}")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    content = response.content.decode()
    assert guide.title in content
    assert "Report a problem with a page" not in content, "must be in Khmer"


def test_a_report_reaches_the_reviewers_and_keeps_nothing_about_the_reporter(
    client, guide, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{URL}?p={guide.pk}",
            {"reason": "wrong_help", "note": "The hotline number rings nobody."},
            HTTP_USER_AGENT="Canary-Agent/1.0",
            REMOTE_ADDR="203.0.113.9",
        )
    assert response.status_code == 200
    report = ProblemReport.objects.get()
    assert (report.page_id, report.reason, report.language) == (guide.pk, "wrong_help", "km")
    assert report.note == "The hotline number rings nobody."
    stored = " ".join(str(value) for value in ProblemReport.objects.values().get().values())
    assert "203.0.113.9" not in stored and "Canary" not in stored
    assert [message.to for message in mail.outbox] == [["safeguarding_reviewer1@example.org"]]
    assert "nobody" not in mail.outbox[0].body, "the free text stays in the admin"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose what the problem is."),
        ({"reason": "<script>alert(1)</script>"}, "Choose one of the problems in the list."),
        ({"reason": "other", "note": "x" * 201}, "Please keep it to 200 characters."),
    ],
)
def test_bad_reports_get_a_clear_message_and_store_nothing(client, guide, data, message):
    response = client.post(f"/en/report/?p={guide.pk}", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert not ProblemReport.objects.exists()


@pytest.mark.parametrize("query", ["", "?p=", "?p=abc", "?p=-1", "?p=99999999", "?p=1"])
def test_a_report_about_no_public_page_is_refused(client, guide, query):
    # p=1 is the root page: not a page a visitor can see.
    assert client.post(f"/en/report/{query}", {"reason": "other"}).status_code == 404
    assert not ProblemReport.objects.exists()


def test_a_session_plan_cannot_be_named_by_the_report_form(client, guide):
    from tests.paralegal.session_fixtures import plan_add, plan_index_ensure

    plan = plan_add(plan_index_ensure(guide.get_parent().get_parent()), slug="plan-hidden")
    response = client.get(f"/en/report/?p={plan.pk}")
    assert response.status_code == 404
    assert plan.title not in response.content.decode()
    assert client.post(f"/en/report/?p={plan.pk}", {"reason": "other"}).status_code == 404
    assert not ProblemReport.objects.exists()


def test_a_report_about_a_page_that_is_not_live_is_refused(client, guide):
    guide.unpublish()
    assert client.get(f"/en/report/?p={guide.pk}").status_code == 404


def test_reports_are_rate_limited_per_address(client, guide):
    for _ in range(5):
        assert client.post(f"/en/report/?p={guide.pk}", {"reason": "other"}).status_code == 200
    response = client.post(f"/en/report/?p={guide.pk}", {"reason": "other"})
    assert response.status_code == 429
    assert ProblemReport.objects.count() == 5


def test_reviewers_read_reports_and_mark_them_handled(guide, staff, client_for, client):
    client.post(f"/en/report/?p={guide.pk}", {"reason": "upsetting", "note": "Too scary"})
    reviewer = client_for(staff("safeguarding_reviewer"))
    listing = reviewer.get(reverse("safeguarding_admin:reports")).content.decode()
    assert "Too scary" in listing and guide.title in listing
    report = ProblemReport.objects.get()
    reviewer.post(reverse("safeguarding_admin:report_handled", args=[report.pk]))
    report.refresh_from_db()
    assert report.handled_at is not None
    assert "Too scary" not in reviewer.get(reverse("safeguarding_admin:reports")).content.decode()


def test_editors_cannot_read_reports(guide, staff, client_for):
    client = client_for(staff("editor"))
    client.raise_request_exception = False
    assert client.get(reverse("safeguarding_admin:reports")).status_code in (302, 403)


def test_the_form_points_people_in_danger_to_the_help_directory(client, guide):
    content = client.get(f"/vi/report/?p={guide.pk}").content.decode()
    assert 'href="/vi/help/">dịch vụ hỗ trợ</a>' in content
