"""Session rules (checklist AS-6, AS-7)."""

import datetime

import pytest
import time_machine
from django.conf import settings

from tests.helpers import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.checklist("AS-6")]


def test_sessions_end_with_the_browser_and_after_thirty_idle_minutes():
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_signing_out_needs_a_post(client, learner):
    client.login(username="learner1", password=PASSWORD)
    client.get("/en/accounts/logout/")
    assert client.get("/en/me/").status_code == 200
    client.post("/en/accounts/logout/")
    assert client.get("/en/me/").status_code == 302


def test_session_key_changes_when_signing_in(client, learner):
    client.get("/en/accounts/login/")
    client.session.save()
    before = client.session.session_key
    client.post("/en/accounts/login/", {"login": "learner1", "password": PASSWORD})
    assert client.session.session_key != before


def test_a_session_ends_twelve_hours_after_sign_in_however_active(client, learner):
    start = datetime.datetime(2026, 5, 1, 8, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        client.post("/en/accounts/login/", {"login": "learner1", "password": PASSWORD})
        # Active every 25 minutes (under the idle limit) for 11 h 40 min...
        for _step in range(28):
            traveller.shift(datetime.timedelta(minutes=25))
            assert client.get("/en/me/").status_code == 200
        # ...and signed out once 12 hours have passed.
        traveller.shift(datetime.timedelta(minutes=25))
        response = client.get("/en/me/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_thirty_idle_minutes_end_a_session(client, learner):
    start = datetime.datetime(2026, 5, 1, 8, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        client.post("/en/accounts/login/", {"login": "learner1", "password": PASSWORD})
        traveller.shift(datetime.timedelta(minutes=31))
        assert client.get("/en/me/").status_code == 302


@pytest.mark.checklist("AS-7")
def test_people_can_see_and_end_their_other_sessions(client, learner):
    client.login(username="learner1", password=PASSWORD)
    assert client.get("/en/accounts/sessions/").status_code == 200
