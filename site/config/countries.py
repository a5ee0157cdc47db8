"""The countries the platform serves."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    CAMBODIA = "KH", _("Cambodia")
    PHILIPPINES = "PH", _("Philippines")
    VIET_NAM = "VN", _("Viet Nam")
