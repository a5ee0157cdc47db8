"""The mentor rules (paralegal.policy) at their boundaries, without a database."""

import pytest

from accounts.models import AgeBand
from paralegal import policy
from paralegal.policy import Limits, MenteeFacts, MentorFacts, PairingFacts

LIMITS = Limits(min_age_band="16_17", max_mentees=3)


def mentor(**changes):
    facts = {
        "user_id": 1,
        "age_band": "16_17",
        "completed_course": True,
        "completed_module": True,
        "standing_approved": True,
        "open_assignments": 0,
        "cohort_ids": frozenset({10}),
        "countries": frozenset({"KH"}),
    }
    return MentorFacts(**{**facts, **changes})


def mentee(**changes):
    facts = {
        "user_id": 2,
        "age_band": "14_15",
        "open_assignments": 0,
        "cohort_ids": frozenset({10}),
        "countries": frozenset({"KH"}),
    }
    return MenteeFacts(**{**facts, **changes})


def pairing(**changes):
    return PairingFacts(**{"cohort_id": 10, **changes})


def codes(problems):
    return {p.code for p in problems}


def test_the_band_order_is_the_profiles_order():
    assert tuple(AgeBand.values) == policy.AGE_BAND_ORDER
    assert {b for b in AgeBand.values if b in policy.ADULT_BANDS} == {"18_24", "25_plus"}


def test_the_defaults_come_from_the_settings(settings):
    settings.MENTOR_MAX_MENTEES = 1
    settings.MENTOR_MIN_AGE_BAND = "18_24"
    assert "mentor_full" in codes(
        policy.assignment_problems(
            mentor(age_band="18_24", open_assignments=1), mentee(), pairing()
        )
    )
    assert "mentor_too_young" in codes(policy.eligibility_problems(mentor(age_band="16_17")))


@pytest.mark.parametrize(
    ("band", "eligible"),
    [
        ("", False),
        ("under_12", False),
        ("12_13", False),
        ("14_15", False),
        ("16_17", True),
        ("18_24", True),
        ("25_plus", True),
        ("bogus", False),
    ],
)
def test_mentors_are_16_or_older(band, eligible):
    problems = policy.eligibility_problems(mentor(age_band=band), limits=LIMITS)
    assert (problems == []) is eligible


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"completed_course": False}, "course_not_completed"),
        ({"completed_module": False}, "module_not_completed"),
        ({"standing_approved": False}, "standing_not_approved"),
        ({"age_band": ""}, "mentor_age_unknown"),
    ],
)
def test_each_eligibility_condition_on_its_own(changes, code):
    assert codes(policy.eligibility_problems(mentor(**changes), limits=LIMITS)) == {code}


def test_readiness_ignores_the_standing_that_comes_after_it():
    assert policy.readiness_problems(mentor(standing_approved=False), limits=LIMITS) == []


def test_each_problem_has_a_translated_message():
    from django.utils import translation

    problems = policy.eligibility_problems(
        mentor(age_band="14_15", completed_course=False), limits=LIMITS
    )
    with translation.override("en"):
        assert all(str(p) and " " in str(p) for p in problems)


@pytest.mark.parametrize(
    ("open_assignments", "allowed"), [(0, True), (2, True), (3, False), (4, False)]
)
def test_at_most_three_mentees(open_assignments, allowed):
    problems = policy.assignment_problems(
        mentor(open_assignments=open_assignments), mentee(), pairing(), limits=LIMITS
    )
    assert (problems == []) is allowed
    if not allowed:
        assert codes(problems) == {"mentor_full"}


@pytest.mark.parametrize(
    ("mentor_band", "mentee_band", "allowed"),
    [
        ("16_17", "14_15", True),
        ("16_17", "16_17", True),
        ("16_17", "18_24", False),  # a mentor is never younger than the mentee
        ("18_24", "18_24", True),
        ("18_24", "25_plus", False),
        ("25_plus", "18_24", True),
        ("16_17", "", False),  # the mentee's age is not known
    ],
)
def test_the_mentor_is_never_in_a_younger_band(mentor_band, mentee_band, allowed):
    problems = policy.assignment_problems(
        mentor(age_band=mentor_band), mentee(age_band=mentee_band), pairing(), limits=LIMITS
    )
    assert (problems == []) is allowed


