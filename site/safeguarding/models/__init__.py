from .checklist import ChecklistItem
from .reports import ProblemReport
from .review import SafeguardingReviewTask, SafeguardingReviewTaskState

__all__ = [
    "ChecklistItem",
    "ProblemReport",
    "SafeguardingReviewTask",
    "SafeguardingReviewTaskState",
]
