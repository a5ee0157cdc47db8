from .attempts import AttemptStatus, QuizAnswer, QuizAttempt
from .certificates import Certificate, CertificateStatus
from .h5p import H5PLibrary, H5PLibraryStatus, H5PPackage, H5PPackageStatus
from .h5p_activity import H5PActivity
from .h5p_results import H5PResult, H5PStatement
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
    "H5PActivity",
    "H5PLibrary",
    "H5PLibraryStatus",
    "H5PPackage",
    "H5PPackageStatus",
    "H5PResult",
    "H5PStatement",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAnswer",
    "QuizAttempt",
    "QuizPage",
]
