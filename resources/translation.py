from modeltranslation.translator import TranslationOptions, register

from .models import (
    DirectoryPage,
    GlossaryPage,
    GlossaryTerm,
    GuideIndexPage,
    ReferralService,
    RightsGuidePage,
)


@register(ReferralService)
class ReferralServiceTranslationOptions(TranslationOptions):
    fields = ("name", "region", "description", "languages_spoken", "opening_hours")


@register(DirectoryPage)
class DirectoryPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = ("term", "definition")


@register(GlossaryPage)
class GlossaryPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(GuideIndexPage)
class GuideIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(RightsGuidePage)
class RightsGuidePageTranslationOptions(TranslationOptions):
    fields = ("summary", "browser_title", "content_warning", "body")
