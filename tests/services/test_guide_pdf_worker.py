"""Guide PDFs are made by a real Celery worker, through Redis, when a guide is published.

Runs only in the services suite (RIGHTSPATH_SERVICES=1, `make test-services`).
"""

import time

import pytest
from django.core.files.storage import default_storage

from resources.models import GuidePdf
from tests.guides import add_guide
from tests.helpers import LANGUAGES

pytestmark = pytest.mark.services


def test_worker_makes_the_pdfs_of_a_published_guide(celery_worker_process, index):
    # Autocommit: the publish commits at once, and its commit callback queues the jobs.
    guide = add_guide(index, title_km="សិទ្ធិរបស់អ្នក")
    guide.refresh_from_db()
    made = GuidePdf.objects.filter(page=guide, revision_id=guide.live_revision_id).exclude(file="")
    deadline = time.monotonic() + 120
    while made.count() < len(LANGUAGES):
        if celery_worker_process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the worker made {made.count()} of {len(LANGUAGES)} PDFs")
        time.sleep(0.5)
    names = [record.file.name for record in made]
    try:
        for record in made:
            with default_storage.open(record.file.name, "rb") as handle:
                assert handle.read(5) == b"%PDF-"
    finally:
        # Deleting the records deletes their files (the test shares MEDIA_ROOT with the worker).
        GuidePdf.objects.filter(page=guide).delete()
    assert not any(default_storage.exists(name) for name in names)
