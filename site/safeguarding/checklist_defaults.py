"""The checklist a new installation starts with; administrators change it in the admin."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

DEFAULT_QUESTIONS = (
    _(
        "Nothing identifies a real child or survivor: no name, face, voice, school, village "
        "or story details that could be recognised."
    ),
    _(
        "The language is trauma-informed and never blames the child, and it uses the "
        "terminology of the Luxembourg Guidelines."
    ),
    _("There is no graphic or sexualised imagery, and alternative texts are not graphic."),
    _("A content warning comes before anything about abuse, violence or self-harm."),
    _("The content suits its stated audience and age."),
    _("Legal statements were checked by a qualified person, and the date is recorded."),
    _("Help and referral information is present and was verified."),
    _("Translations are faithful to the English and culturally checked."),
)


def default_checklist_values() -> list[dict]:
    """Each default question with its text in every language of the site."""
    values = []
    for question in DEFAULT_QUESTIONS:
        item = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                item[f"text_{code}"] = str(question)
        values.append(item)
    return values
