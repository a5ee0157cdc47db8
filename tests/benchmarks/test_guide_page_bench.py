"""A rights guide: bytes a phone downloads in headless Chromium, and requests per second.

Bytes (asserted: they are sizes, not times). The issue's budgets for a guide, first visit
(HTML, CSS, JS and fonts; images and audio excluded) at most 100 KB, a repeat visit at most
15 KB, the HTML at most 14 KB compressed (KB = 1,000 bytes). Debian's Chromium (never a
downloaded one, see tests/e2e/conftest.py) opens an English and a Khmer guide twice in one
browser context on a phone profile. Every request that reaches the live server is counted
there, whoever made it (the page, or the service worker installing itself), with what the
server sent: headers and body. The test server compresses nothing, while production does
(WhiteNoise's .gz/.br files, the proxy's gzip for HTML), so the budgets apply to the bytes
with each uncompressed text body replaced by its gzip size (level 6); the raw figures are
printed next to them.

Requests per second: the same guide uncached and cached (the anonymous page cache), next to
a static file of the same bytes and a bare Django view returning them (tests/benchmarks/
throughput.py), printed as ratios, plus the uncached rate once the glossary holds 2,000
generated terms (resources.bulk). Nothing asserts on time.
"""

import gzip
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.test import override_settings

from resources.bulk import bulk_content_ensure
from tests.benchmarks.throughput import page_against_references, requests_per_second
from tests.e2e import conftest as e2e

pytestmark = e2e.BROWSER_TEST
# Fixtures shared with the browser tests: Chromium's launch arguments, and the demo site.
browser_type_launch_args = e2e.browser_type_launch_args
site = e2e.site

KB = 1000
FIRST_VISIT_BUDGET = 100 * KB
REPEAT_VISIT_BUDGET = 15 * KB
HTML_BUDGET = 14 * KB
# The demo guide with the most text: a content warning, three "where to get help" blocks,
# and a translation in every language.
GUIDE = "if-your-child-tells-you"
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
COMPRESSIBLE = ("text/", "javascript", "json", "xml", "svg")
EXCLUDED = ("image/", "audio/", "video/")


@dataclass
class Sent:
    """One response, as the live server sent it."""

    path: str
    status: int
    content_type: str
    encoded: bool
    headers: int
    body: bytes = b""

    @property
    def kind(self) -> str:
        for kind, marks in {
            "html": ("text/html",),
            "css": ("text/css",),
            "js": ("javascript",),
            "font": ("font/", "woff"),
            "excluded": EXCLUDED,
        }.items():
            if any(mark in self.content_type for mark in marks):
                return kind
        return "other"

    @property
    def raw(self) -> int:
        return self.headers + len(self.body)

    @property
    def compressed(self) -> int:
        """The bytes with the body compressed, as production sends text."""
        if self.encoded or not any(mark in self.content_type for mark in COMPRESSIBLE):
            return self.raw
        return self.headers + len(gzip.compress(self.body, compresslevel=6))


class Recorder:
    """WSGI wrapper around the live server's application: remembers every response."""

    def __init__(self, app):
        self.app = app
        self.sent: list[Sent] = []
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        record = Sent(environ.get("PATH_INFO", ""), 0, "", False, 0)

        def recording_start_response(status, headers, exc_info=None):
            names = {name.lower(): value for name, value in headers}
            record.status = int(status.split()[0])
            record.content_type = names.get("content-type", "")
            record.encoded = "content-encoding" in names
            # Status line, headers, blank line (the server adds Date and Server: ~60 more).
            record.headers = len(f"HTTP/1.1 {status}\r\n\r\n") + sum(
                len(name) + len(value) + 4 for name, value in headers
            )
            return start_response(status, headers, exc_info)

        result = self.app(environ, recording_start_response)
        return _Body(result, record, self)

    def take(self) -> list[Sent]:
        with self.lock:
            taken, self.sent = self.sent, []
        return taken


class _Body:
    def __init__(self, result, record: Sent, recorder: Recorder):
        self.result, self.record, self.recorder = result, record, recorder

    def __iter__(self):
        chunks = []
        for chunk in self.result:
            chunks.append(chunk)
            yield chunk
        self.record.body = b"".join(chunks)

    def close(self):
        if hasattr(self.result, "close"):
            self.result.close()  # Django's request_finished
        with self.recorder.lock:
            self.recorder.sent.append(self.record)


@pytest.fixture
def recorder(live_server):
    server = live_server.thread.httpd
    app = server.get_app()
    recording = Recorder(app)
    server.set_app(recording)
    yield recording
    server.set_app(app)


def settle(page) -> None:
    """Wait until the page and its service worker (if it installs one) are done."""
    page.wait_for_load_state("networkidle")
    page.evaluate(
        """() => Promise.race([
            'serviceWorker' in navigator ? navigator.serviceWorker.ready : Promise.resolve(),
            new Promise((resolve) => setTimeout(resolve, 3000)),
        ])"""
    )
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)


