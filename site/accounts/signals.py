from allauth.account.signals import user_logged_in
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver

from .middleware import mark_session_start
from .services import profile_ensure


@receiver(post_save, sender=get_user_model(), dispatch_uid="accounts.profile_for_new_user")
def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        profile_ensure(user=instance)


@receiver(user_logged_in, dispatch_uid="accounts.session_start")
def record_session_start(sender, request, user, **kwargs):
    mark_session_start(request)
