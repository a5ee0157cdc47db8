"""The written upload policy (UP-1), read from the UPLOAD_POLICIES setting.

One place says, per upload field, who may upload, which extensions and types, how large, where
the file is stored and how it is served; validators and Wagtail's limits read it from here so
that the numbers cannot drift apart. Read at call time, so ``override_settings`` applies.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class UploadPolicy:
    key: str
    generated: bool = False
    roles: tuple[str, ...] = ()
    # Any one of these permissions (with one of the roles) lets someone upload.
    permissions: tuple[str, ...] = ()
    extensions: tuple[str, ...] = ()
    mime_types: tuple[str, ...] = ()
    max_bytes: int | None = None
    max_unpacked_bytes: int | None = None
    max_pixels: int | None = None
    stored: str = ""
    served: str = ""
    forms: tuple[str, ...] = ()

    def allows_extension(self, extension: str) -> bool:
        """Whether a file with this extension (with or without the dot) may be uploaded."""
        return not self.generated and extension.lower().lstrip(".") in self.extensions


def _build(key: str, entry: dict) -> UploadPolicy:
    try:
        policy = UploadPolicy(key=key, **entry)
    except TypeError as error:
        raise ImproperlyConfigured(f"UPLOAD_POLICIES[{key!r}]: {error}") from None
    uploadable = policy.extensions and policy.max_bytes and policy.roles
    if not policy.generated and not uploadable:
        raise ImproperlyConfigured(
            f"UPLOAD_POLICIES[{key!r}] needs roles, extensions and max_bytes, "
            "or generated=True for files only the app writes."
        )
    if any(ext != ext.lower() or ext.startswith(".") for ext in policy.extensions):
        raise ImproperlyConfigured(f"UPLOAD_POLICIES[{key!r}]: extensions are lower case, no dot.")
    return policy


def all_policies() -> dict[str, UploadPolicy]:
    """Every policy by key: ``"app_label.Model.field"`` or ``"module.Form.field"``."""
    return {key: _build(key, dict(entry)) for key, entry in settings.UPLOAD_POLICIES.items()}


def policy_for(key: str) -> UploadPolicy:
    """The policy for a model field or form field; a form field may be listed by its model's.

    An unknown key is a programming error (a new upload without a written policy), never a
    reason to let the file through.
    """
    policies = all_policies()
    if key in policies:
        return policies[key]
    for policy in policies.values():
        if key in policy.forms:
            return policy
    raise ImproperlyConfigured(f"No entry in UPLOAD_POLICIES for {key!r}.")
