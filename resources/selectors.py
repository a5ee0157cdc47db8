"""Read-only queries for the rights library."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from config.countries import Country
from translation_status.selectors import stale_object_ids

from .collation import initial, sort_key
from .forms import AUDIENCE_CODES, KIND_CODES, TOPIC_CODES, DirectoryFilterForm, GuideFilterForm
from .models import GlossaryTerm, ReferralService, RightsGuidePage
from .pagination import GUIDES_PER_PAGE, SERVICES_PER_PAGE, paginate

MAX_PARAM_LENGTH = 20
HELP_BLOCK_LIMIT = 10
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
    pages = paginate(
        services.order_by("country", "kind", _english_field("name")),
        params=params,
        per_page=SERVICES_PER_PAGE,
        keep=("c", "r", "t"),
    )
    listed = list(pages["page_obj"])
    _mark_stale_translations(listed, ReferralService, ("name", "description"))
    return {
        "services": listed,
        "pages": pages,
        "filter_form": form,
        "filter_error": filter_error,
        "is_filtered": form.is_bound and not filter_error,
    }


def _mark_stale_translations(objects: list, model, fields: tuple[str, ...]) -> None:
    """Set ``translation_is_stale`` on each listed object (one query for the list)."""
    language = get_language() or settings.LANGUAGE_CODE
    english = {}
    for obj in objects:
        shown = {
            name: getattr(obj, _english_field(name)) or ""
            for name in fields
            if getattr(obj, build_localized_fieldname(name, language), "")
        }
        if shown:
            english[str(obj.pk)] = shown
    stale = stale_object_ids(model=model, language=language, english=english)
    for obj in objects:
        obj.translation_is_stale = str(obj.pk) in stale


@dataclass(frozen=True)
class GlossaryEntry:
    slug: str
    term: str
    definition: str
    is_fallback: bool
    is_stale: bool = False  # translated against English that has changed since


def glossary_sections() -> dict:
    """Live terms grouped under their first letter in the current language's order.

    Terms with no translation yet are listed apart, in English, so that the order of the
    reader's alphabet is not broken by words from another one.
    """
    language = get_language() or settings.LANGUAGE_CODE
    own_term = build_localized_fieldname("term", language)
    own_definition = build_localized_fieldname("definition", language)
    term_en, definition_en = _english_field("term"), _english_field("definition")
    # .values() keyed by name: for English the "own" and English columns are the same.
    rows = GlossaryTerm.objects.filter(live=True).values(
        "pk", "slug", term_en, definition_en, own_term, own_definition
    )
    stale = stale_object_ids(
        model=GlossaryTerm,
        language=language,
        english={
            str(row["pk"]): {
                "term": row[term_en],
                **({"definition": row[definition_en]} if row[own_definition] else {}),
            }
            for row in rows
            if row[own_term]
        },
    )
    translated, untranslated = [], []
    for row in rows:
        if row[own_term]:
            definition = row[own_definition] or row[definition_en]
            fell_back = not row[own_definition]
            translated.append(
                GlossaryEntry(
                    row["slug"], row[own_term], definition, fell_back, str(row["pk"]) in stale
                )
            )
        else:
            untranslated.append(GlossaryEntry(row["slug"], row[term_en], row[definition_en], True))
    translated.sort(key=lambda entry: sort_key(entry.term, language))
    untranslated.sort(key=lambda entry: sort_key(entry.term, "en"))
    sections: list[tuple[str, list[GlossaryEntry]]] = []
    for entry in translated:
        letter = initial(entry.term, language)
        if not sections or sections[-1][0] != letter:
            sections.append((letter, []))
        sections[-1][1].append(entry)
    return {"sections": sections, "untranslated": untranslated}


def services_for_help_block(*, country: str, kind: str = "") -> list[ReferralService]:
    services = ReferralService.objects.filter(live=True, country=country)
    if kind:
        services = services.filter(kind=kind)
    return list(services.order_by("kind", _english_field("name"))[:HELP_BLOCK_LIMIT])


def services_for_help_blocks(stream) -> dict[tuple[str, str], list[ReferralService]]:
    """The services of every "where to get help" block in ``stream``, in one query.

    Keyed by (country, kind) as the blocks ask for them; an empty kind means every kind.
    """
    wanted = {
        (child.value["country"], child.value.get("kind") or "")
        for child in stream or []
        if child.block_type == "help"
    }
    if not wanted:
        return {}
    countries = {country for country, _kind in wanted}
    services = ReferralService.objects.filter(live=True, country__in=countries).order_by(
        "kind", _english_field("name")
    )
    found: dict[tuple[str, str], list[ReferralService]] = {key: [] for key in wanted}
    for service in services:
        for key in ((service.country, service.kind), (service.country, "")):
            if key in found and len(found[key]) < HELP_BLOCK_LIMIT:
                found[key].append(service)
    return found


def guide_listing(*, index, params) -> dict:
    """Live guides under ``index``, filtered by audience, country and topic codes."""
    raw = {key: str(params.get(key, ""))[:MAX_PARAM_LENGTH] for key in ("a", "c", "t")}
    form = GuideFilterForm(raw if any(raw.values()) else None)
    guides = RightsGuidePage.objects.child_of(index).live().public()
    filter_error = form.is_bound and not form.is_valid()
    if form.is_bound and not filter_error:
        data = form.cleaned_data
        if data["a"]:
            guides = guides.filter(audience=AUDIENCE_CODES[data["a"]])
        if data["c"]:
            # A guide for all countries belongs in every country's list.
            guides = guides.filter(country__in=[data["c"].upper(), "all"])
        if data["t"]:
            guides = guides.filter(topic=TOPIC_CODES[data["t"]])
    pages = paginate(
        guides.order_by("path"), params=params, per_page=GUIDES_PER_PAGE, keep=("a", "c", "t")
    )
    return {
        "guides": list(pages["page_obj"]),
        "pages": pages,
        "filter_form": form,
        "filter_error": filter_error,
        "is_filtered": form.is_bound and not filter_error,
    }
