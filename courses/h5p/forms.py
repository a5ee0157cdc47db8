"""The admin's upload form for H5P packages.

The form turns away a file that is not named .h5p or is too large before intake.receive() sees
it, so an editor reads a message at once and nothing is stored. receive() checks the same
again: the form is for a clear message, not the only guard.
"""

import os

from django import forms
from django.utils.translation import gettext_lazy as _

from .limits import MB, Limits
from .problems import printable


def upload_limits() -> Limits:
    """The limits an upload is held to (one function, so tests can lower them)."""
    return Limits()


class PackageUploadForm(forms.Form):
    file = forms.FileField(
        label=_("H5P package"),
        help_text=_("A single .h5p file exported from H5P."),
        widget=forms.FileInput(attrs={"accept": ".h5p"}),
    )

    def __init__(self, *args, limits: Limits | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.limits = limits or upload_limits()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = os.path.basename((upload.name or "").replace("\\", "/"))
        if not name.lower().endswith(".h5p"):
            raise forms.ValidationError(
                _("“%(name)s” is not an H5P package: its name must end in .h5p."),
                code="not_h5p",
                params={"name": printable(name, 120)},
            )
        if upload.size is None or upload.size > self.limits.max_upload_bytes:
            raise forms.ValidationError(
                _("The package is %(size)s MB; at most %(limit)s MB can be uploaded."),
                code="too_large",
                params={
                    "size": round((upload.size or 0) / MB, 1),
                    "limit": self.limits.max_upload_bytes // MB,
                },
            )
        return upload
