"""rebuild_translation_status: rows for content made before tracking, keeping what is known."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from resources.models import RightsGuidePage
from tests.translation_status.helpers import revise, rows
from translation_status.hashing import text_hash
from translation_status.models import FieldTranslation, Status

pytestmark = pytest.mark.django_db


def test_it_makes_the_rows_of_content_that_has_none(guide):
    FieldTranslation.objects.all().delete()
    output = StringIO()
    call_command("rebuild_translation_status", stdout=output)
    found = rows(guide)
    assert found["title", "km"].status == Status.CURRENT
    assert found["title", "km"].live_source_hash == text_hash(guide.title_en)
    assert found["title", "fil"].status == Status.MISSING
    assert found["title", "fil"].live_source_hash == ""
    assert "resources.RightsGuidePage: 1" in output.getvalue()
    assert rows(guide.get_parent().get_parent().specific), "the home page too"


def test_it_keeps_what_is_known_and_is_safe_to_run_again(guide, editor):
    revise(guide, user=editor, title_en="Safe at home")
    before = rows(guide)["title", "km"]
    call_command("rebuild_translation_status", stdout=StringIO())
    call_command("rebuild_translation_status", stdout=StringIO())
    after = rows(guide)["title", "km"]
    assert after.status == Status.STALE
    assert after.source_text == "Your right to be safe"
    assert after.stale_since == before.stale_since
    assert len(rows(guide)) == 9


def test_it_forgets_objects_that_are_gone(guide):
    content_type = ContentType.objects.get_for_model(RightsGuidePage)
    FieldTranslation.objects.create(
        content_type=content_type,
        object_id="987654",
        field_name="title",
        language="km",
        status=Status.STALE,
        section="guides",
    )
    call_command("rebuild_translation_status", stdout=StringIO())
    assert not FieldTranslation.objects.filter(object_id="987654").exists()
    assert rows(guide)


def test_deleting_an_object_deletes_its_rows(guide):
    assert rows(guide)
    RightsGuidePage.objects.get(pk=guide.pk).delete()
    assert rows(guide) == {}


def test_it_stamps_recordings_made_before_text_hashes(guide):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from resources.models import GuideAudio
    from tests.resources.test_guide_audio import wav_bytes
    from translation_status.selectors import audio_status

    recording = GuideAudio.objects.create(
        page=guide, language="km", file=SimpleUploadedFile("r.wav", wav_bytes())
    )
    GuideAudio.objects.filter(pk=recording.pk).update(text_hash="")
    assert audio_status(RightsGuidePage.objects.get(pk=guide.pk)) == {"km": "stale"}
    call_command("rebuild_translation_status", stdout=StringIO())
    assert audio_status(RightsGuidePage.objects.get(pk=guide.pk)) == {"km": "current"}
