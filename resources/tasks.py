"""Background jobs of the rights library."""

from celery import shared_task

from config.languages import LANGUAGE_CODES


@shared_task(
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
    acks_late=True,
    soft_time_limit=120,
    time_limit=180,
)
def generate_guide_pdf(page_id: int, language: str, force: bool = False) -> str | None:
    """Make the PDF of a live guide in one language; returns the stored file name."""
    from .pdf import guide_pdf_generate

    if language not in LANGUAGE_CODES:
        return None  # a stale message from an older configuration: nothing to retry
    record = guide_pdf_generate(page_id=page_id, language=language, force=force)
    return record.file.name if record is not None else None


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5, acks_late=True)
def generate_guide_pdfs(page_id: int, force: bool = False) -> None:
    """One job per language, so a slow or failing language does not hold up the others."""
    for language in LANGUAGE_CODES:
        generate_guide_pdf.delay(page_id, language, force=force)
