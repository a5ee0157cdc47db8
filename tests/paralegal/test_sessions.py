# ruff: noqa: F401, F811  (pytest fixtures imported from session_fixtures)
"""Session plans (facilitators' reviewed, translated pages) and scheduling sessions."""

from datetime import UTC, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page

from paralegal.demo import session_plans_ensure
from paralegal.models import CohortSession, SessionPlanIndexPage, SessionPlanPage
from paralegal.selectors_sessions import cohort_sessions
from safeguarding.workflow import review_workflow_ensure
from tests.paralegal.session_fixtures import (
    linked_plan,
    plan,
    plan_add,
    plan_index,
    session_add,
)
from translation_status.models import FieldTranslation, Status

pytestmark = pytest.mark.django_db


def _client_for(client, user):
    client.force_login(user)
    return client


def _future_day(cohort, days=5):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


# --- Session plan pages: facilitators only --------------------------------------------------


def test_a_facilitator_reads_a_session_plan_and_its_index(
    client, make_user, linked_plan, plan_index
):
    client.force_login(make_user("fac", role="facilitator", mfa=True))
    response = client.get(linked_plan.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Never ask anyone what happened to them." in html
    assert "Your rights" in html and "Lesson one" in html  # linked guide and lesson
    assert "<title>Session plan ·" in html  # a neutral tab title, not the plan's
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    index = client.get(plan_index.url)
    assert index.status_code == 200
    assert "Rights we all have" in index.content.decode()


@pytest.mark.parametrize("role", [None, "learner", "peer_mentor", "safeguarding_lead", "editor"])
def test_anyone_but_a_facilitator_gets_404_for_plans(client, make_user, linked_plan, role):
    if role:
        client.force_login(make_user("someone", role=role, mfa=True))
    assert client.get(linked_plan.url).status_code == 404
    assert client.get(linked_plan.get_parent().url).status_code == 404


def test_a_superuser_without_the_facilitator_role_gets_404(client, linked_plan):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    admin = get_user_model().objects.create_superuser("root", password="x-long-passphrase-1")
    TOTP.activate(admin, generate_totp_secret())
    client.force_login(admin)
    assert client.get(linked_plan.url).status_code == 404


def test_plans_are_not_in_the_anonymous_page_cache(client, linked_plan, settings):
    settings.PAGE_CACHE_SECONDS = 60
    for _ in range(2):
        response = client.get(linked_plan.url)
        assert response.status_code == 404
        assert "X-Page-Cache" not in response


def test_plans_are_not_in_the_sitemap_nor_among_the_home_sections(client, linked_plan, home_page):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/plans/" not in xml
    assert client.get("/en/").status_code == 200
    assert "/plans/" not in client.get("/en/").content.decode()


def test_plans_are_not_searchable(client, linked_plan):
    from resources.search import index as search_index

    search_index.rebuild()
    response = client.get(reverse("resources:search"), {"q": "principles"})
    assert "/plans/" not in response.content.decode()


def test_a_khmer_plan_shows_khmer_and_the_english_fallback_is_honest(
    client, make_user, linked_plan, plan_index
):
    client.force_login(make_user("fac", role="facilitator", mfa=True))
    with translation.override("km"):
        khmer_url = linked_plan.get_url()
    html = client.get(khmer_url).content.decode()
    assert "កុំសួរនរណាម្នាក់" in html and "fallback-note" not in html
    english_only = plan_add(plan_index, slug="plan-en")
    with translation.override("km"):
        url = english_only.get_url()
    html = client.get(url).content.decode()
    assert "fallback-note" in html and 'lang="en"' in html


def test_session_plans_go_through_the_safeguarding_review(roles, linked_plan, plan_index):
    workflow = review_workflow_ensure()
    for page in (plan_index, linked_plan):
        assert page.get_workflow() == workflow
    # The review test (tests/safeguarding/test_workflow_coverage.py) walks every page
    # in the database: session plans are among them now.
    types = {type(p) for p in Page.objects.filter(depth__gt=1).specific()}
    assert {SessionPlanIndexPage, SessionPlanPage} <= types


def test_session_plans_are_tracked_in_their_own_section(linked_plan, plan_index):
    rows = FieldTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(SessionPlanPage),
        object_id=str(linked_plan.pk),
    )
    assert set(rows.values_list("section", flat=True)) == {"sessions"}
    khmer = {row.field_name: row.status for row in rows.filter(language="km")}
    assert khmer["safeguarding_notes"] == Status.CURRENT
    assert khmer["activities"] == Status.CURRENT
    assert rows.get(language="vi", field_name="objectives").status == Status.MISSING


def test_the_xliff_exchange_exports_session_plans(linked_plan):
    from translation_exchange.exporting import export_xliff

    data, count = export_xliff(section="sessions", language="vi")
    assert count > 0
    assert b"Never ask anyone what happened to them." in data
    assert b"Read the lesson." in data  # a step's instructions, inside the stream


