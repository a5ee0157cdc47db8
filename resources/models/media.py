"""Files attached to a guide per language: audio recordings (uploaded) and PDFs (generated)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..validators import validate_audio_file


def _audio_path(instance, filename: str) -> str:
    # The name the editor gave the file is not kept: it could say what the guide is about.
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"guides/audio/{instance.language}/{instance.page_id or 'new'}.{extension}"


class GuideAudio(Orderable):
    """A recording of a guide read aloud in one language."""

    page = ParentalKey("resources.RightsGuidePage", related_name="audio", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(
        _("audio file"),
        upload_to=_audio_path,
        validators=[validate_audio_file],
        help_text=_("MP3, M4A, OGG, Opus or WAV; at most 20 MB."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("length in minutes"), null=True, blank=True
    )
    # The guide's text in this language when the recording was made (see
    # translation_status.hashing.recording_text_hash): when it differs, the recording is stale.
    text_hash = models.CharField(max_length=64, blank=True, default="", editable=False)

    panels = [FieldPanel("language"), FieldPanel("file"), FieldPanel("duration_minutes")]

    class Meta(Orderable.Meta):
        verbose_name = _("audio recording")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_recording_per_language")
        ]

    def save(self, *args, **kwargs):
        if not self.text_hash and self.page_id:
            from translation_status.hashing import recording_text_hash

            self.text_hash = recording_text_hash(self.page, self.language)
        super().save(*args, **kwargs)


class GuidePdf(models.Model):
    """The PDF of one guide in one language, made in the background from the live revision."""

    page = models.ForeignKey(
        "resources.RightsGuidePage", related_name="pdfs", on_delete=models.CASCADE
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(upload_to="guides/pdf/", blank=True)
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    generated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_pdf_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.page_id}/{self.language}"
