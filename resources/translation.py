from modeltranslation.translator import TranslationOptions, register

from .models import DirectoryPage, ReferralService


@register(ReferralService)
class ReferralServiceTranslationOptions(TranslationOptions):
    fields = ("name", "region", "description", "languages_spoken", "opening_hours")


@register(DirectoryPage)
class DirectoryPageTranslationOptions(TranslationOptions):
    fields = ("intro",)
