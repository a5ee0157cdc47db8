"""Erasing an account: every record that names the person is removed or anonymised (DL-4).

``account_erase(user=...)`` is the one way an account is deleted, whoever asks: the person
(``/me/delete/``), a facilitator of a cohort they are in, or the retention job. In order:

1. Sessions end everywhere: allauth's UserSession rows and every Django session that holds the
   user's id (found by decoding each stored session, so sessions allauth never tracked go
   too; with ``cached_db`` the cached copy goes with it).
2. Concerns they raised stay with the safeguarding lead (a child's safety may depend on them),
   but without them: ``raised_by`` is emptied and the encrypted note is cleared.
3. Wagtail's log entries point at users without a database constraint (``DO_NOTHING``): those
   by the person lose their author, those about the person's account are deleted, and any
   label, object name or JSON data that spells their username, display name or e-mail is
   rewritten. Revisions lose their author (``SET_NULL``) and have their object names scrubbed
   the same way. Every other ``DO_NOTHING`` or ``PROTECT`` relation to the user model, now
   or added later, is emptied (nullable) or deleted before the user, so deletion never fails.
4. Search indexes (Wagtail's, and the library's SearchEntry) never index people; any entry
   that names them anyway is deleted (and SQLite's FTS index is merged so the words go).
5. Files: certificate PDFs (they print the chosen name) and an admin avatar, if any, are
   deleted from storage once the transaction commits.
6. The user row is deleted; the database cascades to everything they own (profile, e-mail
   addresses, two-step sign-in, reset codes, memberships and consent records, enrolments,
   progress, quiz attempts and answers, H5P statements and results, certificates,
   attendance and its changes, mentor standing, assignments with their conversations and
   change requests). Rows that only mention them as the actor (``SET_NULL``) keep no link.
7. One AuditEvent records "account deleted" under a pseudonym (a keyed hash of the account id,
   so a restored backup can replay the erasure, AL-6): never the username. Earlier audit
   events whose subject was the account get that pseudonym instead of its id.

Nothing here is cached per user (the cache holds anonymous pages and rate-limit counters).
Superusers are never erased by this service.
"""

import hashlib
import hmac
import json
import logging
import re
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.db import connection, models, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

ERASED = "[deleted]"
ACCOUNT_DELETED = "account_deleted"
# Display names shorter than this are not searched for in other people's text: they are
# chosen freely and may be a common word. Matches are whole words only ("ana" spares "banana").
MIN_SCRUB_LENGTH = 5


class ErasureRefused(Exception):
    pass


def account_pseudonym(user_pk) -> str:
    """A stable, keyed stand-in for an account id: the same for the same account, not
    reversible without the key."""
    key = hashlib.sha256(b"rightspath-erasure:" + settings.SECRET_KEY.encode()).digest()
    return "p-" + hmac.new(key, f"user:{user_pk}".encode(), hashlib.sha256).hexdigest()[:30]


