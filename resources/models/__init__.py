from .directory import VERIFICATION_MAX_AGE, DirectoryPage, ReferralService, ServiceKind
from .glossary import GlossaryPage, GlossaryTerm
from .guides import Audience, GuideCountry, GuideIndexPage, RightsGuidePage, Topic
from .sections import LibrarySectionPage

__all__ = [
    "Audience",
    "GuideCountry",
    "GuideIndexPage",
    "RightsGuidePage",
    "Topic",
    "VERIFICATION_MAX_AGE",
    "DirectoryPage",
    "GlossaryPage",
    "GlossaryTerm",
    "LibrarySectionPage",
    "ReferralService",
    "ServiceKind",
]
