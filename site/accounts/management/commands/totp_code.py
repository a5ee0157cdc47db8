import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Print the current sign-in code of a demo account (development only)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("Only available in development (DEBUG=True).")
        totp = Authenticator.objects.filter(
            user__username=username, type=Authenticator.Type.TOTP
        ).first()
        if totp is None:
            raise CommandError(f"{username} has no authenticator.")
        counter = int(time.time()) // 30
        self.stdout.write(format_hotp_value(hotp_value(decrypt(totp.data["secret"]), counter)))
