from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resources")

    def ready(self):
        from . import receivers  # noqa: F401  (connects the signal receivers)
        from .pdf_receivers import guide_published  # noqa: F401  (PDFs follow publishing)