def test_the_demo_plans_go_through_the_review(roles, home_page, tmp_path):
    from accounts.demo import demo_accounts_ensure
    from safeguarding.demo import review_publisher

    demo_accounts_ensure(credentials_file=tmp_path / "demo-credentials.json")
    User = get_user_model()
    publish = review_publisher(
        editor=User.objects.get(username="demo_editor"),
        reviewer=User.objects.get(username="demo_reviewer"),
    )
    index = session_plans_ensure(home=home_page, publish=publish)
    plans = SessionPlanPage.objects.child_of(index).live()
    assert plans.count() == 2
    first = plans.get(slug="plan-1")
    assert first.title_km and first.safeguarding_notes_fil and first.activities_vi
    assert first.get_latest_revision().user.username == "demo_editor"
    # Again: nothing new.
    session_plans_ensure(home=home_page, publish=publish)
    assert SessionPlanPage.objects.count() == 2


# --- Scheduling ------------------------------------------------------------------------------


@pytest.fixture
def world(cohort_world, plan):
    return {**cohort_world, "plan": plan}


def test_a_facilitator_schedules_a_session_in_the_cohorts_local_time(client, world):
    cohort = world["cohort_a"]  # Cambodia: UTC+7
    _client_for(client, world["fac_a"])
    url = reverse("paralegal:session_create", args=[cohort.pk])
    assert client.get(url).status_code == 200
    day = _future_day(cohort)
    response = client.post(
        url, {"plan": world["plan"].pk, "date": day, "time": "14:30", "place": "  Room   2 "}
    )
    assert response.status_code == 302
    session = CohortSession.objects.get(cohort=cohort)
    assert session.plan == world["plan"] and session.place == "Room 2"
    assert session.created_by == world["fac_a"]
    assert session.starts_at.astimezone(UTC).strftime("%H:%M") == "07:30"
    listing = client.get(reverse("paralegal:session_list", args=[cohort.pk]))
    html = listing.content.decode()
    assert "14:30" in html and "Rights we all have" in html and "Room 2" in html
    assert reverse("paralegal:session_pack", args=[cohort.pk, session.pk]) in html


def test_the_list_splits_upcoming_and_past_sessions(world):
    cohort = world["cohort_a"]
    soon = session_add(cohort, world["plan"], days=2)
    later = session_add(cohort, world["plan"], days=9)
    yesterday = session_add(cohort, world["plan"], days=-1)
    last_week = session_add(cohort, world["plan"], days=-7)
    sessions = cohort_sessions(cohort=cohort)
    assert [row.session for row in sessions.upcoming] == [soon, later]
    assert [row.session for row in sessions.past] == [yesterday, last_week]


def test_listing_costs_the_same_queries_for_3_and_30_sessions(
    client, world, django_assert_num_queries
):
    cohort = world["cohort_a"]
    _client_for(client, world["fac_a"])
    url = reverse("paralegal:session_list", args=[cohort.pk])
    for days in range(3):
        session_add(cohort, world["plan"], days=days + 1)
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for days in range(27):
        session_add(cohort, world["plan"], days=-days - 1)
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


def test_a_past_date_within_the_cohort_is_allowed(client, world):
    cohort = world["cohort_a"]
    _client_for(client, world["fac_a"])
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = client.post(
        reverse("paralegal:session_create", args=[cohort.pk]),
        {"plan": world["plan"].pk, "date": yesterday, "time": "09:00", "place": ""},
    )
    assert response.status_code == 302
    assert cohort_sessions(cohort=cohort).past[0].session.place == ""


