"""What a certificate may say: it must never reveal that its holder is a survivor."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from resources.neutral_words import sensitive_words_in


def certificate_title_problems(course) -> dict:
    """Errors for course fields printed on a certificate that name a sensitive subject."""
    errors = {}
    for code, _name in settings.LANGUAGES:
        field = f"certificate_title_{code}"
        printed = getattr(course, field, "") or ""
        if printed and sensitive_words_in(printed):
            errors[field] = _("This is printed on certificates: use neutral words.")
        elif not printed and sensitive_words_in(getattr(course, f"title_{code}", "") or ""):
            errors[field] = _(
                "The title names a sensitive subject: give a neutral name for certificates."
            )
    return errors
