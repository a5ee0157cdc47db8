"""A recording is stale once the guide's text in its language changed after it was made."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import inline_formset

from resources.models import GuideAudio, RightsGuidePage
from tests.resources.test_guide_audio import wav_bytes
from tests.translation_status.helpers import revise
from tests.translation_status.test_editor import guide_form
from translation_status.hashing import recording_text_hash
from translation_status.selectors import audio_status

pytestmark = pytest.mark.django_db


def latest(guide):
    return RightsGuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()


def record(guide, language="km"):
    return GuideAudio.objects.create(
        page=guide, language=language, file=SimpleUploadedFile("reading.wav", wav_bytes())
    )


def test_a_recording_remembers_the_text_it_was_made_from(guide):
    recording = record(guide)
    assert recording.text_hash == recording_text_hash(guide, "km")
    assert audio_status(guide) == {"km": "current"}


def test_only_a_change_in_the_recordings_language_makes_it_stale(guide, editor):
    record(guide, "km")
    record(guide, "vi")
    revise(guide, user=editor, summary_en="New English summary.", title_vi="Quyền của bạn")
    assert audio_status(latest(guide)) == {"km": "current", "vi": "stale"}
    revise(guide, user=editor, summary_km="សេចក្តីសង្ខេបថ្មី។")
    assert audio_status(latest(guide)) == {"km": "stale", "vi": "stale"}


def test_uploading_in_the_editor_records_against_the_text_being_saved(client, guide, editor):
    client.force_login(editor)
    upload = {"language": "km", "file": SimpleUploadedFile("talk.wav", wav_bytes())}
    form = guide_form(guide, summary_km="ថ្មី។", audio=inline_formset([upload]))
    response = client.post(f"/admin/pages/{guide.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert audio_status(latest(guide)) == {"km": "current"}
    assert [a.text_hash for a in latest(guide).audio.all()] == [
        recording_text_hash(latest(guide), "km")
    ]
    revise(guide, user=editor, title_km="ចំណងជើងថ្មី")
    assert audio_status(latest(guide)) == {"km": "stale"}
    html = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "Khmer: " in html and "the text changed since it was recorded" in html


def test_a_recording_without_a_hash_is_not_taken_as_current(guide):
    recording = record(guide)
    GuideAudio.objects.filter(pk=recording.pk).update(text_hash="")
    assert audio_status(RightsGuidePage.objects.get(pk=guide.pk)) == {"km": "stale"}
