"""Cohorts on the front end: facilitators create and edit their own, and nobody else's."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from paralegal.models import Cohort, Membership


def _km_required() -> str:
    """Khmer for Django's "This field is required." as this project's catalog has it."""
    from django.utils import translation

    with translation.override("km"):
        return str(translation.gettext("This field is required."))


pytestmark = pytest.mark.django_db


def _cohort_data(**overrides):
    today = timezone.localdate()
    data = {
        "name": "Tuesday group",
        "country": "KH",
        "language": "km",
        "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=90)).isoformat(),
        "co_facilitators": "",
    }
    data.update(overrides)
    return data


def _name(user):
    from accounts.models import Profile

    return Profile.objects.get(user=user).display_name


# --- List, create, edit -----------------------------------------------------------------


def test_a_facilitator_sees_only_their_own_cohorts(client, cohort_world):
    client.force_login(cohort_world["fac_a"])
    response = client.get(reverse("paralegal:cohort_list"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Cohort A" in page
    assert "Cohort B" not in page
    assert "no-store" in response["Cache-Control"]


def test_a_facilitator_creates_a_cohort_with_a_co_facilitator(client, make_user):
    creator = make_user("fac_one", role="facilitator", mfa=True)
    make_user("fac_two", role="facilitator", mfa=True)
    client.force_login(creator)
    response = client.post(
        reverse("paralegal:cohort_create"), _cohort_data(co_facilitators="FAC_TWO")
    )
    cohort = Cohort.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("paralegal:cohort_detail", args=[cohort.pk])
    assert cohort.name == "Tuesday group"
    assert cohort.created_by == creator
    assert sorted(cohort.facilitators.values_list("username", flat=True)) == [
        "fac_one",
        "fac_two",
    ]
    # It has a join code at once, working for PARALEGAL_JOIN_CODE_DAYS.
    assert cohort.join_code and len(cohort.join_code) == 8
    assert cohort.join_code_expires_at > timezone.now() + timedelta(days=13)
    detail = client.get(response["Location"]).content.decode()
    assert f"{cohort.join_code[:4]}-{cohort.join_code[4:]}" in detail


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": " "}, "name", "This field is required."),
        ({"name": "x" * 81}, "name", "Ensure this value has at most 80 characters"),
        ({"country": "FR"}, "country", "Select a valid choice."),
        ({"language": "de"}, "language", "Select a valid choice."),
        ({"starts_on": "not a date"}, "starts_on", "Enter a valid date."),
        ({"ends_on": "2000-01-01"}, "ends_on", "The group cannot end before it starts."),
        ({"co_facilitators": "nobody_here"}, "co_facilitators", "No facilitator has the username"),
        # A learner or a safeguarding lead is not a facilitator.
        ({"co_facilitators": "a_learner0"}, "co_facilitators", "No facilitator has the username"),
        (
            {"co_facilitators": " ".join(f"f{i}" for i in range(11))},
            "co_facilitators",
            "Name at most 10 other facilitators.",
        ),
    ],
)
def test_bad_cohort_input_is_explained_and_nothing_is_made(
    client, cohort_world, overrides, field, message
):
    client.force_login(cohort_world["fac_a"])
    before = Cohort.objects.count()
    response = client.post(reverse("paralegal:cohort_create"), _cohort_data(**overrides))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert Cohort.objects.count() == before
    # The error is tied to its field for screen readers.
    assert f'id="id_{field}_error"' in response.content.decode()


def test_errors_are_shown_in_the_facilitators_language(client, cohort_world):
    client.force_login(cohort_world["fac_a"])
    with translation.override("km"):
        url = reverse("paralegal:cohort_create")
    assert url.startswith("/km/")
    response = client.post(url, _cohort_data(name=""))
    page = response.content.decode()
    assert _km_required() in page
    assert "This field is required." not in page
    assert Cohort.objects.count() == 2


def test_forged_fields_on_create_are_ignored(client, cohort_world):
    fac_a = cohort_world["fac_a"]
    client.force_login(fac_a)
    client.post(
        reverse("paralegal:cohort_create"),
        _cohort_data(join_code="ABCDEFGH", created_by=cohort_world["fac_b"].pk, facilitators=[1]),
    )
    cohort = Cohort.objects.get(name="Tuesday group")
    assert cohort.join_code != "ABCDEFGH"
    assert cohort.created_by == fac_a
    assert list(cohort.facilitators.all()) == [fac_a]


def test_edit_changes_the_details_and_keeps_the_creator(client, cohort_world, make_user):
    fac_a = cohort_world["fac_a"]
    cohort = cohort_world["cohort_a"]
    cohort.created_by = fac_a
    cohort.save()
    helper = make_user("fac_c", role="facilitator", mfa=True)
    cohort.facilitators.add(helper)
    # The co-facilitator edits, and leaves the creator out of the list: the creator stays.
    client.force_login(helper)
    url = reverse("paralegal:cohort_edit", args=[cohort.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "fac_a" in form.content.decode()
    response = client.post(url, _cohort_data(name="Renamed", language="en", co_facilitators=""))
    assert response.status_code == 302
    cohort.refresh_from_db()
    assert cohort.name == "Renamed"
    assert cohort.language == "en"
    assert set(cohort.facilitators.all()) == {fac_a, helper}


def test_a_bad_edit_changes_nothing(client, cohort_world):
    cohort = cohort_world["cohort_a"]
    client.force_login(cohort_world["fac_a"])
    response = client.post(
        reverse("paralegal:cohort_edit", args=[cohort.pk]),
        _cohort_data(name="Renamed", ends_on="1999-01-01"),
    )
    assert response.status_code == 200
    assert "The group cannot end before it starts." in response.content.decode()
    cohort.refresh_from_db()
    assert cohort.name == "Cohort A"


# --- Detail -----------------------------------------------------------------------------


def test_the_detail_page_shows_members_code_courses_and_missing_consent(
    client, cohort_world, make_learner
):
    cohort = cohort_world["cohort_a"]
    adult = make_learner("grown_up", band="18_24")
    Membership.objects.create(cohort=cohort, user=adult, joined_via="code")
    client.force_login(cohort_world["fac_a"])
    response = client.get(reverse("paralegal:cohort_detail", args=[cohort.pk]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    for learner in cohort_world["learners_a"]:
        assert _name(learner) in page
    for learner in cohort_world["learners_b"]:
        assert _name(learner) not in page
    # The three 16–17 learners have no consent record; the adult is not listed as missing.
    missing = [row.display_name for row in response.context["needing_consent"]]
    expected = sorted(_name(learner) for learner in cohort_world["learners_a"])
    assert sorted(missing) == expected
    assert _name(adult) not in missing
    assert "data-consent-missing" in page


def test_the_detail_page_works_before_other_areas_exist(client, cohort_world):
    """Links to sessions, dashboard and mentors appear only when those URLs exist."""
    from django.urls import NoReverseMatch

    client.force_login(cohort_world["fac_a"])
    cohort = cohort_world["cohort_a"]
    page = client.get(reverse("paralegal:cohort_detail", args=[cohort.pk])).content.decode()
    for name in ("session_list", "dashboard", "mentors"):
        try:
            url = reverse(f"paralegal:{name}", args=[cohort.pk])
        except NoReverseMatch:
            continue
        assert f'href="{url}"' in page


def test_removing_a_member_sets_left_at(client, cohort_world):
    cohort = cohort_world["cohort_a"]
    learner = cohort_world["learners_a"][0]
    client.force_login(cohort_world["fac_a"])
    url = reverse("paralegal:member_remove", args=[cohort.pk, learner.pk])
    assert client.get(url).status_code == 405  # GET never writes
    response = client.post(url)
    assert response.status_code == 302
    membership = Membership.objects.get(cohort=cohort, user=learner)
    assert membership.left_at is not None
    page = client.get(reverse("paralegal:cohort_detail", args=[cohort.pk])).content.decode()
    assert f'id="member-{learner.pk}"' not in page
    # Removing again: not a current member any more.
    assert client.post(url).status_code == 404


def test_the_dashboard_links_to_cohorts_and_joining(client, cohort_world):
    client.force_login(cohort_world["fac_a"])
    page = client.get(reverse("home:dashboard")).content.decode()
    assert reverse("paralegal:cohort_list") in page
    assert reverse("paralegal:join") not in page
    client.force_login(cohort_world["learners_a"][0])
    page = client.get(reverse("home:dashboard")).content.decode()
    assert reverse("paralegal:cohort_list") not in page
    assert page.count(f'href="{reverse("paralegal:join")}"') == 1


# --- Scope: 404 for everything outside one's own cohorts ---------------------------------


def _urls_of(cohort, member):
    """Every facilitator URL of this area for ``cohort``, with the method to try."""
    pk, user_pk = cohort.pk, member.pk
    return [
        ("get", reverse("paralegal:cohort_detail", args=[pk]), {}),
        ("get", reverse("paralegal:cohort_edit", args=[pk]), {}),
        ("post", reverse("paralegal:cohort_edit", args=[pk]), _cohort_data(name="Taken")),
        ("post", reverse("paralegal:join_code_rotate", args=[pk]), {}),
        ("get", reverse("paralegal:bulk_accounts", args=[pk]), {}),
        ("post", reverse("paralegal:bulk_accounts", args=[pk]), {"count": 2, "batch": "x"}),
        ("get", reverse("paralegal:consent_record", args=[pk, user_pk]), {}),
        (
            "post",
            reverse("paralegal:consent_record", args=[pk, user_pk]),
            {"basis": "guardian", "method": "paper", "given_on": "2026-01-01"},
        ),
        ("get", reverse("paralegal:course_assign", args=[pk]), {}),
        ("post", reverse("paralegal:course_assign", args=[pk]), {"course": "1"}),
        ("post", reverse("paralegal:member_remove", args=[pk, user_pk]), {}),
    ]


def _snapshot(cohort):
    cohort.refresh_from_db()
    return (
        cohort.name,
        cohort.join_code,
        list(cohort.memberships.values_list("user_id", "left_at")),
        list(Membership.objects.filter(cohort=cohort, consent__isnull=False).values_list("pk")),
        list(cohort.courses.values_list("course_id", "due_at")),
    )


def test_another_facilitator_gets_404_on_every_url_of_a_cohort(client, cohort_world):
    cohort_b = cohort_world["cohort_b"]
    before = _snapshot(cohort_b)
    client.force_login(cohort_world["fac_a"])
    for method, url, data in _urls_of(cohort_b, cohort_world["learners_b"][0]):
        response = getattr(client, method)(url, data)
        assert response.status_code == 404, (method, url)
    assert _snapshot(cohort_b) == before


def test_a_member_of_another_cohort_is_404_in_ones_own(client, cohort_world):
    cohort_a = cohort_world["cohort_a"]
    outsider = cohort_world["learners_b"][0]
    client.force_login(cohort_world["fac_a"])
    for name in ("consent_record", "member_remove"):
        url = reverse(f"paralegal:{name}", args=[cohort_a.pk, outsider.pk])
        assert client.post(url, {}).status_code == 404
    assert Membership.objects.get(user=outsider).left_at is None


@pytest.mark.parametrize("role", ["learner", "peer_mentor", "safeguarding_lead", "editor"])
def test_people_who_are_not_facilitators_get_404(client, cohort_world, make_user, role):
    person = make_user(f"someone_{role}", role=role, mfa=role not in ("learner", "peer_mentor"))
    client.force_login(person)
    cohort = cohort_world["cohort_a"]
    before = _snapshot(cohort)
    urls = [
        ("get", reverse("paralegal:cohort_list"), {}),
        ("get", reverse("paralegal:cohort_create"), {}),
        ("post", reverse("paralegal:cohort_create"), _cohort_data()),
        *_urls_of(cohort, cohort_world["learners_a"][0]),
    ]
    for method, url, data in urls:
        assert getattr(client, method)(url, data).status_code == 404, (method, url)
    assert _snapshot(cohort) == before
    assert Cohort.objects.count() == 2


def test_a_superuser_outside_the_facilitator_group_gets_404(client, cohort_world, make_user):
    admin = make_user("root", role=None, mfa=True, is_superuser=True, is_staff=True)
    client.force_login(admin)
    cohort = cohort_world["cohort_a"]
    assert client.get(reverse("paralegal:cohort_detail", args=[cohort.pk])).status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client, cohort_world):
    cohort = cohort_world["cohort_a"]
    for url in (
        reverse("paralegal:cohort_list"),
        reverse("paralegal:cohort_detail", args=[cohort.pk]),
        reverse("paralegal:join"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_a_co_facilitator_may_run_the_cohort(client, cohort_world):
    cohort_b = cohort_world["cohort_b"]
    cohort_b.facilitators.add(cohort_world["fac_a"])
    client.force_login(cohort_world["fac_a"])
    assert client.get(reverse("paralegal:cohort_detail", args=[cohort_b.pk])).status_code == 200


def test_the_detail_page_runs_the_same_queries_for_3_and_30_members(
    client, cohort_world, make_learner
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from paralegal.models import ConsentRecord

    cohort = cohort_world["cohort_a"]
    client.force_login(cohort_world["fac_a"])
    url = reverse("paralegal:cohort_detail", args=[cohort.pk])
    client.get(url)  # warm the session and caches

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    few = count()
    for i in range(27):
        learner = make_learner(f"more{i}", band="14_15" if i % 2 else "18_24")
        membership = Membership.objects.create(cohort=cohort, user=learner, joined_via="code")
        if i % 3 == 0:
            ConsentRecord.objects.create(
                membership=membership, basis="guardian", method="paper", given_on="2026-01-01"
            )
    assert count() == few
