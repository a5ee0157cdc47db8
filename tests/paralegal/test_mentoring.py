"""Peer mentoring: the services (the only writer), the screens, and people trying to break them."""

import datetime

import pytest
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from accounts.models import StaffScope
from courses.models import Enrolment, LessonProgress, QuizAnswer, QuizAttempt
from paralegal import selectors_mentoring
from paralegal.models import (
    AssignmentEnd,
    AssignmentStatus,
    Attendance,
    CohortSession,
    JoinedVia,
    Membership,
    MentorAssignment,
    MentorChangeRequest,
    MentoringConversation,
    MentorStanding,
)
from paralegal.services import mentoring as services
from paralegal.services.mentoring import MentoringRefused, OutOfScope
from paralegal.views.mentoring import MENTEE_PROGRESS_CONTEXT
from tests.courses_factory import course_build

MARKER_OTHER = "Zqx-other-learner-7731"
MARKER_ANSWER = "Zqx-quiz-answer-4410"
MARKER_PLACE = "Zqx-place-9021"
MENTEE_USERNAME = "zqxmenteeuser"


def codes(error):
    return {p.code for p in error.value.problems}


@pytest.fixture
def make_learner(make_learner):
    """The shared one, but the display name asked for is kept (a profile made on sign-up
    already has a generated one, which profile_ensure leaves alone)."""
    from accounts.models import Profile

    def make(username, *, band="16_17", display_name=None, **extra):
        user = make_learner(username, band=band, **extra)
        Profile.objects.filter(user=user).update(display_name=display_name or username.title())
        return user

    return make


@pytest.fixture
def course(home_page, settings):
    built = course_build(home_page, slug="paralegal-training")
    settings.MENTOR_REQUIRED_COURSE_SLUG = "paralegal-training"
    settings.MENTOR_REQUIRED_MODULE_SLUG = "one"
    settings.MENTOR_MIN_AGE_BAND = "16_17"
    settings.MENTOR_MAX_MENTEES = 3
    return built


@pytest.fixture
def complete(course):
    def done(user):
        now = timezone.now()
        Enrolment.objects.create(user=user, course=course["course"], completed_at=now)
        for lesson in course["lessons"]:
            LessonProgress.objects.create(
                user=user, lesson=lesson, course=course["course"], completed_at=now
            )
        return user

    return done


@pytest.fixture
def world(cohort_world, make_user, make_learner, make_cohort, complete):
    """cohort_world (A in KH with fac_a, B in PH with fac_b) and a lead for each country."""
    lead_kh = make_user("lead_kh", role="safeguarding_lead", mfa=True)
    StaffScope.objects.create(user=lead_kh, countries=["KH"])
    lead_ph = make_user("lead_ph", role="safeguarding_lead", mfa=True)
    StaffScope.objects.create(user=lead_ph, countries=["PH"])
    cohort_world.update(lead_kh=lead_kh, lead_ph=lead_ph)
    return cohort_world


def join(user, cohort):
    Membership.objects.create(cohort=cohort, user=user, joined_via=JoinedVia.FACILITATOR)
    return user


@pytest.fixture
def make_mentor(world, make_learner, complete):
    """A learner of a cohort who completed the training and whose standing was approved."""

    def make(username, *, band="16_17", cohort=None, facilitator=None, lead=None):
        cohort = cohort or world["cohort_a"]
        user = complete(join(make_learner(username, band=band), cohort))
        facilitator = facilitator or cohort.facilitators.first()
        standing = services.standing_propose(facilitator=facilitator, user=user)
        lead = lead or (world["lead_kh"] if cohort.country == "KH" else world["lead_ph"])
        services.standing_approve(lead=lead, standing=standing)
        return user

    return make


@pytest.fixture
def mentee(world, make_learner):
    return join(make_learner("mentee_a", band="14_15"), world["cohort_a"])


def assign(world, mentor, mentee, cohort=None):
    cohort = cohort or world["cohort_a"]
    return services.assignment_create(
        facilitator=cohort.facilitators.first(), cohort=cohort, mentor=mentor, mentee=mentee
    )


