"""Readers see a small note when a published translation was made against older English."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.translation import trans_real

from resources.models import GlossaryTerm
from tests.translation_status.helpers import revise, rows
from translation_status.hashing import text_hash
from translation_status.models import FieldTranslation

pytestmark = pytest.mark.django_db

NOTE = 'class="stale-note"'
GUIDE = "/{}/guides/safe/"
NOTE_TEXT = "The English version of this page was updated after this translation was made."


@pytest.fixture
def khmer_note():
    """The note's Khmer, as the catalog will carry it (the lead adds it to locale/km)."""
    catalog = trans_real.translation("km")._catalog
    had = NOTE_TEXT in catalog
    if not had:
        catalog[NOTE_TEXT] = "កំណែភាសាអង់គ្លេសត្រូវបានកែប្រែ បន្ទាប់ពីការបកប្រែនេះ។"
    yield catalog[NOTE_TEXT]
    if not had:
        del catalog._catalogs[0][NOTE_TEXT]  # TranslationCatalog has no __delitem__


def publish(obj):
    type(obj).objects.get(pk=obj.pk).get_latest_revision().publish()


def test_publishing_copies_the_source_hash_for_visitors(guide, editor):
    assert rows(guide)["title", "km"].live_source_hash == text_hash(guide.title_en)
    revise(guide, user=editor, title_en="Safe at home")
    row = rows(guide)["title", "km"]
    assert row.live_source_hash == text_hash("Your right to be safe"), "a draft changes nothing"
    publish(guide)
    assert rows(guide)["title", "km"].live_source_hash == text_hash("Your right to be safe")
    revise(guide, user=editor, title_km="សុវត្ថិភាពនៅផ្ទះ")
    publish(guide)
    assert rows(guide)["title", "km"].live_source_hash == text_hash("Safe at home")


def test_snippets_copy_it_on_publish_too(db):
    term = GlossaryTerm(slug="w", term_en="witness", term_km="សាក្សី", definition_en="Saw it.")
    term.save()
    term.save_revision()
    assert rows(term)["term", "km"].live_source_hash == ""
    term.save_revision().publish()
    assert rows(term)["term", "km"].live_source_hash == text_hash("witness")


def test_a_stale_published_translation_gets_a_note_in_the_readers_language(
    client, guide, editor, khmer_note
):
    assert NOTE not in client.get(GUIDE.format("km")).content.decode()
    revise(guide, user=editor, summary_en="What safety means, and who can help you.")
    assert NOTE not in client.get(GUIDE.format("km")).content.decode(), "not published yet"
    publish(guide)
    khmer = client.get(GUIDE.format("km")).content.decode()
    assert khmer.count(NOTE) == 1
    assert f'<p class="stale-note">{khmer_note}</p>' in khmer, "said in Khmer"
    assert NOTE not in client.get(GUIDE.format("en")).content.decode()
    # Filipino shows English (no translation): the fallback note, not the stale one.
    filipino = client.get(GUIDE.format("fil")).content.decode()
    assert NOTE not in filipino and 'class="fallback-note"' in filipino
    revise(guide, user=editor, summary_km="សុវត្ថិភាព និងជំនួយ។")
    publish(guide)
    assert NOTE not in client.get(GUIDE.format("km")).content.decode()


def test_the_note_names_the_english_update_in_english_for_english_words(client, guide, editor):
    with_english = client.get(GUIDE.format("vi")).content.decode()
    assert NOTE not in with_english
    revise(guide, user=editor, title_en="Safe at home")
    publish(guide)
    assert NOTE in client.get(GUIDE.format("vi")).content.decode()


def test_a_minor_change_shows_no_note(client, guide, editor):
    revise(guide, user=editor, minor=True, summary_en="What safety means and who can help!")
    publish(guide)
    assert NOTE not in client.get(GUIDE.format("km")).content.decode()


def test_the_home_page_has_the_note_too(client, home_page, editor):
    assert NOTE not in client.get("/km/").content.decode()
    revise(home_page, user=editor, intro_en="A new introduction in English.")
    publish(home_page)
    assert NOTE in client.get("/km/").content.decode()
    assert NOTE not in client.get("/en/").content.decode()


