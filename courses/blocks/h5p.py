"""Blocks for H5P activities: the texts of an activity, and an activity inside a lesson."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

# Space-separated JSON pointers into content.json ("/question /l10n/checkAnswer"). A RegexBlock,
# not a CharBlock, so the translation exchange copies it from English instead of offering it.
POINTERS = r"^/\S*(?: /\S*)*$"


class ActivityTextBlock(blocks.StructBlock):
    """One text a learner reads in an activity, and every place in content.json that shows it.

    ``text`` is what a translator translates. ``pointers`` and ``html`` are copied from English:
    the served content.json gets the translation (HTML-escaped) at each pointer, wrapped in a
    paragraph when the field holds HTML.
    """

    text = blocks.TextBlock(label=_("text"))
    pointers = blocks.RegexBlock(
        regex=POINTERS,
        label=_("places in the content"),
        error_messages={"invalid": _("Places must be JSON pointers separated by spaces.")},
    )
    html = blocks.BooleanBlock(required=False, label=_("formatted text field"))

    class Meta:
        icon = "doc-full"
        label = _("Activity text")


class ActivityTextsBlock(blocks.StreamBlock):
    text = ActivityTextBlock()


class H5PActivityBlock(blocks.StructBlock):
    """An approved H5P activity, played inside the lesson from the content origin."""

    activity = SnippetChooserBlock("courses.H5PActivity", label=_("activity"))

    def bulk_to_python(self, values):
        """The activities of a lesson with their packages (the block checks that each is ready):
        one query for every package, not one per activity embedded."""
        structs = super().bulk_to_python(values)
        activities = [struct.get("activity") for struct in structs]
        prefetch_related_objects([a for a in activities if a is not None], "package")
        return structs

    class Meta:
        icon = "pick"
        label = _("H5P activity")
        template = "courses/blocks/h5p_activity.html"
