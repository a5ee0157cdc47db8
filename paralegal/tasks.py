"""Background jobs of the paralegal programme (Celery's autodiscovery imports this module)."""

from celery import shared_task


@shared_task(bind=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=20)
def end_assignments_of_ended_cohorts(self) -> int:
    """Daily (CELERY_BEAT_SCHEDULE): mentoring ends with its cohort."""
    from .services.mentoring import assignments_end_for_ended_cohorts

    return assignments_end_for_ended_cohorts()


@shared_task(bind=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=20)
def apply_retention(self) -> dict:
    """Daily (CELERY_BEAT_SCHEDULE): delete what the RETENTION_* settings no longer allow."""
    from .data.retention import apply_retention as retention_apply

    return retention_apply()
