from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live, public page in every language, each with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        from .page_listing import publicly_listed

        # Facilitators' pages (session plans) are live but never listed.
        return publicly_listed(Page.objects.live().public().filter(depth__gt=1)).order_by("path")

    def location(self, item):
        # Resolved under translation.override(lang) by Django, so the prefix follows it.
        return item.get_url_parts()[2]

    def lastmod(self, item):
        return item.last_published_at
