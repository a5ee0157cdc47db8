"""Join codes: they expire, can be rotated, are hard to guess, and joining is idempotent."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment
from paralegal.models import Membership
from paralegal.services.cohorts import (
    JOIN_CODE_ALPHABET,
    course_assign,
    join_code_format,
    join_code_rotate,
)
from tests.courses_factory import course_build


def _km_required() -> str:
    """Khmer for Django's "This field is required." as this project's catalog has it."""
    from django.utils import translation

    with translation.override("km"):
        return str(translation.gettext("This field is required."))


pytestmark = pytest.mark.django_db

WRONG_CODE_MESSAGE = "This code does not work."


@pytest.fixture
def world(cohort_world, make_learner):
    cohort = cohort_world["cohort_a"]
    join_code_rotate(cohort=cohort)
    newcomer = make_learner("newcomer", band="14_15")
    return {**cohort_world, "cohort": cohort, "newcomer": newcomer}


def _join(client, code):
    return client.post(reverse("paralegal:join"), {"code": code})


def test_rotate_makes_a_new_unambiguous_code_and_the_old_one_stops(client, world):
    cohort = world["cohort"]
    old = cohort.join_code
    client.force_login(world["fac_a"])
    url = reverse("paralegal:join_code_rotate", args=[cohort.pk])
    assert client.get(url).status_code == 405
    cohort.refresh_from_db()
    assert cohort.join_code == old, "GET never writes"
    response = client.post(url)
    assert response.status_code == 302
    cohort.refresh_from_db()
    assert cohort.join_code != old
    assert len(cohort.join_code) == 8
    assert set(cohort.join_code) <= set(JOIN_CODE_ALPHABET)
    assert not set(cohort.join_code) & set("0O1IL8B")
    expected = timezone.now() + datetime.timedelta(days=14)
    assert abs((cohort.join_code_expires_at - expected).total_seconds()) < 60

    client.force_login(world["newcomer"])
    assert WRONG_CODE_MESSAGE in _join(client, old).content.decode()
    assert not Membership.objects.filter(user=world["newcomer"]).exists()
    assert _join(client, cohort.join_code).status_code == 302
    assert Membership.objects.filter(user=world["newcomer"], cohort=cohort).exists()


def test_a_learner_joins_with_a_code_typed_loosely_and_joining_twice_changes_nothing(client, world):
    cohort, newcomer = world["cohort"], world["newcomer"]
    client.force_login(newcomer)
    assert client.get(reverse("paralegal:join")).status_code == 200
    typed = " " + join_code_format(cohort.join_code).lower() + " "
    response = _join(client, typed)
    assert response.status_code == 302
    assert response["Location"] == reverse("courses:my_learning")
    membership = Membership.objects.get(user=newcomer)
    assert membership.cohort == cohort
    assert membership.joined_via == "code"
    again = client.post(reverse("paralegal:join"), {"code": cohort.join_code}, follow=True)
    assert "already in the group" in again.content.decode()
    assert Membership.objects.filter(user=newcomer).count() == 1
    assert Membership.objects.get(user=newcomer).joined_at == membership.joined_at


def test_an_expired_code_is_refused_and_nothing_changes(client, world):
    cohort, newcomer = world["cohort"], world["newcomer"]
    later = timezone.now() + datetime.timedelta(days=14, minutes=1)
    with time_machine.travel(later, tick=False):
        client.force_login(newcomer)
        response = _join(client, cohort.join_code)
    assert response.status_code == 200
    assert WRONG_CODE_MESSAGE in response.content.decode()
    assert 'id="id_code_error"' in response.content.decode()
    assert not Membership.objects.filter(user=newcomer).exists()


def test_a_code_of_a_cohort_that_has_ended_is_refused(client, world):
    cohort = world["cohort"]
    cohort.starts_on = timezone.localdate() - datetime.timedelta(days=60)
    cohort.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    cohort.save()
    client.force_login(world["newcomer"])
    assert WRONG_CODE_MESSAGE in _join(client, cohort.join_code).content.decode()
    assert not Membership.objects.filter(user=world["newcomer"]).exists()


@pytest.mark.parametrize("code", ["", " ", "ABCD", "x" * 500, "AAAA-AAAA", "' OR 1=1 --"])
def test_bad_codes_are_explained_and_nothing_changes(client, world, code):
    client.force_login(world["newcomer"])
    response = _join(client, code)
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not Membership.objects.filter(user=world["newcomer"]).exists()


def test_the_error_is_translated(client, world):
    client.force_login(world["newcomer"])
    response = client.post("/km/join/", {"code": ""})
    page = response.content.decode()
    assert _km_required() in page
    assert "This field is required." not in page


def test_wrong_codes_are_rate_limited_per_learner(client, world):
    cohort, newcomer = world["cohort"], world["newcomer"]
    client.force_login(newcomer)
    for _attempt in range(5):
        assert _join(client, "WXYZ-WXYZ").status_code == 200
    # The sixth guess is refused before it is even checked, even with the right code.
    response = _join(client, cohort.join_code)
    assert response.status_code == 429
    assert not Membership.objects.filter(user=newcomer).exists()


def test_right_codes_do_not_use_up_the_limit(client, world, make_learner):
    """A class of 40 joins together on one connection: successes never count."""
    cohort = world["cohort"]
    for i in range(35):
        learner = make_learner(f"class{i}")
        client.force_login(learner)
        assert _join(client, cohort.join_code).status_code == 302
    assert cohort.memberships.count() == 3 + 35


def test_a_removed_learner_cannot_rejoin_with_the_code(client, world):
    cohort = world["cohort"]
    removed = world["learners_a"][0]
    membership = Membership.objects.get(user=removed, cohort=cohort)
    membership.left_at = timezone.now()
    membership.save()
    client.force_login(removed)
    response = _join(client, cohort.join_code)
    assert "cannot join this group again" in response.content.decode()
    membership.refresh_from_db()
    assert membership.left_at is not None


def test_staff_accounts_cannot_join(client, world):
    client.force_login(world["fac_b"])
    assert client.get(reverse("paralegal:join")).status_code == 404
    assert _join(client, world["cohort"].join_code).status_code == 404
    assert not Membership.objects.filter(user=world["fac_b"]).exists()


def test_forged_fields_when_joining_are_ignored(client, world):
    cohort_b = world["cohort_b"]
    client.force_login(world["newcomer"])
    _join_data = {"code": world["cohort"].join_code, "cohort": cohort_b.pk, "joined_via": "card"}
    client.post(reverse("paralegal:join"), _join_data)
    membership = Membership.objects.get(user=world["newcomer"])
    assert membership.cohort == world["cohort"]
    assert membership.joined_via == "code"


def test_a_learner_who_joins_later_gets_the_cohorts_courses_and_due_dates(client, world, home_page):
    cohort = world["cohort"]
    course = course_build(home_page, access="enrolled")["course"]
    due = timezone.now() + datetime.timedelta(days=20)
    course_assign(cohort=cohort, course=course, due_at=due, assigned_by=world["fac_a"])
    client.force_login(world["newcomer"])
    _join(client, cohort.join_code)
    enrolment = Enrolment.objects.get(user=world["newcomer"], course=course)
    assert enrolment.quizzes_due_at == due
    assert enrolment.enrolled_by == world["fac_a"]
