"""Staff sign in with a password and then an authenticator code (checklist AS-1, AS-4)."""

import time

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.core.exceptions import ValidationError

from accounts.validators import StaffMinimumLengthValidator
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def current_code(secret=SECRET):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def editor(make_user):
    user = make_user("editor1", role="editor")
    TOTP.activate(user, SECRET)
    return user


def test_password_alone_does_not_sign_staff_in(client, editor):
    response = client.post("/en/accounts/login/", {"login": "editor1", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session


def test_the_authenticator_code_completes_sign_in(client, editor):
    client.post("/en/accounts/login/", {"login": "editor1", "password": PASSWORD})
    response = client.post("/en/accounts/2fa/authenticate/", {"code": current_code()})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_a_translated_message(client, editor):
    client.post("/km/accounts/login/", {"login": "editor1", "password": PASSWORD})
    response = client.post("/km/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    errors = str(response.context["form"].errors)
    assert errors and "Incorrect code" not in errors


def test_a_recovery_code_works_once(client, editor):
    code = RecoveryCodes.activate(editor).get_unused_codes()[0]
    client.post("/en/accounts/login/", {"login": "editor1", "password": PASSWORD})
    assert client.post("/en/accounts/2fa/authenticate/", {"code": code}).status_code == 302
    client.post("/en/accounts/logout/")
    client.post("/en/accounts/login/", {"login": "editor1", "password": PASSWORD})
    client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert "_auth_user_id" not in client.session


@pytest.mark.checklist("AS-4")
def test_staff_need_longer_passwords_than_learners(make_user):
    validator = StaffMinimumLengthValidator()
    staff = make_user("editor2", role="editor")
    learner = make_user("learner9", role="learner")
    with pytest.raises(ValidationError):
        validator.validate("elevenchars", staff)
    validator.validate("twelve-chars", staff)
    validator.validate("eightchr", learner)
    validator.validate("eightchr", None)


def test_staff_changing_to_a_short_password_is_refused(client, editor):
    client.force_login(editor)
    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "short-pw-1", "password2": "short-pw-1"},
    )
    assert response.status_code == 200
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
