"""Background jobs for certificates (registered through courses/tasks.py)."""

from celery import Task, shared_task


class CertificateTask(Task):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        # Called once the retries are used up, not on each retry.
        from .services import certificate_mark_failed

        certificate_id = args[0] if args else kwargs.get("certificate_id")
        if certificate_id is not None:
            certificate_mark_failed(certificate_id)
        super().on_failure(exc, task_id, args, kwargs, einfo)


@shared_task(
    base=CertificateTask,
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=3,
    acks_late=True,
    soft_time_limit=120,
    time_limit=180,
)
def make_certificate_pdf(certificate_id: int) -> str | None:
    """Make the PDF of a certificate in its language; returns the stored file name."""
    from .services import certificate_generate

    certificate = certificate_generate(certificate_id)
    return certificate.pdf.name if certificate is not None else None