@pytest.mark.parametrize("kind", ["guide", "home"])
def test_the_note_costs_one_query_then_none_whatever_the_rows(
    client, guide, editor, kind, django_assert_num_queries
):
    # (Not named "page": that is pytest-playwright's fixture, which would make this a browser test.)
    target = guide if kind == "guide" else guide.get_parent().get_parent().specific
    path = "/{}/guides/safe/" if kind == "guide" else "/{}/"
    revise(target, user=editor, title_en="Safe at home")
    publish(target)
    client.get(path.format("km"))
    client.get(path.format("en"))
    with CaptureQueriesContext(connection) as english:
        client.get(path.format("en"))
    english_count = len(english)
    content_type = ContentType.objects.get_for_model(type(target))
    for extra_rows in (0, 500):
        FieldTranslation.objects.bulk_create(
            FieldTranslation(
                content_type=content_type,
                object_id=str(target.pk),
                field_name=f"other{extra_rows}-{number}",
                language="km",
                status="stale",
                section="guides",
            )
            for number in range(extra_rows)
        )
        # A new live revision: the note is worked out again, with one query.
        revise(target, user=editor, seo_title_en=f"Edition {extra_rows}")
        publish(target)
        client.get(path.format("en"))
        with django_assert_num_queries(english_count + 1):
            client.get(path.format("km"))
        with django_assert_num_queries(english_count):
            response = client.get(path.format("km"))
        assert NOTE in response.content.decode()


ENTRY_NOTE = "The English of this entry was updated after this translation was made."


def _term(home_page):
    from resources.models import GlossaryPage
    from tests.guides import guide_index_ensure

    guide_index_ensure(home_page)
    if not GlossaryPage.objects.exists():
        from resources.demo import GLOSSARY_TITLE, _section_page_ensure

        _section_page_ensure(GlossaryPage, slug="words", titles=GLOSSARY_TITLE, home=home_page)
    term = GlossaryTerm(
        slug="witness",
        term_en="witness",
        definition_en="Someone who saw what happened.",
        term_km="សាក្សី",
        definition_km="អ្នកដែលបានឃើញអ្វីដែលបានកើតឡើង។",
        live=False,
    )
    term.save()
    term.save_revision().publish()
    return term


def test_a_glossary_entry_translated_against_older_english_says_so(home_page, editor):
    term = _term(home_page)
    client = Client()
    page = client.get("/km/words/").content.decode()
    assert "សាក្សី" in page and 'class="stale-note"' not in page

    revise(term, user=editor, definition_en="Someone who saw or heard what happened.")
    publish(term)
    cache.clear()
    page = client.get("/km/words/").content.decode()
    entry = page[page.index("សាក្សី") :][:600]
    assert 'class="stale-note"' in entry
    assert 'class="stale-note"' not in client.get("/en/words/").content.decode()


def test_a_minor_english_change_adds_no_note_to_the_glossary(home_page, editor):
    term = _term(home_page)
    revise(term, user=editor, minor=True, definition_en="Someone who saw what happened!")
    publish(term)
    assert 'class="stale-note"' not in Client().get("/km/words/").content.decode()


def test_a_directory_entry_translated_against_older_english_says_so(home_page, editor):
    from resources.models import ReferralService
    from tests.guides import guide_index_ensure

    guide_index_ensure(home_page)  # the directory page and its demo entries
    service = ReferralService.objects.filter(live=True).exclude(name_km="").first()
    client = Client()
    assert ENTRY_NOTE not in client.get("/en/help/").content.decode()
    before = client.get("/km/help/").content.decode()
    assert 'class="stale-note"' not in before
    revise(service, user=editor, name_en=f"{service.name_en} (renamed)")
    publish(service)
    cache.clear()
    after = client.get("/km/help/").content.decode()
    article = after[after.index(f'id="service-{service.pk}"') :].split("</article>")[0]
    assert 'class="stale-note"' in article
    assert after.count('class="stale-note"') == 1, "only the entry whose English changed"
