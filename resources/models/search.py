"""The search index: one row per published item and language, holding normalised words."""

from django.conf import settings
from django.db import models


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        GUIDE = "guide"
        TERM = "term"
        LESSON = "lesson"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveIntegerField()
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    title = models.CharField(max_length=255)
    summary = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=500)
    # " word word … ": folded words between spaces, so " word" matches at the start of a word.
    words = models.TextField()
    # The same words without spaces, for Khmer queries that ICU splits differently from the text.
    unspaced = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="one_search_entry_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id}:{self.language}"
