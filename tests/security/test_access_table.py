"""The README's access table is the rule: every address is classified into one of its rows,
and the table's columns are the roles that exist (AC-1)."""

import re
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import get_page_models

from tests.security import access_policy as policy

README = Path(__file__).resolve().parents[2] / "README.md"
COLUMNS = (
    "Visitor",
    "Learner",
    "Peer mentor",
    "Facilitator",
    "Safeguarding lead",
    "Editor, translator, reviewer, steward",
    "Site administrator",
)


def access_table() -> dict[str, dict[str, str]]:
    """{area: {column: cell}} from the table under "## Who may see and do what"."""
    text = README.read_text().split("## Who may see and do what", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in text.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    table = {}
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        table[cells[0]] = dict(zip(header[1:], cells[1:], strict=True))
    return table


def routes(resolver=None, prefix="", namespace=""):
    """(path pattern, name with namespace) of every URL pattern."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from routes(entry, prefix + str(entry.pattern), inner or namespace)
        elif isinstance(entry, URLPattern):
            name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
            yield prefix + str(entry.pattern), name


def project_routes():
    language = re.compile(r"^(en|km|fil|vi)/")
    for pattern, name in routes():
        if pattern.startswith(policy.ADMIN_PREFIX):
            continue
        yield language.sub("", pattern), name


def test_the_table_has_one_row_per_area_and_one_column_per_role():
    table = access_table()
    constants = vars(policy).items()
    areas = {value for key, value in constants if key.isupper() and isinstance(value, str)}
    areas.discard(policy.ADMIN_PREFIX)
    assert set(table) == areas
    for area, cells in table.items():
        assert tuple(cells) == COLUMNS, area
        assert all(cells.values()), f"an empty cell in {area}"


def test_every_address_of_the_project_has_a_name_and_an_area():
    unnamed = sorted({pattern for pattern, name in project_routes() if not name})
    assert unnamed == [], f"give these URLs a name and classify them: {unnamed}"
    unclassified = sorted({name for _, name in project_routes()} - set(policy.ROUTES))
    assert unclassified == [], f"classify in tests/security/access_policy.py: {unclassified}"


def test_the_policy_names_no_address_that_is_gone():
    assert sorted(set(policy.ROUTES) - {name for _, name in project_routes()}) == []


def test_the_content_origin_addresses_are_classified():
    from courses.h5p import content_urls

    names = {name for _, name in routes(get_resolver(content_urls))}
    assert names == set(policy.CONTENT_ORIGIN_ROUTES)


def test_every_page_type_is_classified():
    assert {model._meta.label_lower for model in get_page_models()} == set(policy.PAGE_TYPES)


@pytest.mark.parametrize("area", sorted(set(policy.ROUTES.values())))
def test_each_area_of_the_policy_is_a_row_of_the_table(area):
    assert area in access_table()
