"""Concerns (issue 7, item 10; SW-6, SW-7, DL-5): raising, routing, escalation, handling."""

from datetime import timedelta

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from cryptography.fernet import Fernet, InvalidToken
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import StaffScope
from paralegal.models import Cohort, JoinedVia, Membership, MentorAssignment
from resources.models import ReferralService
from safeguarding.models import AuditEvent, Concern, ConcernNotification
from safeguarding.note_crypto import note_decrypt
from safeguarding.services_concerns import (
    concern_notes_rotate,
    concern_raise,
    concerns_escalate,
)

MARKER = "CANARY-7f3a-call-aunt-after-six"


# --- fixtures -------------------------------------------------------------------------------

_on_commit = {}


@pytest.fixture(autouse=True)
def _run_on_commit(django_capture_on_commit_callbacks):
    """The tests run inside a transaction: run what waits for the commit (the e-mail task)."""
    _on_commit["capture"] = django_capture_on_commit_callbacks
    yield
    _on_commit.clear()


def committed(call, *args, **kwargs):
    with _on_commit["capture"](execute=True):
        return call(*args, **kwargs)


def escalate(now) -> int:
    return committed(concerns_escalate, now=now)


@pytest.fixture
def cohort_of(db):
    def make(name, *, country, facilitators=(), members=()):
        today = timezone.localdate()
        cohort = Cohort.objects.create(
            name=name,
            country=country,
            language="en",
            starts_on=today - timedelta(days=10),
            ends_on=today + timedelta(days=100),
        )
        cohort.facilitators.set(facilitators)
        for user in members:
            Membership.objects.create(cohort=cohort, user=user, joined_via=JoinedVia.CODE)
        return cohort

    return make


@pytest.fixture
def lead_of(make_user):
    def make(name, *countries, role="safeguarding_lead"):
        user = make_user(name, role=role, mfa=True, email=f"{name}@example.org")
        StaffScope.objects.create(user=user, countries=list(countries))
        return user

    return make


@pytest.fixture
def world(make_user, cohort_of, lead_of):
    learner = make_user("kh_learner", email="kh_learner@example.org")
    other = make_user("kh_other")
    mentor = make_user("kh_mentor", role="peer_mentor")
    facilitator = make_user("kh_fac", role="facilitator", mfa=True, email="kh_fac@example.org")
    cohort = cohort_of(
        "Cohort KH", country="KH", facilitators=[facilitator], members=[learner, other, mentor]
    )
    ph_learner = make_user("ph_learner")
    cohort_of("Cohort PH", country="PH", members=[ph_learner])
    return {
        "learner": learner,
        "other": other,
        "mentor": mentor,
        "facilitator": facilitator,
        "cohort": cohort,
        "ph_learner": ph_learner,
        "lead_kh": lead_of("lead_kh", "KH"),
        "lead_kh2": lead_of("lead_kh2", "KH", "VN"),
        "lead_ph": lead_of("lead_ph", "PH"),
    }


@pytest.fixture
def directory(db):
    def service(name, kind, country, phone="", live=True):
        return ReferralService.objects.create(
            name=name, kind=kind, country=country, phone=phone, live=live
        )

    return {
        "kh_hotline": service("KH child line", "hotline", "KH", "+855 1280"),
        "kh_police": service("KH police unit", "police", "KH", "+855 117"),
        "kh_legal": service("KH legal aid", "legal_aid", "KH", "+855 999"),
        "kh_draft": service("KH draft line", "hotline", "KH", "+855 555", live=False),
        "ph_hotline": service("PH Bantay Bata", "hotline", "PH", "+63 163"),
        "vn_hotline": service("VN line 111", "hotline", "VN", "111"),
    }


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


NEW = reverse("safeguarding:concern_new")
LIST = reverse("safeguarding:concern_list")


def detail_url(concern) -> str:
    return reverse("safeguarding:concern_detail", kwargs={"public_id": concern.public_id})


def status_url(concern) -> str:
    return reverse("safeguarding:concern_status", kwargs={"public_id": concern.public_id})


