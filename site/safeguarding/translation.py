from modeltranslation.translator import TranslationOptions, register

from .models import ChecklistItem


@register(ChecklistItem)
class ChecklistItemTranslationOptions(TranslationOptions):
    fields = ("text",)
