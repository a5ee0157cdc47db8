"""Requests per second against the live server, next to the references of the same run.

A page is compared with a static file of the same bytes (the floor of what the server can
do) and a bare Django view returning the same bytes through the whole middleware stack
(the floor of what Django can do), all served by the same live server in the same run.
Figures are printed as ratios; nothing asserts on time (DESIGN.md, "Performance habits").
"""

import statistics
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.test import override_settings

# What the bare view at /same-size/ (tests.benchmarks.bench_urls) returns.
SAME_SIZE = {"body": b""}
STATIC_PREFIX = "bench-same-size"


def same_size_view(request):
    return HttpResponse(SAME_SIZE["body"], content_type="text/html; charset=utf-8")


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url) as response:  # noqa: S310 (the live server)
        return response.read()


def requests_per_second(url: str, rounds: int) -> float:
    fetch(url)  # warm up (and fill the page cache when it is on)
    start = time.perf_counter()
    for _ in range(rounds):
        fetch(url)
    return rounds / (time.perf_counter() - start)


@contextmanager
def static_file_of(body: bytes):
    """Serve ``body`` as a static file by the live server; yield its path."""
    with tempfile.TemporaryDirectory() as directory:
        (Path(directory) / "page.html").write_bytes(body)
        dirs = [*settings.STATICFILES_DIRS, (STATIC_PREFIX, directory)]
        with override_settings(STATICFILES_DIRS=dirs):  # the finders' cache is cleared
            yield f"{settings.STATIC_URL}{STATIC_PREFIX}/page.html"


def page_against_references(
    live_server, settings, path: str, rounds: int, blocks: int = 5
) -> dict[str, float]:
    """Requests per second for ``path`` uncached and cached, a static file of its bytes and
    the bare view returning them; printed as ratios to the bare view. The machine is noisy,
    so the four are measured in turns, ``blocks`` times, and each figure is the median of its
    turns. The caller sets ROOT_URLCONF to tests.benchmarks.bench_urls (for /same-size/)."""
    settings.PAGE_CACHE_SECONDS = 0
    body = fetch(f"{live_server.url}{path}")
    SAME_SIZE["body"] = body
    per_block = max(1, rounds // blocks)
    with static_file_of(body) as static_path:
        assert fetch(f"{live_server.url}{static_path}") == body
        assert fetch(f"{live_server.url}/same-size/") == body
        targets = {  # label: (path, PAGE_CACHE_SECONDS)
            "static file, same bytes": (static_path, 0),
            "bare Django view, same bytes": ("/same-size/", 0),
            "page, uncached": (path, 0),
            "page, cached": (path, 3600),
        }
        samples: dict[str, list[float]] = {label: [] for label in targets}
        for _block in range(blocks):
            for label, (target, seconds) in targets.items():
                settings.PAGE_CACHE_SECONDS = seconds
                samples[label].append(requests_per_second(f"{live_server.url}{target}", per_block))
    settings.PAGE_CACHE_SECONDS = 0
    figures = {label: statistics.median(values) for label, values in samples.items()}
    print(
        f"\n{path} ({len(body):,} bytes), one client, median of {blocks} interleaved runs "
        f"of {per_block} requests each:"
    )
    print_figures(figures)
    return figures


def print_figures(figures: dict[str, float]) -> None:
    bare = figures["bare Django view, same bytes"]
    order = ["static file, same bytes", "bare Django view, same bytes"]
    for label in [*order, *(label for label in figures if label not in order)]:
        value = figures[label]
        print(f"  {label:<40} {value:8.0f} req/s   {value / bare:5.2f}x bare view")
    cached, uncached = figures["page, cached"], figures["page, uncached"]
    print(f"  the cache serves {cached / uncached:.1f}x the uncached rate")
