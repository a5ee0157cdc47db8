"""Every saved revision updates the status of each tracked field in each target language."""

import json
from types import SimpleNamespace

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry, PageLogEntry

from resources.models import GlossaryTerm, RightsGuidePage
from tests.guides import BODY
from tests.translation_status.helpers import revise, rows
from translation_status.hashing import text_hash
from translation_status.models import FieldTranslation, Section, Status
from translation_status.services import MINOR_CHANGE_ACTION, record_revision

pytestmark = pytest.mark.django_db


def test_first_revision_gives_a_row_per_field_with_english_and_language(guide):
    found = rows(guide)
    # title, summary and body have English; seo_title, search_description, browser_title and
    # content_warning are empty in English and get no row.
    assert {field for field, _lang in found} == {"title", "summary", "body"}
    assert {lang for _field, lang in found} == {"km", "fil", "vi"}
    assert len(found) == 9
    assert found["title", "km"].status == Status.CURRENT
    assert found["title", "km"].source_text == guide.title_en
    assert found["title", "km"].source_hash == text_hash(guide.title_en)
    assert found["title", "vi"].status == Status.CURRENT
    assert found["title", "fil"].status == Status.MISSING
    assert found["body", "km"].status == Status.MISSING
    assert found["title", "fil"].source_hash == ""
    assert found["title", "km"].section == Section.GUIDES
    assert found["title", "km"].object_title == guide.title_en


def test_slug_and_url_path_are_never_tracked(guide):
    assert not [key for key in rows(guide) if key[0] in ("slug", "url_path", "draft_title")]


def test_a_translation_saved_in_a_revision_is_current_and_credited(guide, translator):
    revise(guide, user=translator, summary_fil="Ang kaligtasan.")
    row = rows(guide)["summary", "fil"]
    assert row.status == Status.CURRENT
    assert row.translated_by == translator
    assert row.translated_at is not None
    assert row.source_text == guide.summary_en


def test_an_english_change_makes_unchanged_translations_stale(guide, editor):
    moment = "2031-03-03 10:00Z"
    with time_machine.travel(moment, tick=False):
        revise(guide, user=editor, title_en="Your right to be safe at home")
    found = rows(guide)
    for language in ("km", "vi"):
        assert found["title", language].status == Status.STALE
        assert found["title", language].stale_since.isoformat().startswith("2031-03-03T10:00")
        # Still the English it was made against: the difference view shows the change.
        assert found["title", language].source_text == "Your right to be safe"
    assert found["title", "fil"].status == Status.MISSING
    assert found["summary", "km"].status == Status.CURRENT, "its English did not change"

    with time_machine.travel("2031-03-07 10:00Z", tick=False):
        revise(guide, user=editor, title_en="Your right to be safe at home and school")
    still = rows(guide)["title", "km"]
    assert still.stale_since.isoformat().startswith("2031-03-03"), "stale since the first change"


def test_updating_the_translation_with_the_english_makes_it_current(guide, editor, translator):
    revise(guide, user=editor, title_en="Safe at home")
    revise(guide, user=translator, title_km="សុវត្ថិភាពនៅផ្ទះ")
    row = rows(guide)["title", "km"]
    assert row.status == Status.CURRENT
    assert row.stale_since is None
    assert row.source_text == "Safe at home"
    assert row.translated_by == translator
    assert rows(guide)["title", "vi"].status == Status.STALE


def test_a_minor_english_change_keeps_current_translations_current(guide, editor):
    revise(guide, user=editor, minor=True, title_en="Your right to be safe.")
    row = rows(guide)["title", "km"]
    assert row.status == Status.CURRENT
    assert row.source_text == "Your right to be safe."
    assert row.source_hash == text_hash("Your right to be safe.")
    entry = PageLogEntry.objects.get(page=guide, action=MINOR_CHANGE_ACTION)
    assert entry.data == {"fields": ["title"]}
    assert entry.user == editor


def test_a_minor_change_does_not_make_a_stale_translation_current(guide, editor):
    revise(guide, user=editor, title_en="Safe at home")
    revise(guide, user=editor, minor=True, title_en="Safe at home.")
    row = rows(guide)["title", "km"]
    assert row.status == Status.STALE
    assert row.source_text == "Your right to be safe", "what it was translated from"