# --- Standings --------------------------------------------------------------------------------


def test_a_learner_becomes_a_mentor_when_proposed_and_approved(world, make_learner, complete):
    learner = complete(join(make_learner("maly", band="16_17"), world["cohort_a"]))
    standing = services.standing_propose(facilitator=world["fac_a"], user=learner)
    assert not standing.approved
    assert not learner.groups.filter(name="peer_mentor").exists()

    services.standing_approve(lead=world["lead_kh"], standing=standing)

    standing.refresh_from_db()
    assert standing.approved and standing.approved_by == world["lead_kh"]
    assert learner.groups.filter(name="peer_mentor").exists()


def test_only_learners_who_finished_the_training_at_16_can_be_proposed(world, make_learner):
    learner = join(make_learner("young", band="14_15"), world["cohort_a"])
    with pytest.raises(MentoringRefused) as refused:
        services.standing_propose(facilitator=world["fac_a"], user=learner)
    assert codes(refused) == {"mentor_too_young", "course_not_completed", "module_not_completed"}
    assert not MentorStanding.objects.exists()


def test_half_of_the_module_is_not_enough(world, make_learner, course):
    learner = join(make_learner("half", band="18_24"), world["cohort_a"])
    now = timezone.now()
    Enrolment.objects.create(user=learner, course=course["course"], completed_at=now)
    LessonProgress.objects.create(
        user=learner, lesson=course["lessons"][0], course=course["course"], completed_at=now
    )
    with pytest.raises(MentoringRefused) as refused:
        services.standing_propose(facilitator=world["fac_a"], user=learner)
    assert codes(refused) == {"module_not_completed"}


def test_only_a_facilitator_of_the_learners_cohort_proposes(world, make_learner, complete):
    learner = complete(join(make_learner("maly", band="16_17"), world["cohort_a"]))
    with pytest.raises(OutOfScope):
        services.standing_propose(facilitator=world["fac_b"], user=learner)
    with pytest.raises(OutOfScope):  # a lead is not a facilitator
        services.standing_propose(facilitator=world["lead_kh"], user=learner)


def test_a_lead_of_another_country_cannot_approve(world, make_learner, complete):
    learner = complete(join(make_learner("maly", band="16_17"), world["cohort_a"]))
    standing = services.standing_propose(facilitator=world["fac_a"], user=learner)
    with pytest.raises(OutOfScope):
        services.standing_approve(lead=world["lead_ph"], standing=standing)
    with pytest.raises(OutOfScope):  # a facilitator is not a lead
        services.standing_approve(lead=world["fac_a"], standing=standing)
    standing.refresh_from_db()
    assert standing.approved_at is None


def test_withdrawing_a_mentor_removes_the_role_and_ends_their_mentoring(world, make_mentor, mentee):
    mentor = make_mentor("mentor1")
    assignment = assign(world, mentor, mentee)
    services.standing_withdraw(actor=world["fac_a"], standing=mentor.mentor_standing)

    assert not mentor.groups.filter(name="peer_mentor").exists()
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ENDED
    assert assignment.end_reason == AssignmentEnd.MENTOR_WITHDRAWN
    # Proposed again later: a fresh proposal, waiting for a lead again.
    standing = services.standing_propose(facilitator=world["fac_a"], user=mentor)
    assert standing.approved_at is None and standing.withdrawn_at is None


# --- Assignments ------------------------------------------------------------------------------


def test_a_facilitator_pairs_a_mentor_and_a_mentee(world, make_mentor, mentee):
    mentor = make_mentor("mentor1")
    assignment = assign(world, mentor, mentee)
    assert assignment.status == AssignmentStatus.ACTIVE
    assert assignment.assigned_by == world["fac_a"]


def test_a_mentor_from_another_cohort_of_the_same_country(world, make_mentor, make_cohort, mentee):
    other = make_cohort("Cohort C", facilitators=[world["fac_a"]], country="KH")
    mentor = make_mentor("mentor_c", cohort=other)
    assert assign(world, mentor, mentee).status == AssignmentStatus.ACTIVE


