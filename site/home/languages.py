"""Links from the current page to the same page in each language."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    is_current: bool


def language_links(request, *, current: str) -> list[LanguageLink]:
    # Only the path is carried over: a query string may hold something a person typed.
    path = request.path if request is not None else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        links.append(
            LanguageLink(
                code=code,
                name_local=get_language_info(code)["name_local"],
                url=translate_url(path, code),
                is_current=code == current,
            )
        )
    return links