def test_an_unmarked_save_logs_no_minor_change_and_the_flag_does_not_stick(guide, editor):
    latest = revise(guide, user=editor, minor=True, title_en="Typo fixed")
    latest.summary_en = "A new summary."
    latest.save_revision(user=editor)  # the flag was for the previous save only
    assert rows(guide)["summary", "km"].status == Status.STALE
    assert PageLogEntry.objects.filter(action=MINOR_CHANGE_ACTION).count() == 1


def test_english_put_back_makes_the_translation_current_again(guide, editor):
    revise(guide, user=editor, title_en="Changed")
    revise(guide, user=editor, title_en="Your right to be safe")
    assert rows(guide)["title", "km"].status == Status.CURRENT


def test_emptying_a_translation_makes_it_missing(guide, translator):
    revise(guide, user=translator, title_km="")
    row = rows(guide)["title", "km"]
    assert row.status == Status.MISSING
    assert row.source_hash == "" and row.translated_by is None


def test_emptying_the_english_removes_the_fields_rows(guide, editor):
    revise(guide, user=editor, content_warning_en="Talks about violence.")
    assert rows(guide)["content_warning", "km"].status == Status.MISSING
    revise(guide, user=editor, content_warning_en="")
    assert not [key for key in rows(guide) if key[0] == "content_warning"]


def test_stream_fields_are_compared_by_content(guide, editor, translator):
    revise(guide, user=translator, body_km=json.dumps(BODY[:1]))
    assert rows(guide)["body", "km"].status == Status.CURRENT
    # Saving again without changes (the JSON comes back with other spacing) changes nothing.
    revise(guide, user=editor)
    assert rows(guide)["body", "km"].status == Status.CURRENT
    changed = [dict(BODY[0], value="<p>You have the right to be safe, always.</p>"), *BODY[1:]]
    revise(guide, user=editor, body_en=json.dumps(changed))
    assert rows(guide)["body", "km"].status == Status.STALE


def test_autosave_overwriting_a_revision_compares_with_what_it_held(guide, editor):
    """Overwriting keeps the translation's history: an English change stays visible."""
    latest = guide.get_latest_revision_as_object()
    latest.title_km = "ថ្មី"
    first = latest.save_revision(user=editor)  # the translation, made against old English
    latest.title_en = "New English"
    latest.save_revision(user=editor, overwrite_revision=first)
    row = rows(guide)["title", "km"]
    assert row.status == Status.STALE
    assert row.source_text == "Your right to be safe"


def test_snippets_are_tracked_too(db, editor):
    term = GlossaryTerm(slug="witness", term_en="witness", definition_en="Someone who saw.")
    term.save()
    term.save_revision(user=editor)
    found = rows(term)
    assert found["term", "km"].status == Status.MISSING
    assert found["term", "km"].section == Section.GLOSSARY
    assert found["term", "km"].object_title == "witness"
    term.term_km = "សាក្សី"
    term.save_revision(user=editor)
    assert rows(term)["term", "km"].status == Status.CURRENT
    term.term_en = "a witness"
    term._english_change_is_minor = True
    term.save_revision(user=editor)
    assert rows(term)["term", "km"].status == Status.CURRENT
    entry = ModelLogEntry.objects.get(action=MINOR_CHANGE_ACTION)
    assert entry.object_id == str(term.pk) and entry.data == {"fields": ["term"]}


def test_a_save_costs_a_fixed_number_of_queries(guide, editor, django_assert_num_queries):
    """Read the rows once, write them with one upsert, whatever the fields and languages."""
    small = GlossaryTerm(slug="w", term_en="w", definition_en="d")
    small.save()
    ContentType.objects.get_for_model(GlossaryTerm)  # cached, as in a running site
    ContentType.objects.get_for_model(RightsGuidePage)
    revision = small.save_revision()
    with django_assert_num_queries(2):  # rows read, upsert
        record_revision(small, revision, editor, previous={})
    revision = guide.save_revision()
    with django_assert_num_queries(2):
        record_revision(guide, revision, editor, previous={})
    latest = guide.get_latest_revision_as_object()
    latest.content_warning_en = "x"
    with_warning = latest.save_revision()
    without = SimpleNamespace(content={**with_warning.content, "content_warning_en": ""})
    # Rows read, then the emptied field's rows deleted (Django reads them first, since
    # post_delete has receivers), then the upsert.
    with django_assert_num_queries(4):
        record_revision(latest, without, editor, previous=with_warning.content)
    assert FieldTranslation.objects.filter(field_name="content_warning").count() == 0
