"""Background jobs of translation status."""

from smtplib import SMTPException

from celery import shared_task


@shared_task(
    autoretry_for=(SMTPException, ConnectionError, TimeoutError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
    acks_late=True,
)
def send_translation_digests() -> int:
    """Daily (CELERY_BEAT_SCHEDULE): each translator hears what became stale in their languages."""
    from .digests import translation_digests_send

    return translation_digests_send()
