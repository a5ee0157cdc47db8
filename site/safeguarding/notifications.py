"""E-mail to reviewers, sent by a Celery worker so that submitting never waits on SMTP.

A template that cannot be found raises (TemplateDoesNotExist): Wagtail's own notifier
swallows that and sends nothing, which for a safeguarding queue would be silence.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

TEMPLATES = {
    "review_requested": "safeguarding/mail/review_requested",
    "problem_reported": "safeguarding/mail/problem_reported",
}


def reviewers(group_names, *, exclude_user_id=None):
    users = get_user_model().objects.filter(
        is_active=True, groups__name__in=group_names, email__gt=""
    )
    if exclude_user_id is not None:
        users = users.exclude(pk=exclude_user_id)
    return users.distinct().order_by("pk")


def render_message(kind: str, context: dict, language: str) -> tuple[str, str]:
    name = TEMPLATES[kind]
    with translation.override(language):
        subject = render_to_string(f"{name}_subject.txt", context).strip()
        body = render_to_string(f"{name}.txt", context)
    return " ".join(subject.split()), body


def send_to(users, kind: str, context: dict) -> int:
    messages = []
    for user in users:
        language = getattr(getattr(user, "wagtail_userprofile", None), "preferred_language", "")
        subject, body = render_message(kind, context, language or settings.LANGUAGE_CODE)
        messages.append((subject, body, None, [user.email]))
    return send_mass_mail(messages, fail_silently=False) if messages else 0


def on_task_submitted(sender, instance, user=None, **kwargs):
    from .tasks import notify_review_requested

    transaction.on_commit(lambda: notify_review_requested.delay(instance.pk))
