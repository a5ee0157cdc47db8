from .attempts import AttemptStatus, QuizAnswer, QuizAttempt
from .certificates import Certificate, CertificateStatus
from .h5p import H5PLibrary, H5PLibraryStatus, H5PPackage, H5PPackageStatus
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
    "H5PLibrary",
    "H5PLibraryStatus",
    "H5PPackage",
    "H5PPackageStatus",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAnswer",
    "QuizAttempt",
    "QuizPage",
]