def raise_as(user, **data) -> Concern:
    before = set(Concern.objects.values_list("pk", flat=True))
    response = committed(signed_in(user).post, NEW, data)
    assert response.status_code == 302, response.content[:500]
    (concern,) = Concern.objects.exclude(pk__in=before)
    assert response["Location"] == status_url(concern)
    return concern


# --- raising --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "raised_as"),
    [("learner", "learner"), ("mentor", "mentor"), ("facilitator", "facilitator")],
)
def test_a_learner_mentor_or_facilitator_raises_with_one_press_of_the_defaults(
    world, who, raised_as
):
    concern = raise_as(world[who])  # an empty POST: every default is valid
    assert concern.raised_as == raised_as
    assert concern.raised_by == world[who]
    assert concern.country == "KH"
    assert concern.cohort == world["cohort"]
    assert (concern.at_risk, concern.urgency, concern.about) == ("me", "now", "")
    assert concern.status == "open"
    assert concern.note == ""


def test_the_header_of_a_learner_page_links_to_the_help_form(world, home_page):
    response = signed_in(world["learner"]).get(reverse("courses:my_learning"))
    assert f'href="{NEW}"'.encode() in response.content
    assert b"Get help" in response.content


def test_the_form_shows_the_hotline_and_emergency_entries_of_the_cohorts_country_first(
    world, directory
):
    response = signed_in(world["learner"]).get(NEW)
    assert response.status_code == 200
    assert response["Cache-Control"].count("no-cache") or "no-store" in response["Cache-Control"]
    html = response.content.decode()
    for shown in ("KH child line", "KH police unit", "tel:+8551280", "tel:+855117"):
        assert shown in html
    for hidden in ("KH legal aid", "KH draft line", "PH Bantay Bata", "VN line 111"):
        assert hidden not in html
    # At once: the numbers come before the form.
    assert html.index("KH child line") < html.index('<form method="post" novalidate')
    assert "Do not write what happened" in html
    assert "<title>Help ·" in html


def test_someone_in_no_cohort_sees_every_countrys_entries_grouped(make_user, directory):
    response = signed_in(make_user("loner")).get(NEW)
    html = response.content.decode()
    for label, name in (
        ("Cambodia", "KH child line"),
        ("Philippines", "PH Bantay Bata"),
        ("Viet Nam", "VN line 111"),
    ):
        assert f"<h3>{label}</h3>" in html
        assert name in html
    assert html.index("Cambodia") < html.index("KH child line") < html.index("Philippines")


def test_a_note_over_the_limit_is_refused_with_a_translated_message_and_nothing_stored(world):
    client = signed_in(world["learner"])
    response = client.post(NEW, {"note": "x" * 201})
    assert response.status_code == 400
    assert b"Please keep it to 200 characters (it has 201)." in response.content
    assert Concern.objects.count() == 0
    assert ConcernNotification.objects.count() == 0
    # The message is a translatable string (the catalogs get it from makemessages).
    from django.utils.functional import Promise

    from safeguarding.forms.concerns import ConcernForm

    assert isinstance(ConcernForm.base_fields["note"].error_messages["max_length"], Promise)
    response = client.post("/km" + NEW[3:], {"note": "x" * 201})
    assert response.status_code == 400
    assert b'<html lang="km"' in response.content
    assert b'aria-invalid="true"' in response.content
    assert Concern.objects.count() == 0


def test_a_note_of_exactly_the_limit_is_accepted(world):
    concern = raise_as(world["learner"], note="y" * 200)
    assert concern.note == "y" * 200


@pytest.mark.parametrize(
    "forged",
    [{"at_risk": "everyone"}, {"urgency": "yesterday"}, {"about": "lead"}],
)
def test_forged_choices_are_refused(world, forged):
    response = signed_in(world["learner"]).post(NEW, forged)
    assert response.status_code == 400
    assert Concern.objects.count() == 0


