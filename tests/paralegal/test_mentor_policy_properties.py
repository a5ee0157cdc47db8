"""Property-based tests of the mentor rules: for any facts, "no problems" means every rule
holds, and breaking any one rule always yields a problem (issue 7, item 9)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from paralegal import policy
from paralegal.policy import Limits, MenteeFacts, MentorFacts, PairingFacts

BANDS = st.sampled_from([*policy.AGE_BAND_ORDER, ""])
COHORTS = st.frozensets(st.integers(1, 4), max_size=3)
COUNTRIES = st.frozensets(st.sampled_from(["KH", "PH", "VN"]), max_size=2)
LIMITS = st.builds(
    Limits, min_age_band=st.sampled_from(policy.AGE_BAND_ORDER), max_mentees=st.integers(1, 5)
)

mentors = st.builds(
    MentorFacts,
    user_id=st.integers(1, 3),
    age_band=BANDS,
    completed_course=st.booleans(),
    completed_module=st.booleans(),
    standing_approved=st.booleans(),
    open_assignments=st.integers(0, 6),
    cohort_ids=COHORTS,
    countries=COUNTRIES,
)
mentees = st.builds(
    MenteeFacts,
    user_id=st.integers(1, 3),
    age_band=BANDS,
    open_assignments=st.integers(0, 2),
    cohort_ids=COHORTS,
    countries=COUNTRIES,
)
pairings = st.builds(
    PairingFacts,
    cohort_id=st.integers(1, 4),
    cohort_ended=st.booleans(),
    active=st.booleans(),
    approved_by_lead=st.booleans(),
)

RANK = {band: i for i, band in enumerate(policy.AGE_BAND_ORDER)}


def rules(mentor, mentee, pairing, limits) -> dict[str, bool]:
    """Each rule of the issue, written out again independently of the policy module."""
    adult = mentor.age_band in ("18_24", "25_plus")
    minor = mentee.age_band in ("under_12", "12_13", "14_15", "16_17")
    return {
        "old_enough": mentor.age_band in RANK
        and RANK[mentor.age_band] >= RANK[limits.min_age_band],
        "course": mentor.completed_course,
        "module": mentor.completed_module,
        "standing": mentor.standing_approved,
        "not_full": mentor.open_assignments < limits.max_mentees,
        "mentee_age_known": mentee.age_band in RANK,
        "not_younger": mentor.age_band in RANK
        and mentee.age_band in RANK
        and RANK[mentor.age_band] >= RANK[mentee.age_band],
        "same_group": bool(
            mentor.cohort_ids & mentee.cohort_ids or mentor.countries & mentee.countries
        ),
        "not_self": mentor.user_id != mentee.user_id,
        "mentee_free": mentee.open_assignments == 0,
        "mentee_in_cohort": pairing.cohort_id in mentee.cohort_ids,
        "cohort_running": not pairing.cohort_ended,
        "adult_minor_approved": not (pairing.active and adult and minor)
        or pairing.approved_by_lead,
    }


@settings(max_examples=600)
@given(mentor=mentors, mentee=mentees, pairing=pairings, limits=LIMITS)
def test_no_problems_implies_every_rule_holds(mentor, mentee, pairing, limits):
    if policy.assignment_problems(mentor, mentee, pairing, limits=limits) == []:
        held = rules(mentor, mentee, pairing, limits)
        assert all(held.values()), [name for name, ok in held.items() if not ok]


@settings(max_examples=600)
@given(mentor=mentors, mentee=mentees, pairing=pairings, limits=LIMITS)
def test_any_broken_rule_implies_a_problem(mentor, mentee, pairing, limits):
    held = rules(mentor, mentee, pairing, limits)
    problems = policy.assignment_problems(mentor, mentee, pairing, limits=limits)
    assert (problems == []) == all(held.values())


# Each rule broken on purpose from facts that satisfy every rule: exactly that one is named.
VALID_MENTOR = MentorFacts(
    user_id=1,
    age_band="18_24",
    completed_course=True,
    completed_module=True,
    standing_approved=True,
    cohort_ids=frozenset({1}),
    countries=frozenset({"KH"}),
)
VALID_MENTEE = MenteeFacts(
    user_id=2, age_band="16_17", cohort_ids=frozenset({1}), countries=frozenset({"KH"})
)


@settings(max_examples=300)
@given(
    data=st.data(),
    breaking=st.sampled_from(
        [
            "too_young",
            "course",
            "module",
            "standing",
            "full",
            "younger",
            "elsewhere",
            "self",
            "mentee_taken",
            "unapproved",
        ]
    ),
)
def test_each_rule_broken_alone_is_named(data, breaking):
    import dataclasses

    limits = Limits(min_age_band="16_17", max_mentees=data.draw(st.integers(1, 5)))
    mentor, mentee = VALID_MENTOR, VALID_MENTEE
    pairing = PairingFacts(cohort_id=1, active=True, approved_by_lead=True)
    change = dataclasses.replace
    expected = {
        "too_young": "mentor_too_young",
        "course": "course_not_completed",
        "module": "module_not_completed",
        "standing": "standing_not_approved",
        "full": "mentor_full",
        "younger": "mentor_younger",
        "elsewhere": "not_same_cohort_or_country",
        "self": "self_mentoring",
        "mentee_taken": "mentee_has_mentor",
        "unapproved": "pairing_not_approved",
    }[breaking]
    if breaking == "too_young":
        band = data.draw(st.sampled_from(["under_12", "12_13", "14_15"]))
        mentor = change(mentor, age_band=band)
        mentee = change(mentee, age_band=band)  # so that only the mentor's age is wrong
    elif breaking == "course":
        mentor = change(mentor, completed_course=False)
    elif breaking == "module":
        mentor = change(mentor, completed_module=False)
    elif breaking == "standing":
        mentor = change(mentor, standing_approved=False)
    elif breaking == "full":
        mentor = change(mentor, open_assignments=data.draw(st.integers(limits.max_mentees, 9)))
    elif breaking == "younger":
        mentee = change(mentee, age_band="25_plus")
    elif breaking == "elsewhere":
        mentor = change(mentor, cohort_ids=frozenset({3}), countries=frozenset({"VN"}))
    elif breaking == "self":
        mentee = change(mentee, user_id=mentor.user_id)
    elif breaking == "mentee_taken":
        mentee = change(mentee, open_assignments=data.draw(st.integers(1, 3)))
    elif breaking == "unapproved":
        pairing = change(pairing, approved_by_lead=False)
    problems = policy.assignment_problems(mentor, mentee, pairing, limits=limits)
    assert {p.code for p in problems} == {expected}
