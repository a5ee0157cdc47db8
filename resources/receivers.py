"""Keep what is derived from published content (glossary marks, search index) in step with it."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import (
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from .glossary_marks import forget_words
from .models import GlossaryPage, GlossaryTerm, RightsGuidePage
from .search import index as search_index


@receiver(published, sender=GlossaryTerm, dispatch_uid="resources:glossary-published")
@receiver(unpublished, sender=GlossaryTerm, dispatch_uid="resources:glossary-unpublished")
@receiver(post_delete, sender=GlossaryTerm, dispatch_uid="resources:glossary-deleted")
def glossary_changed(sender, instance, **kwargs):
    forget_words()
    if kwargs.get("signal") is post_delete:
        search_index.remove("term", instance.pk)
    else:
        search_index.index_term(instance)


@receiver(published, sender=RightsGuidePage, dispatch_uid="resources:guide-published")
@receiver(page_unpublished, sender=RightsGuidePage, dispatch_uid="resources:guide-unpublished")
def guide_changed(sender, instance, **kwargs):
    search_index.index_guide(instance)


@receiver(post_delete, sender=RightsGuidePage, dispatch_uid="resources:guide-deleted")
def guide_deleted(sender, instance, **kwargs):
    search_index.remove("guide", instance.pk)


@receiver(post_page_move, dispatch_uid="resources:page-moved")
@receiver(page_slug_changed, dispatch_uid="resources:slug-changed")
@receiver(published, sender=GlossaryPage, dispatch_uid="resources:glossary-page-published")
def addresses_changed(sender, instance, **kwargs):
    """A moved page changes the address of every guide (or term) under it."""
    from wagtail.models import Page

    # Only when the move touches the library: a rebuild reads every guide and term.
    touched = Page.objects.descendant_of(instance, inclusive=True).type(
        *search_index.PAGE_KINDS.values(), GlossaryPage
    )
    if touched.exists():
        search_index.rebuild()
