"""The first use of a glossary word in a guide links to its definition, in the reader's language."""

import json

import pytest

from resources.glossary_marks import mark_first_uses
from resources.models import GlossaryTerm
from tests.guides import add_guide

pytestmark = pytest.mark.django_db


def publish_term(**fields):
    term = GlossaryTerm(**fields)
    term.save()
    term.save_revision().publish()
    return term


@pytest.fixture
def words():
    publish_term(
        slug="consent",
        term_en="consent",
        definition_en="Saying yes freely.",
        term_km="ការយល់ព្រម",
        definition_km="ការនិយាយថាបាទ/ចាស ដោយសេរី។",
        term_vi="sự đồng ý",
        definition_vi="Nói có một cách tự do.",
    )
    publish_term(slug="legal-aid", term_en="legal aid", definition_en="Free help from a lawyer.")
    publish_term(slug="aid", term_en="aid", definition_en="Help.")


def test_only_the_first_use_is_marked_and_longer_terms_win(words):
    html, found = mark_first_uses(
        "<p>Consent matters. Ask about legal aid. Consent again.</p>", "en"
    )
    assert html.count('class="term"') == 2
    assert (
        '<a class="term" href="#word-consent" aria-describedby="word-consent-meaning">Consent</a>'
        in html
    )
    assert 'href="#word-legal-aid"' in html and 'href="#word-aid"' not in html
    assert [word.slug for word in found] == ["consent", "legal-aid"]


def test_words_inside_links_headings_and_other_words_are_left_alone(words):
    html, found = mark_first_uses(
        '<h2>Consent</h2><p><a href="/x">consent form</a> nonconsensual aids</p>', "en"
    )
    assert 'class="term"' not in html
    assert found == []


def test_khmer_words_are_found_inside_unspaced_text(words):
    html, found = mark_first_uses("<p>អ្នកត្រូវការការយល់ព្រមជាមុន។</p>", "km")
    assert 'href="#word-consent">ការយល់ព្រម</a>' in html.replace(
        ' aria-describedby="word-consent-meaning"', ""
    )
    assert found[0].definition == "ការនិយាយថាបាទ/ចាស ដោយសេរី។"


def test_a_term_not_yet_published_is_not_marked():
    GlossaryTerm.objects.create(slug="draft", term_en="secret", definition_en="x", live=False)
    html, found = mark_first_uses("<p>secret</p>", "en")
    assert found == [] and "term" not in html


def test_publishing_a_term_marks_it_from_then_on(words):
    assert mark_first_uses("<p>shelter</p>", "en")[1] == []
    publish_term(slug="shelter", term_en="shelter", definition_en="A safe place to stay.")
    assert [word.slug for word in mark_first_uses("<p>shelter</p>", "en")[1]] == ["shelter"]


def test_the_guide_lists_its_words_with_definitions_in_the_readers_language(
    client,
    index,
    words,
):
    add_guide(
        index,
        body_vi=json.dumps(
            [{"type": "paragraph", "value": "<p>Không ai làm vậy mà không có sự đồng ý.</p>"}]
        ),
        title_vi="Quyền được an toàn",
    )
    html = client.get("/vi/guides/safe/").content.decode()
    assert 'href="#word-consent"' in html
    assert '<dt id="word-consent">sự đồng ý</dt>' in html
    assert '<dd id="word-consent-meaning">Nói có một cách tự do.</dd>' in html


def test_a_guide_without_glossary_words_has_no_word_list(client, index):
    add_guide(index)
    html = client.get("/en/guides/safe/").content.decode()
    assert "Words in this guide" not in html
