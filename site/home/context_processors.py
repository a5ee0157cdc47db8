from django.conf import settings
from django.utils.translation import get_language

from .languages import language_links


def site_chrome(request):
    """What every page's frame needs: the quick-exit target and the language switcher."""
    language = get_language() or settings.LANGUAGE_CODE
    return {
        "quick_exit_url": settings.QUICK_EXIT_URLS.get(language, settings.QUICK_EXIT_URLS["en"]),
        "language_links": language_links(request, current=language),
    }
