"""Staff must set up TOTP before any staff work (checklist AS-1)."""

import pytest

from accounts.roles import ROLES
from tests.helpers import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.checklist("AS-1")]

STAFF_ROLES = [role.name for role in ROLES if role.staff]


@pytest.mark.parametrize("role", STAFF_ROLES)
@pytest.mark.parametrize("path", ["/en/me/", "/admin/", "/km/"])
def test_staff_without_an_authenticator_are_sent_to_set_one_up(
    client, make_user, home_page, role, path
):
    make_user("staffer", role=role)
    client.login(username="staffer", password=PASSWORD)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_with_an_authenticator_get_through(client, make_user, home_page, role):
    client.force_login(make_user("staffer", role=role, mfa=True))
    assert client.get("/en/me/").status_code == 200


def test_superusers_need_an_authenticator_too(client, make_user, home_page):
    make_user("boss", role=None, is_superuser=True, is_staff=True)
    client.login(username="boss", password=PASSWORD)
    assert client.get("/admin/")["Location"].endswith("/accounts/2fa/totp/activate/")


@pytest.mark.parametrize("role", ["learner", "peer_mentor"])
def test_learners_and_peer_mentors_are_not_forced(client, make_user, home_page, role):
    make_user("young", role=role)
    client.login(username="young", password=PASSWORD)
    assert client.get("/en/me/").status_code == 200


def test_setting_up_the_authenticator_and_signing_out_stay_reachable(client, make_user):
    make_user("staffer", role="editor")
    client.login(username="staffer", password=PASSWORD)
    setup = client.get("/en/accounts/2fa/totp/activate/", follow=True)
    assert setup.status_code == 200
    assert setup.redirect_chain == [] or "reauthenticate" in setup.redirect_chain[-1][0]
    assert client.post("/en/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_admin_sign_in_goes_through_allauth(client):
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_admin_sign_in_redirect_never_leads_off_site(client):
    response = client.get("/admin/login/?next=https://evil.example/steal")
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2F"
