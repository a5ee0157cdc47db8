"""Making rights guides in tests: one published guide with every kind of block."""

import datetime
import json

from django.utils import timezone

from resources.demo import _section_page_ensure, demo_directory_ensure
from resources.models import GuideIndexPage, RightsGuidePage

BODY = [
    {"type": "paragraph", "value": "<p>You have the right to be safe.</p>"},
    {"type": "key_points", "value": {"heading": "Remember", "points": ["It is not your fault."]}},
    {"type": "questions", "value": [{"question": "Who can help?", "answer": "A trusted adult."}]},
    {"type": "help", "value": {"country": "KH", "kind": "hotline"}},
]


def guide_index_ensure(home) -> GuideIndexPage:
    """The guide index under ``home``, with the demo directory its help blocks pull from."""
    demo_directory_ensure(home=home)
    return _section_page_ensure(GuideIndexPage, slug="guides", titles={"en": "Guides"}, home=home)


def add_guide(index, slug="safe", **fields) -> RightsGuidePage:
    values = {
        "title_en": "Your right to be safe",
        "summary_en": "What safety means and who can help.",
        "audience": "children",
        "country": "all",
        "topic": "rights",
        "lawyer_checked_on": timezone.localdate() - datetime.timedelta(days=30),
        "body_en": json.dumps(BODY),
    }
    values.update(fields)
    guide = RightsGuidePage(slug=slug, **values)
    index.add_child(instance=guide)
    guide.save_revision().publish()
    return guide
