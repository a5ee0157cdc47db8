"""Editors meet the same rules in the admin: a clear message, and nothing stored."""

import pytest

from resources.demo import demo_glossary_ensure
from resources.models import GlossaryTerm, ReferralService

pytestmark = pytest.mark.django_db

ADD_SERVICE = "/admin/snippets/resources/referralservice/add/"
ADD_TERM = "/admin/snippets/resources/glossaryterm/add/"


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user("editor1", role="editor", mfa=True))
    return client


def service_form(**overrides):
    data = {
        "name_en": "City legal desk",
        "kind": "legal_aid",
        "country": "PH",
        "region_en": "Cebu",
        "phone": "+63 32 123 4567",
        "website": "",
        "verified_by": "Facilitator team",
        "verified_on": "2026-11-01",
    }
    data.update(overrides)
    return data


def test_editor_can_add_a_service_as_a_draft(editor_client):
    response = editor_client.post(ADD_SERVICE, service_form())
    assert response.status_code == 302
    service = ReferralService.objects.get(name_en="City legal desk")
    assert service.live is False, "editors cannot publish; review comes first"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "call the office", "digits only"),
        ("website", "javascript:alert(1)", "Enter a valid URL"),
        ("kind", "spy", "Select a valid choice"),
    ],
)
def test_bad_service_input_is_refused_in_the_admin(editor_client, field, value, message):
    response = editor_client.post(ADD_SERVICE, service_form(**{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ReferralService.objects.exists()


def test_an_example_entry_with_a_phone_is_refused_in_the_admin(editor_client):
    response = editor_client.post(ADD_SERVICE, service_form(is_example="on"))
    assert response.status_code == 200
    assert "An example entry cannot have a phone number" in response.content.decode()
    assert not ReferralService.objects.exists()


def test_a_duplicate_glossary_term_is_refused_in_the_admin(editor_client, home_page):
    demo_glossary_ensure(home=home_page)
    before = GlossaryTerm.objects.count()
    response = editor_client.post(
        ADD_TERM,
        {"term_en": "Consent", "definition_en": "Saying yes.", "slug": "consent-2"},
    )
    assert response.status_code == 200
    assert "already in the glossary in this language" in response.content.decode()
    assert GlossaryTerm.objects.count() == before
