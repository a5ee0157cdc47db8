"""Peer mentoring screens: facilitators pair, leads approve, mentees and mentors see the minimum.

Thin views: reads in paralegal.selectors_mentoring, writes in paralegal.services.mentoring.
Anything out of a person's scope is 404. There is no messaging between learners anywhere.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .. import selectors_mentoring as selectors
from ..access import (
    PEER_MENTOR_GROUP,
    SAFEGUARDING_LEAD_GROUP,
    cohort_for_facilitator,
    facilitator_required,
    group_required,
)
from ..forms_mentoring import (
    AssignForm,
    ConversationForm,
    EndForm,
    LeadActionForm,
    LearnerForm,
)
from ..models import AssignmentStatus, MentorAssignment, MentorStanding
from ..services import mentoring as services
from ..services.mentoring import MentoringRefused, OutOfScope

# --- Facilitator ----------------------------------------------------------------------------


def _mentors_render(request, cohort, *, status=200, errors=None):
    """The page; ``errors`` ({"propose-<user>"/"assign-<mentee>"/"end-<assignment>": [...]})
    are shown next to the form they belong to."""
    page = selectors.mentors_page(cohort=cohort)
    errors = {key: [str(e) for e in value] for key, value in (errors or {}).items()}
    for row in page["learners"]:
        row.errors = errors.get(f"propose-{row.user_id}", [])
    for choice in page["mentee_choices"]:
        choice.errors = errors.get(f"assign-{choice.user_id}", [])
    for row in page["assignments"]:
        row.errors = errors.get(f"end-{row.pk}", [])
    shown = {f"propose-{r.user_id}" for r in page["learners"]}
    shown |= {f"assign-{c.user_id}" for c in page["mentee_choices"] if c.mentors}
    shown |= {f"end-{r.pk}" for r in page["assignments"]}
    other = [e for key, value in errors.items() if key not in shown for e in value]
    context = {"cohort": cohort, **page, "end_form": EndForm(), "other_errors": other}
    return render(request, "paralegal/mentoring/mentors.html", context, status=status)


def _member_id(cohort, value) -> int:
    if not cohort.memberships.filter(user_id=value, left_at__isnull=True).exists():
        raise Http404
    return value


def _user(pk):
    from django.contrib.auth import get_user_model

    return get_object_or_404(get_user_model(), pk=pk)


@never_cache
@facilitator_required
@require_http_methods(["GET"])
def mentors(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    return _mentors_render(request, cohort)


@never_cache
@facilitator_required
@require_POST
def mentor_propose(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    form = LearnerForm(request.POST)
    if not form.is_valid():
        raise Http404
    learner = _user(_member_id(cohort, form.cleaned_data["learner"]))
    try:
        services.standing_propose(facilitator=request.user, user=learner)
    except OutOfScope as error:
        raise Http404 from error
    except MentoringRefused as refused:
        return _mentors_render(
            request, cohort, status=400, errors={f"propose-{learner.pk}": refused.problems}
        )
    messages.success(request, _("Proposed. A safeguarding lead will look at it."))
    return redirect("paralegal:mentors", pk=cohort.pk)


@never_cache
@facilitator_required
@require_POST
def mentor_withdraw(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    form = LearnerForm(request.POST)
    if not form.is_valid():
        raise Http404
    standing = get_object_or_404(
        MentorStanding, user_id=_member_id(cohort, form.cleaned_data["learner"])
    )
    try:
        services.standing_withdraw(actor=request.user, standing=standing)
    except OutOfScope as error:
        raise Http404 from error
    messages.success(request, _("This learner is no longer a mentor."))
    return redirect("paralegal:mentors", pk=cohort.pk)


@never_cache
@facilitator_required
@require_POST
def mentor_assign(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    form = AssignForm(request.POST)
    if "mentee" in form.errors:
        raise Http404
    if not form.is_valid():
        mentee_id = form.cleaned_data["mentee"]
        _member_id(cohort, mentee_id)
        errors = {f"assign-{mentee_id}": form.errors["mentor"]}
        return _mentors_render(request, cohort, status=400, errors=errors)
    mentee = _user(_member_id(cohort, form.cleaned_data["mentee"]))
    # Only approved mentors of this cohort's country can even be named here.
    if form.cleaned_data["mentor"] not in selectors.mentor_candidate_ids(cohort=cohort):
        raise Http404
    mentor = _user(form.cleaned_data["mentor"])
    try:
        assignment = services.assignment_create(
            facilitator=request.user, cohort=cohort, mentor=mentor, mentee=mentee
        )
    except OutOfScope as error:
        raise Http404 from error
    except MentoringRefused as refused:
        return _mentors_render(
            request, cohort, status=400, errors={f"assign-{mentee.pk}": refused.problems}
        )
    if assignment.status == AssignmentStatus.AWAITING_APPROVAL:
        messages.success(
            request, _("Saved. It starts when a safeguarding lead approves the pairing.")
        )
    else:
        messages.success(request, _("The mentor is assigned."))
    return redirect("paralegal:mentors", pk=cohort.pk)


@never_cache
@facilitator_required
@require_POST
def assignment_end(request, pk, assignment_pk):
    cohort = cohort_for_facilitator(request.user, pk)
    assignment = get_object_or_404(
        MentorAssignment.objects.exclude(status=AssignmentStatus.ENDED),
        pk=assignment_pk,
        cohort=cohort,
    )
    form = EndForm(request.POST)
    if not form.is_valid():
        return _mentors_render(
            request, cohort, status=400, errors={f"end-{assignment.pk}": form.errors["reason"]}
        )
    try:
        services.assignment_end(
            facilitator=request.user, assignment=assignment, reason=form.cleaned_data["reason"]
        )
    except OutOfScope as error:
        raise Http404 from error
    except MentoringRefused as refused:
        return _mentors_render(
            request, cohort, status=400, errors={f"end-{assignment.pk}": refused.problems}
        )
    messages.success(request, _("The mentoring has ended."))
    return redirect("paralegal:mentors", pk=cohort.pk)


# --- Safeguarding lead ----------------------------------------------------------------------


@never_cache
@group_required(SAFEGUARDING_LEAD_GROUP)
@require_http_methods(["GET", "POST"])
def mentor_approvals(request):
    error = None
    if request.method == "POST":
        form = LeadActionForm(request.POST)
        if not form.is_valid():
            raise Http404
        action, item = form.cleaned_data["action"], form.cleaned_data["item"]
        try:
            if action.endswith("_standing"):
                standing = get_object_or_404(MentorStanding, pk=item)
                if action == "approve_standing":
                    services.standing_approve(lead=request.user, standing=standing)
                    done = _("Approved: this learner is now a mentor.")
                else:
                    services.standing_withdraw(actor=request.user, standing=standing)
                    done = _("Declined.")
            else:
                assignment = get_object_or_404(MentorAssignment, pk=item)
                if action == "approve_pairing":
                    services.pairing_approve(lead=request.user, assignment=assignment)
                    done = _("Approved: the mentoring starts now.")
                else:
                    services.pairing_refuse(lead=request.user, assignment=assignment)
                    done = _("Refused: the facilitator will choose another mentor.")
        except OutOfScope as out:
            raise Http404 from out
        except MentoringRefused as refused:
            error = refused.problems
        else:
            messages.success(request, done)
            return redirect("paralegal:mentor_approvals")
    context = {**selectors.approvals_page(user=request.user), "errors": error}
    return render(
        request,
        "paralegal/mentoring/approvals.html",
        context,
        status=400 if error else 200,
    )


# --- Mentee ---------------------------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def my_mentor(request):
    if request.method == "POST":
        try:
            services.mentee_change_request(mentee=request.user)
        except OutOfScope as error:
            raise Http404 from error
        messages.success(
            request,
            _("Your mentoring has ended. A facilitator will choose a new mentor with you."),
        )
        return redirect("paralegal:my_mentor")
    context = selectors.my_mentor_page(user=request.user)
    return render(request, "paralegal/mentoring/my_mentor.html", context)


# --- Mentor ---------------------------------------------------------------------------------

# Everything a mentor's pages may hold (tests/paralegal/test_mentoring.py checks it).
MENTEE_PROGRESS_CONTEXT = (
    "assignment_pk",
    "mentee_name",
    "courses",
    "sessions_only",
    "form",
    "conversations",
)


@never_cache
@group_required(PEER_MENTOR_GROUP)
@require_http_methods(["GET"])
def mentees(request):
    return render(
        request, "paralegal/mentoring/mentees.html", selectors.mentees_page(user=request.user)
    )


def _progress_context(request, assignment, form) -> dict:
    return {
        **selectors.mentee_progress_page(user=request.user, assignment=assignment),
        "form": form,
    }


@never_cache
@group_required(PEER_MENTOR_GROUP)
@require_http_methods(["GET"])
def mentee_progress(request, assignment_pk):
    assignment = selectors.assignment_for_mentor(user=request.user, pk=assignment_pk)
    context = _progress_context(request, assignment, ConversationForm())
    return render(request, "paralegal/mentoring/mentee_progress.html", context)


@never_cache
@group_required(PEER_MENTOR_GROUP)
@require_POST
def conversation_log(request, assignment_pk):
    assignment = selectors.assignment_for_mentor(user=request.user, pk=assignment_pk)
    form = ConversationForm(request.POST)
    if form.is_valid():
        try:
            services.conversation_log(
                mentor=request.user,
                assignment_pk=assignment.pk,
                held_on=form.cleaned_data["held_on"],
                topic=form.cleaned_data["topic"],
            )
        except OutOfScope as error:
            raise Http404 from error
        except MentoringRefused as refused:
            field = "topic" if refused.problems[0].code == "bad_topic" else "held_on"
            for problem in refused.problems:
                form.add_error(field, str(problem.message))
        else:
            messages.success(request, _("Saved."))
            return redirect("paralegal:mentee_progress", assignment_pk=assignment.pk)
    context = _progress_context(request, assignment, form)
    return render(request, "paralegal/mentoring/mentee_progress.html", context, status=400)


urlpatterns = [
    path("cohorts/<int:pk>/mentors/", mentors, name="mentors"),
    path("cohorts/<int:pk>/mentors/propose/", mentor_propose, name="mentor_propose"),
    path("cohorts/<int:pk>/mentors/withdraw/", mentor_withdraw, name="mentor_withdraw"),
    path("cohorts/<int:pk>/mentors/assign/", mentor_assign, name="mentor_assign"),
    path(
        "cohorts/<int:pk>/mentors/<int:assignment_pk>/end/",
        assignment_end,
        name="assignment_end",
    ),
    path("mentoring/approvals/", mentor_approvals, name="mentor_approvals"),
    path("mentoring/my-mentor/", my_mentor, name="my_mentor"),
    path("mentoring/mentees/", mentees, name="mentees"),
    path("mentoring/mentees/<int:assignment_pk>/", mentee_progress, name="mentee_progress"),
    path("mentoring/mentees/<int:assignment_pk>/log/", conversation_log, name="conversation_log"),
]
