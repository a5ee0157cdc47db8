"""Page types that are never listed to the public.

A page class with ``listed_publicly = False`` (session plans: paralegal.models.session_plans)
is left out of the sitemap and of the home page's sections, whatever its privacy settings in
the admin; its own ``serve`` decides who may read it.
"""

from wagtail.models import get_page_models


def unlisted_page_types() -> tuple[type, ...]:
    return tuple(
        model for model in get_page_models() if getattr(model, "listed_publicly", True) is False
    )


def publicly_listed(pages):
    """``pages`` (a page queryset) without the unlisted page types."""
    unlisted = unlisted_page_types()
    return pages.not_type(*unlisted) if unlisted else pages
