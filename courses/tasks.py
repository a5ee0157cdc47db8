"""Background jobs of the courses app: Celery's autodiscovery imports this module."""

from .certificates.tasks import make_certificate_pdf

__all__ = ["make_certificate_pdf"]
