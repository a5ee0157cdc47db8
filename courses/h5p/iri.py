"""The xAPI object IRI of an activity, and reading one back from a statement.

The IRI names the activity, not a place: it is never fetched, so it uses a reserved host
(RFC 6761 ``.invalid``) and the activity's random key, never its database id.
"""

import re
import uuid

BASE = "https://rightspath.invalid/h5p/activity/"
# H5P sub-content ids are UUIDs; our own content type uses them too.
_SUB_CONTENT = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)


def activity_iri(key: uuid.UUID | str) -> str:
    return f"{BASE}{key}"


def sub_content_of(object_id: str, key: uuid.UUID | str) -> str | None:
    """ "" when ``object_id`` is the activity itself, the sub-content id when it is part of it,
    None when it names anything else (another activity, another site, a malformed id)."""
    own = activity_iri(key)
    if object_id == own:
        return ""
    prefix = f"{own}?subContentId="
    if object_id.startswith(prefix) and _SUB_CONTENT.match(object_id[len(prefix) :]):
        return object_id[len(prefix) :].lower()
    return None