@pytest.mark.parametrize(
    ("mentor_band", "mentee_band", "needs"),
    [
        ("16_17", "14_15", False),
        ("16_17", "16_17", False),
        ("18_24", "16_17", True),
        ("18_24", "14_15", True),
        ("25_plus", "12_13", True),
        ("18_24", "18_24", False),
        ("25_plus", "18_24", False),
    ],
)
def test_an_adult_with_a_minor_waits_for_the_lead(mentor_band, mentee_band, needs):
    assert policy.needs_pairing_approval(mentor_band, mentee_band) is needs
    facts = (mentor(age_band=mentor_band), mentee(age_band=mentee_band))
    # Creating it (awaiting) is allowed either way.
    assert policy.assignment_problems(*facts, pairing(active=False), limits=LIMITS) == []
    # Active without the lead's approval: only when no approval is needed.
    active = policy.assignment_problems(*facts, pairing(active=True), limits=LIMITS)
    assert codes(active) == ({"pairing_not_approved"} if needs else set())
    approved = pairing(active=True, approved_by_lead=True)
    assert policy.assignment_problems(*facts, approved, limits=LIMITS) == []


@pytest.mark.parametrize(
    ("mentor_cohorts", "mentor_countries", "allowed"),
    [
        ({10}, {"KH"}, True),  # same cohort, same country
        ({11}, {"KH"}, True),  # another cohort of the same country
        ({10}, {"PH"}, True),  # same cohort (countries are the cohorts' anyway)
        ({11}, {"PH"}, False),  # another cohort in another country
        (set(), set(), False),  # in no cohort at all
    ],
)
def test_same_cohort_or_same_country(mentor_cohorts, mentor_countries, allowed):
    problems = policy.assignment_problems(
        mentor(cohort_ids=frozenset(mentor_cohorts), countries=frozenset(mentor_countries)),
        mentee(),
        pairing(),
        limits=LIMITS,
    )
    assert (problems == []) is allowed
    if not allowed:
        assert codes(problems) == {"not_same_cohort_or_country"}


def test_nobody_mentors_themselves():
    problems = policy.assignment_problems(
        mentor(user_id=5), mentee(user_id=5, age_band="16_17"), pairing(), limits=LIMITS
    )
    assert codes(problems) == {"self_mentoring"}


@pytest.mark.parametrize(("open_assignments", "allowed"), [(0, True), (1, False), (2, False)])
def test_a_mentee_has_one_open_assignment(open_assignments, allowed):
    problems = policy.assignment_problems(
        mentor(), mentee(open_assignments=open_assignments), pairing(), limits=LIMITS
    )
    assert (problems == []) is allowed


def test_the_mentee_must_be_in_the_cohort_which_must_not_have_ended():
    assert codes(policy.assignment_problems(mentor(), mentee(), pairing(cohort_id=99))) == {
        "mentee_not_in_cohort"
    }
    assert codes(
        policy.assignment_problems(mentor(), mentee(), pairing(cohort_ended=True), limits=LIMITS)
    ) == {"cohort_ended"}


def test_every_broken_rule_is_reported_at_once():
    problems = policy.assignment_problems(
        mentor(
            user_id=3,
            age_band="14_15",
            completed_course=False,
            completed_module=False,
            standing_approved=False,
            open_assignments=3,
            cohort_ids=frozenset({1}),
            countries=frozenset({"VN"}),
        ),
        mentee(user_id=3, age_band="16_17", open_assignments=1),
        pairing(cohort_ended=True),
        limits=LIMITS,
    )
    assert codes(problems) == {
        "mentor_too_young",
        "course_not_completed",
        "module_not_completed",
        "standing_not_approved",
        "self_mentoring",
        "mentor_full",
        "mentee_has_mentor",
        "mentor_younger",
        "not_same_cohort_or_country",
        "cohort_ended",
    }
