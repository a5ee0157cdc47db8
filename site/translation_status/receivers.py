"""Publishing fixes what visitors see a translation against; deleting forgets the rows."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import published

from .services import forget, record_publish
from .tracking import is_tracked


# Wagtail sends ``published`` for pages (after ``page_published``) and for snippets alike.
@receiver(published, dispatch_uid="translation_status:published")
def translations_published(sender, instance, **kwargs):
    if is_tracked(sender):
        record_publish(instance)


@receiver(post_delete, dispatch_uid="translation_status:deleted")
def translations_deleted(sender, instance, **kwargs):
    if is_tracked(sender):
        forget(instance)
