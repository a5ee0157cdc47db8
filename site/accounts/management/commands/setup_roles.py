from django.core.management.base import BaseCommand

from accounts.services import roles_sync
from safeguarding.workflow import review_workflow_ensure


class Command(BaseCommand):
    help = (
        "Create the role groups with exactly the permissions in accounts/roles.py, and the "
        "safeguarding review workflow."
    )

    def handle(self, *args, **options):
        groups = roles_sync()
        self.stdout.write(f"{len(groups)} roles in place.")
        review_workflow_ensure()
        self.stdout.write("Safeguarding review workflow in place on every page and public snippet.")
