"""Password reset without e-mail: a one-time code issued in person (checklist AS-5)."""

import datetime
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import ResetCode
from accounts.services import reset_code_issue
from tests.helpers import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.checklist("AS-5")]

NEW_PASSWORD = "lotus-river-lantern-9"
CODE_SHAPE = re.compile(r"^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")


def issue_code_as(client, username):
    response = client.post("/en/accounts/reset-codes/new/", {"username": username})
    return response, response.context["code"]


def redeem(client, username, code, password=NEW_PASSWORD, password2=None):
    return client.post(
        "/en/accounts/reset-with-code/",
        {
            "username": username,
            "code": code,
            "new_password1": password,
            "new_password2": password2 or password,
        },
    )


def test_facilitator_issues_a_code_shown_once_and_stored_only_as_a_hash(
    client, facilitator, learner
):
    client.force_login(facilitator)
    response, code = issue_code_as(client, "learner1")
    assert response.status_code == 200
    assert CODE_SHAPE.match(code)
    assert code in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    stored = ResetCode.objects.get(user=learner)
    assert code.replace("-", "") not in stored.code_hash
    assert stored.issued_by == facilitator
    assert stored.expires_at - stored.created_at == datetime.timedelta(days=7)
    # Coming back to the page never shows it again.
    assert code not in client.get("/en/accounts/reset-codes/new/").content.decode()


def test_learner_sets_a_new_password_and_every_other_session_ends(client, facilitator, learner):
    learner_phone = Client()
    learner_phone.login(username="learner1", password=PASSWORD)
    assert learner_phone.get("/en/me/").status_code == 200

    client.force_login(facilitator)
    _response, code = issue_code_as(client, "learner1")

    response = redeem(Client(), "learner1", code.lower())
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/"
    learner.refresh_from_db()
    assert learner.check_password(NEW_PASSWORD)
    assert not learner.check_password(PASSWORD)
    assert learner_phone.get("/en/me/").status_code == 302, "old session must be ended"


def test_a_code_works_only_once(client, facilitator, learner):
    code = reset_code_issue(issuer=facilitator, user=learner)
    assert redeem(Client(), "learner1", code).status_code == 302
    again = redeem(Client(), "learner1", code, password="another-long-phrase-7")
    assert again.status_code == 200
    assert "not valid" in str(again.context["form"].errors)
    learner.refresh_from_db()
    assert learner.check_password(NEW_PASSWORD)


def test_a_code_expires_after_seven_days(facilitator, learner):
    code = reset_code_issue(issuer=facilitator, user=learner)
    later = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=7, minutes=1)
    with time_machine.travel(later, tick=False):
        response = redeem(Client(), "learner1", code)
    assert response.status_code == 200
    learner.refresh_from_db()
    assert learner.check_password(PASSWORD)


def test_a_new_code_cancels_the_previous_one(facilitator, learner):
    first = reset_code_issue(issuer=facilitator, user=learner)
    reset_code_issue(issuer=facilitator, user=learner)
    assert redeem(Client(), "learner1", first).status_code == 200


@pytest.mark.parametrize(
    ("username", "code_ok", "password"),
    [
        ("nobody", True, NEW_PASSWORD),
        ("learner1", False, NEW_PASSWORD),
        ("learner1", True, "12345678"),
    ],
)
def test_bad_redemptions_change_nothing(facilitator, learner, username, code_ok, password):
    code = reset_code_issue(issuer=facilitator, user=learner)
    response = redeem(Client(), username, code if code_ok else "AAAA-BBBB-CCCC", password)
    assert response.status_code == 200
    learner.refresh_from_db()
    assert learner.check_password(PASSWORD)
    assert ResetCode.objects.get(user=learner).used_at is None


def test_unknown_username_and_wrong_code_get_the_same_answer(facilitator, learner):
    reset_code_issue(issuer=facilitator, user=learner)
    unknown = redeem(Client(), "nobody", "AAAA-BBBB-CCCC")
    wrong = redeem(Client(), "learner1", "AAAA-BBBB-CCCC")
    assert unknown.context["form"].errors == wrong.context["form"].errors


def test_guessing_codes_is_rate_limited(facilitator, learner):
    code = reset_code_issue(issuer=facilitator, user=learner)
    guesser = Client()
    for _ in range(5):
        assert redeem(guesser, "learner1", "AAAA-BBBB-CCCC").status_code == 200
    blocked = redeem(guesser, "learner1", code)
    assert blocked.status_code == 429
    learner.refresh_from_db()
    assert learner.check_password(PASSWORD)


@pytest.mark.parametrize("target_role", ["facilitator", "editor", "safeguarding_lead"])
def test_facilitators_cannot_reset_staff_accounts(client, facilitator, make_user, target_role):
    make_user("staffer", role=target_role, mfa=True)
    client.force_login(facilitator)
    response = client.post("/en/accounts/reset-codes/new/", {"username": "staffer"})
    assert response.status_code == 200
    assert response.context["code"] is None
    assert "cannot issue a code" in str(response.context["form"].errors)
    assert not ResetCode.objects.exists()


def test_site_administrator_can_reset_a_staff_account(client, make_user):
    admin = make_user("siteadmin", role="site_administrator", mfa=True)
    staffer = make_user("staffer", role="editor", mfa=True)
    client.force_login(admin)
    _response, code = issue_code_as(client, "staffer")
    assert CODE_SHAPE.match(code)
    # Staff need 12 characters; NEW_PASSWORD would be long enough, this one is not.
    short = redeem(Client(), "staffer", code, password="tea-lamp-9x")
    assert "12 characters" in str(short.context["form"].errors)
    assert redeem(Client(), "staffer", code).status_code == 302
    staffer.refresh_from_db()
    assert staffer.check_password(NEW_PASSWORD)


def test_nobody_can_issue_a_code_for_themselves(client, facilitator):
    client.force_login(facilitator)
    response = client.post("/en/accounts/reset-codes/new/", {"username": "facilitator1"})
    assert response.context["code"] is None


def test_learners_cannot_issue_codes(client, learner, make_user):
    make_user("learner2")
    client.force_login(learner)
    response = client.post("/en/accounts/reset-codes/new/", {"username": "learner2"})
    assert response.status_code == 403
    assert not ResetCode.objects.exists()


def test_issuing_needs_a_signed_in_user(client, learner):
    response = client.post("/en/accounts/reset-codes/new/", {"username": "learner1"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert get_user_model().objects.get(username="learner1").reset_codes.count() == 0
