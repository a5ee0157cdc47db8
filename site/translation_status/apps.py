from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationStatusConfig(AppConfig):
    name = "translation_status"
    label = "translation_status"
    verbose_name = _("Translation status")

    def ready(self):
        from . import checks, receivers  # noqa: F401  (connects receivers, registers checks)
