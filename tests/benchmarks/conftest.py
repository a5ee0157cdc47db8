"""Benchmarks run only when asked for (`make bench`, or `pytest --benchmarks`).

They print figures and compare them with a reference measured in the same run; they
never assert on wall-clock time.
"""

import pytest


def pytest_addoption(parser):
    parser.addoption("--benchmarks", action="store_true", help="run tests/benchmarks")
    parser.addoption("--bench-rounds", type=int, default=200, help="requests per measurement")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--benchmarks"):
        return
    selected = [item for item in items if "tests/benchmarks/" not in str(item.path)]
    deselected = [item for item in items if "tests/benchmarks/" in str(item.path)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture
def rounds(request):
    return request.config.getoption("--bench-rounds")
