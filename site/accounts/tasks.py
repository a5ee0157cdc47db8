from celery import shared_task

from .services import reset_codes_purge_expired


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def purge_expired_reset_codes() -> int:
    """Delete reset codes past their expiry; used ones stay until they expire too."""
    return reset_codes_purge_expired()
