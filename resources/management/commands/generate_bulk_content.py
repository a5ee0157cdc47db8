"""Thousands of generated guides, glossary terms and directory entries, for measuring."""

import argparse
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from resources.bulk import bulk_content_count, bulk_content_ensure, bulk_content_remove


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


class Command(BaseCommand):
    help = (
        "Generate published guides (under the guide index), glossary terms and directory "
        "entries in en, km, fil and vi, for query counts and benchmarks. Adds only what is "
        "missing (the numbers are totals of generated items); --remove deletes everything it "
        "generated and nothing else. Development only (DEBUG=True)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--guides", type=_count, default=2000)
        parser.add_argument("--terms", type=_count, default=2000)
        parser.add_argument("--services", type=_count, default=1000)
        parser.add_argument(
            "--no-signals",
            action="store_true",
            help="do not send `published` for each item: faster, but the search index and "
            "the glossary marks miss the new items until rebuilt or expired",
        )
        parser.add_argument(
            "--remove", action="store_true", help="delete all generated content instead"
        )

    def handle(self, *args, guides, terms, services, no_signals, remove, **options):
        started = time.perf_counter()
        if remove:
            removed = bulk_content_remove()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Removed {removed.guides} guides, {removed.terms} glossary terms and "
                    f"{removed.services} directory entries "
                    f"in {time.perf_counter() - started:.1f} s."
                )
            )
            return
        if not settings.DEBUG:
            raise CommandError("Generated content is for development only (DEBUG=True).")
        try:
            created = bulk_content_ensure(
                guides=guides, terms=terms, services=services, announce=not no_signals
            )
        except LookupError as error:
            raise CommandError(f"{error} Run `make demo` (manage.py seed_demo) first.") from error
        total = bulk_content_count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {created.guides} guides, {created.terms} glossary terms and "
                f"{created.services} directory entries in {time.perf_counter() - started:.1f} s "
                f"(generated in total: {total.guides} / {total.terms} / {total.services})."
            )
        )
