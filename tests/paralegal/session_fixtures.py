"""Session plans and scheduled sessions for the sessions tests (imported by those modules)."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from paralegal.models import CohortSession, SessionPlanIndexPage, SessionPlanPage
from tests.courses_factory import course_build
from tests.guides import add_guide, guide_index_ensure


def plan_index_ensure(home) -> SessionPlanIndexPage:
    index = SessionPlanIndexPage.objects.first()
    if index is None:
        index = SessionPlanIndexPage(title_en="Session plans", slug="plans", live=False)
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def steps(language="en") -> str:
    km = language == "km"
    return json.dumps(
        [
            {
                "type": "step",
                "id": "step-1",
                "value": {
                    "minutes": 20,
                    "title": "ស្វាគមន៍" if km else "Welcome",
                    "instructions": "<p>សួរសុខទុក្ខ</p>" if km else "<p>Say hello.</p>",
                },
            },
            {
                "type": "step",
                "id": "step-2",
                "value": {
                    "minutes": 40,
                    "title": "សិទ្ធិ" if km else "Rights",
                    "instructions": "<p>អានមេរៀន</p>" if km else "<p>Read the lesson.</p>",
                },
            },
        ]
    )


def plan_add(
    index, *, slug="plan-a", live=True, links=(), khmer=False, **fields
) -> SessionPlanPage:
    # Explicit _en fields: a test request may have left another language active.
    values = {
        "title_en": "Rights we all have",
        "summary_en": "Meet the four principles.",
        "objectives_en": "Everyone can name the principles.",
        "duration_minutes": 60,
        "activities_en": steps(),
        "materials_en": "Paper and markers",
        "safeguarding_notes_en": "Never ask anyone what happened to them.",
        **fields,
    }
    if khmer:
        values.update(
            title_km="សិទ្ធិរបស់យើង",
            summary_km="គោលការណ៍ទាំងបួន",
            objectives_km="គ្រប់គ្នាស្គាល់គោលការណ៍",
            activities_km=steps("km"),
            materials_km="ក្រដាស",
            safeguarding_notes_km="កុំសួរនរណាម្នាក់",
        )
    plan = SessionPlanPage(slug=slug, live=False, links=json.dumps(list(links)), **values)
    index.add_child(instance=plan)
    revision = plan.save_revision()
    if live:
        revision.publish()
    plan.refresh_from_db()
    return plan


@pytest.fixture
def plan_index(home_page):
    return plan_index_ensure(home_page)


@pytest.fixture
def linked_plan(home_page, plan_index):
    """A live plan, in English and Khmer, linking a lesson and a guide."""
    course = course_build(home_page)
    guide = add_guide(guide_index_ensure(home_page), slug="rights-guide", title_en="Your rights")
    links = [
        {"type": "lesson", "value": course["lessons"][0].pk, "id": "link-lesson"},
        {"type": "guide", "value": guide.pk, "id": "link-guide"},
    ]
    return plan_add(plan_index, links=links, khmer=True)


@pytest.fixture
def plan(plan_index):
    return plan_add(plan_index, slug="plan-plain")


def session_add(cohort, plan, *, days=3, place="Room 2", by=None) -> CohortSession:
    return CohortSession.objects.create(
        cohort=cohort,
        plan=plan,
        starts_at=timezone.now() + timedelta(days=days),
        place=place,
        created_by=by,
    )
