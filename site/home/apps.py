from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail import signals
        from wagtail.models import Site

        from .page_cache import invalidate_all

        for signal in (
            signals.published,
            signals.unpublished,
            signals.page_unpublished,
            signals.post_page_move,
            signals.page_slug_changed,
        ):
            signal.connect(invalidate_all, dispatch_uid=f"page-cache:{id(signal)}")
        post_save.connect(invalidate_all, sender=Site, dispatch_uid="page-cache:site")
        post_delete.connect(_invalidate_on_delete, dispatch_uid="page-cache:delete")


def _invalidate_on_delete(sender, instance, **kwargs):
    from wagtail.models import DraftStateMixin, Page

    from .page_cache import invalidate_all

    if isinstance(instance, Page | DraftStateMixin):
        invalidate_all()
