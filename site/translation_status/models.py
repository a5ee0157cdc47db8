"""One row per tracked field of a tracked object and target language: is it translated?"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    MISSING = "missing", _("Missing")
    STALE = "stale", _("Needs update")
    CURRENT = "current", _("Up to date")


class Section(models.TextChoices):
    """Where an object belongs on the dashboard (TrackedTranslations.translation_section)."""

    GUIDES = "guides", _("Rights guides")
    GLOSSARY = "glossary", _("Glossary")
    DIRECTORY = "directory", _("Help directory")
    COURSES = "courses", _("Courses")
    SESSIONS = "sessions", _("Session plans")
    PAGES = "pages", _("Site pages")


class FieldTranslation(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    field_name = models.CharField(max_length=100)
    language = models.CharField(max_length=8)
    # Stored, not computed, so that the dashboard counts with one GROUP BY.
    status = models.CharField(max_length=10, choices=Status.choices)
    # The English the translation was made against: its hash decides stale or current, its
    # text lets the translator see what changed since.
    source_hash = models.CharField(max_length=64, blank=True)
    source_text = models.TextField(blank=True)
    # source_hash as of the last publish: the front end compares it with the live English.
    live_source_hash = models.CharField(max_length=64, blank=True)
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    translated_at = models.DateTimeField(null=True, blank=True)
    stale_since = models.DateTimeField(null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    section = models.CharField(max_length=20, choices=Section.choices)
    # Kept here so that listings need no join to the content tables.
    object_title = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = _("field translation")
        verbose_name_plural = _("field translations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field_name", "language"],
                name="one_status_per_field_and_language",
            )
        ]
        indexes = [
            models.Index(fields=["language", "status"], name="translation_language_status"),
            models.Index(fields=["language", "section"], name="translation_language_section"),
        ]

    def __str__(self) -> str:
        return f"{self.object_title} · {self.field_name} · {self.language}: {self.status}"