def summary(sent: list[Sent]) -> dict[str, int]:
    counted = [item for item in sent if item.kind != "excluded"]
    return {
        "raw": sum(item.raw for item in counted),
        "compressed": sum(item.compressed for item in counted),
    }


def print_visit(label: str, sent: list[Sent]) -> None:
    totals = summary(sent)
    print(
        f"  {label}: {totals['compressed'] / KB:.1f} KB as production sends it "
        f"({totals['raw'] / KB:.1f} KB as the test server sent it), {len(sent)} requests"
    )
    for item in sorted(sent, key=lambda item: (item.kind, item.path)):
        note = " (not counted)" if item.kind == "excluded" else ""
        print(
            f"    {item.kind:<6} {item.status} {item.path:<75} "
            f"{item.compressed / KB:6.1f} KB  raw {item.raw / KB:6.1f} KB{note}"
        )


@dataclass
class Visit:
    sent: list[Sent]  # what the server sent
    by_worker: set[str]  # paths only the service worker asked for (its install)

    @property
    def worker(self) -> list[Sent]:
        return [item for item in self.sent if item.path in self.by_worker]


def visit_twice(context, url: str, recorder: Recorder) -> tuple[Visit, Visit]:
    """What the server sent for a first visit and a repeat visit, in one browser context."""
    elsewhere, asked = [], {"page": set(), "worker": set()}

    def watch(request):
        host = urlsplit(request.url).hostname or ""
        if host not in e2e.LOCAL_HOSTS and not request.url.startswith(("data:", "blob:")):
            elsewhere.append(request.url)
        asked["worker" if request.service_worker else "page"].add(urlsplit(request.url).path)

    context.on("request", watch)  # watched, not routed: routing would turn the cache off
    page = context.new_page()
    visits = []
    for _visit in range(2):
        recorder.take()
        asked["page"].clear()
        asked["worker"].clear()
        page.goto(url)
        settle(page)
        visits.append(Visit(recorder.take(), asked["worker"] - asked["page"]))
    assert elsewhere == [], f"the page tried to reach other hosts: {elsewhere}"
    return visits[0], visits[1]


@pytest.mark.parametrize("language", ["en", "km"])
def test_a_guide_fits_the_byte_budgets_in_chromium(site, new_context, recorder, language):
    path = f"/{language}/guides/{GUIDE}/"
    first, repeat = visit_twice(new_context(**PHONE), f"{site.url}{path}", recorder)

    (html,) = [item for item in first.sent if item.path == path]
    assert html.status == 200
    html_compressed = len(gzip.compress(html.body, compresslevel=6))
    fonts = [item.path.rsplit("/", 1)[-1] for item in first.sent if item.kind == "font"]
    print(
        f"\n{path}: HTML {len(html.body) / KB:.1f} KB, {html_compressed / KB:.1f} KB gzipped; "
        f"fonts: {', '.join(fonts) or 'none'}; the service worker's install: "
        f"{summary(first.worker)['compressed'] / KB:.1f} KB in {len(first.worker)} requests"
    )
    print_visit("first visit", first.sent)
    print_visit("repeat visit", repeat.sent)

    assert html_compressed <= HTML_BUDGET
    assert summary(first.sent)["compressed"] <= FIRST_VISIT_BUDGET
    assert summary(repeat.sent)["compressed"] <= REPEAT_VISIT_BUDGET


def test_english_pages_download_at_most_the_khmer_face_the_switcher_needs(
    site, new_context, recorder
):
    """The switcher writes "ភាសាខ្មែរ" on every page so that a Khmer reader can find it on
    any phone. Where the phone has no Khmer font of its own (this Chromium has none; Android
    ships one, which local() picks up), that costs the regular face, and nothing more."""
    context = new_context(**PHONE, service_workers="block")
    page = context.new_page()
    recorder.take()
    page.goto(f"{site.url}/en/guides/{GUIDE}/")
    page.wait_for_load_state("networkidle")
    fonts = [item.path.rsplit("/", 1)[-1] for item in recorder.take() if item.kind == "font"]
    assert all("khmer-400" in name for name in fonts), fonts
    assert len(fonts) <= 1


@pytest.mark.parametrize("language", ["en", "km"])
@override_settings(ROOT_URLCONF="tests.benchmarks.bench_urls")
def test_guide_page_requests_per_second(site, settings, rounds, language):
    path = f"/{language}/guides/{GUIDE}/"
    figures = page_against_references(site, settings, path, rounds)

    # The same page once the glossary holds thousands of words (the guide marks them).
    bulk_content_ensure(terms=2000, announce=False)
    cache.clear()
    settings.PAGE_CACHE_SECONDS = 0
    few = max(5, rounds // 10)  # it can be slow: a tenth of the requests
    more = requests_per_second(f"{site.url}{path}", few)
    bare, uncached = figures["bare Django view, same bytes"], figures["page, uncached"]
    print(
        f"  {'page, uncached, 2,000 more glossary terms':<40} {more:8.1f} req/s   "
        f"{more / bare:5.2f}x bare view ({more / uncached:.2f}x the demo glossary's rate, "
        f"{few} requests)"
    )