def test_a_mentor_from_another_country_is_refused(world, make_mentor, mentee):
    mentor = make_mentor("mentor_ph", cohort=world["cohort_b"])
    with pytest.raises(MentoringRefused) as refused:
        assign(world, mentor, mentee)
    assert codes(refused) == {"not_same_cohort_or_country"}


def test_only_a_facilitator_of_the_cohort_assigns(world, make_mentor, mentee):
    mentor = make_mentor("mentor1")
    for intruder in (world["fac_b"], world["lead_kh"], mentor):
        with pytest.raises(OutOfScope):
            services.assignment_create(
                facilitator=intruder, cohort=world["cohort_a"], mentor=mentor, mentee=mentee
            )
    assert not MentorAssignment.objects.exists()


def test_three_mentees_but_not_four(world, make_mentor, make_learner):
    mentor = make_mentor("mentor1", band="18_24")
    mentees = [join(make_learner(f"m{i}", band="18_24"), world["cohort_a"]) for i in range(4)]
    for m in mentees[:3]:
        assert assign(world, mentor, m).status == AssignmentStatus.ACTIVE
    with pytest.raises(MentoringRefused) as refused:
        assign(world, mentor, mentees[3])
    assert codes(refused) == {"mentor_full"}
    # Ending one makes room at once.
    services.assignment_end(facilitator=world["fac_a"], assignment=MentorAssignment.objects.first())
    assert assign(world, mentor, mentees[3]).status == AssignmentStatus.ACTIVE


def test_assignments_lock_the_mentor_so_two_at_once_cannot_pass_the_maximum(
    world, make_mentor, mentee, monkeypatch
):
    mentor = make_mentor("mentor1")
    locked = []
    original = QuerySet.select_for_update

    def spy(self, *args, **kwargs):
        locked.append(self.model.__name__)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "select_for_update", spy)
    assign(world, mentor, mentee)
    assert "MentorStanding" in locked


def test_an_adult_mentor_for_a_minor_waits_for_the_lead(world, make_mentor, mentee):
    mentor = make_mentor("adult", band="18_24")
    assignment = assign(world, mentor, mentee)
    assert assignment.status == AssignmentStatus.AWAITING_APPROVAL

    with pytest.raises(OutOfScope):
        services.pairing_approve(lead=world["lead_ph"], assignment=assignment)
    with pytest.raises(OutOfScope):
        services.pairing_approve(lead=world["fac_a"], assignment=assignment)
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.AWAITING_APPROVAL

    services.pairing_approve(lead=world["lead_kh"], assignment=assignment)
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ACTIVE
    assert assignment.pairing_approved_by == world["lead_kh"]


def test_a_lead_refuses_a_pairing(world, make_mentor, mentee):
    assignment = assign(world, make_mentor("adult", band="25_plus"), mentee)
    services.pairing_refuse(lead=world["lead_kh"], assignment=assignment)
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ENDED
    assert assignment.end_reason == AssignmentEnd.NOT_APPROVED


def test_a_younger_mentor_is_refused(world, make_mentor, make_learner):
    older = join(make_learner("older", band="18_24"), world["cohort_a"])
    with pytest.raises(MentoringRefused) as refused:
        assign(world, make_mentor("mentor1", band="16_17"), older)
    assert codes(refused) == {"mentor_younger"}


def test_a_mentee_has_one_mentor_at_a_time(world, make_mentor, mentee):
    assign(world, make_mentor("mentor1"), mentee)
    with pytest.raises(MentoringRefused) as refused:
        assign(world, make_mentor("mentor2"), mentee)
    assert codes(refused) == {"mentee_has_mentor"}


