"""Asking for a certificate, making its PDF, and switching its check page on and off."""

from __future__ import annotations

import logging
import secrets

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from ..models import Certificate, CertificateStatus, Enrolment
from ..models.certificates import new_code

logger = logging.getLogger(__name__)

PDF_FOLDER = "certificates"


class CertificateRefused(Exception):
    """The learner has not completed this course."""


def completed_enrolment(*, user, course) -> Enrolment | None:
    return Enrolment.objects.filter(user=user, course=course, completed_at__isnull=False).first()


def certificate_of(*, user, course) -> Certificate | None:
    return Certificate.objects.filter(user=user, course=course).first()


def certificate_verifiable(code: str) -> Certificate | None:
    """The certificate a check page may show; None for unknown, revoked or private codes."""
    if not code:
        return None
    return (
        Certificate.objects.filter(code=code, verification_on=True, revoked_at__isnull=True)
        .select_related("course")
        .first()
    )


def _set_verification(certificate: Certificate, on: bool) -> None:
    if on and not certificate.verifiable:
        # A fresh code every time checking is turned on: links given out before stay dead.
        certificate.code = new_code()
        certificate.verification_on = True
        certificate.revoked_at = None
    elif not on and certificate.verifiable:
        certificate.verification_on = False
        certificate.revoked_at = timezone.now()


def certificate_request(
    *, user, course, printed_name: str, language: str, verification_on=None, show_name=None
) -> Certificate:
    """Create or update the learner's one certificate of ``course`` and queue its PDF.

    ``verification_on`` and ``show_name`` left as None keep what the certificate has.
    """
    with transaction.atomic():
        # Locking the enrolment orders two requests at once: the second updates the first's
        # certificate instead of making another.
        enrolment = (
            Enrolment.objects.select_for_update()
            .filter(user=user, course=course, completed_at__isnull=False)
            .first()
        )
        if enrolment is None:
            raise CertificateRefused
        certificate = certificate_of(user=user, course=course)
        if certificate is None:
            certificate = Certificate(
                user=user,
                course=course,
                issued_on=timezone.localdate(enrolment.completed_at),
            )
        certificate.printed_name = printed_name
        certificate.language = language
        certificate.status = CertificateStatus.PREPARING
        if verification_on is not None:
            _set_verification(certificate, bool(verification_on))
        if show_name is not None:
            certificate.show_name = bool(show_name)
        certificate.save()
        transaction.on_commit(lambda: certificate_enqueue(certificate.pk))
    return certificate


def certificate_enqueue(certificate_id: int) -> bool:
    """Ask the workers for the PDF; a broker that is down leaves it "being prepared"."""
    from .tasks import make_certificate_pdf

    try:
        make_certificate_pdf.delay(certificate_id)
    except Exception:
        # The broker is down, or (Celery run in the request) the job failed here: either
        # way no PDF is coming, and the learner's page says so and lets them ask again.
        logger.exception("could not queue certificate %s", certificate_id)
        certificate_mark_failed(certificate_id)
        return False
    return True


def certificate_verification_set(certificate: Certificate, *, on: bool) -> Certificate:
    """Turn the check page on (with a new code) or off (revoked: the code is dead)."""
    _set_verification(certificate, on)
    certificate.save(update_fields=["code", "verification_on", "revoked_at"])
    return certificate


def certificate_show_name_set(certificate: Certificate, *, show: bool) -> Certificate:
    certificate.show_name = show
    certificate.save(update_fields=["show_name"])
    return certificate


# --- Made by the worker ----------------------------------------------------------------------


def _inputs(certificate: Certificate) -> tuple:
    """What the PDF shows: a request made while it rendered makes it out of date."""
    return (certificate.printed_name, certificate.language, certificate.issued_on)


def _file_delete(name: str) -> None:
    if not name:
        return
    try:
        default_storage.delete(name)
    except Exception:
        logger.warning("could not delete the certificate file %s", name, exc_info=True)


def certificate_generate(certificate_id: int) -> Certificate | None:
    """Render and store the PDF of a certificate as it is now; None if it is gone or changed."""
    from .pdf import certificate_pdf

    certificate = Certificate.objects.select_related("course").filter(pk=certificate_id).first()
    if certificate is None:
        return None
    rendered_from = _inputs(certificate)
    content = certificate_pdf(certificate)
    # Not guessable, and nothing in it about the person or the course.
    name = default_storage.save(f"{PDF_FOLDER}/{secrets.token_hex(16)}.pdf", ContentFile(content))
    discard = name
    try:
        with transaction.atomic():
            current = Certificate.objects.select_for_update().filter(pk=certificate_id).first()
            if current is not None and _inputs(current) == rendered_from:
                discard = current.pdf.name or ""
                current.pdf.name = name
                current.status = CertificateStatus.READY
                current.save(update_fields=["pdf", "status"])
                certificate = current
            else:
                # Deleted, or asked for again with other words: that newer job stores its own.
                certificate = None
    except BaseException:
        _file_delete(name)
        raise
    _file_delete(discard)
    return certificate


def certificate_mark_failed(certificate_id: int) -> None:
    """After the last retry: the learner's page says it could not be made."""
    Certificate.objects.filter(pk=certificate_id, status=CertificateStatus.PREPARING).update(
        status=CertificateStatus.FAILED
    )
