"""Consent records for minors, and courses set for a cohort with their due dates."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment
from paralegal.models import CohortCourse, ConsentRecord, Membership
from tests.courses_factory import course_build


def _km_required() -> str:
    """Khmer for Django's "This field is required." as this project's catalog has it."""
    from django.utils import translation

    with translation.override("km"):
        return str(translation.gettext("This field is required."))


pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, cohort_world):
    client.force_login(cohort_world["fac_a"])
    return cohort_world


def _consent_url(cohort, user):
    return reverse("paralegal:consent_record", args=[cohort.pk, user.pk])


# --- Consent ----------------------------------------------------------------------------


def test_a_facilitator_records_consent_and_is_the_attester(client, signed_in):
    cohort, learner = signed_in["cohort_a"], signed_in["learners_a"][0]
    url = _consent_url(cohort, learner)
    page = client.get(url)
    assert page.status_code == 200
    assert "<legend>" in page.content.decode()  # radio groups are labelled fieldsets
    response = client.post(
        url,
        {
            "basis": "shelter",
            "method": "in_person",
            "given_on": "2026-01-05",
            "attested_by": signed_in["fac_b"].pk,  # forged: ignored
            "notice_version": "forged",
        },
    )
    assert response.status_code == 302
    record = ConsentRecord.objects.get(membership__user=learner)
    assert record.basis == "shelter"
    assert record.method == "in_person"
    assert record.given_on == datetime.date(2026, 1, 5)
    assert record.attested_by == signed_in["fac_a"]
    assert record.notice_version == "2026-1"
    # The detail page no longer lists this learner as missing consent.
    detail = client.get(reverse("paralegal:cohort_detail", args=[cohort.pk]))
    missing = {row.user_pk for row in detail.context["needing_consent"]}
    assert learner.pk not in missing
    assert {u.pk for u in signed_in["learners_a"][1:]} <= missing


def test_recording_again_replaces_the_record(client, signed_in):
    cohort, learner = signed_in["cohort_a"], signed_in["learners_a"][0]
    url = _consent_url(cohort, learner)
    client.post(url, {"basis": "guardian", "method": "paper", "given_on": "2026-01-05"})
    client.post(url, {"basis": "social_worker", "method": "phone", "given_on": "2026-01-06"})
    assert ConsentRecord.objects.filter(membership__user=learner).count() == 1
    assert ConsentRecord.objects.get(membership__user=learner).basis == "social_worker"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"basis": "", "method": "paper", "given_on": "2026-01-05"}, "basis", "required"),
        ({"basis": "parent_name", "method": "paper", "given_on": "2026-01-05"}, "basis", "valid"),
        ({"basis": "guardian", "method": "email", "given_on": "2026-01-05"}, "method", "valid"),
        ({"basis": "guardian", "method": "paper", "given_on": "yesterday"}, "given_on", "valid"),
        ({"basis": "guardian", "method": "paper", "given_on": "2999-01-01"}, "given_on", "future"),
        # A 16–17 learner cannot consent for themselves as an adult.
        (
            {"basis": "learner_adult", "method": "paper", "given_on": "2026-01-05"},
            "basis",
            "under 18",
        ),
    ],
)
def test_bad_consent_input_is_explained_and_nothing_is_saved(
    client, signed_in, data, field, message
):
    cohort, learner = signed_in["cohort_a"], signed_in["learners_a"][0]
    response = client.post(_consent_url(cohort, learner), data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not ConsentRecord.objects.exists()


def test_an_adult_may_consent_for_themselves(client, signed_in, make_learner):
    cohort = signed_in["cohort_a"]
    adult = make_learner("adult_one", band="18_24")
    Membership.objects.create(cohort=cohort, user=adult, joined_via="code")
    response = client.post(
        _consent_url(cohort, adult),
        {"basis": "learner_adult", "method": "in_person", "given_on": "2026-01-05"},
    )
    assert response.status_code == 302
    assert ConsentRecord.objects.get(membership__user=adult).basis == "learner_adult"


def test_consent_errors_are_translated(client, signed_in):
    cohort, learner = signed_in["cohort_a"], signed_in["learners_a"][0]
    response = client.post(f"/km/cohorts/{cohort.pk}/members/{learner.pk}/consent/", {})
    page = response.content.decode()
    assert _km_required() in page
    assert "This field is required." not in page
    assert not ConsentRecord.objects.exists()


def test_no_consent_for_someone_who_left(client, signed_in):
    cohort, learner = signed_in["cohort_a"], signed_in["learners_a"][0]
    Membership.objects.filter(user=learner).update(left_at=timezone.now())
    data = {"basis": "guardian", "method": "paper", "given_on": "2026-01-05"}
    assert client.post(_consent_url(cohort, learner), data).status_code == 404
    assert not ConsentRecord.objects.exists()


# --- Courses ----------------------------------------------------------------------------


@pytest.fixture
def course(home_page):
    return course_build(home_page, access="enrolled")["course"]


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_assigning_a_course_enrols_every_member_with_the_due_date(client, signed_in, course):
    cohort = signed_in["cohort_a"]
    gone = signed_in["learners_a"][2]
    Membership.objects.filter(user=gone).update(left_at=timezone.now())
    due = (timezone.now() + datetime.timedelta(days=30)).replace(second=0, microsecond=0)
    url = reverse("paralegal:course_assign", args=[cohort.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"course": course.pk, "due_at": _local(due)})
    assert response.status_code == 302
    assignment = CohortCourse.objects.get(cohort=cohort)
    assert assignment.due_at == due
    assert assignment.assigned_by == signed_in["fac_a"]
    for learner in signed_in["learners_a"][:2]:
        enrolment = Enrolment.objects.get(user=learner, course=course)
        assert enrolment.quizzes_due_at == due
        assert enrolment.enrolled_by == signed_in["fac_a"]
    assert not Enrolment.objects.filter(user=gone).exists()
    # Other cohorts' learners are untouched.
    assert not Enrolment.objects.filter(user__in=signed_in["learners_b"]).exists()
    detail = client.get(reverse("paralegal:cohort_detail", args=[cohort.pk])).content.decode()
    assert "Rights basics" in detail


def test_changing_the_due_date_updates_the_enrolments(client, signed_in, course):
    cohort = signed_in["cohort_a"]
    url = reverse("paralegal:course_assign", args=[cohort.pk])
    first = (timezone.now() + datetime.timedelta(days=30)).replace(second=0, microsecond=0)
    later = first + datetime.timedelta(days=7)
    client.post(url, {"course": course.pk, "due_at": _local(first)})
    # The edit link opens the form filled in.
    form = client.get(f"{url}?course={course.pk}").context["form"]
    assert form.initial["course"] == course.pk
    client.post(url, {"course": course.pk, "due_at": _local(later)})
    assert CohortCourse.objects.get(cohort=cohort).due_at == later
    dues = set(
        Enrolment.objects.filter(user__in=signed_in["learners_a"]).values_list(
            "quizzes_due_at", flat=True
        )
    )
    assert dues == {later}
    # Clearing the due date opens the quizzes again.
    client.post(url, {"course": course.pk, "due_at": ""})
    assert set(Enrolment.objects.values_list("quizzes_due_at", flat=True)) == {None}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"course": ""}, "course", "required"),
        ({"course": "999999"}, "course", "valid choice"),
        ({"course": "abc"}, "course", "valid choice"),
        ({"due_at": "tomorrow"}, "due_at", "valid date/time"),
        ({"due_at": "2001-01-01T10:00"}, "due_at", "in the future"),
    ],
)
def test_bad_course_input_is_explained_and_nothing_changes(
    client, signed_in, course, data, field, message
):
    cohort = signed_in["cohort_a"]
    payload = {"course": course.pk, "due_at": "", **data}
    response = client.post(reverse("paralegal:course_assign", args=[cohort.pk]), payload)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not CohortCourse.objects.exists()
    assert not Enrolment.objects.exists()


def test_a_draft_course_cannot_be_assigned(client, signed_in, course):
    course.unpublish()
    response = client.post(
        reverse("paralegal:course_assign", args=[signed_in["cohort_a"].pk]), {"course": course.pk}
    )
    assert response.status_code == 200
    assert not CohortCourse.objects.exists()
