"""The blocks a rights guide is written with."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from config.countries import Country

from .models.directory import ServiceKind


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Points"))

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "resources/blocks/key_points.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.TextBlock(label=_("Answer"), max_length=1200)


class HelpBlock(blocks.StructBlock):
    """Pulls live entries from the referral directory, so guides never copy numbers."""

    country = blocks.ChoiceBlock(choices=Country.choices, label=_("Country"))
    kind = blocks.ChoiceBlock(
        choices=ServiceKind.choices, required=False, label=_("Type of service")
    )

    class Meta:
        icon = "help"
        label = _("Where to get help")
        template = "resources/blocks/help.html"

    def get_context(self, value, parent_context=None):
        from .selectors import services_for_help_block

        context = super().get_context(value, parent_context=parent_context)
        key = (value["country"], value.get("kind") or "")
        # The page fetches the services of all its help blocks at once (see
        # services_for_help_blocks); a block rendered alone asks for its own.
        prefetched = (parent_context or {}).get("help_services") or {}
        if key in prefetched:
            context["services"] = prefetched[key]
        else:
            context["services"] = services_for_help_block(country=key[0], kind=key[1])
        return context


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Text alternative"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "resources/blocks/image.html"


class GuideBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])
    key_points = KeyPointsBlock()
    questions = blocks.ListBlock(
        QuestionBlock(),
        label=_("Questions and answers"),
        template="resources/blocks/questions.html",
    )
    help = HelpBlock()
    image = ImageBlock()
