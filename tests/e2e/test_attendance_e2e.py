"""A facilitator takes attendance on a phone: marks everyone present, changes one mark, loses
the connection, marks two more, reloads, and the marks reach the server exactly once when the
connection is back. Signing out with marks still waiting asks first. axe scans the page."""

import json
import re
from datetime import timedelta

from playwright.sync_api import expect

from tests.e2e.conftest import BROWSER_TEST, axe_violations, session_cookie

pytestmark = BROWSER_TEST

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
QUEUE_KEY = "rp-attendance-queue"
NAMES = ["Sok", "Bopha", "Chenda", "Dara", "Kanha", "Mealea"]


def _no_violations(page):
    # At the top of the page: scrolled, the sticky "Exit this page" bar covers the rows
    # that pass under it, which axe reports as small targets.
    page.evaluate("window.scrollTo(0, 0)")
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def _world(count, names=()):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from accounts.models import Profile
    from accounts.services import profile_ensure
    from paralegal.models import Cohort, CohortSession, JoinedVia, Membership

    users = get_user_model().objects
    facilitator = users.create_user("fac_sophea", password="a-long-and-unusual-passphrase")
    facilitator.groups.add(Group.objects.get(name="facilitator"))
    TOTP.activate(facilitator, generate_totp_secret())
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name="Thursday group",
        country="KH",
        language="km",
        starts_on=today - timedelta(days=7),
        ends_on=today + timedelta(days=90),
    )
    cohort.facilitators.add(facilitator)
    learner_group = Group.objects.get(name="learner")
    learners = []
    for i in range(count):
        user = users.create_user(f"learner_{i:02d}", password="a-long-and-unusual-passphrase")
        user.groups.add(learner_group)
        profile_ensure(user=user)
        name = names[i] if i < len(names) else f"Learner {i:02d}"
        Profile.objects.filter(user=user).update(display_name=name)
        Membership.objects.create(cohort=cohort, user=user, joined_via=JoinedVia.CODE)
        learners.append(user)
    session = CohortSession.objects.create(cohort=cohort, starts_at=timezone.now(), place="Room 2")
    return facilitator, cohort, session, learners


def _open(site, new_context, facilitator, cohort, session):
    context = new_context(bypass_csp=True, **PHONE)  # bypass: axe is injected inline
    context.add_cookies(session_cookie(site, facilitator))
    page = context.new_page()
    page.goto(f"{site.url}/en/cohorts/{cohort.pk}/sessions/{session.pk}/attendance/")
    return context, page


def _row(page, session, learner):
    from paralegal.selectors_attendance import attendance_learner_token

    token = attendance_learner_token(session_pk=session.pk, user_pk=learner.pk)
    return page.locator(f'[data-learner="{token}"]')


def _marks(session):
    from paralegal.models import Attendance

    return dict(Attendance.objects.filter(session=session).values_list("learner_id", "mark"))


def _queue(page):
    return page.evaluate(f"() => localStorage.getItem({QUEUE_KEY!r})")


