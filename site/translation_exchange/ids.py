"""Unit ids: where a piece comes from, which English it was, and proof that we made it.

``<content type>.<object>.<field>.<path>.<hash>.<signature>``: the hash is the start of the
field's English hash at export, so an import can tell when the English changed since; the
signature (HMAC with the site's secret) makes a unit id that this site did not export, for
example one edited to point at another page, fail on import.
"""

from dataclasses import dataclass

from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "rightspath.translation_exchange.unit"
HASH_LENGTH = 12


@dataclass(frozen=True)
class UnitId:
    content_type_id: int
    object_id: str
    field_name: str
    path: str  # "" for a whole field, "3/value/points/1" inside a StreamField
    english_hash: str

    def _body(self) -> str:
        path = self.path.replace("/", ":") or "_"
        return (
            f"{self.content_type_id}.{self.object_id}.{self.field_name}.{path}.{self.english_hash}"
        )

    def sign(self, language: str) -> str:
        return f"{self._body()}.{_signature(self._body(), language)}"

    @property
    def field_key(self) -> tuple[int, str, str]:
        return (self.content_type_id, self.object_id, self.field_name)


def _signature(body: str, language: str) -> str:
    return salted_hmac(SALT, f"{body}|{language}").hexdigest()[:20]


def parse(raw: str, language: str) -> UnitId | None:
    """The unit id, or None when it is malformed or was not signed by this site."""
    parts = (raw or "").split(".")
    if len(parts) != 6 or len(raw) > 300:
        return None
    content_type, object_id, field_name, path, english_hash, signature = parts
    if not (content_type.isdigit() and object_id.isdigit() and field_name.isidentifier()):
        return None
    body = ".".join(parts[:5])
    if not constant_time_compare(signature, _signature(body, language)):
        return None
    return UnitId(
        int(content_type),
        object_id,
        field_name,
        "" if path == "_" else path.replace(":", "/"),
        english_hash,
    )
