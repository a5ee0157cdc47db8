from .directory import VERIFICATION_MAX_AGE, DirectoryPage, ReferralService, ServiceKind
from .glossary import GlossaryPage, GlossaryTerm
from .sections import LibrarySectionPage

__all__ = [
    "VERIFICATION_MAX_AGE",
    "DirectoryPage",
    "GlossaryPage",
    "GlossaryTerm",
    "LibrarySectionPage",
    "ReferralService",
    "ServiceKind",
]
