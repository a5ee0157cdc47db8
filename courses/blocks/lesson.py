"""The blocks a lesson is written with."""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from resources.blocks import ImageBlock, KeyPointsBlock

from .h5p import H5PActivityBlock

AUDIO_EXTENSIONS = (".mp3", ".m4a", ".ogg", ".oga", ".opus")
VIDEO_EXTENSIONS = (".mp4", ".webm")


class MediaFileBlock(blocks.StructBlock):
    file = DocumentChooserBlock(label=_("File"))
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What is said, for people who cannot listen or have no data to spare."),
    )
    extensions: tuple[str, ...] = ()

    def clean(self, value):
        value = super().clean(value)
        document = value.get("file")
        name = getattr(document, "filename", "") or ""
        if document and os.path.splitext(name)[1].lower() not in self.extensions:
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(
                        _("Choose a file of one of these types: %(types)s.")
                        % {"types": ", ".join(self.extensions)}
                    )
                }
            )
        return value


class AudioBlock(MediaFileBlock):
    extensions = AUDIO_EXTENSIONS

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "courses/blocks/audio.html"


class VideoBlock(MediaFileBlock):
    extensions = VIDEO_EXTENSIONS

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class QuizLinkBlock(blocks.StructBlock):
    quiz = blocks.PageChooserBlock(page_type="courses.QuizPage", label=_("Quiz"))
    required = blocks.BooleanBlock(
        label=_("Must be passed to complete the lesson"), required=False, default=True
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Quiz")
        template = "courses/blocks/quiz_link.html"


class DiscussBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Prompt"), max_length=600)

    class Meta:
        icon = "group"
        label = _("Discuss in your session")
        template = "courses/blocks/discuss.html"


class LessonBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])
    key_points = KeyPointsBlock()
    image = ImageBlock()
    audio = AudioBlock()
    video = VideoBlock()
    quiz = QuizLinkBlock()
    discuss = DiscussBlock()
    h5p = H5PActivityBlock()
