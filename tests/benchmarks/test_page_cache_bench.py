"""Requests per second for the help directory: uncached, cached, and two references.

All four are served by the same live server in the same run: a static file (the floor of
what the server can do) and a bare Django view returning as many bytes as the page (the
floor of what Django can do). Figures are printed as ratios; nothing asserts on time.
"""

import time
import urllib.request

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from home.demo_content import demo_home_ensure
from resources.demo import demo_directory_ensure
from tests.e2e.conftest import wagtail_base_ensure

PAGE_SIZE = {"bytes": 0}


def same_size_view(request):
    return HttpResponse(b"x" * PAGE_SIZE["bytes"], content_type="text/html")


urlpatterns = [path("bare/", same_size_view), *site_urlpatterns]


def requests_per_second(url: str, rounds: int) -> float:
    urllib.request.urlopen(url).read()  # warm up # noqa: S310
    start = time.perf_counter()
    for _ in range(rounds):
        with urllib.request.urlopen(url) as response:  # noqa: S310
            response.read()
    return rounds / (time.perf_counter() - start)


@pytest.mark.django_db(transaction=True)
@override_settings(ROOT_URLCONF="tests.benchmarks.test_page_cache_bench")
def test_directory_page_requests_per_second(live_server, settings, rounds):
    wagtail_base_ensure()
    demo_directory_ensure(home=demo_home_ensure())
    page_url = f"{live_server.url}/en/help/"
    PAGE_SIZE["bytes"] = len(urllib.request.urlopen(page_url).read())  # noqa: S310

    settings.PAGE_CACHE_SECONDS = 0
    uncached = requests_per_second(page_url, rounds)
    settings.PAGE_CACHE_SECONDS = 3600
    cached = requests_per_second(page_url, rounds)
    static = requests_per_second(f"{live_server.url}/static/css/site.css", rounds)
    bare = requests_per_second(f"{live_server.url}/bare/", rounds)

    print(f"\n/en/help/ ({PAGE_SIZE['bytes']} bytes), {rounds} requests each:")
    for label, value in [
        ("static file", static),
        ("bare Django view, same size", bare),
        ("page, cached", cached),
        ("page, uncached", uncached),
    ]:
        print(f"  {label:<30} {value:8.0f} req/s   {value / bare:5.2f}x bare view")
    print(f"  the cache serves {cached / uncached:.1f}x the uncached rate")
