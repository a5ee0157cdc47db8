# ruff: noqa: F401, F811  (pytest fixtures imported from session_fixtures)
"""The session pack: a PDF of the plan in the cohort's language, with an attendance sheet.

Text extracted from a Khmer PDF comes out in visual glyph order, so nothing here asserts on
extracted Khmer text: the Khmer check looks at the embedded font (as tests/resources does).
"""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from paralegal.models import Membership
from paralegal.session_pack import (
    session_pack_context,
    session_pack_html,
    session_pack_render,
)
from tests.paralegal.session_fixtures import (
    linked_plan,
    plan_index,
    session_add,
)
from tests.resources.test_guide_pdf import embedded_fonts

pytestmark = pytest.mark.django_db


@pytest.fixture
def pack_world(make_user, make_learner, make_cohort, linked_plan):
    fac = make_user("fac_pack", role="facilitator", mfa=True)
    members = [make_learner(f"pack{i}", display_name=f"Lotus {i}") for i in range(2)]
    cohort = make_cohort("Tuesday group", facilitators=[fac], members=members, language="km")
    session = session_add(cohort, linked_plan, place="Room 2", by=fac)
    return {"fac": fac, "cohort": cohort, "session": session, "plan": linked_plan}


def _pack_url(world):
    return reverse("paralegal:session_pack", args=[world["cohort"].pk, world["session"].pk])


def _display_names(cohort) -> list[str]:
    return [m.user.profile.display_name for m in cohort.memberships.select_related("user__profile")]


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_facilitator_downloads_the_pack_as_an_attachment(client, pack_world):
    client.force_login(pack_world["fac"])
    response = client.get(_pack_url(pack_world))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    disposition = response["Content-Disposition"]
    assert disposition.startswith(f'attachment; filename="session-{pack_world["session"].pk}.pdf"')
    control = response["Cache-Control"]
    assert "no-store" in control and "private" in control and "public" not in control


def test_a_khmer_cohorts_pack_embeds_noto_sans_khmer(client, pack_world):
    client.force_login(pack_world["fac"])
    fonts = embedded_fonts(client.get(_pack_url(pack_world)).content)
    assert any("NotoSansKhmer" in name.replace("-", "") for name in fonts), sorted(fonts)


def test_the_pack_is_in_the_cohorts_language(pack_world):
    html = session_pack_html(cohort=pack_world["cohort"], session=pack_world["session"])
    assert '<html lang="km"' in html
    assert "កុំសួរនរណាម្នាក់" in html  # the Khmer safeguarding notes
    assert "Never ask anyone" not in html
    assert "Some parts are not yet available" not in html


def test_an_untranslated_plan_says_it_is_in_english(pack_world):
    cohort = pack_world["cohort"]
    cohort.language = "vi"
    cohort.save()
    html = session_pack_html(cohort=cohort, session=pack_world["session"])
    assert '<html lang="vi"' in html
    assert "Never ask anyone what happened to them." in html and 'lang="en"' in html
    assert "fallback-note" in html


def test_an_english_pack_holds_everything_a_facilitator_needs(pack_world):
    cohort = pack_world["cohort"]
    cohort.language = "en"
    cohort.save()
    pdf = session_pack_render(cohort=cohort, session=pack_world["session"])
    text = " ".join(_text(pdf).split())
    for expected in (
        "Rights we all have",  # title
        "Everyone can name the principles.",  # objectives
        "Timing",
        "Welcome",
        "Read the lesson.",  # an activity
        "20",
        "40",  # minutes
        "Paper and markers",  # materials
        "Never ask anyone what happened to them.",  # safeguarding notes
        "Lesson one",  # the linked lesson
        "Your rights",  # the linked guide
        "Tuesday group",  # the cohort
        "Room 2",
        *_display_names(cohort),  # the attendance sheet
    ):
        assert expected in text, expected


def test_the_timing_table_adds_up(pack_world):
    context = session_pack_context(cohort=pack_world["cohort"], session=pack_world["session"])
    assert [(s["start"], s["minutes"]) for s in context["steps"]] == [(0, 20), (20, 40)]
    assert context["total_minutes"] == 60


def test_members_who_left_are_not_on_the_sheet(pack_world):
    cohort = pack_world["cohort"]
    from django.utils import timezone

    Membership.objects.filter(cohort=cohort, user__username="pack1").update(left_at=timezone.now())
    context = session_pack_context(cohort=cohort, session=pack_world["session"])
    staying = Membership.objects.get(cohort=cohort, user__username="pack0")
    assert context["names"] == [staying.user.profile.display_name]


def test_the_pack_costs_the_same_queries_for_2_and_10_members(
    client, pack_world, make_learner, django_assert_num_queries
):
    client.force_login(pack_world["fac"])
    url = _pack_url(pack_world)
    client.get(url)  # warm per-process caches (content types, sites)
    with CaptureQueriesContext(connection) as two:
        assert client.get(url).status_code == 200
    for i in range(2, 10):
        learner = make_learner(f"pack{i}", display_name=f"Lotus {i}")
        Membership.objects.create(cohort=pack_world["cohort"], user=learner, joined_via="code")
    assert pack_world["cohort"].memberships.count() == 10
    with django_assert_num_queries(len(two.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200


def test_building_the_pack_is_a_fixed_small_number_of_queries(
    pack_world, django_assert_max_num_queries
):
    from paralegal.selectors_sessions import session_for_cohort

    cohort = pack_world["cohort"]
    # The session with its plan (1), the lessons (1), the guides (1), the members (1).
    with django_assert_max_num_queries(4):
        session = session_for_cohort(cohort=cohort, pk=pack_world["session"].pk)
        session_pack_html(cohort=cohort, session=session)


def test_a_session_whose_plan_was_deleted_has_no_pack(client, pack_world):
    session = pack_world["session"]
    session.plan = None
    session.save()
    client.force_login(pack_world["fac"])
    assert client.get(_pack_url(pack_world)).status_code == 404


def test_a_co_facilitator_of_another_cohort_gets_404(client, pack_world, make_user, make_cohort):
    other = make_user("fac_other", role="facilitator", mfa=True)
    make_cohort("Other group", facilitators=[other])
    client.force_login(other)
    assert client.get(_pack_url(pack_world)).status_code == 404


def test_a_member_of_the_cohort_gets_404(client, pack_world):
    learner = pack_world["cohort"].memberships.first().user
    client.force_login(learner)
    assert client.get(_pack_url(pack_world)).status_code == 404


def test_packs_are_rate_limited_per_facilitator(client, pack_world, settings, monkeypatch):
    import paralegal.views.sessions as views

    settings.PARALEGAL_SESSION_PACKS_PER_MINUTE = 2
    monkeypatch.setattr(views, "session_pack_render", lambda **kwargs: b"%PDF-1.7 test")
    client.force_login(pack_world["fac"])
    assert [client.get(_pack_url(pack_world)).status_code for _ in range(3)] == [200, 200, 429]
