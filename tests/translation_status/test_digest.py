"""Each translator gets one daily e-mail about what became stale in their languages."""

import datetime

import pytest
import time_machine
from celery.schedules import crontab
from django.conf import settings
from django.core import mail
from django.template import TemplateDoesNotExist

from accounts.models import StaffScope
from tests.translation_status.helpers import revise, rows
from translation_status import digests
from translation_status.models import FieldTranslation
from translation_status.tasks import send_translation_digests

pytestmark = pytest.mark.django_db

# After every revision the fixtures make (translators' edits are checked against the last one).
MONDAY = datetime.datetime(2031, 3, 3, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def khmer_translator(make_user):
    user = make_user("kh_translator", role="translator", mfa=True, email="kh@example.org")
    StaffScope.objects.create(user=user, languages=["km"])
    return user


@pytest.fixture
def vietnamese_translator(make_user):
    user = make_user("vi_translator", role="translator", mfa=True, email="vi@example.org")
    StaffScope.objects.create(user=user, languages=["vi"])
    return user


@pytest.fixture
def quiet_start(guide):
    """The demo content's rows are old news: only what changes in a test is new."""
    FieldTranslation.objects.update(notified_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    return guide


def run() -> int:
    return send_translation_digests.delay().get()


def test_each_translator_hears_only_about_their_languages(
    quiet_start, editor, khmer_translator, vietnamese_translator
):
    with time_machine.travel(MONDAY, tick=False):
        revise(quiet_start, user=editor, summary_en="A new summary.")  # only km has a summary
    with time_machine.travel(MONDAY + datetime.timedelta(hours=20), tick=False):
        assert run() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kh@example.org"]
    assert "Khmer" in message.body and "Vietnamese" not in message.body
    assert "Your right to be safe (summary)" in message.body
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/translations/difference/" in message.body
    assert message.subject == "Translations to update in 1 language"
    row = rows(quiet_start)["summary", "km"]
    assert row.notified_at == MONDAY + datetime.timedelta(hours=20)


def test_nobody_hears_twice_about_the_same_thing_or_when_nothing_is_new(
    quiet_start, editor, khmer_translator, vietnamese_translator
):
    assert run() == 0 and mail.outbox == []
    with time_machine.travel(MONDAY, tick=False):
        revise(quiet_start, user=editor, title_en="Safe at home")
    with time_machine.travel(MONDAY + datetime.timedelta(days=1), tick=False):
        assert run() == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["kh@example.org", "vi@example.org"]
    mail.outbox.clear()
    with time_machine.travel(MONDAY + datetime.timedelta(days=2), tick=False):
        assert run() == 0
    assert mail.outbox == []


def test_a_translation_stale_again_after_an_update_is_news_again(
    quiet_start, editor, translator, khmer_translator
):
    with time_machine.travel(MONDAY, tick=False):
        revise(quiet_start, user=editor, title_en="Safe at home")
    with time_machine.travel(MONDAY + datetime.timedelta(days=1), tick=False):
        run()
        revise(quiet_start, user=translator, title_km="សុវត្ថិភាពនៅផ្ទះ")
    with time_machine.travel(MONDAY + datetime.timedelta(days=2), tick=False):
        revise(quiet_start, user=editor, title_en="Safe at home and at school")
    mail.outbox.clear()
    with time_machine.travel(MONDAY + datetime.timedelta(days=3), tick=False):
        assert run() == 1
    assert "Safe at home and at school (title)" in mail.outbox[0].body


def test_inactive_translators_without_address_or_languages_get_nothing(
    quiet_start, editor, make_user
):
    gone = make_user("gone", role="translator", email="gone@example.org", is_active=False)
    StaffScope.objects.create(user=gone, languages=["km"])
    no_address = make_user("noaddress", role="translator")
    StaffScope.objects.create(user=no_address, languages=["km"])
    make_user("noscope", role="translator", email="noscope@example.org")
    not_translator = make_user("editor2", role="editor", email="ed@example.org")
    StaffScope.objects.create(user=not_translator, languages=["km"])
    revise(quiet_start, user=editor, title_en="Safe at home")
    assert run() == 0 and mail.outbox == []
    assert rows(quiet_start)["title", "km"].notified_at < MONDAY, "nobody was told"


def test_a_missing_template_raises_and_marks_nothing(
    quiet_start, editor, khmer_translator, monkeypatch
):
    revise(quiet_start, user=editor, title_en="Safe at home")
    monkeypatch.setattr(digests, "BODY_TEMPLATE", "translation_status/mail/gone.txt")
    with pytest.raises(TemplateDoesNotExist):
        run()
    assert mail.outbox == []
    assert rows(quiet_start)["title", "km"].notified_at < MONDAY


def test_it_is_scheduled_daily():
    entry = settings.CELERY_BEAT_SCHEDULE["translation-digests"]
    assert entry["task"] == "translation_status.tasks.send_translation_digests"
    assert entry["task"] == send_translation_digests.name
    assert entry["schedule"] == crontab(hour=6, minute=0), "every day of the week"
