"""Accounts in bulk with printed sign-in cards: learner-only, no e-mail, codes shown once."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import ResetCode
from courses.models import Enrolment
from paralegal.models import Membership
from paralegal.services.cohorts import course_assign
from tests.courses_factory import course_build


def _km_required() -> str:
    """Khmer for Django's "This field is required." as this project's catalog has it."""
    from django.utils import translation

    with translation.override("km"):
        return str(translation.gettext("This field is required."))


pytestmark = pytest.mark.django_db

NEW_PASSWORD = "lotus-river-lantern-9"
CODE_SHAPE = re.compile(r"^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")


def _form(client, cohort):
    response = client.get(reverse("paralegal:bulk_accounts", args=[cohort.pk]))
    assert response.status_code == 200
    return response.context["form"].initial["batch"]


def _make(client, cohort, batch=None, **data):
    batch = batch if batch is not None else _form(client, cohort)
    return client.post(
        reverse("paralegal:bulk_accounts", args=[cohort.pk]), {"batch": batch, **data}
    )


def _new_users(before_ids):
    return get_user_model().objects.exclude(pk__in=before_ids)


@pytest.fixture
def signed_in(client, cohort_world):
    client.force_login(cohort_world["fac_a"])
    return cohort_world


def test_cards_show_username_and_code_and_the_accounts_are_bare_learners(client, signed_in):
    cohort = signed_in["cohort_a"]
    before = list(get_user_model().objects.values_list("pk", flat=True))
    response = _make(client, cohort, count=3, display_names="Blue Kite\n\nQuiet Star\n")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    cards = response.context["cards"]
    assert len(cards) == 3
    users = list(_new_users(before))
    assert len(users) == 3
    learner_group = Group.objects.get(name="learner")
    for card, user in zip(
        sorted(cards, key=lambda c: c.username),
        sorted(users, key=lambda u: u.username),
        strict=True,
    ):
        assert card.username == user.username
        assert card.username in page and card.code in page
        assert CODE_SHAPE.match(card.code)
        assert re.fullmatch(r"[a-z]+[2-9]{4}", user.username)
        assert user.email == ""
        assert not user.has_usable_password()
        assert not user.is_staff and not user.is_superuser
        assert list(user.groups.all()) == [learner_group]
        assert not user.user_permissions.exists()
        membership = Membership.objects.get(user=user)
        assert membership.cohort == cohort and membership.joined_via == "card"
        stored = ResetCode.objects.get(user=user)
        assert card.code.replace("-", "") not in stored.code_hash  # only the hash is kept
        assert stored.issued_by == signed_in["fac_a"]
        assert stored.expires_at - stored.created_at == datetime.timedelta(days=14)
    names = sorted(user.profile.display_name for user in users)
    assert "Blue Kite" in names and "Quiet Star" in names
    # The third got a generated pseudonym.
    assert all(name.strip() for name in names)
    # The redeem page's address, in the cohort's language (km), is on every card.
    assert page.count("/km/accounts/reset-with-code/") == 3
    assert 'lang="km"' in page


def test_a_card_code_redeems_and_the_learner_signs_in(client, signed_in):
    cohort = signed_in["cohort_a"]
    card = _make(client, cohort, count=1).context["cards"][0]
    learner_phone = Client()
    response = learner_phone.post(
        reverse("accounts_redeem_reset_code"),
        {
            "username": card.username,
            "code": card.code.lower(),
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    assert learner_phone.login(username=card.username, password=NEW_PASSWORD)
    assert learner_phone.get(reverse("home:dashboard")).status_code == 200


def test_the_cards_are_shown_once_a_reload_makes_nothing(client, signed_in):
    cohort = signed_in["cohort_a"]
    batch = _form(client, cohort)
    first = _make(client, cohort, batch=batch, count=2)
    assert len(first.context["cards"]) == 2
    count = get_user_model().objects.count()
    again = _make(client, cohort, batch=batch, count=2)
    assert again.status_code == 200
    assert "cards" not in again.context
    assert "already made" in again.content.decode()
    assert get_user_model().objects.count() == count
    # Coming back to the page never shows a code again.
    page = client.get(reverse("paralegal:bulk_accounts", args=[cohort.pk])).content.decode()
    for card in first.context["cards"]:
        assert card.code not in page


def test_a_forged_or_missing_batch_makes_nothing(client, signed_in):
    cohort = signed_in["cohort_a"]
    count = get_user_model().objects.count()
    assert "already made" in _make(client, cohort, batch="made-up", count=2).content.decode()
    assert "already made" in _make(client, cohort, batch="", count=2).content.decode()
    assert get_user_model().objects.count() == count


def test_mass_assignment_cannot_make_staff_or_give_groups(client, signed_in):
    cohort = signed_in["cohort_a"]
    before = list(get_user_model().objects.values_list("pk", flat=True))
    facilitator_group = Group.objects.get(name="facilitator")
    admin_group = Group.objects.get(name="site_administrator")
    response = _make(
        client,
        cohort,
        count=2,
        is_staff="1",
        is_superuser="1",
        groups=[facilitator_group.pk, admin_group.pk],
        email="someone@example.org",
        password="chosen-by-the-facilitator-1",
        username="chosen_name",
        user_permissions="1",
    )
    assert response.status_code == 200
    users = list(_new_users(before))
    assert len(users) == 2
    for user in users:
        assert not user.is_staff and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == ["learner"]
        assert user.email == ""
        assert user.username != "chosen_name"
        assert not user.has_usable_password()
        assert not user.user_permissions.exists()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"count": ""}, "count", "This field is required."),
        ({"count": "0"}, "count", "greater than or equal to 1"),
        ({"count": "61"}, "count", "less than or equal to 60"),
        ({"count": "-3"}, "count", "greater than or equal to 1"),
        ({"count": "lots"}, "count", "Enter a whole number."),
        ({"count": "1", "display_names": "One Kite\nTwo Kite"}, "display_names", "2 names for 1"),
        ({"count": "2", "display_names": "me@example.org"}, "display_names", "e-mail address"),
        ({"count": "2", "display_names": "call 0912345678"}, "display_names", "phone number"),
        ({"count": "2", "display_names": "x"}, "display_names", "at least 2 characters"),
        ({"count": "2", "display_names": "y" * 41}, "display_names", "longer than 40"),
        ({"count": "2", "display_names": "z" * 5000}, "display_names", "at most 4000"),
    ],
)
def test_bad_bulk_input_is_explained_and_nothing_is_made(client, signed_in, data, field, message):
    cohort = signed_in["cohort_a"]
    count = get_user_model().objects.count()
    response = _make(client, cohort, **data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert get_user_model().objects.count() == count
    assert cohort.memberships.count() == 3
    # A fresh batch token is given so the corrected form can be sent.
    assert response.context["form"]["batch"].value()


def test_bulk_errors_are_translated(client, signed_in):
    cohort = signed_in["cohort_a"]
    batch = _form(client, cohort)
    response = client.post(f"/km/cohorts/{cohort.pk}/accounts/", {"batch": batch, "count": ""})
    page = response.content.decode()
    assert _km_required() in page
    assert "This field is required." not in page


def test_it_is_all_or_nothing(client, signed_in, monkeypatch):
    from paralegal.services import cohorts as services

    cohort = signed_in["cohort_a"]
    count = get_user_model().objects.count()
    calls = {"n": 0}
    real = services.reset_code_issue

    def fail_on_the_third(**kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("the database went away")
        return real(**kwargs)

    monkeypatch.setattr(services, "reset_code_issue", fail_on_the_third)
    with pytest.raises(RuntimeError):
        services.accounts_bulk_create(
            cohort=cohort, facilitator=signed_in["fac_a"], count=5, display_names=[]
        )
    assert get_user_model().objects.count() == count
    assert cohort.memberships.count() == 3
    assert not ResetCode.objects.exists()


def test_new_accounts_get_the_cohorts_courses(client, signed_in, home_page):
    cohort = signed_in["cohort_a"]
    course = course_build(home_page, access="enrolled")["course"]
    due = timezone.now() + datetime.timedelta(days=10)
    course_assign(cohort=cohort, course=course, due_at=due, assigned_by=signed_in["fac_a"])
    cards = _make(client, cohort, count=2).context["cards"]
    for card in cards:
        enrolment = Enrolment.objects.get(user__username=card.username, course=course)
        assert enrolment.quizzes_due_at == due


def test_the_most_accounts_at_once(client, signed_in):
    cohort = signed_in["cohort_a"]
    response = _make(client, cohort, count=60)
    assert len(response.context["cards"]) == 60
    assert len({card.username for card in response.context["cards"]}) == 60
    assert cohort.memberships.count() == 63
