"""Sessions of a cohort: the list, scheduling one from a session plan, and its printed pack.

Facilitators only, and only for the cohorts they run: anything else is 404 (access.py).
"""

import time

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from uploads.downloads import content_disposition

from ..access import cohort_for_facilitator, facilitator_required
from ..forms.sessions import SessionForm
from ..selectors_sessions import (
    cohort_sessions,
    cohort_time_zone,
    session_for_cohort,
    session_plan_index,
)
from ..services.sessions import SessionRefused, session_schedule
from ..session_pack import session_pack_filename, session_pack_render


def _tie_errors_to_fields(form) -> None:
    """Screen readers announce a field's error with the field (and its help, if any)."""
    for name in form.errors:
        if name not in form.fields:
            continue
        bound = form[name]
        ids = [f"{bound.auto_id}_error"]
        if form.fields[name].help_text:
            ids.insert(0, f"{bound.auto_id}_helptext")
        form.fields[name].widget.attrs.update(
            {"aria-describedby": " ".join(ids), "aria-invalid": "true"}
        )


def _within_pack_limit(user) -> bool:
    """At most PARALEGAL_SESSION_PACKS_PER_MINUTE packs a minute for one facilitator."""
    key = f"paralegal:session-packs:{user.pk}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    return count <= settings.PARALEGAL_SESSION_PACKS_PER_MINUTE


@never_cache
@facilitator_required
@require_http_methods(["GET"])
def session_list(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    sessions = cohort_sessions(cohort=cohort)
    return render(
        request,
        "paralegal/sessions/list.html",
        {
            "cohort": cohort,
            "upcoming": sessions.upcoming,
            "past": sessions.past,
            "time_zone": cohort_time_zone(cohort),
            "plans_index": session_plan_index(),
        },
    )


@never_cache
@facilitator_required
@require_http_methods(["GET", "POST"])
def session_create(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    status = 200
    if request.method == "POST":
        form = SessionForm(request.POST, cohort=cohort)
        if form.is_valid():
            data = form.cleaned_data
            try:
                session_schedule(
                    cohort=cohort,
                    plan=data["plan"],
                    day=data["date"],
                    starts=data["time"],
                    place=data["place"],
                    created_by=request.user,
                )
            except SessionRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, _("The session is scheduled."))
                return redirect("paralegal:session_list", pk=cohort.pk)
        _tie_errors_to_fields(form)
        status = 400
    else:
        today = timezone.localdate(timezone=cohort_time_zone(cohort))
        form = SessionForm(cohort=cohort, initial={"date": today})
    return render(
        request, "paralegal/sessions/create.html", {"cohort": cohort, "form": form}, status=status
    )


@never_cache
@facilitator_required
@require_http_methods(["GET"])
def session_pack(request, pk, session_pk):
    cohort = cohort_for_facilitator(request.user, pk)
    session = session_for_cohort(cohort=cohort, pk=session_pk)
    if session is None or session.plan is None:
        raise Http404
    if not _within_pack_limit(request.user):
        response = render(request, "429.html", status=429)
        response["Cache-Control"] = "no-store, private, max-age=0"
        return response
    content = session_pack_render(cohort=cohort, session=session)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition(session_pack_filename(session=session))
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Robots-Tag"] = "noindex, nofollow"
    # never_cache adds no-cache and max-age=0; the pack names learners: no copy anywhere.
    response["Cache-Control"] = "no-store, no-cache, must-revalidate, private, max-age=0"
    return response


urlpatterns = [
    path("cohorts/<int:pk>/sessions/", session_list, name="session_list"),
    path("cohorts/<int:pk>/sessions/new/", session_create, name="session_create"),
    path("cohorts/<int:pk>/sessions/<int:session_pk>/pack.pdf", session_pack, name="session_pack"),
]
