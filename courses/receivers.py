"""Lessons join the library's search index when published, and leave it when unpublished."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_unpublished, published

from resources.search import index as search_index

from .models import LessonPage

search_index.register_page_kind("lesson", LessonPage)


@receiver(published, sender=LessonPage, dispatch_uid="courses:lesson-published")
@receiver(page_unpublished, sender=LessonPage, dispatch_uid="courses:lesson-unpublished")
def lesson_changed(sender, instance, **kwargs):
    search_index.index_page("lesson", instance)


@receiver(post_delete, sender=LessonPage, dispatch_uid="courses:lesson-deleted")
def lesson_deleted(sender, instance, **kwargs):
    search_index.remove("lesson", instance.pk)
