"""A translator changes only their languages' translations, whatever route they take."""

import json

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from accounts.language_scope import forbidden_changes
from accounts.models import StaffScope
from resources.demo import demo_glossary_ensure
from resources.models import GlossaryTerm
from tests.guides import add_guide

pytestmark = pytest.mark.django_db

KM = frozenset({"km"})


@pytest.fixture
def translator(make_user):
    user = make_user("sok", role="translator", mfa=True)
    StaffScope.objects.create(user=user, languages=["km"])
    return user


@pytest.fixture
def translator_client(translator):
    client = Client()
    client.force_login(translator)
    client.raise_request_exception = False
    return client


REFUSAL = "You may change only the translations in your languages (km)."


def _refused(response) -> None:
    """The editor shows the refusal as an error message (or the route answers 403)."""
    if response.status_code == 403:
        return
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()


def _index_form(**fields) -> dict:
    values = {"title_en": "Guides", "slug": "guides", "intro_en": rich_text("")}
    values.update(fields)
    return nested_form_data({**values, "comments": inline_formset([])})


def test_a_translator_saves_a_khmer_title_through_the_page_editor(index, translator_client):
    response = translator_client.post(
        f"/admin/pages/{index.pk}/edit/", _index_form(title_km="ឯកសារណែនាំ")
    )
    assert response.status_code == 302
    index.refresh_from_db()
    assert index.get_latest_revision_as_object().title_km == "ឯកសារណែនាំ"


@pytest.mark.parametrize(
    "fields",
    [{"title_en": "Renamed in English"}, {"title_vi": "Hướng dẫn"}, {"slug": "elsewhere"}],
)
def test_the_page_editor_refuses_any_other_change(index, translator_client, fields):
    before = index.get_latest_revision().pk
    response = translator_client.post(f"/admin/pages/{index.pk}/edit/", _index_form(**fields))
    _refused(response)
    index.refresh_from_db()
    assert index.get_latest_revision().pk == before, "no revision may be stored"


def test_the_snippet_editor_applies_the_same_rule(home_page, translator_client):
    demo_glossary_ensure(home=home_page)
    term = GlossaryTerm.objects.order_by("pk").first()
    url = f"/admin/snippets/resources/glossaryterm/edit/{term.pk}/"
    base = {"slug": term.slug}
    for code in ("en", "km", "fil", "vi"):
        base[f"term_{code}"] = getattr(term, f"term_{code}")
        base[f"definition_{code}"] = getattr(term, f"definition_{code}")
    ok = translator_client.post(url, {**base, "definition_km": "និយមន័យថ្មី"})
    assert ok.status_code == 302
    term.refresh_from_db()
    assert term.get_latest_revision_as_object().definition_km == "និយមន័យថ្មី"
    _refused(translator_client.post(url, {**base, "definition_en": "Changed English"}))
    # Leaving out the Filipino fields would blank them: that is a change too.
    _refused(translator_client.post(url, {**base, "term_fil": "", "definition_fil": ""}))
    term.refresh_from_db()
    assert term.get_latest_revision_as_object().definition_en == term.definition_en


def test_any_code_path_that_stores_a_revision_is_guarded(index, translator):
    guide = add_guide(index, slug="guarded")
    guide.summary_km = "សង្ខេប"
    guide.save_revision(user=translator)
    guide.summary_en = "An English change"
    with pytest.raises(PermissionDenied):
        guide.save_revision(user=translator)
    guide.summary_en = guide.get_latest_revision_as_object().summary_en
    guide.audience = "parents"
    with pytest.raises(PermissionDenied):
        guide.save_revision(user=translator)


def test_a_translator_without_languages_changes_nothing(index, translator):
    StaffScope.objects.filter(user=translator).update(languages=[])
    index.title_km = "ឯកសារណែនាំ"
    with pytest.raises(PermissionDenied):
        index.save_revision(user=translator)


def test_editors_are_not_restricted(index, make_user):
    editor = make_user("mai", role="editor")
    index.title_en = "Guides and more"
    index.title_vi = "Hướng dẫn"
    index.save_revision(user=editor)
    assert index.get_latest_revision_as_object().title_vi == "Hướng dẫn"


def test_stream_fields_that_only_gained_block_ids_count_as_unchanged():
    old = {"body_en": json.dumps([{"type": "paragraph", "value": "<p>Hi</p>"}])}
    new = {"body_en": json.dumps([{"type": "paragraph", "value": "<p>Hi</p>", "id": "a1"}])}
    assert forbidden_changes(old, new, KM) == []
    changed = {"body_en": json.dumps([{"type": "paragraph", "value": "<p>Bye</p>", "id": "a"}])}
    assert forbidden_changes(old, changed, KM) == ["body_en"]


def test_recordings_in_the_translators_language_are_theirs_and_no_others():
    old = {"audio": [{"pk": 1, "language": "vi", "file": "a.mp3"}]}
    added_km = {"audio": [*old["audio"], {"pk": None, "language": "km", "file": "b.mp3"}]}
    assert forbidden_changes(old, added_km, KM) == []
    replaced_vi = {"audio": [{"pk": 1, "language": "vi", "file": "c.mp3"}]}
    assert forbidden_changes(old, replaced_vi, KM) == ["audio"]
