"""The peer-mentor rules, in one pure module: facts in, problems out, no database.

``paralegal.selectors_mentoring`` gathers the facts; ``paralegal.services.mentoring`` (the only
writer) and ``MentorAssignment.save()`` both ask these functions before anything is stored.
The defaults come from the settings MENTOR_*; tests pass the limits explicitly.

The rules (issue 7, items 6 and 7):

* A learner may mentor after completing the course MENTOR_REQUIRED_COURSE_SLUG and its module
  MENTOR_REQUIRED_MODULE_SLUG, at age band MENTOR_MIN_AGE_BAND or above, once a facilitator
  proposed them and a safeguarding lead approved it (their standing).
* A mentor has at most MENTOR_MAX_MENTEES open (awaiting or active) assignments.
* A mentor's age band is never below the mentee's.
* An adult mentor (18–24, 25+) with a minor mentee needs the safeguarding lead's explicit
  approval of that pairing: it waits until then, and they meet only in facilitator-led sessions.
* Mentor and mentee are in the same cohort or the same country; the mentee is a member of the
  assignment's cohort, which has not ended.
* Nobody mentors themselves, and a mentee has at most one open assignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# accounts.models.AgeBand, youngest first. Kept here as plain strings so that this module
# needs nothing but the facts; tests/paralegal/test_mentor_policy.py checks it matches.
AGE_BAND_ORDER: tuple[str, ...] = ("under_12", "12_13", "14_15", "16_17", "18_24", "25_plus")
ADULT_BANDS = frozenset({"18_24", "25_plus"})


def band_rank(band: str) -> int | None:
    """The band's place, youngest first; None for an unknown or unstated band."""
    try:
        return AGE_BAND_ORDER.index(band)
    except ValueError:
        return None


def is_adult(band: str) -> bool:
    return band in ADULT_BANDS


def is_minor(band: str) -> bool:
    return band_rank(band) is not None and band not in ADULT_BANDS


@dataclass(frozen=True)
class Problem:
    code: str
    message: str

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class MentorFacts:
    user_id: int
    age_band: str = ""
    completed_course: bool = False
    completed_module: bool = False
    # Proposed by a facilitator and approved by a safeguarding lead, not withdrawn.
    standing_approved: bool = False
    # Open (awaiting or active) assignments as a mentor, not counting the one being checked.
    open_assignments: int = 0
    cohort_ids: frozenset[int] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class MenteeFacts:
    user_id: int
    age_band: str = ""
    # Open assignments as a mentee, not counting the one being checked.
    open_assignments: int = 0
    cohort_ids: frozenset[int] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class PairingFacts:
    """The assignment itself: its cohort, and whether it is (to become) active."""

    cohort_id: int
    cohort_ended: bool = False
    # True for an active assignment; False while it waits for the lead (or is being created).
    active: bool = False
    approved_by_lead: bool = False


@dataclass(frozen=True)
class Limits:
    min_age_band: str = "16_17"
    max_mentees: int = 3

    @classmethod
    def from_settings(cls) -> Limits:
        from django.conf import settings

        return cls(
            min_age_band=settings.MENTOR_MIN_AGE_BAND, max_mentees=settings.MENTOR_MAX_MENTEES
        )


def needs_pairing_approval(mentor_band: str, mentee_band: str) -> bool:
    """An adult mentor with a minor mentee: the safeguarding lead must approve the pairing."""
    return is_adult(mentor_band) and is_minor(mentee_band)


def readiness_problems(mentor: MentorFacts, *, limits: Limits | None = None) -> list[Problem]:
    """What stops a learner being proposed as a mentor (everything but the standing)."""
    limits = limits or Limits.from_settings()
    problems = []
    rank, minimum = band_rank(mentor.age_band), band_rank(limits.min_age_band)
    if rank is None:
        problems.append(Problem("mentor_age_unknown", _("The learner has not given their age.")))
    elif minimum is None or rank < minimum:
        problems.append(Problem("mentor_too_young", _("The learner is too young to mentor.")))
    if not mentor.completed_course:
        problems.append(
            Problem("course_not_completed", _("The learner has not completed the course."))
        )
    if not mentor.completed_module:
        problems.append(
            Problem(
                "module_not_completed",
                _("The learner has not completed the safeguarding module."),
            )
        )
    return problems


def eligibility_problems(mentor: MentorFacts, *, limits: Limits | None = None) -> list[Problem]:
    """What stops this learner mentoring at all (readiness, and an approved standing)."""
    problems = readiness_problems(mentor, limits=limits)
    if not mentor.standing_approved:
        problems.append(
            Problem(
                "standing_not_approved",
                _("A safeguarding lead has not approved this learner as a mentor."),
            )
        )
    return problems


def assignment_problems(
    mentor: MentorFacts,
    mentee: MenteeFacts,
    pairing: PairingFacts,
    *,
    limits: Limits | None = None,
) -> list[Problem]:
    """Every reason this mentor may not (go on to) mentor this mentee; [] when allowed."""
    limits = limits or Limits.from_settings()
    problems = eligibility_problems(mentor, limits=limits)
    if mentor.user_id == mentee.user_id:
        problems.append(Problem("self_mentoring", _("Nobody can mentor themselves.")))
    if mentor.open_assignments >= limits.max_mentees:
        problems.append(
            Problem("mentor_full", _("This mentor already has as many mentees as allowed."))
        )
    if mentee.open_assignments >= 1:
        problems.append(Problem("mentee_has_mentor", _("This learner already has a mentor.")))
    mentor_rank, mentee_rank = band_rank(mentor.age_band), band_rank(mentee.age_band)
    if mentee_rank is None:
        problems.append(
            Problem("mentee_age_unknown", _("The learner to be mentored has not given their age."))
        )
    elif mentor_rank is not None and mentor_rank < mentee_rank:
        problems.append(
            Problem("mentor_younger", _("A mentor cannot be younger than the learner they mentor."))
        )
    if not (mentor.cohort_ids & mentee.cohort_ids or mentor.countries & mentee.countries):
        problems.append(
            Problem(
                "not_same_cohort_or_country",
                _("The mentor and the learner must be in the same group or the same country."),
            )
        )
    if pairing.cohort_id not in mentee.cohort_ids:
        problems.append(
            Problem("mentee_not_in_cohort", _("The learner is not a member of this group."))
        )
    if pairing.cohort_ended:
        problems.append(Problem("cohort_ended", _("This group has ended.")))
    if (
        pairing.active
        and needs_pairing_approval(mentor.age_band, mentee.age_band)
        and not pairing.approved_by_lead
    ):
        problems.append(
            Problem(
                "pairing_not_approved",
                _("An adult mentor for a learner under 18 needs a safeguarding lead's approval."),
            )
        )
    return problems
