"""The data pages: a learner sees and downloads their own data and deletes their account; a
facilitator does it for a current member of their cohort. Everyone else gets 404."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from paralegal.data.export import data_export
from paralegal.models import (
    AssignmentStatus,
    Attendance,
    CohortSession,
    ConsentRecord,
    Membership,
    MentorAssignment,
)
from safeguarding.models import AuditEvent, Concern
from tests.helpers import PASSWORD

MINE = "Mineq7x"
THEIRS = "Theirsq7x"


@pytest.fixture
def world(cohort_world):
    learner = cohort_world["learners_a"][0]
    other = cohort_world["learners_a"][1]
    Profile.objects.filter(user=learner).update(display_name=f"Star {MINE}")
    Profile.objects.filter(user=other).update(display_name=f"Moon {THEIRS}")
    return {**cohort_world, "learner": learner, "other": other}


def _url(name, *args):
    return reverse(f"paralegal:{name}", args=args)


# --- The learner's own pages -------------------------------------------------------------


def test_anonymous_people_are_sent_to_sign_in(client, db):
    for name in ("my_data", "my_data_export", "my_data_export_html", "account_delete"):
        response = client.get(_url(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_json_download_is_the_learners_own_and_never_cached(client, world):
    learner = world["learner"]
    client.force_login(learner)
    response = client.get(_url("my_data_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="notebook-data.json"')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["profile"]["display_name"] == f"Star {MINE}"
    assert data["cohorts"][0]["cohort"] == "Cohort A"
    assert THEIRS not in response.content.decode()
    # GET only.
    assert client.post(_url("my_data_export")).status_code == 405


def test_the_readable_page_shows_the_same_data(client, world):
    client.force_login(world["learner"])
    response = client.get(_url("my_data_export_html"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Star {MINE}" in html and "Cohort A" in html
    assert THEIRS not in html
    assert client.get(_url("my_data")).status_code == 200


def test_the_export_names_nobody_who_acted_on_the_learner(world):
    learner, fac = world["learner"], world["fac_a"]
    membership = Membership.objects.get(user=learner)
    ConsentRecord.objects.create(
        membership=membership,
        basis="guardian",
        method="paper",
        given_on=timezone.localdate(),
        attested_by=fac,
    )
    session = CohortSession.objects.create(
        cohort=world["cohort_a"], starts_at=timezone.now(), created_by=fac
    )
    Attendance.objects.create(session=session, learner=learner, mark="present", marked_by=fac)
    data = data_export(user=learner)
    assert data["consent_records"][0]["basis"] == "guardian"
    assert data["attendance"][0]["mark"] == "present"
    assert "fac_a" not in json.dumps(data, default=str)


def test_concerns_show_status_and_dates_only_and_never_ones_about_the_learner(world):
    learner, other = world["learner"], world["other"]
    mine = Concern(
        raised_by=learner, raised_as="learner", country="KH", at_risk="me", urgency="now"
    )
    mine.note = f"call me {MINE}-note"
    mine.save()
    about = Concern.objects.create(
        raised_by=other, raised_as="learner", country="KH", at_risk="someone_else", urgency="now"
    )
    about.excluded_users.add(learner)
    data = data_export(user=learner)
    assert len(data["concerns_raised"]) == 1
    assert set(data["concerns_raised"][0]) == {
        "raised_at",
        "status",
        "status_label",
        "acknowledged_at",
        "closed_at",
    }
    assert f"{MINE}-note" not in json.dumps(data, default=str)
    assert data_export(user=other)["concerns_raised"][0]["status"] == "open"


def test_mentoring_names_only_what_the_learner_was_shown(world):
    learner, other = world["learner"], world["other"]
    third = world["learners_a"][2]
    Profile.objects.filter(user=third).update(display_name="Waiting Mentor")
    # Stored directly: the mentor policy has its own tests.
    MentorAssignment.objects.bulk_create(
        [
            MentorAssignment(
                mentor=other,
                mentee=learner,
                cohort=world["cohort_a"],
                status=AssignmentStatus.ENDED,
            ),
            MentorAssignment(
                mentor=third,
                mentee=learner,
                cohort=world["cohort_a"],
                status=AssignmentStatus.AWAITING_APPROVAL,
            ),
        ]
    )
    data = data_export(user=learner)
    assert [row["mentor"] for row in data["mentoring"]["as_mentee"]] == ["", ""]
    MentorAssignment.objects.filter(mentor=third).update(status=AssignmentStatus.ACTIVE)
    data = data_export(user=learner)
    assert sorted(row["mentor"] for row in data["mentoring"]["as_mentee"]) == ["", "Waiting Mentor"]
    # The mentor sees their mentee's display name, and nothing else of them.
    as_mentor = data_export(user=third)["mentoring"]["as_mentor"]
    assert as_mentor[0]["mentee"] == f"Star {MINE}"
    assert data_export(user=third)["mentoring"]["as_mentee"] == []


def test_the_export_reads_a_fixed_number_of_queries(world):
    learner = world["learner"]
    with CaptureQueriesContext(connection) as small:
        data_export(user=learner)
    cohort = world["cohort_a"]
    for day in range(5):
        session = CohortSession.objects.create(
            cohort=cohort, starts_at=timezone.now() - timezone.timedelta(days=day)
        )
        Attendance.objects.create(session=session, learner=learner, mark="present")
    with CaptureQueriesContext(connection) as large:
        data = data_export(user=learner)
    assert len(data["attendance"]) == 5
    assert len(large.captured_queries) == len(small.captured_queries)


# --- Deleting one's own account -----------------------------------------------------------


def test_the_confirmation_page_says_what_happens(client, world):
    client.force_login(world["learner"])
    response = client.get(_url("account_delete"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "cannot be undone" in html and 'name="password"' in html and 'name="confirm"' in html


@pytest.mark.parametrize(
    "posted",
    [{}, {"confirm": "on"}, {"password": PASSWORD}, {"confirm": "on", "password": "wrong"}],
)
def test_nothing_is_deleted_without_the_tick_and_the_password(client, world, posted):
    learner = world["learner"]
    client.force_login(learner)
    response = client.post(_url("account_delete"), posted)
    assert response.status_code == 400
    assert get_user_model().objects.filter(pk=learner.pk).exists()
    assert 'class="field__errors"' in response.content.decode()


def test_a_learner_deletes_their_account(client, world):
    learner = world["learner"]
    client.force_login(learner)
    response = client.post(_url("account_delete"), {"confirm": "on", "password": PASSWORD})
    assert response.status_code == 200
    assert "Your account is deleted" in response.content.decode()
    assert not get_user_model().objects.filter(pk=learner.pk).exists()
    assert AuditEvent.objects.filter(action="account_deleted:self", actor=None).count() == 1
    # Signed out: the same browser no longer reaches anything of theirs.
    assert client.get(_url("my_data")).status_code == 302
    assert not client.login(username=learner.username, password=PASSWORD)


def test_guessing_the_password_is_slowed_down(client, world):
    learner = world["learner"]
    client.force_login(learner)
    for _ in range(5):
        client.post(_url("account_delete"), {"confirm": "on", "password": "guess"})
    response = client.post(_url("account_delete"), {"confirm": "on", "password": PASSWORD})
    assert response.status_code == 429
    assert get_user_model().objects.filter(pk=learner.pk).exists()


def test_an_account_without_a_password_confirms_with_the_tick(client, world):
    learner = world["learner"]
    learner.set_unusable_password()
    learner.save()
    client.force_login(learner)
    assert 'name="password"' not in client.get(_url("account_delete")).content.decode()
    response = client.post(_url("account_delete"), {"confirm": "on"})
    assert response.status_code == 200
    assert not get_user_model().objects.filter(pk=learner.pk).exists()


def test_staff_accounts_cannot_delete_themselves_here(client, world, make_user):
    fac = world["fac_a"]
    client.force_login(fac)
    response = client.get(_url("account_delete"))
    assert response.status_code == 200 and 'name="confirm"' not in response.content.decode()
    assert (
        client.post(_url("account_delete"), {"confirm": "on", "password": PASSWORD}).status_code
        == 404
    )
    assert get_user_model().objects.filter(pk=fac.pk).exists()


# --- A facilitator on a learner's behalf ----------------------------------------------------


def test_a_facilitator_sees_and_downloads_a_members_data(client, world):
    fac, learner, cohort = world["fac_a"], world["learner"], world["cohort_a"]
    client.force_login(fac)
    url = _url("member_data_export", cohort.pk, learner.pk)
    response = client.get(url)
    assert response.status_code == 200 and f"Star {MINE}" in response.content.decode()
    download = client.get(url + "?format=json")
    assert download["Content-Disposition"].startswith("attachment")
    assert json.loads(download.content)["profile"]["display_name"] == f"Star {MINE}"
    assert (
        AuditEvent.objects.filter(
            actor=fac, action="data_export", object_type="account", object_id=str(learner.pk)
        ).count()
        == 2
    )


def test_out_of_scope_is_404(client, world, make_user):
    fac_a, cohort_a, cohort_b = world["fac_a"], world["cohort_a"], world["cohort_b"]
    learner, outsider = world["learner"], world["learners_b"][0]
    client.force_login(fac_a)
    tries = [
        (cohort_a.pk, outsider.pk),  # a learner of another cohort, through my cohort
        (cohort_b.pk, outsider.pk),  # another facilitator's cohort
        (cohort_b.pk, learner.pk),
        (cohort_a.pk, fac_a.pk),  # not a member
        (cohort_a.pk, 999999),
    ]
    for pk, user_pk in tries:
        assert client.get(_url("member_data_export", pk, user_pk)).status_code == 404
        assert client.post(_url("member_delete", pk, user_pk), {"confirm": "on"}).status_code == 404
    # A member who left is no longer the facilitator's to export or delete.
    Membership.objects.filter(user=learner).update(left_at=timezone.now())
    assert client.get(_url("member_data_export", cohort_a.pk, learner.pk)).status_code == 404
    # Learners and mentors never reach these pages, not even for themselves.
    client.force_login(world["other"])
    assert client.get(_url("member_data_export", cohort_a.pk, world["other"].pk)).status_code == 404
    assert get_user_model().objects.filter(pk__in=[learner.pk, outsider.pk]).count() == 2


def test_a_staff_member_in_a_cohort_is_never_deleted_by_a_facilitator(client, world, make_user):
    cohort = world["cohort_a"]
    staff = make_user("staff_member", role="facilitator", mfa=True)
    Membership.objects.create(cohort=cohort, user=staff, joined_via="facilitator")
    client.force_login(world["fac_a"])
    assert (
        client.post(_url("member_delete", cohort.pk, staff.pk), {"confirm": "on"}).status_code
        == 404
    )
    assert client.get(_url("member_data_export", cohort.pk, staff.pk)).status_code == 404
    assert get_user_model().objects.filter(pk=staff.pk).exists()


def test_a_facilitator_deletes_a_members_account(client, world):
    fac, learner, cohort = world["fac_a"], world["learner"], world["cohort_a"]
    client.force_login(fac)
    url = _url("member_delete", cohort.pk, learner.pk)
    assert client.get(url).status_code == 405
    refused = client.post(url, {})
    assert refused.status_code == 400
    assert get_user_model().objects.filter(pk=learner.pk).exists()
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/cohorts/{cohort.pk}/#members")
    assert not get_user_model().objects.filter(pk=learner.pk).exists()
    assert AuditEvent.objects.filter(action="account_deleted:facilitator", actor=fac).count() == 1
    assert get_user_model().objects.filter(pk=world["other"].pk).exists()
