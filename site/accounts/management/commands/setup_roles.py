from django.core.management.base import BaseCommand

from accounts.services import roles_sync


class Command(BaseCommand):
    help = "Create the role groups and give each exactly the permissions in accounts/roles.py."

    def handle(self, *args, **options):
        groups = roles_sync()
        self.stdout.write(f"{len(groups)} roles in place.")