def test_forged_fields_are_ignored(world, lead_of):
    concern = raise_as(
        world["learner"],
        status="closed",
        country="PH",
        raised_by=world["other"].pk,
        current_lead=world["lead_ph"].pk,
    )
    assert (concern.status, concern.country, concern.raised_by) == ("open", "KH", world["learner"])
    assert concern.current_lead == world["lead_kh"]


def test_anonymous_visitors_are_sent_to_sign_in(db):
    client = Client()
    for url in (
        NEW,
        LIST,
        reverse("safeguarding:concern_status", kwargs={"public_id": Concern().public_id}),
        reverse("safeguarding:concern_detail", kwargs={"public_id": Concern().public_id}),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]
    assert client.post(NEW, {}).status_code == 302
    assert Concern.objects.count() == 0


# --- encryption at rest ---------------------------------------------------------------------


def test_the_note_is_encrypted_at_rest(world):
    concern = raise_as(world["learner"], note=MARKER)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM safeguarding_concern")
        rows = cursor.fetchall()
    assert rows
    assert MARKER not in repr(rows)
    assert MARKER not in concern.note_ciphertext
    assert Concern.objects.get(pk=concern.pk).note == MARKER
    assert note_decrypt(Concern.objects.get(pk=concern.pk).note_ciphertext) == MARKER


