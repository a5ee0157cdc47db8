from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParalegalConfig(AppConfig):
    name = "paralegal"
    verbose_name = _("Paralegal")
