from django.core.management.base import BaseCommand

from resources.search import index as search_index


class Command(BaseCommand):
    help = "Index every published guide and glossary term again (after moving sections, say)."

    def handle(self, *args, **options):
        count = search_index.rebuild()
        self.stdout.write(f"{count} search entries written.")
