"""Languages the site speaks, and the two facts Django gets wrong about them.

Django has no entry for Filipino (``fil``) and names Khmer "Khmer" in its own script.
Registering ``fil`` here (before ``LANGUAGES`` is used) and shipping a compiled ``fil``
catalog in ``locale/`` is what makes Django accept ``/fil/`` at all.
"""

from django.conf.locale import LANG_INFO

EXTRA_LANG_INFO = {
    "fil": {
        "bidi": False,
        "code": "fil",
        "name": "Filipino",
        "name_local": "Filipino",
    },
}

LANGUAGE_CODES = ("en", "km", "fil", "vi")

# Browsers and phones still send the legacy Tagalog tags; CLDR treats them as Filipino.
ACCEPT_LANGUAGE_ALIASES = {"tl": "fil"}


def register_languages() -> None:
    LANG_INFO.update(EXTRA_LANG_INFO)
    LANG_INFO["km"] = {**LANG_INFO["km"], "name_local": "ភាសាខ្មែរ"}
