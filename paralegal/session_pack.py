"""A session pack: the plan of one scheduled session, printed in the cohort's language.

Made on request (a pack is short and only facilitators ask for it), with the guide PDFs'
renderer (resources.pdf): the self-hosted Noto Sans Khmer and a fetcher that reads nothing
but our own static files. The pack holds the plan's safeguarding notes and the members'
display names, so it is never stored: not on disk, not in any cache.

Its SQL queries are a fixed number, whatever the number of members or linked pages.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from config.languages import LANGUAGE_CODES
from home.templatetags.translated_fields import translated

from .selectors_sessions import (
    attendance_sheet_names,
    cohort_time_zone,
    plan_links,
    session_local_start,
)

# Blank rows left on the attendance sheet for people who come without being members yet.
SPARE_ROWS = 3


def pack_language(cohort) -> str:
    return cohort.language if cohort.language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def session_pack_context(*, cohort, session) -> dict:
    plan = session.plan
    language = pack_language(cohort)
    with translation.override(language):
        fields = {
            name: translated(plan, name)
            for name in (
                "title",
                "summary",
                "objectives",
                "activities",
                "materials",
                "safeguarding_notes",
            )
        }
        steps = []
        elapsed = 0
        for block in fields["activities"].value or []:
            minutes = block.value["minutes"]
            steps.append({"start": elapsed, "minutes": minutes, "value": block.value})
            elapsed += minutes
        links = [{"kind": link.kind, "title": link.page.title} for link in plan_links(plan=plan)]
    names = attendance_sheet_names(cohort=cohort)
    return {
        "language": language,
        "cohort": cohort,
        "session": session,
        "starts_local": session_local_start(session, cohort),
        "time_zone": cohort_time_zone(cohort),
        "plan": plan,
        **fields,
        "steps": steps,
        "total_minutes": elapsed,
        "links": links,
        "names": names,
        "spare_rows": range(SPARE_ROWS),
        "any_fallback": any(value.is_fallback for value in fields.values()),
    }


def session_pack_html(*, cohort, session) -> str:
    context = session_pack_context(cohort=cohort, session=session)
    with translation.override(context["language"]):
        return render_to_string("paralegal/sessions/pack_pdf.html", context)


def session_pack_render(*, cohort, session) -> bytes:
    """The PDF bytes of the pack (the session must have a plan)."""
    from resources.pdf import html_to_pdf

    return html_to_pdf(session_pack_html(cohort=cohort, session=session))


def session_pack_filename(*, session) -> str:
    # Neutral: a downloads folder or a print queue shows only this.
    return f"session-{session.pk}.pdf"
