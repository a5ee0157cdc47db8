"""`make run` loads demo content and accounts, and running it again duplicates nothing."""

import json

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from accounts.demo import DEMO_ACCOUNTS
from home.models import HomePage

pytestmark = pytest.mark.django_db


def seed(tmp_path, capsys):
    call_command("seed_demo", credentials_file=str(tmp_path / "demo.json"))
    return capsys.readouterr().out


def test_seed_demo_is_idempotent_and_prints_one_account_per_role(tmp_path, capsys, settings):
    settings.DEBUG = True
    first = seed(tmp_path, capsys)
    second = seed(tmp_path, capsys)
    User = get_user_model()
    assert User.objects.count() == len(DEMO_ACCOUNTS)
    assert HomePage.objects.count() == 1
    assert Page.objects.filter(depth=2).count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    stored = json.loads((tmp_path / "demo.json").read_text())
    for account in DEMO_ACCOUNTS:
        assert f"{account.username:<18} password: {stored[account.username]}" in second
        assert User.objects.get(username=account.username).check_password(stored[account.username])
    assert first == second, "a second run must print the same accounts and secrets"
    staff = [a for a in DEMO_ACCOUNTS if a.superuser or a.role not in ("learner", "peer_mentor")]
    assert second.count("authenticator key:") == len(staff)
    assert Authenticator.objects.filter(type=Authenticator.Type.TOTP).count() == len(staff)
    # The demo facilitator's cohort enrols the demo learner in the cohort-only paralegal
    # course, once, and pairs the demo mentor with them through the lead's approval.
    from courses.models import Enrolment
    from paralegal.models import Attendance, Cohort, CohortSession, MentorAssignment

    enrolment = Enrolment.objects.get(user__username="demo_learner")
    assert enrolment.course.slug == "paralegal-training"
    assert enrolment.enrolled_by.username == "demo_facilitator"
    assert enrolment.quizzes_due_at is not None
    cohort = Cohort.objects.get()
    assert [u.username for u in cohort.facilitators.all()] == ["demo_facilitator"]
    assert sorted(cohort.memberships.values_list("user__username", flat=True)) == [
        "demo_learner",
        "demo_mentor",
    ]
    assert CohortSession.objects.filter(cohort=cohort).count() == 2
    assert Attendance.objects.count() == 2
    pairing = MentorAssignment.objects.get()
    assert (pairing.mentor.username, pairing.mentee.username, pairing.status) == (
        "demo_mentor",
        "demo_learner",
        "active",
    )
    assert pairing.pairing_approved_by.username == "demo_lead"


def test_seed_demo_refuses_to_run_outside_development(tmp_path, settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo", credentials_file=str(tmp_path / "demo.json"))
    assert not get_user_model().objects.exists()


def test_demo_content_is_published_through_the_safeguarding_review(tmp_path, capsys, settings):
    from courses.models import H5PActivity
    from resources.models import GlossaryTerm, ReferralService, RightsGuidePage
    from safeguarding.audit import audit_rows

    settings.DEBUG = True
    seed(tmp_path, capsys)
    live = [
        *Page.objects.filter(depth__gt=1, live=True).specific(),
        *GlossaryTerm.objects.filter(live=True),
        *ReferralService.objects.filter(live=True),
        *H5PActivity.objects.filter(live=True),
    ]
    assert H5PActivity.objects.filter(live=True).count() == 3
    assert RightsGuidePage.objects.filter(live=True).exists()
    rows = audit_rows()
    assert len(rows) == len(live), "every published demo item has exactly one review"
    assert {(row.submitted_by, row.decided_by, row.event) for row in rows} == {
        ("demo_editor", "demo_reviewer", "approved")
    }
    assert all(len(row.checklist) == 8 for row in rows)
