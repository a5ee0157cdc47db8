"""The H5P player's own words (H5P core ``l10n``), in our catalogs and so in every language.

H5P core shows a few words of its own around any content: the fullscreen button, the rights
of use dialog, the "connection lost" dialog, confirmations. h5p-standalone has them in English
only; its ``translations`` option replaces them. Only the ones a learner can meet are here
(our player has no download, embed or reuse buttons). The words of a content type ("Check",
"Retry") are not here: they live in the package's content.json (see activity_texts.py).
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

STRINGS = {
    "fullscreen": _("Fullscreen"),
    "disableFullscreen": _("Leave fullscreen"),
    "copyrights": _("Rights of use"),
    "copyrightInformation": _("Rights of use"),
    "close": _("Close"),
    "title": _("Title"),
    "author": _("Author"),
    "year": _("Year"),
    "source": _("Source"),
    "license": _("Licence"),
    "noCopyrights": _("No copyright information is available for this content."),
    "contentChanged": _("This activity has changed since you last used it."),
    "startingOver": _("You will be starting over."),
    "by": _("by"),
    "showMore": _("Show more"),
    "showLess": _("Show less"),
    "subLevel": _("Sublevel"),
    "confirmDialogHeader": _("Please confirm"),
    "confirmDialogBody": _("Please confirm that you want to go on. You cannot undo this."),
    "cancelLabel": _("Cancel"),
    "confirmLabel": _("Confirm"),
    "licenseU": _("Undisclosed"),
    "licenseC": _("Copyright"),
    "licensePD": _("Public domain"),
    "connectionLost": _(
        "The connection was lost. Your results will be kept and sent when you are back online."
    ),
    "connectionReestablished": _("The connection is back."),
    "resubmitScores": _("Trying to send the results that were kept."),
    "offlineDialogHeader": _("The connection to the server was lost"),
    "offlineDialogBody": _(
        "We could not send your results for this task. Please check your internet connection."
    ),
    # Translators: ":num" is a number of seconds; keep ":num" exactly as it is.
    "offlineDialogRetryMessage": _("Trying again in :num…"),
    "offlineDialogRetryButtonLabel": _("Try again now"),
    "offlineSuccessfulSubmit": _("Your results were sent."),
}


def translations(language: str) -> dict:
    """The ``translations`` option of h5p-standalone, in ``language``: {"H5P": {key: text}}."""
    with translation.override(language):
        return {"H5P": {key: str(text) for key, text in STRINGS.items()}}
