from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    name = "uploads"
    verbose_name = _("Uploads")

    def ready(self):
        from .images import guard_decoding

        guard_decoding()
