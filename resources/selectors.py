"""Read-only queries for the rights library."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from config.countries import Country

from .forms import KIND_CODES, DirectoryFilterForm
from .models import ReferralService

MAX_PARAM_LENGTH = 20
COUNTRY_CODES = frozenset(Country.values)


@dataclass(frozen=True)
class Region:
    slug: str
    english: str
    label: str


def _english_field(name: str) -> str:
    return build_localized_fieldname(name, settings.LANGUAGE_CODE)


def directory_regions(*, country: str) -> list[Region]:
    """Each region with a live service in ``country``, labelled in the current language."""
    own = build_localized_fieldname("region", get_language() or settings.LANGUAGE_CODE)
    source = _english_field("region")
    columns = (source,) if own == source else (source, own)
    rows = (
        ReferralService.objects.filter(live=True, country=country)
        .exclude(**{source: ""})
        .values_list(*columns)
        .distinct()
        .order_by(source)
    )
    return [Region(slugify(row[0]), row[0], row[-1] or row[0]) for row in rows]


def directory_listing(*, params) -> dict:
    """The directory page's services, filtered by the query, and the filter form."""
    # Anything long or odd is simply not a filter; the form then refuses it politely.
    raw = {key: str(params.get(key, ""))[:MAX_PARAM_LENGTH] for key in ("c", "r", "t")}
    form = DirectoryFilterForm(raw if any(raw.values()) else None)
    country = raw["c"].upper()
    regions = directory_regions(country=country) if country in COUNTRY_CODES else []
    form.set_regions([(region.slug, region.label) for region in regions])

    services = ReferralService.objects.filter(live=True)
    filter_error = form.is_bound and not form.is_valid()
    if form.is_bound and not filter_error:
        data = form.cleaned_data
        if data["c"]:
            services = services.filter(country=data["c"].upper())
        if data["t"]:
            services = services.filter(kind=KIND_CODES[data["t"]])
        if data["r"]:
            english = [region.english for region in regions if region.slug == data["r"]]
            services = services.filter(**{f"{_english_field('region')}__in": english})
    return {
        "services": list(services.order_by("country", "kind", _english_field("name"))),
        "filter_form": form,
        "filter_error": filter_error,
        "is_filtered": form.is_bound and not filter_error,
    }
