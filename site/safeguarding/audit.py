"""The review audit trail: who submitted, who decided, the checklist, the comment, when.

One row per decision (approval or request for changes) and per takedown, for one object or
for the whole site, and (site-wide only) per upload refused for a virus. Read in a fixed number
of queries.
"""

import csv
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry, PageLogEntry

from .models import SafeguardingReviewTaskState
from .takedown import TAKEDOWN_ACTION

CSV_HEADER = (
    "when",
    "object_type",
    "object_id",
    "title",
    "event",
    "submitted_by",
    "decided_by",
    "checklist",
    "comment",
)


@dataclass(frozen=True)
class AuditRow:
    when: datetime | None
    object_type: str
    object_id: str
    title: str
    event: str
    submitted_by: str
    decided_by: str
    checklist: tuple[str, ...]
    comment: str


def _name(user) -> str:
    return user.get_username() if user is not None else ""


def _decisions(content_type=None, object_id=None):
    states = (
        SafeguardingReviewTaskState.objects.filter(
            status__in=[
                SafeguardingReviewTaskState.STATUS_APPROVED,
                SafeguardingReviewTaskState.STATUS_REJECTED,
            ]
        )
        .select_related(
            "finished_by",
            "workflow_state__requested_by",
            "workflow_state__base_content_type",
            "revision",
        )
        .order_by("-finished_at", "-pk")
    )
    if content_type is not None:
        states = states.filter(
            workflow_state__base_content_type=content_type,
            workflow_state__object_id=str(object_id),
        )
    for state in states:
        workflow_state = state.workflow_state
        yield AuditRow(
            when=state.finished_at,
            object_type=workflow_state.base_content_type.model,
            object_id=workflow_state.object_id,
            title=state.revision.object_str,
            event=state.status,
            submitted_by=_name(workflow_state.requested_by),
            decided_by=_name(state.finished_by),
            checklist=tuple(f"{answer['text']}: {answer['answer']}" for answer in state.checklist),
            comment=state.comment,
        )


def _takedowns(content_type=None, object_id=None):
    pages = PageLogEntry.objects.filter(action=TAKEDOWN_ACTION)
    snippets = ModelLogEntry.objects.filter(action=TAKEDOWN_ACTION)
    if content_type is not None:
        is_page = _is_page(content_type)
        pages = pages.filter(page_id=object_id) if is_page else pages.none()
        snippets = (
            snippets.none()
            if is_page
            else snippets.filter(content_type=content_type, object_id=str(object_id))
        )
    for entries, id_field in ((pages, "page_id"), (snippets, "object_id")):
        for entry in entries.select_related("user", "content_type"):
            yield AuditRow(
                when=entry.timestamp,
                object_type=entry.content_type.model if entry.content_type else "",
                object_id=str(getattr(entry, id_field)),
                title=entry.label,
                event="takedown",
                submitted_by="",
                decided_by=_name(entry.user),
                checklist=(),
                comment=" — ".join(
                    filter(None, [entry.data.get("reason"), entry.data.get("note")])
                ),
            )


def _upload_refusals():
    """Uploads refused because a virus was found (uploads.scanner.record_infected)."""
    from uploads.scanner import INFECTED_ACTION

    for entry in ModelLogEntry.objects.filter(action=INFECTED_ACTION).select_related("user"):
        data = entry.data or {}
        yield AuditRow(
            when=entry.timestamp,
            object_type="upload",
            object_id=str(data.get("sha256", "")),
            title=str(data.get("where", "")),
            event="upload_infected",
            submitted_by=_name(entry.user),
            decided_by="",
            checklist=(),
            comment=str(data.get("signature", "")),
        )


def _is_page(content_type: ContentType) -> bool:
    from wagtail.models import Page

    model = content_type.model_class()
    return model is not None and issubclass(model, Page)


def audit_rows(obj=None) -> list[AuditRow]:
    """Every decision and takedown, newest first; for ``obj`` alone when given."""
    content_type = object_id = None
    if obj is not None:
        content_type = obj.get_base_content_type()
        object_id = obj.pk
    rows = [*_decisions(content_type, object_id), *_takedowns(content_type, object_id)]
    if obj is None:
        rows += _upload_refusals()
    return sorted(rows, key=lambda row: (row.when is not None, row.when), reverse=True)


def _cell(value: str) -> str:
    # A cell starting with = + - @ (or a tab/CR) is a formula to a spreadsheet: neutralise it.
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def write_csv(rows, stream) -> None:
    writer = csv.writer(stream)
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow(
            _cell(value)
            for value in (
                row.when.isoformat() if row.when else "",
                row.object_type,
                row.object_id,
                row.title,
                row.event,
                row.submitted_by,
                row.decided_by,
                " | ".join(row.checklist),
                row.comment,
            )
        )
