from .directory import VERIFICATION_MAX_AGE, DirectoryPage, ReferralService, ServiceKind
from .glossary import GlossaryPage, GlossaryTerm
from .guides import Audience, GuideCountry, GuideIndexPage, RightsGuidePage, Topic
from .media import GuideAudio, GuidePdf
from .search import SearchEntry
from .sections import LibrarySectionPage

__all__ = [
    "Audience",
    "GuideAudio",
    "GuideCountry",
    "GuidePdf",
    "GuideIndexPage",
    "RightsGuidePage",
    "Topic",
    "VERIFICATION_MAX_AGE",
    "DirectoryPage",
    "GlossaryPage",
    "GlossaryTerm",
    "LibrarySectionPage",
    "ReferralService",
    "SearchEntry",
    "ServiceKind",
]
