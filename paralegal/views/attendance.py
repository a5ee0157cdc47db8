"""Taking attendance on a phone: the roster page (also a plain form) and the queue's endpoint.

Both answer 404 unless the signed-in facilitator runs the session's cohort. The page lists
the cohort's current members by display name; each row carries an opaque learner id
(selectors_attendance.attendance_learner_token), which is all static/js/attendance.js keeps
in the phone's queue.
"""

import json

from django import forms
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from ..access import cohort_for_facilitator, facilitator_required
from ..models import AttendanceMark, CohortSession
from ..selectors_attendance import attendance_member_tokens, attendance_roster
from ..services.attendance import (
    MAX_BODY_BYTES,
    AttendanceInputError,
    attendance_form_record,
    attendance_marks_parse,
    attendance_marks_record,
)


def _session_for(request, pk: int, session_pk: int):
    cohort = cohort_for_facilitator(request.user, pk)
    session = get_object_or_404(CohortSession, pk=session_pk, cohort=cohort)
    return cohort, session


class AttendanceForm(forms.Form):
    """One radio group per current member, named by the row's opaque id (no mass assignment:
    the fields are exactly the roster's rows)."""

    all_present = forms.BooleanField(required=False)

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            self.fields[f"m_{row.token}"] = forms.ChoiceField(
                label=row.name,
                choices=AttendanceMark.choices,
                required=False,
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": gettext_lazy(
                        "Choose present, late, absent or excused for this learner."
                    )
                },
            )

    def marks(self) -> dict[int, str]:
        """{user pk: mark} for each row whose mark was chosen and differs from the stored one;
        with "mark all present", present for every row still without a mark."""
        chosen = {}
        for row in self.rows:
            mark = self.cleaned_data.get(f"m_{row.token}") or ""
            if not mark and self.cleaned_data.get("all_present") and not row.mark:
                mark = AttendanceMark.PRESENT
            if mark and mark != row.mark:
                chosen[row.user_id] = mark
        return chosen


@never_cache
@facilitator_required
@require_http_methods(["GET", "POST"])
def attendance(request, pk: int, session_pk: int):
    cohort, session = _session_for(request, pk, session_pk)
    rows = attendance_roster(session=session)
    if request.method == "POST":
        form = AttendanceForm(request.POST, rows=rows)
        if form.is_valid():
            count = attendance_form_record(
                session=session, marks=form.marks(), marked_by=request.user
            )
            if count:
                messages.success(request, _("Attendance saved."))
            else:
                messages.info(request, _("Nothing to save: no mark was changed."))
            return redirect("paralegal:attendance", pk=cohort.pk, session_pk=session.pk)
        status = 400
    else:
        form = AttendanceForm(
            rows=rows, initial={f"m_{row.token}": row.mark for row in rows if row.mark}
        )
        status = 200
    entries = [
        {"row": row, "field": form[f"m_{row.token}"], "marks": AttendanceMark.choices}
        for row in rows
    ]
    marked = sum(1 for row in rows if row.mark)
    return render(
        request,
        "paralegal/attendance/attendance.html",
        {
            "cohort": cohort,
            "session": session,
            "form": form,
            "entries": entries,
            "marked": marked,
            "total": len(rows),
        },
        status=status,
    )


def _bad(message: str, rejected=()):
    return JsonResponse({"error": message, "rejected": list(rejected)}, status=400)


@never_cache
@facilitator_required
@require_POST
def attendance_marks(request, pk: int, session_pk: int):
    """The phone's queue: ``{"marks": [{"id": uuid4, "learner": opaque id, "mark": …}]}``.

    Answers ``{"stored": [ids]}``; or 400 with a translated ``error`` (and the ``rejected``
    ids, which the phone drops) and nothing stored.
    """
    cohort, session = _session_for(request, pk, session_pk)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    unreadable = _("The marks could not be read. Reload the page and try again.")
    if length > MAX_BODY_BYTES:
        return _bad(_("Too many marks at once. Try again with fewer."))
    if request.content_type != "application/json":
        return _bad(unreadable)
    body = request.body
    if len(body) > MAX_BODY_BYTES:
        return _bad(_("Too many marks at once. Try again with fewer."))
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return _bad(unreadable)
    try:
        marks = attendance_marks_parse(
            payload=payload, tokens=attendance_member_tokens(session=session)
        )
    except AttendanceInputError as error:
        return _bad(error.message, error.rejected)
    stored = attendance_marks_record(session=session, marks=marks, marked_by=request.user)
    return JsonResponse({"stored": [str(client_id) for client_id in stored]})


urlpatterns = [
    path(
        "cohorts/<int:pk>/sessions/<int:session_pk>/attendance/",
        attendance,
        name="attendance",
    ),
    path(
        "cohorts/<int:pk>/sessions/<int:session_pk>/attendance/marks/",
        attendance_marks,
        name="attendance_marks",
    ),
]
