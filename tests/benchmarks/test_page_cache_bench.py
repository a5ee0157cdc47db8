"""Requests per second for the help directory: uncached, cached, and two references.

All four are served by the same live server in the same run: a static file of the page's
bytes (the floor of what the server can do) and a bare Django view returning them (the
floor of what Django can do). Figures are printed as ratios; nothing asserts on time.
"""

import pytest
from django.test import override_settings

from home.demo_content import demo_home_ensure
from resources.demo import demo_directory_ensure
from tests.benchmarks.throughput import page_against_references
from tests.e2e.conftest import wagtail_base_ensure


@pytest.mark.django_db(transaction=True)
@override_settings(ROOT_URLCONF="tests.benchmarks.bench_urls")
def test_directory_page_requests_per_second(live_server, settings, rounds):
    wagtail_base_ensure()
    demo_directory_ensure(home=demo_home_ensure())
    page_against_references(live_server, settings, "/en/help/", rounds)
