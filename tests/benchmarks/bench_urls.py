"""The site's URLs plus two bare views: the floor of every measurement."""

from django.urls import path

from config.urls import handler400, handler403, handler404, handler500, urlpatterns  # noqa: F401
from tests.benchmarks.test_home_page_bench import bare_view
from tests.benchmarks.throughput import same_size_view

urlpatterns = [path("bare/", bare_view), path("same-size/", same_size_view), *urlpatterns]
