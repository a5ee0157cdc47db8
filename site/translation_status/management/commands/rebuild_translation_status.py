from django.core.management.base import BaseCommand

from translation_status.services import translation_status_rebuild


class Command(BaseCommand):
    help = (
        "Recompute translation status for every tracked object from its latest revision "
        "(or the object itself). Safe to run again: what is already known is kept."
    )

    def handle(self, *args, **options):
        counts = translation_status_rebuild()
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count}")
