"""Guide PDFs follow publishing: made again when a guide is published, gone when it is not."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import GuidePdf, RightsGuidePage


def generate_on_publish() -> bool:
    """Whether publishing a guide queues its PDFs (GUIDE_PDFS_ON_PUBLISH, if set).

    By default only where a worker runs them. With eager Celery (make run, the test suite)
    jobs run inside the publishing request: four PDFs per publish would slow every publish,
    and every test that seeds guides, for PDFs nobody may ask for. There the first request
    for a PDF makes it instead (``guide_pdf_serve``).
    """
    from config.celery import app

    configured = getattr(settings, "GUIDE_PDFS_ON_PUBLISH", None)
    return not app.conf.task_always_eager if configured is None else bool(configured)


@receiver(page_published, sender=RightsGuidePage, dispatch_uid="resources:guide-pdf-published")
def guide_published(sender, instance, **kwargs):
    from .tasks import generate_guide_pdfs

    if not generate_on_publish():
        return
    page_id = instance.pk
    # After the commit, so the worker reads the new live revision; robust, so a broker that
    # is down never undoes a publish (the first reader's request queues the PDF instead).
    transaction.on_commit(lambda: generate_guide_pdfs.delay(page_id), robust=True)


@receiver(page_unpublished, sender=RightsGuidePage, dispatch_uid="resources:guide-pdf-unpublished")
def guide_unpublished(sender, instance, **kwargs):
    from .pdf import guide_pdfs_delete

    guide_pdfs_delete(page_id=instance.pk)


@receiver(post_delete, sender=GuidePdf, dispatch_uid="resources:guide-pdf-file-deleted")
def guide_pdf_deleted(sender, instance, **kwargs):
    """The file goes with its record (unpublished or deleted guide), once that is committed."""
    from .pdf import guide_pdf_file_delete

    name = instance.file.name
    if name:
        transaction.on_commit(lambda: guide_pdf_file_delete(name=name), robust=True)