def test_a_direct_create_that_breaks_the_rules_raises(world, make_mentor, make_learner, mentee):
    not_a_mentor = join(make_learner("plain", band="18_24"), world["cohort_a"])
    with pytest.raises(MentoringRefused):
        MentorAssignment.objects.create(
            mentor=not_a_mentor, mentee=mentee, cohort=world["cohort_a"], status="active"
        )
    adult = make_mentor("adult", band="18_24")
    with pytest.raises(MentoringRefused) as refused:  # adult with a minor, not approved
        MentorAssignment.objects.create(
            mentor=adult, mentee=mentee, cohort=world["cohort_a"], status="active"
        )
    assert codes(refused) == {"pairing_not_approved"}
    others = [join(make_learner(f"o{i}", band="14_15"), world["cohort_a"]) for i in range(4)]
    mentor = make_mentor("mentor1")
    for m in others[:3]:
        MentorAssignment.objects.create(
            mentor=mentor, mentee=m, cohort=world["cohort_a"], status="active"
        )
    with pytest.raises(MentoringRefused) as refused:
        MentorAssignment.objects.create(
            mentor=mentor, mentee=others[3], cohort=world["cohort_a"], status="active"
        )
    assert codes(refused) == {"mentor_full"}
    # Saving an existing row again does not count it twice; ending is always allowed.
    first = MentorAssignment.objects.filter(mentor=mentor).first()
    first.save()
    first.status = AssignmentStatus.ENDED
    first.save()
    assert MentorAssignment.objects.filter(mentor=mentor, status="active").count() == 2


def test_a_mentee_asks_for_a_change_and_it_ends_at_once(world, make_mentor, mentee):
    assignment = assign(world, make_mentor("mentor1"), mentee)
    request = services.mentee_change_request(mentee=mentee)
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ENDED
    assert assignment.end_reason == AssignmentEnd.MENTEE_ASKED
    assert request.assignment == assignment and request.handled_at is None
    # The facilitator sees it, and answering it (a new mentor) marks it handled.
    page = selectors_mentoring.mentors_page(cohort=world["cohort_a"])
    assert [r["mentee_name"] for r in page["change_requests"]] == ["Mentee_A"]
    assign(world, make_mentor("mentor2"), mentee)
    request.refresh_from_db()
    assert request.handled_at is not None


def test_assignments_end_with_their_cohort(world, make_mentor, mentee):
    from paralegal.tasks import end_assignments_of_ended_cohorts

    assignment = assign(world, make_mentor("mentor1"), mentee)
    cohort = world["cohort_a"]
    cohort.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    cohort.save()
    assert end_assignments_of_ended_cohorts.delay().get() == 1
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ENDED
    assert assignment.end_reason == AssignmentEnd.COHORT_ENDED
    assert end_assignments_of_ended_cohorts.delay().get() == 0


