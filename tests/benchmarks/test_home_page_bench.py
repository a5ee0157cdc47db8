"""The home page: bytes on a first and a repeat visit, and time against a bare view."""

import gzip
import re
import statistics
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

# The design's budget for a public page on a first visit, fonts included.
FIRST_VISIT_BUDGET = 100 * 1024


def bare_view(request):
    return HttpResponse("<!doctype html><title>x</title><p>x</p>")


def assets_of(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)


def font_files(css: str, language: str) -> list[str]:
    # The weights a Khmer page uses (regular text and bold headings).
    if language != "km":
        return []
    return [f"vendor/{m}" for m in re.findall(r"\.\./vendor/([^\"')]+\.woff2)", css)]


@pytest.mark.parametrize("language", ["en", "km", "vi"])
def test_first_and_repeat_visit_weight(home_page, language):
    html = Client().get(f"/{language}/").content.decode()
    files = assets_of(html)
    css = "".join(Path(finders.find(f)).read_text() for f in files if f.endswith(".css"))
    files += font_files(css, language)
    sizes = {"html": len(gzip.compress(html.encode()))}
    for name in files:
        data = Path(finders.find(name)).read_bytes()
        sizes[name] = len(data) if name.endswith(".woff2") else len(gzip.compress(data))
    first = sum(sizes.values())
    repeat = sizes["html"]  # static files are cached for a year under hashed names
    print(f"\n/{language}/ first visit {first / 1024:.1f} KiB, repeat {repeat / 1024:.1f} KiB:")
    for name, size in sizes.items():
        print(f"  {name:<60} {size / 1024:6.1f} KiB")
    assert first <= FIRST_VISIT_BUDGET
    assert repeat <= 30 * 1024


def timed(client, url, rounds):
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        samples.append(time.perf_counter() - start)
        assert response.status_code == 200
    return statistics.median(samples)


@override_settings(ROOT_URLCONF="tests.benchmarks.bench_urls")
def test_home_page_time_against_a_bare_view(home_page, rounds):
    client = Client()
    floor = timed(client, "/bare/", rounds)
    home = timed(client, "/en/", rounds)
    print(
        f"\nmedian of {rounds}: bare view {floor * 1e3:.2f} ms, home page {home * 1e3:.2f} ms,"
        f" ratio {home / floor:.1f}x (DEBUG={settings.DEBUG})"
    )
