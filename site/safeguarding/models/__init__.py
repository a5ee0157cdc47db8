from .audit_events import AuditEvent
from .checklist import ChecklistItem
from .concerns import (
    About,
    AtRisk,
    Concern,
    ConcernNotification,
    ConcernStatus,
    RaisedAs,
    Urgency,
)
from .reports import ProblemReport
from .review import SafeguardingReviewTask, SafeguardingReviewTaskState

__all__ = [
    "About",
    "AtRisk",
    "AuditEvent",
    "ChecklistItem",
    "Concern",
    "ConcernNotification",
    "ConcernStatus",
    "ProblemReport",
    "RaisedAs",
    "SafeguardingReviewTask",
    "SafeguardingReviewTaskState",
    "Urgency",
]