def test_keys_rotate_first_encrypts_all_decrypt(world, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.CONCERN_NOTE_KEYS = [old]
    concern = raise_as(world["learner"], note=MARKER)
    settings.CONCERN_NOTE_KEYS = [new, old]
    assert Concern.objects.get(pk=concern.pk).note == MARKER  # the old key still reads
    assert concern_notes_rotate() == 1
    settings.CONCERN_NOTE_KEYS = [new]  # the old key is gone: rotated notes still read
    assert Concern.objects.get(pk=concern.pk).note == MARKER
    settings.CONCERN_NOTE_KEYS = [old]
    with pytest.raises(InvalidToken):
        Concern.objects.get(pk=concern.pk).note  # noqa: B018


def test_the_model_refuses_a_note_over_the_limit(world):
    with pytest.raises(ValueError):
        concern_raise(user=world["learner"], at_risk="me", urgency="now", note="z" * 201)
    assert Concern.objects.count() == 0


# --- routing and notification ---------------------------------------------------------------


def test_a_concern_goes_to_the_first_lead_of_the_cohorts_country_by_e_mail_without_details(
    world,
):
    concern = raise_as(world["learner"], note=MARKER, urgency="later")
    assert concern.current_lead == world["lead_kh"]
    (notification,) = ConcernNotification.objects.all()
    assert notification.lead == world["lead_kh"]
    assert notification.delivered_at is not None
    assert notification.attempts == 1
    (message,) = mail.outbox
    assert message.to == ["lead_kh@example.org"]
    text = message.subject + message.body
    assert detail_url(concern) in message.body
    for detail in (MARKER, "kh_learner", "Cohort KH", "later", "It can wait", "Cambodia", "KH"):
        assert detail not in text


def test_a_philippine_learners_concern_reaches_only_philippine_leads(world):
    concern = raise_as(world["ph_learner"])
    assert concern.country == "PH"
    assert [m.to for m in mail.outbox] == [["lead_ph@example.org"]]
    assert signed_in(world["lead_ph"]).get(detail_url(concern)).status_code == 200
    assert signed_in(world["lead_kh"]).get(detail_url(concern)).status_code == 404
    assert concern.public_id.hex not in signed_in(world["lead_kh"]).get(LIST).content.decode()


def test_a_concern_about_the_facilitator_never_reaches_them_even_as_a_lead(world, make_user):
    facilitator = world["facilitator"]
    StaffScope.objects.create(user=facilitator, countries=["KH"])
    facilitator.groups.add(world["lead_kh"].groups.get(name="safeguarding_lead"))
    # The facilitator would be the first lead (lowest pk among KH leads) if not excluded.
    from safeguarding.selectors_concerns import leads_for

    assert leads_for(country="KH", excluded_ids=[])[0] == facilitator
    concern = raise_as(world["learner"], about="facilitator")
    assert list(concern.excluded_users.all()) == [facilitator]
    assert concern.current_lead != facilitator
    assert not ConcernNotification.objects.filter(lead=facilitator).exists()
    assert all(facilitator.email not in m.to for m in mail.outbox)
    client = signed_in(facilitator)
    assert client.get(detail_url(concern)).status_code == 404
    assert client.post(detail_url(concern), {"action": "close"}).status_code == 404
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert str(concern.public_id) not in listing.content.decode()
    # Escalation goes round the others, never to them.
    for step in range(1, 5):
        escalate(timezone.now() + timedelta(minutes=241 * step))
    concern.refresh_from_db()
    assert concern.escalation_level == 4
    assert concern.current_lead != facilitator
    assert not ConcernNotification.objects.filter(lead=facilitator).exists()


def test_a_concern_about_the_mentor_never_reaches_the_mentor(world):
    mentor, learner = world["mentor"], world["learner"]
    # Created past the mentor policy (its rules have their own tests): only the link matters.
    MentorAssignment.objects.bulk_create(
        [MentorAssignment(mentor=mentor, mentee=learner, cohort=world["cohort"], status="active")]
    )
    mentor.groups.add(world["lead_kh"].groups.get(name="safeguarding_lead"))
    mentor.email = "mentor@example.org"
    mentor.save()
    TOTP.activate(mentor, generate_totp_secret())  # a lead must have two-step sign-in
    StaffScope.objects.create(user=mentor, countries=["KH"])
    concern = raise_as(learner, about="mentor")
    assert list(concern.excluded_users.all()) == [mentor]
    assert not ConcernNotification.objects.filter(lead=mentor).exists()
    assert signed_in(mentor).get(detail_url(concern)).status_code == 404


class FailsTwice(EmailBackend):
    failures = 0

    def send_messages(self, messages):
        if FailsTwice.failures < 2:
            FailsTwice.failures += 1
            raise ConnectionError("the mail server is down")
        return super().send_messages(messages)


def test_the_e_mail_is_retried_until_it_is_delivered(world, settings, monkeypatch):
    from config.celery import app

    # Eager tasks that propagate errors cannot retry; a worker's retry is what is tested.
    monkeypatch.setitem(app.conf, "task_eager_propagates", False)
    settings.EMAIL_BACKEND = "tests.safeguarding.test_concerns.FailsTwice"
    FailsTwice.failures = 0
    raise_as(world["learner"])
    (notification,) = ConcernNotification.objects.all()
    assert notification.attempts == 3
    assert notification.delivered_at is not None
    assert len(mail.outbox) == 1


def test_the_notify_task_retries_on_failure_with_backoff_and_no_limit():
    from safeguarding.tasks import notify_concern_lead

    assert notify_concern_lead.autoretry_for == (Exception,)
    assert notify_concern_lead.retry_backoff
    assert notify_concern_lead.max_retries is None


def test_an_undelivered_notification_is_sent_again_by_the_periodic_job(world, settings):
    settings.EMAIL_BACKEND = "tests.safeguarding.test_concerns.FailsTwice"
    FailsTwice.failures = 0
    concern = raise_as(world["learner"])  # the first try fails (and here cannot retry)
    (notification,) = ConcernNotification.objects.all()
    assert (notification.attempts, notification.delivered_at) == (1, None)
    Concern.objects.filter(pk=concern.pk).update(status="acknowledged")  # no escalation
    assert escalate(timezone.now() + timedelta(minutes=10)) == 0
    notification.refresh_from_db()
    assert notification.attempts == 1  # too early to send again
    escalate(timezone.now() + timedelta(minutes=31))  # fails a second time
    escalate(timezone.now() + timedelta(minutes=31))  # delivered
    notification.refresh_from_db()
    assert notification.attempts == 3
    assert notification.delivered_at is not None
    assert len(mail.outbox) == 1


def test_a_delivered_notification_is_not_sent_again(world):
    from safeguarding.tasks import notify_concern_lead

    raise_as(world["learner"])
    (notification,) = ConcernNotification.objects.all()
    assert committed(notify_concern_lead.delay, notification.pk).get() is False
    assert len(mail.outbox) == 1


# --- escalation (time machine: ``now`` is passed, nothing sleeps) ---------------------------


def test_an_unacknowledged_concern_escalates_to_the_next_lead_after_the_configured_time(
    world, settings
):
    settings.CONCERN_ACKNOWLEDGE_MINUTES = 30
    concern = raise_as(world["learner"])
    start = concern.routed_at
    assert escalate(start + timedelta(minutes=29)) == 0
    concern.refresh_from_db()
    assert (concern.current_lead, concern.escalation_level) == (world["lead_kh"], 0)
    assert escalate(start + timedelta(minutes=30)) == 1
    concern.refresh_from_db()
    assert (concern.current_lead, concern.escalation_level) == (world["lead_kh2"], 1)
    assert [m.to for m in mail.outbox] == [["lead_kh@example.org"], ["lead_kh2@example.org"]]
    # The clock restarts for the new lead; after another wait it comes back round.
    assert escalate(start + timedelta(minutes=59)) == 0
    assert escalate(start + timedelta(minutes=60)) == 1
    concern.refresh_from_db()
    assert (concern.current_lead, concern.escalation_level) == (world["lead_kh"], 2)
    assert (
        AuditEvent.objects.filter(action="escalated", object_id=str(concern.public_id)).count() == 2
    )


def test_an_acknowledged_concern_does_not_escalate(world, settings):
    concern = raise_as(world["learner"])
    signed_in(world["lead_kh"]).post(detail_url(concern), {"action": "acknowledge"})
    assert escalate(timezone.now() + timedelta(days=2)) == 0
    concern.refresh_from_db()
    assert concern.escalation_level == 0


def test_the_escalation_job_is_scheduled(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "safeguarding.tasks.escalate_concerns" in tasks


# --- handling by the leads; audit -----------------------------------------------------------


def test_a_lead_lists_opens_acknowledges_refers_and_closes_and_every_view_is_audited(world):
    concern = raise_as(world["learner"], note=MARKER)
    lead = world["lead_kh"]
    client = signed_in(lead)
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert detail_url(concern) in listing.content.decode()
    assert MARKER not in listing.content.decode()
    page = client.get(detail_url(concern))
    assert page.status_code == 200
    assert MARKER in page.content.decode()
    assert "no-store" in page["Cache-Control"] or "no-cache" in page["Cache-Control"]
    assert client.post(detail_url(concern), {"action": "acknowledge"}).status_code == 302
    today = timezone.localdate()
    assert (
        client.post(
            detail_url(concern), {"action": "refer", "kind": "counselling", "made_on": today}
        ).status_code
        == 302
    )
    assert client.post(detail_url(concern), {"action": "close"}).status_code == 302
    concern.refresh_from_db()
    assert concern.status == "closed"
    assert concern.acknowledged_by == lead and concern.closed_by == lead
    assert (concern.referral_kind, concern.referral_made_on) == ("counselling", today)
    events = list(
        AuditEvent.objects.filter(object_id=str(concern.public_id), actor=lead)
        .order_by("at", "pk")
        .values_list("action", flat=True)
    )
    assert events == ["listed", "viewed", "acknowledged", "referred", "closed"]
    assert all(e.object_type == "concern" for e in AuditEvent.objects.all())
    client.get(detail_url(concern))
    assert AuditEvent.objects.filter(actor=lead, action="viewed").count() == 2


def test_a_referral_in_the_future_or_of_an_unknown_kind_is_refused_and_nothing_changes(world):
    concern = raise_as(world["learner"])
    client = signed_in(world["lead_kh"])
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(
        detail_url(concern), {"action": "refer", "kind": "shelter", "made_on": tomorrow}
    )
    assert response.status_code == 400
    assert b"The date cannot be in the future." in response.content
    response = client.post(
        detail_url(concern), {"action": "refer", "kind": "spaceship", "made_on": "2026-01-01"}
    )
    assert response.status_code == 400
    concern.refresh_from_db()
    assert (concern.status, concern.referral_kind, concern.referral_made_on) == ("open", "", None)
    assert client.post(detail_url(concern), {"action": "explode"}).status_code == 404


def test_a_closed_concern_cannot_be_changed(world):
    concern = raise_as(world["learner"])
    client = signed_in(world["lead_kh"])
    client.post(detail_url(concern), {"action": "close"})
    client.post(
        detail_url(concern), {"action": "refer", "kind": "shelter", "made_on": "2026-01-01"}
    )
    concern.refresh_from_db()
    assert (concern.status, concern.referral_kind) == ("closed", "")


def test_the_raiser_sees_only_the_status(world):
    concern = raise_as(world["learner"], note=MARKER, about="facilitator")
    client = signed_in(world["learner"])
    page = client.get(status_url(concern)).content.decode()
    assert "Sent. It is waiting" in page
    for hidden in (MARKER, "lead_kh", "facilitator", "Cohort KH"):
        assert hidden not in page
    signed_in(world["lead_kh"]).post(detail_url(concern), {"action": "acknowledge"})
    assert "Seen. Someone from our team" in client.get(status_url(concern)).content.decode()
    assert AuditEvent.objects.filter(actor=world["learner"], action="status_viewed").count() == 2
    assert client.get(detail_url(concern)).status_code == 404
    assert client.get(LIST).status_code == 404


def test_another_persons_concern_is_404_to_a_raiser(world):
    concern = raise_as(world["learner"])
    assert signed_in(world["other"]).get(status_url(concern)).status_code == 404
    assert signed_in(world["lead_kh"]).get(status_url(concern)).status_code == 404


@pytest.mark.parametrize(
    "role",
    ["learner", "peer_mentor", "facilitator", "editor", "safeguarding_reviewer", "translator"],
)
def test_every_other_role_gets_404_on_the_lead_views(world, make_user, role):
    concern = raise_as(world["learner"])
    user = make_user(f"someone_{role}", role=role, mfa=role not in ("learner", "peer_mentor"))
    StaffScope.objects.create(user=user, countries=["KH"])
    client = signed_in(user)
    assert client.get(LIST).status_code == 404
    assert client.get(detail_url(concern)).status_code == 404
    assert client.post(detail_url(concern), {"action": "close"}).status_code == 404
    concern.refresh_from_db()
    assert concern.status == "open"
    assert not AuditEvent.objects.filter(actor=user).exists()


def test_a_lead_of_another_country_gets_404(world):
    concern = raise_as(world["learner"])
    client = signed_in(world["lead_ph"])
    assert client.get(detail_url(concern)).status_code == 404
    assert client.post(detail_url(concern), {"action": "acknowledge"}).status_code == 404
    concern.refresh_from_db()
    assert concern.status == "open"
    assert not AuditEvent.objects.filter(actor=world["lead_ph"], action="viewed").exists()


def test_a_concern_from_someone_in_no_cohort_reaches_a_lead_and_every_lead_sees_it(
    world, make_user
):
    concern = raise_as(make_user("loner"))
    assert concern.country == ""
    assert concern.current_lead == world["lead_kh"]
    for lead in ("lead_kh", "lead_kh2", "lead_ph"):
        assert signed_in(world[lead]).get(detail_url(concern)).status_code == 200


def test_a_country_without_a_lead_falls_back_to_every_lead(world, cohort_of, make_user):
    vn_only = make_user("vn_learner")
    cohort_of("Cohort VN", country="VN", members=[vn_only])
    StaffScope.objects.filter(user=world["lead_kh2"]).update(countries=["KH"])
    concern = raise_as(vn_only)
    assert concern.current_lead == world["lead_kh"]
    assert signed_in(world["lead_kh"]).get(detail_url(concern)).status_code == 200


def test_someone_signed_in_with_another_role_can_raise_and_is_recorded_as_other(make_user):
    editor = make_user("ed", role="editor", mfa=True)
    concern = raise_as(editor)
    assert concern.raised_as == "other"
