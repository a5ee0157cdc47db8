"""The cohort dashboard for its facilitators: a progress page and its CSV export.

Both answer 404 unless the signed-in facilitator runs the cohort (access.py), and 404 for a
course that is not one of the cohort's. Neither is ever stored by a cache.
"""

import csv
import io

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from uploads.downloads import content_disposition

from ..access import cohort_for_facilitator, facilitator_required
from ..dashboard_charts import bar_chart
from ..selectors_dashboard import CourseNotInCohort, dashboard_for_cohort

CSV_FILENAME = "group-progress.csv"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _dashboard(request, pk):
    cohort = cohort_for_facilitator(request.user, pk)
    wanted = request.GET.get("course", "").strip()
    if wanted and not (wanted.isascii() and wanted.isdigit() and len(wanted) < 12):
        raise Http404
    try:
        return dashboard_for_cohort(cohort=cohort, course=int(wanted) if wanted else None)
    except CourseNotInCohort:
        raise Http404 from None


def _no_store(response):
    response["Cache-Control"] = "no-store, no-cache, must-revalidate, private, max-age=0"
    return response


def _done_chart(data):
    total = len(data.lessons)
    items = []
    for bucket in data.done_distribution:
        learners = ngettext("%(count)s learner", "%(count)s learners", bucket.learners) % {
            "count": bucket.learners
        }
        heading = ngettext(
            "%(done)s of %(total)s lesson done",
            "%(done)s of %(total)s lessons done",
            total,
        ) % {"done": bucket.lessons_done, "total": total}
        tooltip = f"{heading}: {learners}"
        if bucket.names:
            tooltip += " (" + ", ".join(bucket.names) + ")"
        items.append((str(bucket.lessons_done), bucket.learners, str(bucket.learners), tooltip))
    return bar_chart(items)


def _attendance_chart(data):
    items = []
    for session in data.marked_sessions:
        day = formats.date_format(timezone.localtime(session.starts_at), "j M")
        came = _("%(attended)s of %(counted)s came") % {
            "attended": session.attended,
            "counted": session.counted,
        }
        items.append((day, session.percent, f"{session.percent}%", f"{day}: {came}"))
    return bar_chart(items, max_value=100)


@never_cache
@facilitator_required
@require_http_methods(["GET"])
def dashboard(request, pk: int):
    data = _dashboard(request, pk)
    done_summary = "; ".join(
        ngettext(
            "%(done)s lessons done: %(count)s learner",
            "%(done)s lessons done: %(count)s learners",
            bucket.learners,
        )
        % {"done": bucket.lessons_done, "count": bucket.learners}
        for bucket in data.done_distribution
    )
    attendance_summary = "; ".join(
        _("%(day)s: %(percent)s%% (%(attended)s of %(counted)s)")
        % {
            "day": formats.date_format(timezone.localtime(session.starts_at), "j M Y"),
            "percent": session.percent,
            "attended": session.attended,
            "counted": session.counted,
        }
        for session in data.marked_sessions
    )
    return _no_store(
        render(
            request,
            "paralegal/dashboard/dashboard.html",
            {
                "cohort": data.cohort,
                "data": data,
                "done_chart": _done_chart(data),
                "done_summary": done_summary,
                "attendance_chart": _attendance_chart(data),
                "attendance_summary": attendance_summary,
                "inactive_days": settings.PARALEGAL_STUCK_INACTIVE_DAYS,
                "failed_attempts": settings.PARALEGAL_STUCK_FAILED_ATTEMPTS,
            },
        )
    )


def csv_cell(value) -> str:
    """A spreadsheet reads a cell starting with = + - @ (or a tab or CR) as a formula:
    such a cell starts with a quote instead."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _percent_text(value) -> str:
    return "" if value is None else f"{value}%"


def dashboard_rows(data) -> list[list[str]]:
    """The dashboard as spreadsheet rows: a header, then one row per learner."""
    yes, no = _("yes"), _("no")
    header = [_("Learner"), _("Lessons done (of %(total)s)") % {"total": len(data.lessons)}]
    header += [_("Lesson: %(title)s") % {"title": lesson.title} for lesson in data.lessons]
    for quiz in data.quizzes:
        header += [
            _("Quiz: %(title)s — best score") % {"title": quiz.title},
            _("Quiz: %(title)s — attempts") % {"title": quiz.title},
            _("Quiz: %(title)s — passed") % {"title": quiz.title},
        ]
    for activity in data.activities:
        header += [
            _("Practice: %(title)s — best score") % {"title": activity.title},
            _("Practice: %(title)s — tries") % {"title": activity.title},
        ]
    header += [_("Attendance"), _("May need help")]
    rows = [header]
    for row in data.rows:
        line = [row.name, str(row.lessons_done)]
        line += [cell.label for cell in row.lessons]
        for cell in row.quizzes:
            line += [
                _percent_text(cell.best_percent),
                str(cell.attempts),
                yes if cell.passed else no,
            ]
        for cell in row.practice:
            line += [_percent_text(cell.best_percent), str(cell.attempts)]
        line += [_percent_text(row.attendance_percent), " | ".join(r.text for r in row.stuck)]
        rows.append(line)
    return rows


@never_cache
@facilitator_required
@require_http_methods(["GET"])
def dashboard_csv(request, pk: int):
    data = _dashboard(request, pk)
    stream = io.StringIO()
    # The byte-order mark lets spreadsheet programs read Khmer and Vietnamese names as UTF-8.
    stream.write("\ufeff")
    writer = csv.writer(stream)
    for line in dashboard_rows(data):
        writer.writerow([csv_cell(value) for value in line])
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition(CSV_FILENAME)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return _no_store(response)


urlpatterns = [
    path("cohorts/<int:pk>/progress/", dashboard, name="dashboard"),
    path("cohorts/<int:pk>/progress.csv", dashboard_csv, name="dashboard_csv"),
]
