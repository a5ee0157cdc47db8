from django import forms
from django.utils.translation import gettext_lazy as _

from config.countries import Country

from .models import Audience, ServiceKind, Topic

# Short, neutral query values: a URL in the browser history should not spell out
# "shelter" or "police" to whoever picks up the phone.
KIND_CODES = {str(index): kind for index, kind in enumerate(ServiceKind.values, start=1)}


class DirectoryFilterForm(forms.Form):
    c = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("All countries"))] + [(v.lower(), n) for v, n in Country.choices],
    )
    r = forms.ChoiceField(label=_("Region"), required=False, choices=[("", _("All regions"))])
    t = forms.ChoiceField(
        label=_("Type of service"),
        required=False,
        choices=[("", _("All types"))]
        + [(code, ServiceKind(kind).label) for code, kind in KIND_CODES.items()],
    )

    def set_regions(self, regions: list[tuple[str, str]]) -> None:
        self.fields["r"].choices = [("", _("All regions")), *regions]


# Numbered codes again: "?t=4" says less to whoever reads the history than "?topic=justice".
AUDIENCE_CODES = {str(i): value for i, value in enumerate(Audience.values, start=1)}
TOPIC_CODES = {str(i): value for i, value in enumerate(Topic.values, start=1)}


class GuideFilterForm(forms.Form):
    a = forms.ChoiceField(
        label=_("Who is it for?"),
        required=False,
        choices=[("", _("Everyone"))]
        + [(code, Audience(value).label) for code, value in AUDIENCE_CODES.items()],
    )
    c = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("All countries"))] + [(v.lower(), n) for v, n in Country.choices],
    )
    t = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        choices=[("", _("All topics"))]
        + [(code, Topic(value).label) for code, value in TOPIC_CODES.items()],
    )
