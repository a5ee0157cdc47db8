"""What counts as a change of text: words, never the editors' bookkeeping."""

import json

import pytest

from tests.translation_status.helpers import revise, rows
from translation_status.hashing import canonical_text, text_hash
from translation_status.models import Status


def test_rich_text_block_keys_and_empty_paragraphs_are_not_text():
    keyed = canonical_text('<p data-block-key="a1b2c">Safe</p>', stream=False, rich=True)
    assert keyed == canonical_text('<p data-block-key="zz9">Safe</p>', stream=False, rich=True)
    assert keyed == "<p>Safe</p>"
    assert canonical_text("<p></p>", stream=False, rich=True) == ""
    assert canonical_text('<p data-block-key="x"></p>', stream=False, rich=True) == ""
    assert canonical_text("   ", stream=False) == ""
    assert canonical_text("<p></p>", stream=False) == "<p></p>", "plain text is kept as written"


def test_stream_json_is_canonical_whatever_the_spacing_order_or_block_ids():
    a = [{"type": "paragraph", "value": "<p>Hi</p>", "id": "1"}]
    b = '[{"id": "2", "value": "<p>Hi</p>",   "type": "paragraph"}]'
    assert canonical_text(a, stream=True) == canonical_text(b, stream=True)
    assert canonical_text([], stream=True) == canonical_text("[]", stream=True) == ""
    assert canonical_text(a, stream=True) == json.dumps(
        [{"type": "paragraph", "value": "<p>Hi</p>"}], sort_keys=True
    )


def test_hashes_are_sha256_of_the_text():
    assert text_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert text_hash("") == ""


@pytest.mark.django_db
def test_an_empty_rich_text_translation_is_missing(home_page, editor):
    revise(home_page, user=editor, body_km="<p></p>", body_en="<p>Every child matters.</p>")
    assert rows(home_page)["body", "km"].status == Status.MISSING