def test_attendance_offline_and_online_reaches_the_server_once(site, new_context):
    from paralegal.models import AttendanceChange

    facilitator, cohort, session, learners = _world(6, NAMES)
    context, page = _open(site, new_context, facilitator, cohort, session)
    status = page.locator("[data-queue-status]")
    expect(page.locator("h1")).to_have_text("Attendance")
    expect(page.locator(".attendance__row")).to_have_count(6)
    # With the script: buttons, no radios, no save button.
    expect(page.get_by_role("radio")).to_have_count(0)
    expect(page.get_by_role("button", name="Save attendance")).to_be_hidden()
    _no_violations(page)

    page.get_by_role("button", name="Mark all present").click()
    for learner in learners:
        expect(
            _row(page, session, learner).get_by_role("button", name="Present")
        ).to_have_attribute("aria-pressed", "true")
    expect(status).to_have_text("All marks saved")
    assert _marks(session) == {learner.pk: "present" for learner in learners}

    sok, bopha, chenda = learners[0], learners[1], learners[2]
    _row(page, session, sok).get_by_role("button", name="Late").click()
    expect(_row(page, session, sok).get_by_role("button", name="Late")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(status).to_have_text("All marks saved")
    assert _marks(session)[sok.pk] == "late"
    assert AttendanceChange.objects.count() == 1
    _no_violations(page)

    # The connection drops: two marks wait on the phone, with nothing but ids and marks.
    context.set_offline(True)
    _row(page, session, bopha).get_by_role("button", name="Absent").click()
    _row(page, session, chenda).get_by_role("button", name="Excused").click()
    expect(status).to_contain_text("2 marks waiting to be sent")
    raw = _queue(page)
    queued = json.loads(raw)
    assert len(queued) == 2
    assert all(set(entry) == {"id", "learner", "mark"} for entry in queued)
    assert [entry["mark"] for entry in queued] == ["absent", "excused"]
    for name in NAMES:
        assert name not in raw
    for learner in learners:
        assert learner.username not in raw and f'"{learner.pk}"' not in raw
    assert _marks(session)[bopha.pk] == "present"

    # Back on a connection that still fails for a while: the page reloads, the queue is
    # still there and the rows show the waiting marks.
    marks_url = f"**/cohorts/{cohort.pk}/sessions/{session.pk}/attendance/marks/"
    page.route(marks_url, lambda route: route.abort())
    context.set_offline(False)
    page.reload()
    expect(status).to_contain_text("2 marks waiting to be sent")
    expect(_row(page, session, bopha).get_by_role("button", name="Absent")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert json.loads(_queue(page)) == queued
    assert _marks(session)[bopha.pk] == "present"

    # The connection works again: the retry sends them, and the queue empties.
    page.unroute(marks_url)
    expect(status).to_have_text("All marks saved", timeout=15_000)
    assert _queue(page) is None
    assert _marks(session) == {
        **{learner.pk: "present" for learner in learners},
        sok.pk: "late",
        bopha.pk: "absent",
        chenda.pk: "excused",
    }
    ids = {entry["id"] for entry in queued}
    changes = AttendanceChange.objects.filter(attendance__session=session)
    assert changes.count() == 3
    assert {str(change.client_id) for change in changes if str(change.client_id) in ids} == ids

    # Signing out while a mark waits asks first; saying no keeps the mark and the session.
    page.route(marks_url, lambda route: route.abort())
    dara = learners[3]
    _row(page, session, dara).get_by_role("button", name="Absent").click()
    expect(status).to_contain_text("1 mark waiting to be sent")
    dialogs = []

    def refuse(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", refuse)
    page.get_by_role("button", name="Sign out").click()
    expect(status).to_contain_text("1 mark waiting to be sent")
    assert len(dialogs) == 1 and "not been sent" in dialogs[0]
    assert re.search(r"/attendance/$", page.url)
    assert len(json.loads(_queue(page))) == 1
    _no_violations(page)

    # Saying yes signs out.
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    assert _marks(session)[dara.pk] == "present"


def test_forty_learners_are_marked_present_in_one_tap(site, new_context):
    facilitator, cohort, session, learners = _world(40)
    _context, page = _open(site, new_context, facilitator, cohort, session)
    expect(page.locator(".attendance__row")).to_have_count(40)
    # Two already marked: "mark all present" leaves them alone.
    _row(page, session, learners[5]).get_by_role("button", name="Absent").click()
    _row(page, session, learners[9]).get_by_role("button", name="Excused").click()
    expect(page.locator("[data-queue-status]")).to_have_text("All marks saved")
    page.get_by_role("button", name="Mark all present").click()
    expect(page.locator("[data-queue-status]")).to_have_text("All marks saved")
    marks = _marks(session)
    assert len(marks) == 40
    assert marks[learners[5].pk] == "absent" and marks[learners[9].pk] == "excused"
    assert sum(1 for mark in marks.values() if mark == "present") == 38
    # Nothing overflows a small phone, down to 320 px.
    for width in (360, 320):
        page.set_viewport_size({"width": width, "height": 740})
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    _no_violations(page)
