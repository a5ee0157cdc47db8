from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm, ReferralService


class ReferralServiceViewSet(SnippetViewSet):
    model = ReferralService
    icon = "help"
    menu_label = "Help directory"
    list_display = ["name", "country", "kind", "verified_on", "live"]
    list_filter = ["country", "kind", "is_example"]
    search_fields = ["name"]


register_snippet(ReferralServiceViewSet)


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = "Glossary"
    list_display = ["term", "slug", "live"]
    search_fields = ["term"]


register_snippet(GlossaryTermViewSet)
