"""Concerns on the front end: anyone signed in raises one; the safeguarding leads handle them.

Out of scope is always 404. Every view of a concern writes an AuditEvent (SW-7), which is why
these GET views write; nothing else is changed by a GET.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..forms.concerns import ConcernForm, ReferralForm
from ..selectors_concerns import (
    audit_trail,
    concern_for_lead,
    concern_for_raiser,
    concerns_for_lead,
    concerns_raised_by,
    current_cohort_for,
    help_entries,
    is_lead,
)
from ..services_concerns import (
    ConcernRefused,
    audit_event_record,
    audit_events_record,
    concern_acknowledge,
    concern_close,
    concern_raise,
    concern_refer,
)
from .public import _help_url

ACTION_LABELS = {
    "listed": gettext_lazy("listed"),
    "viewed": gettext_lazy("opened"),
    "status_viewed": gettext_lazy("status seen by the sender"),
    "acknowledged": gettext_lazy("acknowledged"),
    "referred": gettext_lazy("referral recorded"),
    "closed": gettext_lazy("closed"),
    "escalated": gettext_lazy("sent to the next lead"),
}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def concern_new(request):
    status = 200
    if request.method == "POST":
        form = ConcernForm(request.POST)
        if form.is_valid():
            concern = concern_raise(
                user=request.user,
                at_risk=form.cleaned_data["at_risk"],
                urgency=form.cleaned_data["urgency"],
                about=form.cleaned_data["about"],
                note=form.cleaned_data["note"],
            )
            return redirect("safeguarding:concern_status", public_id=concern.public_id)
        status = 400
    else:
        form = ConcernForm()
    cohort = current_cohort_for(request.user)
    context = {
        "form": form,
        "help_groups": help_entries(country=cohort.country if cohort else ""),
        "one_country": cohort is not None,
        "earlier": concerns_raised_by(request.user)[:5],
        "note_max": settings.CONCERN_NOTE_MAX_LENGTH,
        "help_url": _help_url(request),
    }
    return render(request, "safeguarding/concerns/new.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET"])
def concern_status(request, public_id):
    concern = concern_for_raiser(user=request.user, public_id=public_id)
    audit_event_record(actor=request.user, action="status_viewed", concern=concern)
    return render(request, "safeguarding/concerns/status.html", {"concern": concern})


def _lead_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_lead(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@never_cache
@_lead_required
@require_http_methods(["GET"])
def concern_list(request):
    show_closed = request.GET.get("closed") == "1"
    concerns = concerns_for_lead(request.user).select_related("current_lead")
    concerns = concerns if show_closed else concerns.exclude(status="closed")
    concerns = list(concerns.order_by("-created_at", "-pk")[:200])
    audit_events_record(actor=request.user, action="listed", concerns=concerns)
    return render(
        request,
        "safeguarding/concerns/list.html",
        {"concerns": concerns, "show_closed": show_closed},
    )


def _detail(request, concern, *, referral_form=None, status=200):
    return render(
        request,
        "safeguarding/concerns/detail.html",
        {
            "concern": concern,
            "note": concern.note,
            "referral_form": referral_form or ReferralForm(),
            "audit": [
                (event, ACTION_LABELS.get(event.action, event.action))
                for event in audit_trail(concern).select_related("actor")[:50]
            ],
        },
        status=status,
    )


@never_cache
@_lead_required
@require_http_methods(["GET", "POST"])
def concern_detail(request, public_id):
    concern = concern_for_lead(user=request.user, public_id=public_id)
    if request.method == "GET":
        audit_event_record(actor=request.user, action="viewed", concern=concern)
        return _detail(request, concern)
    action = request.POST.get("action", "")
    try:
        if action == "acknowledge":
            concern_acknowledge(concern=concern, lead=request.user)
            messages.success(request, _("Acknowledged."))
        elif action == "refer":
            form = ReferralForm(request.POST)
            if not form.is_valid():
                audit_event_record(actor=request.user, action="viewed", concern=concern)
                return _detail(request, concern, referral_form=form, status=400)
            concern_refer(
                concern=concern,
                lead=request.user,
                kind=form.cleaned_data["kind"],
                made_on=form.cleaned_data["made_on"],
            )
            messages.success(request, _("The referral is recorded."))
        elif action == "close":
            concern_close(concern=concern, lead=request.user)
            messages.success(request, _("Closed."))
        else:
            raise Http404
    except ConcernRefused:
        messages.error(request, _("This request is closed: nothing was changed."))
    return redirect("safeguarding:concern_detail", public_id=concern.public_id)
