"""What changed in English since a translation was made, beside that translation."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType

from resources.models import GlossaryTerm, RightsGuidePage
from tests.guides import BODY
from tests.translation_status.helpers import revise
from translation_status.hashing import readable_text

pytestmark = pytest.mark.django_db


def url(obj_or_ct, object_id, field="title", language="km"):
    ct = (
        obj_or_ct if isinstance(obj_or_ct, int) else ContentType.objects.get_for_model(obj_or_ct).pk
    )
    return f"/admin/translations/difference/{ct}/{object_id}/{field}/{language}/"


def test_it_shows_english_insertions_and_deletions_beside_the_translation(client, guide, editor):
    revise(guide, user=editor, title_en="Your right to feel <b>safe</b> at home")
    client.force_login(editor)
    response = client.get(url(RightsGuidePage, guide.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "Your right to <del>be</del><ins>feel</ins> <ins>&lt;b&gt;</ins>safe"
        "<ins>&lt;/b&gt; at home</ins>"
    ) in html, "old words struck, new words escaped"
    assert "<b>safe</b>" not in html
    assert "សិទ្ធិរបស់អ្នក" in html, "the Khmer translation beside it"


def test_stream_fields_are_compared_as_words_not_json(client, guide, editor, translator):
    revise(guide, user=translator, body_km=json.dumps(BODY[:1]))
    changed = [dict(BODY[0], value="<p>You have the right to be safe, always.</p>"), *BODY[1:]]
    revise(guide, user=editor, body_en=json.dumps(changed))
    client.force_login(translator)
    html = client.get(url(RightsGuidePage, guide.pk, "body")).content.decode()
    assert "<ins>, always</ins>" in html
    assert "&quot;type&quot;" not in html and '"paragraph"' not in html


def test_readable_text_keeps_the_words_of_blocks_and_drops_the_markup():
    text = json.dumps(
        [{"type": "paragraph", "id": "x", "value": "<p>One &amp; two</p><p>Three</p>"}]
    )
    assert readable_text(text, stream=True, html=True) == "One & two\nThree"
    assert readable_text("Use <this>", stream=False, html=False) == "Use <this>"


def test_a_snippet_field_has_its_difference_too(client, editor):
    term = GlossaryTerm(slug="w", term_en="witness", term_km="សាក្សី", definition_en="Saw it.")
    term.save()
    term.save_revision(user=editor)
    term.term_en = "eye witness"
    term.save_revision(user=editor)
    client.force_login(editor)
    html = client.get(url(GlossaryTerm, term.pk, "term")).content.decode()
    assert "<ins>eye </ins>" in html


@pytest.mark.parametrize(
    ("make_url", "why"),
    [
        (lambda guide: url(999999, guide.pk), "unknown content type"),
        (lambda guide: url(ContentType.objects.get(model="user").pk, 1), "a model not tracked"),
        (lambda guide: url(RightsGuidePage, 999999), "unknown object"),
        (lambda guide: url(RightsGuidePage, "abc"), "not an id"),
        (lambda guide: url(RightsGuidePage, guide.pk, "slug"), "a field not tracked"),
        (lambda guide: url(RightsGuidePage, guide.pk, "lawyer_checked_on"), "not translated"),
        (lambda guide: url(RightsGuidePage, guide.pk, "nonsense"), "no such field"),
        (lambda guide: url(RightsGuidePage, guide.pk, "title", "en"), "English is the source"),
        (lambda guide: url(RightsGuidePage, guide.pk, "title", "xx"), "not a language"),
        (lambda guide: url(RightsGuidePage, guide.pk, "seo_title"), "no row: no English"),
    ],
)
def test_hostile_addresses_are_not_found(client, guide, editor, make_url, why):
    client.force_login(editor)
    client.raise_request_exception = False
    # An admin address that is not found goes through the site's language redirect first.
    response = client.get(make_url(guide), follow=True)
    assert response.status_code == 404, why
    assert "សិទ្ធិរបស់អ្នក" not in response.content.decode()


def test_only_someone_who_may_edit_the_object_sees_it(client, guide, make_user):
    client.raise_request_exception = False
    reviewer = make_user("reviewer1", role="safeguarding_reviewer", mfa=True)
    client.force_login(reviewer)  # admin access, no page permission
    # Wagtail turns the refusal into a message on the admin's home page.
    response = client.get(url(RightsGuidePage, guide.pk))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "សិទ្ធិរបស់អ្នក" not in client.get("/admin/").content.decode()
    client.force_login(make_user("learner9", role="learner"))
    response = client.get(url(RightsGuidePage, guide.pk))
    assert response.status_code == 302  # sent to sign in or away from the admin
    assert "សិទ្ធិរបស់អ្នក" not in response.content.decode()
