"""Generated display names: friendly, meaningless, and no way to find the person."""

import secrets

from django.utils.translation import gettext_lazy as _

_ADJECTIVES = (_("Blue"), _("Green"), _("Quiet"), _("Bright"), _("Kind"), _("Brave"), _("Calm"))
_NOUNS = (_("Heron"), _("Lotus"), _("River"), _("Mango"), _("Star"), _("Bamboo"), _("Kite"))


def generate_display_name() -> str:
    adjective = secrets.choice(_ADJECTIVES)
    noun = secrets.choice(_NOUNS)
    # Translators reorder the parts (Vietnamese puts the adjective after the noun).
    return _("%(adjective)s %(noun)s %(number)s") % {
        "adjective": adjective,
        "noun": noun,
        "number": secrets.randbelow(90) + 10,
    }
