"""What the site keeps about a person: as little as it can.

Never a birth date, a real name or a phone number. An age band is kept with the date it was
stated, so the learner can be asked to confirm it once a year.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AgeBand(models.TextChoices):
    UNDER_12 = "under_12", _("Under 12 (with an adult)")
    AGE_12_13 = "12_13", _("12–13")
    AGE_14_15 = "14_15", _("14–15")
    AGE_16_17 = "16_17", _("16–17")
    AGE_18_24 = "18_24", _("18–24")
    AGE_25_PLUS = "25_plus", _("25 or older")


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(_("display name"), max_length=40)
    age_band = models.CharField(_("age"), max_length=10, choices=AgeBand.choices, blank=True)
    age_band_stated_on = models.DateField(_("age stated on"), null=True, blank=True)
    # The username reduced to its look-alike skeleton: "paul", "PAUL", "pau1" and "раul"
    # (Cyrillic) all share one, so none can pose as another.
    username_skeleton = models.CharField(max_length=150, unique=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return self.display_name

    def state_age_band(self, band: str) -> None:
        self.age_band = band
        self.age_band_stated_on = timezone.localdate()


class StaffScope(models.Model):
    """Which languages a translator works in and which countries a safeguarding lead covers.

    Countries are config.countries.Country codes.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_scope"
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    countries = models.JSONField(_("countries"), default=list, blank=True)

    class Meta:
        verbose_name = _("staff scope")
        verbose_name_plural = _("staff scopes")

    def __str__(self) -> str:
        return f"{self.user}: {', '.join(self.languages + self.countries)}"


class ResetCode(models.Model):
    """A one-time password reset code, handed over in person instead of by e-mail.

    Only a hash is stored; the code itself is shown once to whoever issued it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reset_codes"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        permissions = [("issue_reset_code", "Can issue one-time password reset codes")]
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self) -> str:
        return f"reset code for {self.user} until {self.expires_at:%Y-%m-%d}"

    def is_usable(self, now=None) -> bool:
        now = now or timezone.now()
        return self.used_at is None and now < self.expires_at
