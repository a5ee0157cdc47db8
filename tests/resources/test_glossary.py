"""The glossary: plain definitions, A to Z in each language, no duplicate terms."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from resources.demo import demo_glossary_ensure
from resources.models import GlossaryTerm

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossary(home_page):
    return demo_glossary_ensure(home=home_page)


def add_term(slug, live=True, **fields):
    term = GlossaryTerm(slug=slug, live=live, **fields)
    term.full_clean()
    term.save()
    return term


def test_demo_glossary_has_forty_terms_in_four_languages_and_is_idempotent(glossary):
    demo_glossary_ensure(home=glossary.get_parent().specific)
    terms = GlossaryTerm.objects.all()
    assert terms.count() >= 40
    assert all(t.term_km and t.term_fil and t.term_vi and t.definition_km for t in terms)


@pytest.mark.parametrize("language", ["en", "km", "fil", "vi"])
def test_glossary_page_lists_every_term_under_letters(client, glossary, language):
    response = client.get(f"/{language}/words/")
    assert response.status_code == 200
    listed = sum(len(entries) for _letter, entries in response.context["sections"])
    assert listed == GlossaryTerm.objects.count()
    assert response.context["untranslated"] == []
    html = response.content.decode()
    for slug in GlossaryTerm.objects.values_list("slug", flat=True):
        assert f'<dt id="{slug}">' in html


def test_vietnamese_glossary_follows_the_vietnamese_alphabet(client, glossary):
    letters = [letter for letter, _entries in client.get("/vi/words/").context["sections"]]
    alphabet = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    assert letters == sorted(letters, key=alphabet.index)


def test_khmer_glossary_is_in_khmer_order(client, glossary):
    letters = [letter for letter, _entries in client.get("/km/words/").context["sections"]]
    assert letters == sorted(letters)  # Khmer consonants are encoded in alphabetical order
    assert all("\u1780" <= letter <= "\u17b3" for letter in letters)


def test_terms_without_a_translation_are_listed_apart_in_english(client, glossary):
    add_term("zz-new", term_en="Appeal", definition_en="Asking a higher court to look again.")
    response = client.get("/km/words/")
    assert [entry.term for entry in response.context["untranslated"]] == ["Appeal"]
    html = response.content.decode()
    section = html.split('id="untranslated"')[1]
    assert '<dl class="glossary" lang="en">' in section


def test_unpublished_terms_are_not_listed(client, glossary):
    add_term("secret", live=False, term_en="Hidden word", definition_en="Not yet reviewed.")
    assert "Hidden word" not in client.get("/en/words/").content.decode()


@pytest.mark.parametrize(
    ("language", "duplicate"),
    [("en", "CONSENT"), ("vi", None)],
)
def test_a_term_duplicated_in_a_language_is_refused(glossary, language, duplicate):
    existing = GlossaryTerm.objects.get(slug="consent")
    value = duplicate or getattr(existing, f"term_{language}")
    before = GlossaryTerm.objects.count()
    with pytest.raises(ValidationError) as error:
        add_term(
            "consent-again",
            **{
                f"term_{language}": value,
                "term_en": value if language == "en" else "Agreeing",
                "definition_en": "x",
            },
        )
    assert f"term_{language}" in error.value.message_dict
    assert "already in the glossary" in str(error.value)
    assert GlossaryTerm.objects.count() == before


@pytest.mark.parametrize("count", [10, 1000])
def test_glossary_page_costs_the_same_number_of_queries_at_any_size(
    glossary, count, django_assert_num_queries
):
    GlossaryTerm.objects.all().delete()
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(
            slug=f"t{i}", term_en=f"Term {i}", term_km=f"ពាក្យ {i}", definition_en="d", live=True
        )
        for i in range(count)
    )
    client = Client()
    client.get("/km/words/")
    # Site, page, alias check, restrictions, page chrome, the terms, and their translations'
    # status (for the "updated in English" note): never one per term.
    with django_assert_num_queries(8):
        response = client.get("/km/words/")
    assert sum(len(e) for _l, e in response.context["sections"]) == count


def test_anchors_let_a_guide_link_straight_to_a_term(client, glossary):
    html = client.get("/fil/words/").content.decode()
    assert re.search(r'<dt id="consent">[^<]+</dt>', html)
