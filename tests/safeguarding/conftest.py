"""Fixtures for the safeguarding review: the workflow, and signed-in staff of each role."""

import pytest
from django.test import Client

from safeguarding.workflow import review_workflow_ensure


@pytest.fixture
def workflow(roles):
    return review_workflow_ensure()


@pytest.fixture
def staff(make_user, workflow):
    """staff("editor") → a signed-in user of that role, with two-step sign-in set up."""
    made = {}

    def make(role: str, name: str | None = None):
        name = name or f"{role}1"
        if name not in made:
            made[name] = make_user(name, role=role, mfa=True, email=f"{name}@example.org")
        return made[name]

    return make


@pytest.fixture
def client_for():
    def make(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make


def approve_data(**extra) -> dict:
    from safeguarding.models import ChecklistItem

    data = {f"item_{pk}": "on" for pk in ChecklistItem.objects.values_list("pk", flat=True)}
    data.update(extra)
    return data


def all_answers() -> dict:
    from safeguarding.models import ChecklistItem

    return {f"item_{pk}": True for pk in ChecklistItem.objects.values_list("pk", flat=True)}
