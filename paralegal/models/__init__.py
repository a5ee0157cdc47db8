from .attendance import Attendance, AttendanceChange, AttendanceMark, CohortSession
from .cohorts import (
    Cohort,
    CohortCourse,
    ConsentBasis,
    ConsentMethod,
    ConsentRecord,
    JoinedVia,
    Membership,
)
from .mentoring import (
    AssignmentEnd,
    AssignmentStatus,
    ConversationTopic,
    MentorAssignment,
    MentorChangeRequest,
    MentoringConversation,
    MentorStanding,
)
from .session_plans import SessionPlanIndexPage, SessionPlanPage

__all__ = [
    "AssignmentEnd",
    "AssignmentStatus",
    "Attendance",
    "AttendanceChange",
    "AttendanceMark",
    "Cohort",
    "CohortCourse",
    "CohortSession",
    "ConsentBasis",
    "ConsentMethod",
    "ConsentRecord",
    "ConversationTopic",
    "JoinedVia",
    "Membership",
    "MentorAssignment",
    "MentorChangeRequest",
    "MentorStanding",
    "MentoringConversation",
    "SessionPlanIndexPage",
    "SessionPlanPage",
]
