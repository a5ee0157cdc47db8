from modeltranslation.translator import TranslationOptions, register

from .models import SessionPlanIndexPage, SessionPlanPage


@register(SessionPlanIndexPage)
class SessionPlanIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(SessionPlanPage)
class SessionPlanPageTranslationOptions(TranslationOptions):
    fields = ("summary", "objectives", "activities", "materials", "safeguarding_notes")
