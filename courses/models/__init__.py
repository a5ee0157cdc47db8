from .attempts import AttemptStatus, QuizAnswer, QuizAttempt
from .certificates import Certificate, CertificateStatus
from .learning import Enrolment, LessonProgress
from .pages import (
    CourseAccess,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
)

__all__ = [
    "AttemptStatus",
    "Certificate",
    "CertificateStatus",
    "CourseAccess",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAnswer",
    "QuizAttempt",
    "QuizPage",
]
