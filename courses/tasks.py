"""Background jobs of the courses app: Celery's autodiscovery imports this module."""

from .certificates.tasks import make_certificate_pdf
from .h5p.tasks import check_h5p_package

__all__ = ["check_h5p_package", "make_certificate_pdf"]
