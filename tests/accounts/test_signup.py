"""Learners sign up with a username and password only: no e-mail, no real name, no birth date."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import AgeBand, Profile

pytestmark = pytest.mark.django_db

User = get_user_model()


def signup_data(**overrides):
    data = {
        "username": "river_kid",
        "password1": "mango-bamboo-lantern",
        "password2": "mango-bamboo-lantern",
        "display_name": "Quiet Kite 31",
        "age_band": AgeBand.AGE_14_15,
    }
    data.update(overrides)
    return data


@pytest.mark.checklist("PD-2")
def test_signup_form_asks_only_for_what_it_needs(client):
    form = client.get("/en/accounts/signup/").context["form"]
    assert set(form.fields) == {
        "username",
        "email",
        "password1",
        "password2",
        "display_name",
        "age_band",
    }
    assert form.fields["email"].required is False
    assert not any("birth" in name or "real" in name for name in form.fields)


def test_learner_signs_up_without_email_and_is_signed_in(client, roles):
    response = client.post("/en/accounts/signup/", signup_data())
    assert response.status_code == 302
    user = User.objects.get(username="river_kid")
    assert user.email == ""
    profile = Profile.objects.get(user=user)
    assert profile.display_name == "Quiet Kite 31"
    assert profile.age_band == AgeBand.AGE_14_15
    assert profile.age_band_stated_on == timezone.localdate()
    assert client.get("/en/me/").status_code == 200


def test_signup_page_offers_a_generated_display_name(client):
    form = client.get("/en/accounts/signup/").context["form"]
    suggested = form.initial["display_name"]
    assert len(suggested.split()) >= 3


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("username", "river_kid", "already"),
        ("username", "RIVER_KID", "already"),
        ("username", "river.kid", "looks too much like"),
        ("username", "r\u0456ver_kid", "one alphabet"),  # Cyrillic i among Latin letters
        ("username", "riv3r kid", "Use only letters"),
        ("username", "<script>", "Use only letters"),
        ("username", "ab", "at least"),
        ("password1", "12345678", "too common"),
        ("password1", "short", "too short"),
        ("display_name", "call me 0917 123 4567", "phone number"),
        ("display_name", "kid@example.com", "e-mail address"),
        ("display_name", "@riverkid", "@name"),
        ("age_band", "1990-01-01", "valid choice"),
    ],
)
def test_bad_signup_input_is_refused_with_a_message_and_changes_nothing(
    client, roles, make_user, field, value, expected
):
    make_user("river_kid")
    before = User.objects.count()
    data = signup_data(username="new_kid")
    data[field] = value
    if field == "password1":
        data["password2"] = value
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 200
    assert User.objects.count() == before
    errors = " ".join(str(e) for e in response.context["form"].errors.values())
    assert expected in errors


def test_display_name_may_not_repeat_the_username(client, roles):
    response = client.post(
        "/en/accounts/signup/", signup_data(username="sunny", display_name="Sunny")
    )
    assert response.status_code == 200
    assert "different from your username" in str(response.context["form"].errors)


def test_lookalike_of_an_existing_username_from_another_alphabet_is_refused(
    client, roles, make_user
):
    make_user("paul")
    response = client.post("/en/accounts/signup/", signup_data(username="\u0440\u0430ul"))
    assert response.status_code == 200
    assert not User.objects.filter(username="\u0440\u0430ul").exists()


def test_signup_errors_are_translated(client, roles, make_user):
    make_user("river_kid")
    response = client.post("/vi/accounts/signup/", signup_data())
    assert response.status_code == 200
    content = response.content.decode()
    assert "A user with that username already exists" not in content
    assert response.context["form"].errors["username"]


def test_khmer_usernames_are_allowed(client, roles):
    response = client.post("/km/accounts/signup/", signup_data(username="សុភា"))
    assert response.status_code == 302
    assert User.objects.filter(username="សុភា").exists()
