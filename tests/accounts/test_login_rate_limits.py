"""Sign-in is rate-limited per username and per address, never for good (checklist AS-2)."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client

from tests.helpers import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.checklist("AS-2")]

CLASSROOM_ADDRESS = "203.0.113.7"


def sign_in(client, username, password):
    return client.post(
        "/en/accounts/login/",
        {"login": username, "password": password},
        REMOTE_ADDR=CLASSROOM_ADDRESS,
    )


def test_forty_learners_sign_in_within_a_minute_from_one_shared_address(roles, make_user):
    User = get_user_model()
    users = [make_user(f"learner{i:02d}") for i in range(40)]
    assert User.objects.count() == 40
    for index, user in enumerate(users):
        client = Client()
        # A few typos in a classroom are normal and must not block the others.
        if index % 8 == 0:
            assert sign_in(client, user.username, "wrong-password").status_code == 200
        response = sign_in(client, user.username, PASSWORD)
        assert response.status_code == 302, f"learner {index} was blocked"
        assert client.session["_auth_user_id"] == str(user.pk)


def test_guessing_one_account_is_stopped_then_allowed_again(client, learner):
    for _ in range(5):
        assert sign_in(client, "learner1", "wrong").status_code == 200
    blocked = sign_in(client, "learner1", PASSWORD)
    assert blocked.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in str(blocked.context["form"].errors)

    later = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(minutes=6)
    with time_machine.travel(later, tick=False):
        assert sign_in(client, "learner1", PASSWORD).status_code == 302


def test_a_blocked_username_does_not_block_others_at_the_same_address(make_user):
    make_user("learner1")
    make_user("learner2")
    attacker = Client()
    for _ in range(6):
        sign_in(attacker, "learner1", "wrong")
    assert sign_in(Client(), "learner2", PASSWORD).status_code == 302


def test_wrong_password_and_unknown_user_get_the_same_answer(client, learner):
    known = sign_in(Client(), "learner1", "wrong")
    unknown = sign_in(Client(), "nobody_here", "wrong")
    assert known.status_code == unknown.status_code == 200
    assert known.context["form"].errors == unknown.context["form"].errors
    assert known.context["form"].errors


def test_one_address_guessing_many_accounts_is_slowed_down(make_user):
    make_user("learner1")
    attacker = Client()
    for index in range(60):
        sign_in(attacker, f"victim{index}", "wrong")
    blocked = sign_in(Client(), "learner1", PASSWORD)
    assert "_auth_user_id" not in blocked.wsgi_request.session
    assert "Too many failed login attempts" in str(blocked.context["form"].errors)
    # Another address is unaffected.
    elsewhere = Client().post(
        "/en/accounts/login/",
        {"login": "learner1", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.20",
    )
    assert elsewhere.status_code == 302
