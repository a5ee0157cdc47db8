"""The reviewer's modal forms: every checklist question must be confirmed to approve."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import ChecklistItem

COMMENT_MAX = 2000


def _field_name(item: ChecklistItem) -> str:
    return f"item_{item.pk}"


class ApprovalForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea({"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for item in ChecklistItem.objects.filter(active=True):
            self.fields[_field_name(item)] = forms.BooleanField(
                label=item.text,
                required=True,
                error_messages={"required": _("Confirm this before approving.")},
            )
        self.order_fields([name for name in self.fields if name != "comment"] + ["comment"])


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs to change"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea({"rows": 4}),
        error_messages={"required": _("Say what needs to change.")},
    )


def checklist_answers(data: dict) -> list[dict] | None:
    """The answers to store with an approval, or None unless every active question is
    confirmed. The wording is kept in English and in each language, as it was asked."""
    answers = []
    for item in ChecklistItem.objects.filter(active=True):
        if data.get(_field_name(item)) is not True:
            return None
        answers.append(
            {
                "item": item.pk,
                "text": item.text_en,
                "answer": "confirmed",
            }
        )
    return answers or None
