"""Stored problems are shown again in the reader's language, with their values filled in."""

import json
import re

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from courses.h5p.problems import problem, record_of, shown_message

TEMPLATE = _(
    "The content loads %(url)s from %(host)s, which is not on this site's list of allowed "
    "external sites."
)
KHMER = re.compile("[\u1780-\u17ff]")


def test_a_record_keeps_the_english_message_the_template_and_its_values():
    with translation.override("km"):
        record = record_of(
            problem("external_host", TEMPLATE, "/video/0/path", url="https://e.org/v", host="e.org")
        )
    assert json.loads(json.dumps(record)) == record
    assert record["message"].startswith("The content loads https://e.org/v from e.org")
    assert record["params"] == {"path": "/video/0/path", "url": "https://e.org/v", "host": "e.org"}


def test_a_stored_problem_is_shown_in_the_readers_language():
    record = record_of(problem("external_host", TEMPLATE, "", url="https://e.org/v", host="e.org"))
    with translation.override("km"):
        shown = shown_message(record)
    assert KHMER.search(shown) and "https://e.org/v" in shown and "e.org" in shown
    with translation.override("en"):
        assert shown_message(record) == record["message"]


def test_a_damaged_record_falls_back_to_its_english_message():
    record = record_of(problem("external_host", TEMPLATE, "", url="https://e.org/v", host="e.org"))
    record["params"] = {"url": "x"}  # "host" is missing
    with translation.override("km"):
        assert shown_message(record) == record["message"]
    assert shown_message({"code": "x", "message": ""}) == ""
