"""A missing translation shows English, marked lang="en", with a note in the reader's language."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_translated_fields_are_shown_without_a_note(client, home_page):
    content = client.get("/km/").content.decode()
    assert home_page.title_km in content
    assert home_page.intro_km in content
    assert 'class="fallback-note"' not in content


def test_missing_translation_falls_back_to_english_and_says_so(client, home_page):
    assert home_page.body_fil == ""
    content = client.get("/fil/").content.decode()
    body = re.search(r'<div class="page__body rich-text" lang="en">(.*?)</div>', content, re.S)
    assert body is not None, "the English fallback must carry lang=en"
    assert "Every child has the right to be safe" in body.group(1)
    notes = re.findall(r'<p class="fallback-note">(.*?)</p>', content, re.S)
    assert len(notes) == 1
    assert "not yet available" not in notes[0], "the note itself must be in Filipino"
    assert "Filipino" in notes[0]


def test_english_page_never_shows_a_fallback_note(client, home_page):
    content = client.get("/en/").content.decode()
    assert 'class="fallback-note"' not in content
    assert 'lang="en">' not in content.split("<main")[1]


@pytest.mark.parametrize("code", ["en", "km"])
def test_home_page_costs_a_fixed_number_of_queries(
    client, home_page, code, django_assert_num_queries
):
    client.get(f"/{code}/")
    # Site, page, alias check, restrictions, and one query for every section link.
    # (The stale-translation note's one query is cached under the live revision; its cold
    # cost is asserted in tests/translation_status/test_front_end.py.)
    with django_assert_num_queries(5):
        assert client.get(f"/{code}/").status_code == 200
