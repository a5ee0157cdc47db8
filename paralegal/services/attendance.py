"""Taking attendance: checking the marks a phone sends and upserting them.

A phone queues marks while it has no connection and sends them when it has one, perhaps
twice (a reply lost on the way back). Each mark carries the UUID the phone gave it, so:

- a mark is upserted per session and learner: never a second row for the same learner;
- a mark whose UUID was already stored (as the row's last mark, or in its change log as a
  new or a replaced mark) changes nothing, however late it comes;
- a mark that changes an existing one leaves an AttendanceChange (previous, new, who, UUID).

Every function here trusts that the caller already checked the facilitator may act on the
session (paralegal.access). What it checks itself is the data: a request with one bad mark
stores nothing at all.
"""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Attendance, AttendanceChange, AttendanceMark, CohortSession

MAX_MARKS = getattr(settings, "PARALEGAL_ATTENDANCE_MAX_MARKS", 200)
# 200 marks of about 110 bytes each, with room to spare.
MAX_BODY_BYTES = getattr(settings, "PARALEGAL_ATTENDANCE_MAX_BODY_BYTES", 64 * 1024)
_MARK_KEYS = frozenset({"id", "learner", "mark"})


class AttendanceInputError(ValueError):
    """The marks sent cannot be stored; ``rejected`` names the marks (by UUID) at fault."""

    def __init__(self, message: str, rejected: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.rejected = rejected or []


@dataclass(frozen=True)
class MarkIn:
    client_id: uuid.UUID
    learner_id: int
    mark: str


def _uuid4(value) -> uuid.UUID | None:
    if not isinstance(value, str) or len(value) != 36:
        return None
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        return None
    # Canonical lower case only: the reply must give the phone back exactly what it sent.
    if parsed.version != 4 or str(parsed) != value:
        return None
    return parsed


def attendance_marks_parse(*, payload, tokens: dict[str, int]) -> list[MarkIn]:
    """Check a decoded JSON body ``{"marks": [{"id", "learner", "mark"}, …]}``.

    ``tokens`` maps the opaque learner ids of the session's current members to user pks
    (selectors_attendance.attendance_member_tokens). Raises AttendanceInputError for the
    whole request if anything is wrong.
    """
    unreadable = _("The marks could not be read. Reload the page and try again.")
    if not isinstance(payload, dict) or set(payload) != {"marks"}:
        raise AttendanceInputError(unreadable)
    items = payload["marks"]
    if not isinstance(items, list):
        raise AttendanceInputError(unreadable)
    if len(items) > MAX_MARKS:
        raise AttendanceInputError(
            _("Too many marks at once: at most %(max)s.") % {"max": MAX_MARKS}
        )
    marks: list[MarkIn] = []
    errors: list[str] = []
    rejected: list[str] = []
    seen: set[uuid.UUID] = set()
    for item in items:
        if not isinstance(item, dict) or set(item) != _MARK_KEYS:
            raise AttendanceInputError(unreadable)
        client_id = _uuid4(item["id"])
        if client_id is None or client_id in seen:
            raise AttendanceInputError(_("A mark has no valid id. Reload the page and try again."))
        seen.add(client_id)
        mark, learner = item["mark"], item["learner"]
        if not isinstance(mark, str) or mark not in AttendanceMark.values:
            errors.append(_("A mark is not one of present, late, absent or excused."))
            rejected.append(str(client_id))
            continue
        learner_id = tokens.get(learner) if isinstance(learner, str) else None
        if learner_id is None:
            errors.append(_("A learner is not in this group any more, or not in this session."))
            rejected.append(str(client_id))
            continue
        marks.append(MarkIn(client_id=client_id, learner_id=learner_id, mark=mark))
    if errors:
        raise AttendanceInputError(errors[0], rejected)
    return marks


def attendance_marks_record(*, session, marks: list[MarkIn], marked_by) -> list[uuid.UUID]:
    """Upsert ``marks`` (in order) for ``session``; returns the UUIDs now stored.

    Replays are counted as stored: the phone may forget them. A fixed number of queries
    whatever the number of marks (up to the database's batch size).
    """
    if not marks:
        return []
    now = timezone.now()
    client_ids = [m.client_id for m in marks]
    with transaction.atomic():
        # One writer per session at a time: two phones sending for the same learner cannot
        # both insert a first mark.
        list(CohortSession.objects.select_for_update().filter(pk=session.pk).values_list("pk"))
        rows = {
            row.learner_id: row
            for row in Attendance.objects.select_for_update().filter(
                session=session, learner_id__in={m.learner_id for m in marks}
            )
        }
        known = {row.client_id for row in rows.values() if row.client_id}
        for pair in AttendanceChange.objects.filter(
            Q(client_id__in=client_ids) | Q(previous_client_id__in=client_ids),
            attendance__session=session,
        ).values_list("client_id", "previous_client_id"):
            known.update(pair)
        # First marks create rows; all later marks (in order) change them.
        new_rows = []
        later = []
        for m in marks:
            if m.client_id in known:
                continue
            if m.learner_id in rows:
                later.append(m)
                continue
            row = Attendance(
                session=session,
                learner_id=m.learner_id,
                mark=m.mark,
                client_id=m.client_id,
                marked_by=marked_by,
                marked_at=now,
            )
            rows[m.learner_id] = row
            new_rows.append(row)
        if new_rows:
            Attendance.objects.bulk_create(new_rows)
        changed = {}
        changes = []
        for m in later:
            row = rows[m.learner_id]
            if row.mark == m.mark:
                continue
            changes.append(
                AttendanceChange(
                    attendance=row,
                    previous=row.mark,
                    new=m.mark,
                    client_id=m.client_id,
                    previous_client_id=row.client_id,
                    changed_by=marked_by,
                    changed_at=now,
                )
            )
            row.mark = m.mark
            row.client_id = m.client_id
            row.marked_by = marked_by
            row.marked_at = now
            changed[row.pk] = row
        if changed:
            Attendance.objects.bulk_update(
                list(changed.values()), ["mark", "client_id", "marked_by", "marked_at"]
            )
        if changes:
            AttendanceChange.objects.bulk_create(changes)
    return client_ids


def attendance_form_record(*, session, marks: dict[int, str], marked_by) -> int:
    """The page without JavaScript: ``{user pk: mark}`` already checked; returns how many."""
    ordered = [
        MarkIn(client_id=uuid.uuid4(), learner_id=learner_id, mark=mark)
        for learner_id, mark in marks.items()
    ]
    attendance_marks_record(session=session, marks=ordered, marked_by=marked_by)
    return len(ordered)
