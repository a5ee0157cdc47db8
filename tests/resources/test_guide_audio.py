"""Guides can be listened to: one recording per language, and only real sound files."""

import io
import wave

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from resources.models import GuideAudio, RightsGuidePage
from resources.validators import validate_audio_file
from tests.guides import add_guide

pytestmark = pytest.mark.django_db


def wav_bytes(frames: int = 800) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(8000)
        recording.writeframes(b"\0\0" * frames)
    return buffer.getvalue()


OGG = b"OggS\x00\x02" + b"\x00" * 40
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 40
M4A = b"\x00\x00\x00\x20ftypM4A " + b"\x00" * 40


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("reading.wav", None),
        ("reading.ogg", OGG),
        ("reading.opus", OGG),
        ("reading.mp3", MP3),
        ("reading.m4a", M4A),
    ],
)
def test_real_recordings_are_accepted(name, content):
    validate_audio_file(SimpleUploadedFile(name, content or wav_bytes()))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("reading.mp3", b"<html><script>alert(1)</script></html>"),  # a page renamed
        ("reading.ogg", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),  # an image renamed
        ("reading.exe", MP3),  # sound inside, but not an extension we play
        ("reading", MP3),
        ("reading.wav", b"RIFF"),  # too short to be anything
        ("reading.mp3", b""),
    ],
)
def test_anything_else_is_refused_with_a_clear_message(name, content):
    with pytest.raises(ValidationError) as refused:
        validate_audio_file(SimpleUploadedFile(name, content))
    assert refused.value.code == "not_audio"
    assert "not a sound recording" in refused.value.messages[0]


@override_settings(AUDIO_MAX_BYTES=1000)
def test_an_oversized_recording_is_refused():
    with pytest.raises(ValidationError) as refused:
        validate_audio_file(SimpleUploadedFile("long.wav", wav_bytes(frames=2000)))
    assert refused.value.code == "audio_too_large"


def test_the_message_is_translated():
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        validate_audio_file(SimpleUploadedFile("x.mp3", b"not sound at all, really"))
    assert "not a sound recording" not in refused.value.messages[0]


def test_the_reader_gets_the_recording_in_their_language(client, index):
    guide = add_guide(index, title_km="សិទ្ធិរបស់អ្នក")
    GuideAudio.objects.create(
        page=guide, language="km", file=SimpleUploadedFile("Abuse story.wav", wav_bytes())
    )
    khmer = client.get("/km/guides/safe/").content.decode()
    assert '<audio controls preload="none" src="/media/guides/audio/km/' in khmer
    assert "Abuse story" not in khmer, "the uploaded file name is not kept"
    english = client.get("/en/guides/safe/").content.decode()
    assert "<audio" not in english
    assert "There is no recording of this guide in English yet." in english


def guide_edit_form(guide, recordings):
    return nested_form_data(
        {
            "title_en": guide.title_en,
            "slug": guide.slug,
            "audience": guide.audience,
            "country": guide.country,
            "topic": guide.topic,
            "summary_en": guide.summary_en,
            "lawyer_checked_on": str(guide.lawyer_checked_on),
            "body_en": streamfield(
                [("paragraph", rich_text("<p>You have the right to be safe.</p>"))]
            ),
            **{f"body_{code}": streamfield([]) for code in ("km", "fil", "vi")},
            "audio": inline_formset(recordings),
        }
    )


def test_an_editor_uploading_something_that_is_not_audio_gets_a_message_and_nothing_is_stored(
    client,
    index,
    make_user,
):
    guide = add_guide(index)
    client.force_login(make_user("editor1", role="editor", mfa=True))
    form = guide_edit_form(
        guide,
        [{"language": "km", "file": SimpleUploadedFile("talk.mp3", b"<svg onload=alert(1)>")}],
    )
    response = client.post(f"/admin/pages/{guide.pk}/edit/", form)
    assert response.status_code == 200
    assert "This file is not a sound recording" in response.content.decode()
    assert not GuideAudio.objects.exists()
    assert guide.revisions.count() == 1


def test_an_editor_can_attach_a_recording(client, index, make_user):
    guide = add_guide(index)
    client.force_login(make_user("editor1", role="editor", mfa=True))
    form = guide_edit_form(
        guide, [{"language": "km", "file": SimpleUploadedFile("talk.wav", wav_bytes())}]
    )
    response = client.post(f"/admin/pages/{guide.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    latest = RightsGuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    assert [audio.language for audio in latest.audio.all()] == ["km"]