def test_the_end_task_is_scheduled(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "paralegal.tasks.end_assignments_of_ended_cohorts" in tasks


def test_conversation_log_rules(world, make_mentor, mentee):
    mentor = make_mentor("mentor1")
    assignment = assign(world, mentor, mentee)
    today = timezone.localdate()
    services.conversation_log(
        mentor=mentor, assignment_pk=assignment.pk, held_on=today, topic="quiz"
    )
    with pytest.raises(MentoringRefused) as refused:
        services.conversation_log(
            mentor=mentor,
            assignment_pk=assignment.pk,
            held_on=today + datetime.timedelta(days=1),
            topic="quiz",
        )
    assert codes(refused) == {"future_date"}
    with pytest.raises(MentoringRefused):
        services.conversation_log(
            mentor=mentor, assignment_pk=assignment.pk, held_on=today, topic="free text"
        )
    other = make_mentor("mentor2")
    with pytest.raises(OutOfScope):
        services.conversation_log(
            mentor=other, assignment_pk=assignment.pk, held_on=today, topic="quiz"
        )
    assert MentoringConversation.objects.count() == 1


# --- Screens ----------------------------------------------------------------------------------


def url(name, *args):
    return reverse(f"paralegal:{name}", args=args)


def test_the_facilitator_page_offers_only_allowed_mentors(world, make_mentor, make_learner, client):
    young = make_mentor("young_mentor", band="16_17")
    adult = make_mentor("adult_mentor", band="18_24")
    make_mentor("ph_mentor", cohort=world["cohort_b"])
    older = join(make_learner("older", band="18_24"), world["cohort_a"])
    client.force_login(world["fac_a"])
    response = client.get(url("mentors", world["cohort_a"].pk))
    assert response.status_code == 200
    choices = {c.user_id: {m[0] for m in c.mentors} for c in response.context["mentee_choices"]}
    assert choices[older.pk] == {adult.pk}  # the 16–17 mentor is younger
    assert young.pk in choices[world["learners_a"][0].pk]
    assert "Ph_Mentor" not in response.content.decode()


def test_the_facilitator_assigns_through_the_page(world, make_mentor, mentee, client):
    mentor = make_mentor("mentor1")
    client.force_login(world["fac_a"])
    response = client.post(
        url("mentor_assign", world["cohort_a"].pk), {"mentee": mentee.pk, "mentor": mentor.pk}
    )
    assert response.status_code == 302
    assert MentorAssignment.objects.get().mentee == mentee
    # Again: refused, shown next to the field, nothing changed.
    response = client.post(
        url("mentor_assign", world["cohort_a"].pk), {"mentee": mentee.pk, "mentor": mentor.pk}
    )
    assert response.status_code == 400
    assert "already has a mentor" in response.content.decode()
    assert MentorAssignment.objects.count() == 1


@pytest.mark.parametrize("who", ["mentor", "fac_b", "lead_kh", "learner"])
def test_nobody_but_the_cohorts_facilitator_reaches_its_mentor_pages(
    world, make_mentor, mentee, client, who
):
    mentor = make_mentor("mentor1")
    people = {**world, "mentor": mentor, "learner": world["learners_a"][1]}
    client.force_login(people[who])
    cohort = world["cohort_a"].pk
    assert client.get(url("mentors", cohort)).status_code == 404
    # A mentor (or anyone) posting to the assignment endpoint, even to assign themselves.
    response = client.post(url("mentor_assign", cohort), {"mentee": mentee.pk, "mentor": mentor.pk})
    assert response.status_code == 404
    assert client.post(url("mentor_propose", cohort), {"learner": mentee.pk}).status_code == 404
    assert not MentorAssignment.objects.exists()


def test_forged_ids_on_the_facilitator_actions(world, make_mentor, mentee, client):
    mentor = make_mentor("mentor1")
    ph_mentor = make_mentor("ph_mentor", cohort=world["cohort_b"])
    b_learner = world["learners_b"][0]
    other = assign(
        world, make_mentor("mentor_b2", cohort=world["cohort_b"]), b_learner, world["cohort_b"]
    )
    client.force_login(world["fac_a"])
    cohort = world["cohort_a"].pk
    assign_url = url("mentor_assign", cohort)
    # A mentee of another cohort, a mentor of another country, nonsense.
    assert client.post(assign_url, {"mentee": b_learner.pk, "mentor": mentor.pk}).status_code == 404
    assert client.post(assign_url, {"mentee": mentee.pk, "mentor": ph_mentor.pk}).status_code == 404
    assert client.post(assign_url, {"mentee": "x", "mentor": mentor.pk}).status_code == 404
    response = client.post(assign_url, {"mentee": mentee.pk, "mentor": ""})
    assert response.status_code == 400 and "Choose a mentor." in response.content.decode()
    # Ending another cohort's assignment, through this cohort or its own.
    assert (
        client.post(url("assignment_end", cohort, other.pk), {"reason": "facilitator"}).status_code
        == 404
    )
    assert (
        client.post(
            url("assignment_end", world["cohort_b"].pk, other.pk), {"reason": "facilitator"}
        ).status_code
        == 404
    )
    other.refresh_from_db()
    assert other.status == AssignmentStatus.ACTIVE
    # A reason outside the list.
    mine = assign(world, mentor, mentee)
    response = client.post(url("assignment_end", cohort, mine.pk), {"reason": "mentee_asked"})
    assert response.status_code == 400
    mine.refresh_from_db()
    assert mine.status == AssignmentStatus.ACTIVE
    assert client.get(url("mentor_assign", cohort)).status_code == 405


def test_the_lead_approves_in_their_country_only(world, make_learner, complete, client):
    learner = complete(join(make_learner("maly", band="16_17"), world["cohort_a"]))
    standing = services.standing_propose(facilitator=world["fac_a"], user=learner)
    client.force_login(world["lead_ph"])
    assert "Maly" not in client.get(url("mentor_approvals")).content.decode()
    response = client.post(
        url("mentor_approvals"), {"action": "approve_standing", "item": standing.pk}
    )
    assert response.status_code == 404
    client.force_login(world["lead_kh"])
    assert "Maly" in client.get(url("mentor_approvals")).content.decode()
    response = client.post(
        url("mentor_approvals"), {"action": "approve_standing", "item": standing.pk}
    )
    assert response.status_code == 302
    standing.refresh_from_db()
    assert standing.approved
    client.force_login(world["fac_a"])
    assert client.get(url("mentor_approvals")).status_code == 404


def test_the_lead_approves_an_adult_minor_pairing_on_the_page(world, make_mentor, mentee, client):
    assignment = assign(world, make_mentor("adult", band="18_24"), mentee)
    client.force_login(world["lead_ph"])
    response = client.post(
        url("mentor_approvals"), {"action": "approve_pairing", "item": assignment.pk}
    )
    assert response.status_code == 404
    client.force_login(world["lead_kh"])
    page = client.get(url("mentor_approvals")).content.decode()
    assert "Adult" in page and "Mentee_A" in page
    response = client.post(
        url("mentor_approvals"), {"action": "approve_pairing", "item": assignment.pk}
    )
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ACTIVE


def test_the_mentee_sees_the_name_and_asks_for_a_change_without_a_reason(
    world, make_mentor, mentee, client
):
    assign(world, make_mentor("mentor1", band="16_17"), mentee)
    client.force_login(mentee)
    response = client.get(url("my_mentor"))
    page = response.content.decode()
    assert "Mentor1" in page and "group sessions" in page
    assert "<textarea" not in page and 'name="reason"' not in page
    assert response.context["mentor_name"] == "Mentor1"
    response = client.post(url("my_mentor"), {"reason": "ignored"})
    assert response.status_code == 302
    assert MentorAssignment.objects.get().end_reason == AssignmentEnd.MENTEE_ASKED
    assert MentorChangeRequest.objects.count() == 1
    assert "no mentor" in client.get(url("my_mentor")).content.decode()
    assert client.post(url("my_mentor")).status_code == 404  # nothing left to change


def test_an_adult_mentor_is_named_only_once_approved_and_sessions_only_is_said(
    world, make_mentor, mentee, client
):
    adult = make_mentor("adult", band="18_24")
    assignment = assign(world, adult, mentee)
    client.force_login(mentee)
    page = client.get(url("my_mentor")).content.decode()
    assert "Adult" not in page and "safeguarding lead is checking" in page
    services.pairing_approve(lead=world["lead_kh"], assignment=assignment)
    page = client.get(url("my_mentor")).content.decode()
    assert "Adult" in page and "only in sessions a facilitator leads" in page
    client.force_login(adult)
    page = client.get(url("mentee_progress", assignment.pk)).content.decode()
    assert "only in sessions a facilitator leads" in page


@pytest.fixture
def mentored(world, make_mentor, make_learner, course, complete):
    """A mentor with one mentee (who has passed a quiz with an answer holding a marker and
    attended a session), and another mentor with another learner of the same cohort."""
    mentee = join(
        make_learner(MENTEE_USERNAME, band="14_15", display_name="Sokha"), world["cohort_a"]
    )
    mentor = make_mentor("mentor1")
    assignment = assign(world, mentor, mentee)
    Enrolment.objects.create(user=mentee, course=course["course"])
    LessonProgress.objects.create(
        user=mentee,
        lesson=course["lessons"][0],
        course=course["course"],
        completed_at=timezone.now(),
    )
    quiz = course["quiz"]
    attempt = QuizAttempt.objects.create(
        user=mentee,
        quiz=quiz,
        number=1,
        revision=quiz.latest_revision,
        status="submitted",
        score=6,
        max_score=6,
        passed=True,
    )
    QuizAnswer.objects.create(
        attempt=attempt, question_id="q-short", response={"text": MARKER_ANSWER}
    )
    session = CohortSession.objects.create(
        cohort=world["cohort_a"], starts_at=timezone.now(), place=MARKER_PLACE
    )
    Attendance.objects.create(session=session, learner=mentee, mark="present")
    other_learner = join(
        make_learner("otherone", band="14_15", display_name=MARKER_OTHER), world["cohort_a"]
    )
    other_mentor = make_mentor("mentor2")
    other_assignment = assign(world, other_mentor, other_learner)
    return {
        "mentor": mentor,
        "mentee": mentee,
        "assignment": assignment,
        "other_assignment": other_assignment,
        "other_mentor": other_mentor,
    }


@pytest.fixture
def view_contexts(monkeypatch):
    """Every context the mentoring views hand to their templates."""
    from paralegal.views import mentoring as views

    seen = []
    original = views.render

    def spy(request, template, context=None, *args, **kwargs):
        seen.append((template, dict(context or {})))
        return original(request, template, context, *args, **kwargs)

    monkeypatch.setattr(views, "render", spy)
    return seen


def test_the_mentor_sees_counts_only_and_nothing_of_anyone_else(mentored, client, view_contexts):
    client.force_login(mentored["mentor"])
    response = client.get(url("mentee_progress", mentored["assignment"].pk))
    assert response.status_code == 200
    [(template, context)] = view_contexts
    assert set(context) == set(MENTEE_PROGRESS_CONTEXT)
    assert {type(v) for v in context["courses"][0].values()} <= {str, int}
    assert response.context["courses"] == [
        {"title": "Rights basics", "lessons_done": 1, "quizzes_passed": 1}
    ]
    page = response.content.decode()
    assert "Sokha" in page
    for secret in (MARKER_OTHER, MARKER_ANSWER, MARKER_PLACE, MENTEE_USERNAME, "14–15", "14_15"):
        assert secret not in page
    assert "no-store" in response["Cache-Control"]

    mentees = client.get(url("mentees")).content.decode()
    assert set(view_contexts[-1][1]) == {"mentees"}
    assert set(view_contexts[-1][1]["mentees"][0]) == {"assignment_pk", "name", "sessions_only"}
    assert "Sokha" in mentees and MARKER_OTHER not in mentees and MENTEE_USERNAME not in mentees


def test_the_mentor_cannot_reach_another_mentee(mentored, client):
    client.force_login(mentored["mentor"])
    other = mentored["other_assignment"].pk
    assert client.get(url("mentee_progress", other)).status_code == 404
    today = timezone.localdate().isoformat()
    response = client.post(url("conversation_log", other), {"held_on": today, "topic": "quiz"})
    assert response.status_code == 404
    assert client.get(url("mentee_progress", 999999)).status_code == 404
    assert not MentoringConversation.objects.exists()


def test_an_ended_assignment_closes_the_mentors_access_at_once(world, mentored, client):
    client.force_login(mentored["mentor"])
    progress = url("mentee_progress", mentored["assignment"].pk)
    assert client.get(progress).status_code == 200
    services.mentee_change_request(mentee=mentored["mentee"])
    assert client.get(progress).status_code == 404
    assert "Sokha" not in client.get(url("mentees")).content.decode()


def test_access_closes_the_day_the_cohort_ends_before_the_nightly_job(world, mentored, client):
    cohort = world["cohort_a"]
    cohort.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    cohort.save()
    client.force_login(mentored["mentor"])
    assert client.get(url("mentee_progress", mentored["assignment"].pk)).status_code == 404


def test_a_learner_who_is_not_a_mentor_reaches_no_mentor_page(mentored, client):
    client.force_login(mentored["mentee"])
    assert client.get(url("mentees")).status_code == 404
    assert client.get(url("mentee_progress", mentored["assignment"].pk)).status_code == 404
    client.logout()
    assert client.get(url("mentees")).status_code == 302  # to the sign-in page


def test_logging_a_conversation(mentored, client):
    client.force_login(mentored["mentor"])
    log = url("conversation_log", mentored["assignment"].pk)
    today = timezone.localdate()
    response = client.post(log, {"held_on": today.isoformat(), "topic": "rights"})
    assert response.status_code == 302
    assert MentoringConversation.objects.get().topic == "rights"
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()
    for bad in (
        {"held_on": tomorrow, "topic": "rights"},
        {"held_on": today.isoformat(), "topic": "what she told me"},
        {"held_on": "", "topic": ""},
        {"held_on": "x" * 5000, "topic": "rights"},
    ):
        response = client.post(log, bad)
        assert response.status_code == 400
        assert 'role="alert"' in response.content.decode()
        assert 'aria-invalid="true"' in response.content.decode()
    assert MentoringConversation.objects.count() == 1
    assert client.get(log).status_code == 405


def test_there_is_no_messaging_between_learners():
    from paralegal.urls import urlpatterns

    names = [p.name or "" for p in urlpatterns]
    assert not [n for n in names if "message" in n or "chat" in n or "thread" in n]


def test_the_mentee_progress_page_runs_a_fixed_number_of_queries(
    mentored, client, django_assert_num_queries, course
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(mentored["mentor"])
    page = url("mentee_progress", mentored["assignment"].pk)
    client.get(page)
    with CaptureQueriesContext(connection) as first:
        client.get(page)
    # More progress, another course and logged conversations do not mean more queries.
    LessonProgress.objects.create(
        user=mentored["mentee"],
        lesson=course["lessons"][1],
        course=course["course"],
        completed_at=timezone.now(),
    )
    for topic in ("quiz", "rights"):
        services.conversation_log(
            mentor=mentored["mentor"],
            assignment_pk=mentored["assignment"].pk,
            held_on=timezone.localdate(),
            topic=topic,
        )
    with django_assert_num_queries(len(first.captured_queries)):
        client.get(page)


def test_a_mentee_who_left_the_cohort_is_gone_for_the_mentor(world, mentored, client):
    Membership.objects.filter(user=mentored["mentee"]).update(left_at=timezone.now())
    client.force_login(mentored["mentor"])
    assert client.get(url("mentee_progress", mentored["assignment"].pk)).status_code == 404
    assert "Sokha" not in client.get(url("mentees")).content.decode()


def test_a_lead_declines_a_proposal(world, make_learner, complete, client):
    learner = complete(join(make_learner("maly", band="16_17"), world["cohort_a"]))
    standing = services.standing_propose(facilitator=world["fac_a"], user=learner)
    client.force_login(world["lead_kh"])
    response = client.post(
        url("mentor_approvals"), {"action": "decline_standing", "item": standing.pk}
    )
    assert response.status_code == 302
    standing.refresh_from_db()
    assert standing.withdrawn_at is not None and not standing.approved
    assert not learner.groups.filter(name="peer_mentor").exists()
    for forged in (
        {"action": "delete_everything", "item": standing.pk},
        {"action": "", "item": ""},
    ):
        assert client.post(url("mentor_approvals"), forged).status_code == 404


def test_a_concern_the_mentee_raised_never_reaches_the_mentor(world, mentored, client):
    concerns = pytest.importorskip("safeguarding.models.concerns")
    marker = "Zqx-concern-note-5120"
    concern = concerns.Concern(
        raised_by=mentored["mentee"],
        raised_as="learner",
        country="KH",
        cohort=world["cohort_a"],
        at_risk="me",
        urgency="later",
    )
    concern.note = marker
    concern.save()
    client.force_login(mentored["mentor"])
    for page in (url("mentees"), url("mentee_progress", mentored["assignment"].pk)):
        body = client.get(page).content.decode()
        assert marker not in body
