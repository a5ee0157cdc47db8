"""The referral directory: find help by country, region and type of service."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from resources.demo import demo_directory_ensure
from resources.models import ReferralService
from resources.pagination import SERVICES_PER_PAGE
from resources.validators import validate_phone_number

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(home_page):
    return demo_directory_ensure(home=home_page)


def make_service(**fields):
    values = {
        "name_en": "Legal help desk",
        "kind": "legal_aid",
        "country": "PH",
        "region_en": "Cebu",
        "live": True,
        "verified_by": "Facilitator team",
        "verified_on": timezone.localdate(),
    }
    values.update(fields)
    service = ReferralService(**values)
    service.full_clean()
    service.save()
    return service


def names(response):
    return [service.name_en for service in response.context["services"]]


@pytest.mark.parametrize(
    "number", ["1288", "117", "+63 2 8123 4567", "(02) 8123-4567", "+855 23 999 999"]
)
def test_real_phone_numbers_are_accepted(number):
    validate_phone_number(number)


@pytest.mark.parametrize(
    "number",
    ["call me", "12", "+63 abc 123", "1" * 16, "0917-123-4567 ext 9", "<script>", "+", "--1234"],
)
def test_anything_else_is_not_a_phone_number(number):
    with pytest.raises(ValidationError) as error:
        validate_phone_number(number)
    assert "digits only" in str(error.value)


def test_an_example_entry_cannot_be_dialled(db):
    with pytest.raises(ValidationError):
        make_service(is_example=True, phone="1288")
    with pytest.raises(ValidationError):
        make_service(is_example=True, website="https://example.org/")
    assert not ReferralService.objects.exists()


def test_demo_entries_cover_three_countries_and_carry_no_contact_details(directory):
    demo_directory_ensure(home=directory.get_parent().specific)
    services = ReferralService.objects.all()
    assert services.count() == 14
    assert set(services.values_list("country", flat=True)) == {"KH", "PH", "VN"}
    assert all(s.is_example and not s.phone and not s.website for s in services)
    for service in services:
        assert service.name_km and service.name_fil and service.name_vi


def test_directory_page_lists_live_services_without_any_tel_link(client, directory):
    response = client.get("/en/help/")
    assert response.status_code == 200
    assert len(response.context["services"]) == 14
    html = response.content.decode()
    assert "tel:" not in html
    assert html.count("Example entry") == 14


def test_unpublished_services_are_not_listed(client, directory):
    make_service(name_en="Draft service", live=False)
    assert "Draft service" not in names(client.get("/en/help/"))


def test_a_verified_service_shows_its_phone_as_a_tel_link(client, directory):
    make_service(name_en="Legal help desk", phone="+63 32 123 4567")
    html = client.get("/en/help/?c=ph").content.decode()
    assert 'href="tel:+63321234567"' in html
    assert "Checked by Facilitator team on" in html


def test_a_service_not_checked_for_a_year_carries_a_warning(client, directory):
    make_service(
        name_en="Old entry", verified_on=timezone.localdate() - datetime.timedelta(days=400)
    )
    make_service(
        name_en="Fresh entry", verified_on=timezone.localdate() - datetime.timedelta(days=10)
    )
    html = client.get("/en/help/?c=ph&r=cebu").content.decode()
    old, fresh = html.split("Old entry")[1], html.split("Fresh entry")[1]
    assert "Not checked in the last 12 months" in old.split("</article>")[0]
    assert "Not checked in the last 12 months" not in fresh.split("</article>")[0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("c=ph", 5),
        ("c=kh&t=1", 1),  # hotline
        ("t=7", 4),  # NGOs in all countries
        ("c=ph&r=cebu", 1),
        ("c=vn&r=ha-noi&t=7", 1),
    ],
)
def test_filters(client, directory, query, expected):
    response = client.get(f"/en/help/?{query}")
    assert len(response.context["services"]) == expected
    assert response.context["filter_error"] is False


def test_region_names_are_shown_in_the_readers_language(client, directory):
    html = client.get("/km/help/?c=vn").content.decode()
    assert '<option value="ha-noi">ហាណូយ</option>' in html
    assert len(client.get("/km/help/?c=vn&r=ha-noi").context["services"]) == 1


@pytest.mark.parametrize(
    "query",
    [
        "c=zz",
        "t=99",
        "c=ph&r=nowhere",
        "c=" + "x" * 10_000,
        "c=%00%01%02",
        "t=1%27%20OR%201%3D1--",
        "c=<script>alert(1)</script>",
    ],
)
def test_bad_filters_show_everything_with_a_translated_message(client, directory, query):
    response = client.get(f"/vi/help/?{query}")
    assert response.status_code == 200
    assert response.context["filter_error"] is True
    assert len(response.context["services"]) == 14
    html = response.content.decode()
    assert "We could not use that filter" not in html
    assert "<script>alert(1)</script>" not in html


def test_filter_values_in_the_url_are_neutral(client, directory):
    html = client.get("/en/help/").content.decode()
    form = html.split('class="filters"')[1].split("</form>")[0]
    for word in ("shelter", "police", "hotline", "counselling"):
        assert f'value="{word}"' not in form


def test_untranslated_names_fall_back_to_english_with_a_note(client, directory):
    make_service(name_en="English only service")
    html = client.get("/km/help/?c=ph&r=cebu").content.decode()
    article = html.split("English only service")[0].rsplit("<article", 1)[1]
    assert 'lang="en"' in article
    assert 'class="fallback-note"' in html.split("English only service")[1].split("</article>")[0]


@pytest.mark.parametrize("count", [10, 1000])
def test_directory_page_costs_the_same_number_of_queries_at_any_size(
    directory, count, django_assert_max_num_queries
):
    ReferralService.objects.all().delete()
    ReferralService.objects.bulk_create(
        ReferralService(
            name_en=f"Service {i}",
            name_km=f"សេវា {i}",
            kind="ngo",
            country=("KH", "PH", "VN")[i % 3],
            region_en=f"Region {i % 7}",
            live=True,
        )
        for i in range(count)
    )
    client = Client()
    client.get("/km/help/?c=kh&t=7")
    with django_assert_max_num_queries(10) as captured:
        response = client.get("/km/help/?c=kh&t=7")
    assert response.context["pages"]["count"] == len(range(0, count, 3))
    assert len(response.context["services"]) == min(count // 3 + 1, SERVICES_PER_PAGE)
    # Site, page, alias check, restrictions, page chrome, regions, the count, the page of
    # services and their translations' status: never per entry.
    assert len(captured.captured_queries) == 10


def test_home_page_leads_to_the_help_directory(client, directory):
    html = client.get("/vi/").content.decode()
    assert 'class="button" href="/vi/help/"' in html
