"""What learners did in H5P activities: every statement received, and a result per activity.

Scores in xAPI statements are asserted by the learner's browser and can be forged, so they are
shown as practice results only: they never complete a lesson, pass a quiz or earn a certificate.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .h5p_activity import H5PActivity


class H5PStatement(models.Model):
    """One xAPI statement, as received for the signed-in learner (append-only).

    ``statement_id`` is the statement's own UUID (the browser makes one when H5P did not), so a
    statement sent twice is stored once.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="statements")
    lesson = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    statement_id = models.UUIDField()
    verb = models.CharField(max_length=32)  # the last segment of a known verb IRI: "answered"
    sub_content_id = models.CharField(max_length=64, blank=True)  # "" for the activity itself
    score_raw = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    score_scaled = models.FloatField(null=True, blank=True)
    completion = models.BooleanField(null=True, blank=True)
    success = models.BooleanField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    # The statement as received, with the actor removed (it is request.user).
    data = models.JSONField(default=dict)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "statement_id"], name="h5p_statement_once")
        ]
        indexes = [models.Index(fields=["activity", "user"])]

    def __str__(self) -> str:
        return f"{self.verb} {self.statement_id}"

    @property
    def is_top_level(self) -> bool:
        return not self.sub_content_id


class H5PResult(models.Model):
    """A learner's results in one activity of one lesson, rolled up from top-level statements."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="results")
    lesson = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    attempts = models.PositiveIntegerField(_("tries"), default=0)
    best_raw = models.FloatField(null=True, blank=True)
    best_max = models.FloatField(null=True, blank=True)
    best_scaled = models.FloatField(null=True, blank=True)
    last_raw = models.FloatField(null=True, blank=True)
    last_max = models.FloatField(null=True, blank=True)
    last_scaled = models.FloatField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    # Always true: the score came from the learner's browser, not from the server.
    client_asserted = models.BooleanField(default=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "activity", "lesson"], name="one_h5p_result_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.best_scaled}"