@pytest.mark.parametrize(
    "change, message",
    [
        ({"date": "2000-01-01"}, "when the group meets"),
        ({"date": "not-a-date"}, "year-month-day"),
        ({"time": "25:99"}, "hours and minutes"),
        ({"time": ""}, "Give the time"),
        ({"plan": ""}, "Choose a session plan."),
        ({"plan": "999999"}, "published session plans"),
        ({"plan": "abc"}, "published session plans"),
        ({"place": "x" * 61}, "at most 60 characters"),
        ({"place": "x" * 100_000}, "at most 60 characters"),
        ({"place": "Room\u202e2"}, "letters, numbers and spaces"),
        ({"place": "Room\x002"}, "Null characters are not allowed."),
        ({"place": "abuse shelter"}, "neutral words"),
    ],
)
def test_bad_input_changes_nothing_and_says_why(client, world, change, message):
    cohort = world["cohort_a"]
    _client_for(client, world["fac_a"])
    data = {"plan": world["plan"].pk, "date": _future_day(cohort), "time": "10:00", "place": ""}
    data.update(change)
    response = client.post(reverse("paralegal:session_create", args=[cohort.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not CohortSession.objects.exists()


def test_a_plan_that_is_not_live_cannot_be_scheduled(client, world, plan_index):
    cohort = world["cohort_a"]
    draft = plan_add(plan_index, slug="draft-plan", live=False)
    _client_for(client, world["fac_a"])
    url = reverse("paralegal:session_create", args=[cohort.pk])
    assert f'value="{draft.pk}"' not in client.get(url).content.decode()
    response = client.post(
        url, {"plan": draft.pk, "date": _future_day(cohort), "time": "10:00", "place": ""}
    )
    assert response.status_code == 400
    # Unpublished after the form was shown: refused too.
    world["plan"].unpublish()
    response = client.post(
        url, {"plan": world["plan"].pk, "date": _future_day(cohort), "time": "10:00"}
    )
    assert response.status_code == 400
    assert not CohortSession.objects.exists()


def test_the_service_refuses_a_plan_unpublished_under_the_form(world):
    from paralegal.services.sessions import SessionRefused, session_schedule

    cohort = world["cohort_a"]
    world["plan"].unpublish()
    with pytest.raises(SessionRefused):
        session_schedule(
            cohort=cohort,
            plan=world["plan"],
            day=timezone.localdate(),
            starts=timezone.now().time(),
            place="",
            created_by=world["fac_a"],
        )
    assert not CohortSession.objects.exists()


def test_forged_fields_are_ignored(client, world):
    cohort, other = world["cohort_a"], world["cohort_b"]
    _client_for(client, world["fac_a"])
    client.post(
        reverse("paralegal:session_create", args=[cohort.pk]),
        {
            "plan": world["plan"].pk,
            "date": _future_day(cohort),
            "time": "10:00",
            "cohort": other.pk,
            "created_by": world["fac_b"].pk,
        },
    )
    session = CohortSession.objects.get()
    assert session.cohort == cohort and session.created_by == world["fac_a"]


def test_another_facilitators_cohort_is_404_everywhere(client, world):
    cohort_b = world["cohort_b"]
    theirs = session_add(cohort_b, world["plan"], by=world["fac_b"])
    mine = session_add(world["cohort_a"], world["plan"], by=world["fac_a"])
    _client_for(client, world["fac_a"])
    for url in (
        reverse("paralegal:session_list", args=[cohort_b.pk]),
        reverse("paralegal:session_create", args=[cohort_b.pk]),
        reverse("paralegal:session_pack", args=[cohort_b.pk, theirs.pk]),
        # Their session under my cohort's address, and mine under theirs.
        reverse("paralegal:session_pack", args=[world["cohort_a"].pk, theirs.pk]),
        reverse("paralegal:session_pack", args=[cohort_b.pk, mine.pk]),
        reverse("paralegal:session_list", args=[999999]),
    ):
        assert client.get(url).status_code == 404, url
    response = client.post(
        reverse("paralegal:session_create", args=[cohort_b.pk]),
        {"plan": world["plan"].pk, "date": _future_day(cohort_b), "time": "10:00"},
    )
    assert response.status_code == 404
    assert CohortSession.objects.filter(cohort=cohort_b).count() == 1


@pytest.mark.parametrize("role", ["learner", "peer_mentor", "safeguarding_lead"])
def test_other_roles_get_404(client, world, make_user, role):
    cohort = world["cohort_a"]
    session = session_add(cohort, world["plan"])
    client.force_login(make_user("other", role=role, mfa=True))
    for url in (
        reverse("paralegal:session_list", args=[cohort.pk]),
        reverse("paralegal:session_create", args=[cohort.pk]),
        reverse("paralegal:session_pack", args=[cohort.pk, session.pk]),
    ):
        assert client.get(url).status_code == 404, url


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    cohort = world["cohort_a"]
    session = session_add(cohort, world["plan"])
    for url in (
        reverse("paralegal:session_list", args=[cohort.pk]),
        reverse("paralegal:session_pack", args=[cohort.pk, session.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_wrong_methods_are_refused(client, world):
    cohort = world["cohort_a"]
    session = session_add(cohort, world["plan"])
    _client_for(client, world["fac_a"])
    assert client.post(reverse("paralegal:session_list", args=[cohort.pk])).status_code == 405
    pack = reverse("paralegal:session_pack", args=[cohort.pk, session.pk])
    assert client.post(pack).status_code == 405
    assert client.delete(reverse("paralegal:session_create", args=[cohort.pk])).status_code == 405


def test_pages_are_never_cached(client, world):
    cohort = world["cohort_a"]
    _client_for(client, world["fac_a"])
    for name in ("session_list", "session_create"):
        response = client.get(reverse(f"paralegal:{name}", args=[cohort.pk]))
        assert "no-store" in response["Cache-Control"], name
        assert "<title>Sessions ·" in response.content.decode()


def test_a_plan_address_must_use_neutral_words(plan_index):
    from django.core.exceptions import ValidationError

    page = SessionPlanPage(
        title_en="Plan",
        slug="abuse-talk",
        summary_en="s",
        objectives_en="o",
        activities_en="[]",
    )
    with pytest.raises(ValidationError) as raised:
        plan_index.add_child(instance=page)
    assert "slug" in raised.value.message_dict


def test_editors_still_preview_plans_in_the_admin(linked_plan):
    # Wagtail checked the editor's permission before it makes the preview request.
    response = linked_plan.make_preview_request()
    assert response.status_code == 200
    assert b"Never ask anyone what happened to them." in response.content