def _identifiers(user) -> list[str]:
    from allauth.account.models import EmailAddress

    from accounts.models import Profile

    found = {user.get_username()}
    if user.email:
        found.add(user.email)
    found.update(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    profile = Profile.objects.filter(user=user).first()
    if profile and len(profile.display_name.strip()) >= MIN_SCRUB_LENGTH:
        found.add(profile.display_name.strip())
    return sorted((value for value in found if value), key=len, reverse=True)


def _pattern(identifiers):
    """Any of the identifiers as a whole word, in any case."""
    words = "|".join(re.escape(value) for value in identifiers)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _scrub_text(value: str, pattern) -> str:
    return pattern.sub(ERASED, value)


def _scrub_json(value, pattern):
    if isinstance(value, str):
        return _scrub_text(value, pattern)
    if isinstance(value, list):
        return [_scrub_json(item, pattern) for item in value]
    if isinstance(value, dict):
        return {
            _scrub_text(key, pattern) if isinstance(key, str) else key: _scrub_json(item, pattern)
            for key, item in value.items()
        }
    return value


def _naming(model, field_names, identifiers):
    query = models.Q()
    for name in field_names:
        for identifier in identifiers:
            query |= models.Q(**{f"{name}__icontains": identifier})
    return model.objects.filter(query)


def _scrub_rows(model, text_fields, json_fields, identifiers, pattern) -> int:
    # JSON is stored with non-ASCII characters escaped: look for that spelling too.
    escaped = [json.dumps(value)[1:-1] for value in identifiers]
    rows = _naming(model, text_fields, identifiers) if text_fields else model.objects.none()
    if json_fields:
        rows = rows | _naming(model, json_fields, sorted({*identifiers, *escaped}))
    changed = 0
    for row in rows.distinct():
        for name in text_fields:
            setattr(row, name, _scrub_text(getattr(row, name) or "", pattern))
        for name in json_fields:
            setattr(row, name, _scrub_json(getattr(row, name), pattern))
        model.objects.filter(pk=row.pk).update(
            **{name: getattr(row, name) for name in [*text_fields, *json_fields]}
        )
        changed += 1
    return changed


def _sessions_end(user) -> int:
    """Delete every server-side session of ``user``."""
    from allauth.usersessions.models import UserSession

    engine = import_module(settings.SESSION_ENGINE)
    store_class = engine.SessionStore
    ended = 0
    for user_session in UserSession.objects.filter(user=user):
        store_class(session_key=user_session.session_key).delete()
        ended += 1
    UserSession.objects.filter(user=user).delete()
    get_model_class = getattr(store_class, "get_model_class", None)
    if get_model_class is None:
        return ended  # signed cookies or cache only: nothing stored to scan
    session_model = get_model_class()
    wanted = str(user.pk)
    decoder = store_class()
    for key, data in session_model.objects.values_list("session_key", "session_data").iterator():
        if str(decoder.decode(data).get("_auth_user_id", "")) == wanted:
            store_class(session_key=key).delete()
            ended += 1
    return ended


def _concerns_detach(user) -> None:
    try:
        concern_model = apps.get_model("safeguarding", "Concern")
    except LookupError:
        return
    concern_model.objects.filter(raised_by=user).update(raised_by=None, note_ciphertext="")


def _log_entries(user, identifiers, pattern) -> None:
    from wagtail.models import BaseLogEntry, ModelLogEntry, Revision

    user_type = apps.get_model(settings.AUTH_USER_MODEL)
    from django.contrib.contenttypes.models import ContentType

    user_content_type = ContentType.objects.get_for_model(user_type)
    ModelLogEntry.objects.filter(content_type=user_content_type, object_id=str(user.pk)).delete()
    for model in apps.get_models():
        if issubclass(model, BaseLogEntry):
            model.objects.filter(user_id=user.pk).update(user=None)
            _scrub_rows(model, ["label"], ["data"], identifiers, pattern)
    Revision.objects.filter(content_type=user_content_type, object_id=str(user.pk)).delete()
    _scrub_rows(Revision, ["object_str"], [], identifiers, pattern)


def _other_unlinked_relations(user) -> None:
    """Relations the database will not follow by itself (DO_NOTHING, PROTECT)."""
    for field in user._meta.get_fields(include_hidden=True):
        if not (
            field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one)
        ):
            continue
        if field.on_delete not in (models.DO_NOTHING, models.PROTECT):
            continue
        remote = field.field
        rows = remote.model._base_manager.filter(**{remote.name: user})
        if remote.null:
            rows.update(**{remote.name: None})
        else:
            rows.delete()


def _search_index(identifiers, pattern) -> None:
    from wagtail.search.models import IndexEntry

    from resources.models.search import SearchEntry

    deleted = 0
    for model, fields in (
        (IndexEntry, ["title", "body", "autocomplete"]),
        (SearchEntry, ["title", "summary", "words", "unspaced", "url"]),
    ):
        # The database finds candidates; only whole-word matches go ("ana" spares "banana").
        naming = [
            row["pk"]
            for row in _naming(model, fields, identifiers).values("pk", *fields)
            if any(pattern.search(row[name] or "") for name in fields)
        ]
        deleted += model.objects.filter(pk__in=naming).delete()[0]
    if deleted and connection.vendor == "sqlite":
        table = IndexEntry._meta.db_table + "_fts"
        if table in connection.introspection.table_names():
            with connection.cursor() as cursor:
                # Deleted rows' words stay in FTS5's segments until they are merged.
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # noqa: S608


def _files(user) -> list[str]:
    from wagtail.users.models import UserProfile

    from courses.models import Certificate

    names = list(Certificate.objects.filter(user=user).values_list("pdf", flat=True))
    names += UserProfile.objects.filter(user=user).values_list("avatar", flat=True)
    return [name for name in names if name]


def _files_delete(names) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except Exception:
            logger.warning("could not delete a file of an erased account", exc_info=True)


def account_erase(*, user, actor=None, reason: str = "self") -> str:
    """Erase ``user`` (see the module's docstring); returns the pseudonym it is logged under.

    ``actor`` is who asked (None for the person themselves or the retention job); ``reason``
    is "self", "facilitator" or "retention", kept in the audit event's action.
    """
    if user.is_superuser:
        raise ErasureRefused("superusers are never erased")
    from safeguarding.models import AuditEvent

    user_model = get_user_model()
    pseudonym = account_pseudonym(user.pk)
    with transaction.atomic():
        user = user_model.objects.select_for_update().get(pk=user.pk)
        user_pk = user.pk
        identifiers = _identifiers(user)
        pattern = _pattern(identifiers)
        files = _files(user)
        _sessions_end(user)
        _concerns_detach(user)
        _log_entries(user, identifiers, pattern)
        _search_index(identifiers, pattern)
        _other_unlinked_relations(user)
        AuditEvent.objects.filter(
            object_type__in=("user", "account"), object_id=str(user_pk)
        ).update(object_id=pseudonym)
        user.delete()
        AuditEvent.objects.create(
            actor=actor if actor is not None and actor.pk != user_pk else None,
            action=f"{ACCOUNT_DELETED}:{reason}"[:40],
            object_type="account",
            object_id=pseudonym,
            at=timezone.now(),
        )
        transaction.on_commit(lambda: _files_delete(files))
    return pseudonym
