"""Reading offline: the service worker, the "kept on this phone" page and clearing it all.

The service worker is rendered from a template so that it names the hashed static files of
this deployment; its version is a hash of its own text, so a deployment with new static files
replaces the old shell cache.
"""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

# Files every page needs, fetched once when the service worker installs.
SHELL_STATIC = ("css/site.css", "js/quick-exit.js", "js/offline.js", "js/prefs.js")
# Keep at most this many pages a reader opened, per language (saved pages are kept until
# the reader clears them).
KEEP_OPENED = 30


def offline_urls() -> dict[str, str]:
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("home:offline")
    return urls


def service_worker_source() -> str:
    offline = offline_urls()
    context = {
        "languages": json.dumps([code for code, _name in settings.LANGUAGES]),
        "offline_urls": json.dumps(offline),
        "shell_urls": json.dumps([static(name) for name in SHELL_STATIC] + list(offline.values())),
        "static_prefix": json.dumps(settings.STATIC_URL),
        "keep_opened": KEEP_OPENED,
    }
    body = render_to_string("home/sw.js", context)
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    return body.replace("__VERSION__", version)


@require_GET
@cache_control(no_cache=True, max_age=0)
def service_worker(request):
    response = HttpResponse(service_worker_source(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def kept_on_this_phone(request):
    response = render(request, "home/offline.html", {"keep_opened": KEEP_OPENED})
    # The service worker stores this page for when there is no connection.
    response["X-Offline"] = "keep"
    return response


# No CSRF token: clearing only ever removes the caller's own data, and a token would make
# every page that shows the button uncacheable.
@csrf_exempt
@require_POST
def clear_this_phone(request):
    response = render(request, "home/offline_cleared.html")
    # Browsers that support it remove the caches, the service worker and local storage.
    response["Clear-Site-Data"] = '"cache", "storage"'
    response["Cache-Control"] = "no-store"
    return response
