"""Peer mentoring: the only code that writes mentor standings, assignments and their logs.

Every function checks who is acting (``OutOfScope`` when they may not touch the thing at
all: views answer 404) and the mentor policy (``MentoringRefused`` with the problems, each
with a translated message: views show them and change nothing).
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import policy
from ..access import PEER_MENTOR_GROUP, is_facilitator
from ..models import (
    AssignmentEnd,
    AssignmentStatus,
    Cohort,
    ConversationTopic,
    Membership,
    MentorAssignment,
    MentorChangeRequest,
    MentoringConversation,
    MentorStanding,
)
from ..selectors_mentoring import (
    OPEN,
    current_assignments_for_mentor,
    lead_countries,
    mentee_facts_for,
    mentor_facts_for,
)


class OutOfScope(Exception):
    """The person may not act on this (views answer 404, as for an unknown id)."""


class MentoringRefused(ValidationError):
    """The mentor rules refuse it; ``problems`` say why, in the person's language."""

    def __init__(self, problems):
        if isinstance(problems, policy.Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__([p.message for p in self.problems])


def _refuse(code: str, message) -> MentoringRefused:
    return MentoringRefused([policy.Problem(code, message)])


def _forget_groups(user) -> None:
    # access.in_group caches the names on the user object.
    if hasattr(user, "_rightspath_group_names"):
        del user._rightspath_group_names


def _facilitates_learner(facilitator, user) -> bool:
    return (
        is_facilitator(facilitator)
        and Membership.objects.filter(
            user=user, left_at__isnull=True, cohort__facilitators=facilitator
        ).exists()
    )


def _lead_covers_learner(lead, user) -> bool:
    countries = lead_countries(user=lead)
    return bool(countries) and (
        Membership.objects.filter(
            user=user, left_at__isnull=True, cohort__country__in=list(countries)
        ).exists()
    )


def _facilitates_cohort(facilitator, cohort: Cohort) -> bool:
    return is_facilitator(facilitator) and cohort.facilitators.filter(pk=facilitator.pk).exists()


# --- Standings ------------------------------------------------------------------------------


def standing_propose(*, facilitator, user) -> MentorStanding:
    """A facilitator of a cohort the learner is in proposes them as a mentor."""
    if not _facilitates_learner(facilitator, user):
        raise OutOfScope
    with transaction.atomic():
        standing = MentorStanding.objects.select_for_update().filter(user=user).first()
        if standing and standing.withdrawn_at is None:
            if standing.approved:
                raise _refuse("already_mentor", _("This learner is already a mentor."))
            raise _refuse("already_proposed", _("This learner has already been proposed."))
        facts = mentor_facts_for(user_ids=[user.pk])[user.pk]
        problems = policy.readiness_problems(facts)
        if problems:
            raise MentoringRefused(problems)
        now = timezone.now()
        if standing is None:
            standing = MentorStanding(user=user)
        standing.proposed_by = facilitator
        standing.proposed_at = now
        standing.approved_by = None
        standing.approved_at = None
        standing.withdrawn_at = None
        standing.save()
    return standing


def standing_approve(*, lead, standing: MentorStanding) -> MentorStanding:
    """A safeguarding lead covering the learner's country approves; they join peer_mentor."""
    if not _lead_covers_learner(lead, standing.user):
        raise OutOfScope
    with transaction.atomic():
        standing = MentorStanding.objects.select_for_update().get(pk=standing.pk)
        if standing.withdrawn_at is not None or standing.approved_at is not None:
            raise _refuse("not_pending", _("This proposal is no longer waiting for approval."))
        if standing.proposed_by_id == lead.pk:
            raise _refuse("own_proposal", _("Someone else must approve a proposal you made."))
        facts = mentor_facts_for(user_ids=[standing.user_id])[standing.user_id]
        problems = policy.readiness_problems(facts)
        if problems:
            raise MentoringRefused(problems)
        standing.approved_by = lead
        standing.approved_at = timezone.now()
        standing.save(update_fields=["approved_by", "approved_at"])
        standing.user.groups.add(Group.objects.get(name=PEER_MENTOR_GROUP))
        _forget_groups(standing.user)
    return standing


def standing_withdraw(*, actor, standing: MentorStanding) -> MentorStanding:
    """A facilitator of the learner or a lead covering them ends the standing (or turns down
    a proposal): the peer_mentor role goes, and every open assignment ends now."""
    if not (
        _facilitates_learner(actor, standing.user) or _lead_covers_learner(actor, standing.user)
    ):
        raise OutOfScope
    with transaction.atomic():
        standing = MentorStanding.objects.select_for_update().get(pk=standing.pk)
        if standing.withdrawn_at is not None:
            return standing
        now = timezone.now()
        standing.withdrawn_at = now
        standing.save(update_fields=["withdrawn_at"])
        MentorAssignment.objects.filter(OPEN, mentor_id=standing.user_id).update(
            status=AssignmentStatus.ENDED,
            ended_at=now,
            end_reason=AssignmentEnd.MENTOR_WITHDRAWN,
        )
        standing.user.groups.remove(Group.objects.get(name=PEER_MENTOR_GROUP))
        _forget_groups(standing.user)
    return standing


# --- Assignments ----------------------------------------------------------------------------


def _lock_mentor(mentor_id) -> None:
    """Serialise assignments of one mentor: two facilitators at once cannot pass the maximum."""
    list(MentorStanding.objects.select_for_update().filter(user_id=mentor_id).values_list("pk"))


def assignment_create(*, facilitator, cohort: Cohort, mentor, mentee) -> MentorAssignment:
    """A facilitator of the cohort pairs a mentor with a mentee of that cohort. An adult
    mentor for a minor waits for a safeguarding lead (status awaiting)."""
    if not _facilitates_cohort(facilitator, cohort):
        raise OutOfScope
    try:
        with transaction.atomic():
            _lock_mentor(mentor.pk)
            mentor_facts = mentor_facts_for(user_ids=[mentor.pk])[mentor.pk]
            mentee_facts = mentee_facts_for(user_ids=[mentee.pk])[mentee.pk]
            pairing = policy.PairingFacts(cohort_id=cohort.pk, cohort_ended=cohort.has_ended())
            problems = policy.assignment_problems(mentor_facts, mentee_facts, pairing)
            if problems:
                raise MentoringRefused(problems)
            waits = policy.needs_pairing_approval(mentor_facts.age_band, mentee_facts.age_band)
            assignment = MentorAssignment.objects.create(
                mentor=mentor,
                mentee=mentee,
                cohort=cohort,
                status=AssignmentStatus.AWAITING_APPROVAL if waits else AssignmentStatus.ACTIVE,
                assigned_by=facilitator,
            )
            # A mentee who asked for a change has had their answer.
            MentorChangeRequest.objects.filter(
                assignment__mentee=mentee, assignment__cohort=cohort, handled_at__isnull=True
            ).update(handled_at=timezone.now())
    except IntegrityError as error:  # another open assignment for this mentee won the race
        raise _refuse("mentee_has_mentor", _("This learner already has a mentor.")) from error
    return assignment


def _lead_covers_assignment(lead, assignment: MentorAssignment) -> bool:
    return assignment.cohort.country in lead_countries(user=lead)


def pairing_approve(*, lead, assignment: MentorAssignment) -> MentorAssignment:
    """The safeguarding lead approves an adult mentor for a minor; the assignment starts."""
    if not _lead_covers_assignment(lead, assignment):
        raise OutOfScope
    with transaction.atomic():
        _lock_mentor(assignment.mentor_id)
        assignment = MentorAssignment.objects.select_for_update().get(pk=assignment.pk)
        if assignment.status != AssignmentStatus.AWAITING_APPROVAL:
            raise _refuse("not_pending", _("This pairing is no longer waiting for approval."))
        assignment.status = AssignmentStatus.ACTIVE
        assignment.pairing_approved_by = lead
        assignment.pairing_approved_at = timezone.now()
        assignment.save()  # the policy is checked again, with the approval
    return assignment


def _end(assignment: MentorAssignment, reason: str) -> MentorAssignment:
    assignment.status = AssignmentStatus.ENDED
    assignment.ended_at = timezone.now()
    assignment.end_reason = reason
    assignment.save(update_fields=["status", "ended_at", "end_reason"])
    return assignment


def pairing_refuse(*, lead, assignment: MentorAssignment) -> MentorAssignment:
    if not _lead_covers_assignment(lead, assignment):
        raise OutOfScope
    with transaction.atomic():
        assignment = MentorAssignment.objects.select_for_update().get(pk=assignment.pk)
        if assignment.status != AssignmentStatus.AWAITING_APPROVAL:
            raise _refuse("not_pending", _("This pairing is no longer waiting for approval."))
        return _end(assignment, AssignmentEnd.NOT_APPROVED)


FACILITATOR_END_REASONS = (AssignmentEnd.FACILITATOR, AssignmentEnd.MENTOR_WITHDRAWN)


def assignment_end(
    *, facilitator, assignment: MentorAssignment, reason: str = AssignmentEnd.FACILITATOR
) -> MentorAssignment:
    """A facilitator of the assignment's cohort ends it, at once."""
    if not _facilitates_cohort(facilitator, assignment.cohort):
        raise OutOfScope
    if reason not in FACILITATOR_END_REASONS:
        raise _refuse("bad_reason", _("Choose one of the reasons in the list."))
    with transaction.atomic():
        assignment = MentorAssignment.objects.select_for_update().get(pk=assignment.pk)
        if assignment.status == AssignmentStatus.ENDED:
            raise _refuse("already_ended", _("This mentoring has already ended."))
        return _end(assignment, reason)


def mentee_change_request(*, mentee) -> MentorChangeRequest:
    """The mentee asks for another mentor, without a reason: the assignment ends now, and
    the facilitators see the request on their mentors page."""
    with transaction.atomic():
        assignment = (
            MentorAssignment.objects.select_for_update()
            .filter(OPEN, mentee=mentee)
            .order_by("-assigned_at")
            .first()
        )
        if assignment is None:
            raise OutOfScope
        _end(assignment, AssignmentEnd.MENTEE_ASKED)
        return MentorChangeRequest.objects.create(assignment=assignment)


def assignments_end_for_ended_cohorts(*, today: datetime.date | None = None) -> int:
    """End every open assignment whose cohort has ended (daily, and safe to run again)."""
    today = today or timezone.localdate()
    return MentorAssignment.objects.filter(OPEN, cohort__ends_on__lt=today).update(
        status=AssignmentStatus.ENDED,
        ended_at=timezone.now(),
        end_reason=AssignmentEnd.COHORT_ENDED,
    )


# --- The mentor's log -----------------------------------------------------------------------


def conversation_log(
    *, mentor, assignment_pk: int, held_on: datetime.date, topic: str
) -> MentoringConversation:
    """The mentor records that a conversation took place: a date and a topic, nothing else."""
    assignment = current_assignments_for_mentor(user=mentor).filter(pk=assignment_pk).first()
    if assignment is None:
        raise OutOfScope
    if topic not in ConversationTopic.values:
        raise _refuse("bad_topic", _("Choose one of the topics in the list."))
    if held_on > timezone.localdate():
        raise _refuse("future_date", _("The date cannot be in the future."))
    if held_on < timezone.localtime(assignment.assigned_at).date():
        raise _refuse("before_assignment", _("The date cannot be before the mentoring began."))
    return MentoringConversation.objects.create(assignment=assignment, held_on=held_on, topic=topic)
