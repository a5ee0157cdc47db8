"""Make the PDFs of live guides again, e.g. after the PDF template or fonts changed."""

from django.core.management.base import BaseCommand, CommandError

from config.languages import LANGUAGE_CODES
from resources.models import RightsGuidePage


class Command(BaseCommand):
    help = "Regenerate the PDF of every live guide (or of the given ones) in every language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--page", type=int, action="append", dest="pages", help="a guide's page id (repeat)"
        )
        parser.add_argument("--language", choices=LANGUAGE_CODES, action="append", dest="languages")
        parser.add_argument(
            "--now",
            action="store_true",
            help="render in this process instead of queueing jobs for the Celery workers",
        )

    def handle(self, *args, pages=None, languages=None, now=False, **options):
        from resources.pdf import guide_pdf_generate
        from resources.tasks import generate_guide_pdf

        guides = RightsGuidePage.objects.live().order_by("pk")
        if pages:
            guides = guides.filter(pk__in=pages)
            missing = set(pages) - set(guides.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no live guide with id {', '.join(map(str, sorted(missing)))}")
        languages = languages or list(LANGUAGE_CODES)
        count = 0
        for page_id in guides.values_list("pk", flat=True):
            for language in languages:
                if now:
                    guide_pdf_generate(page_id=page_id, language=language, force=True)
                else:
                    generate_guide_pdf.delay(page_id, language, force=True)
                count += 1
        verb = "Made" if now else "Queued"
        self.stdout.write(f"{verb} {count} guide PDF(s).")
