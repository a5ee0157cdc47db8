"""Reading one statement: what is refused, and what is kept of what is accepted."""

import json
import uuid

import pytest

from courses.h5p.iri import activity_iri
from courses.h5p.xapi import MAX_STORED_BYTES, StatementRefused, parse_statement

KEY = uuid.uuid4()
SUB = str(uuid.uuid4())
ADL = "http://adlnet.gov/expapi/verbs/"


def _statement(**changes) -> dict:
    data = {
        "id": str(uuid.uuid4()),
        "actor": {"mbox": "mailto:child@example.org", "name": "A child"},
        "verb": {"id": f"{ADL}answered", "display": {"en-US": "answered"}},
        "object": {"id": activity_iri(KEY), "objectType": "Activity"},
        "result": {"score": {"min": 0, "max": 4, "raw": 3, "scaled": 0.75}, "completion": True},
    }
    data.update(changes)
    return data


def _parse(data):
    body = data if isinstance(data, bytes) else json.dumps(data).encode()
    return parse_statement(body, KEY)


def _refused(data) -> str:
    with pytest.raises(StatementRefused) as refused:
        _parse(data)
    assert str(refused.value.message)  # a sentence for the learner, never empty
    return refused.value.code


def test_a_statement_is_read_into_clean_values():
    statement = _parse(_statement(context={"language": "km"}))
    assert statement.verb == "answered" and statement.kept and statement.is_top_level
    assert (statement.score_raw, statement.score_max, statement.score_scaled) == (3, 4, 0.75)
    assert statement.completion is True and statement.success is None
    assert statement.language == "km"
    assert "actor" not in statement.data
    assert statement.data["verb"] == {"id": f"{ADL}answered"}


def test_sub_content_is_recognised():
    data = _statement(object={"id": f"{activity_iri(KEY)}?subContentId={SUB.upper()}"})
    statement = _parse(data)
    assert statement.sub_content_id == SUB and not statement.is_top_level


@pytest.mark.parametrize(
    "object_",
    [
        {"id": activity_iri(uuid.uuid4())},
        {"id": f"{activity_iri(KEY)}?subContentId=not-a-uuid"},
        {"id": f"{activity_iri(KEY)}/../other"},
        {"id": "http://h5p.org/anything"},
        {"id": activity_iri(KEY), "objectType": "Agent"},
        {"id": 42},
        {},
        "a string",
    ],
)
def test_an_object_that_is_not_this_activity_is_refused(object_):
    assert _refused(_statement(object=object_)) == "object"


def test_the_verb_is_read_from_its_iri_never_its_display_text():
    data = _statement(verb={"id": f"{ADL}interacted", "display": {"en-US": "completed"}})
    assert _parse(data).verb == "interacted"
    assert _refused(_statement(verb={"display": {"en-US": "completed"}})) == "verb"
    assert _refused(_statement(verb=f"{ADL}answered")) == "verb"


def test_h5p_own_verbs_are_kept_or_dropped():
    consumed = _parse(_statement(verb={"id": "http://activitystrea.ms/schema/1.0/consume"}))
    assert consumed.verb == "consumed" and consumed.kept
    dropped = _parse(_statement(verb={"id": f"{ADL}voided"}))
    assert dropped.verb == "voided" and not dropped.kept and dropped.data == {}


def test_scaled_is_worked_out_when_missing_and_checked_when_given():
    assert _parse(_statement(result={"score": {"min": 0, "max": 3, "raw": 1}})).score_scaled == (
        0.3333
    )
    near = {"score": {"min": 0, "max": 3, "raw": 1, "scaled": 0.33}}
    assert _parse(_statement(result=near)).score_scaled == 0.3333
    far = {"score": {"min": 0, "max": 3, "raw": 1, "scaled": 0.5}}
    assert _refused(_statement(result=far)) == "score"


def test_h5p_unscored_form_is_no_score():
    """H5P core sends {min 0, max 0, raw 0} for content with nothing to score."""
    statement = _parse(_statement(result={"score": {"min": 0, "max": 0, "raw": 0}}))
    assert (statement.score_raw, statement.score_max, statement.score_scaled) == (None,) * 3
    assert not statement.has_score
    assert _refused(_statement(result={"score": {"max": 0, "raw": 0, "scaled": 1}})) == "score"


def test_a_score_without_a_maximum_is_kept_but_cannot_compare():
    statement = _parse(_statement(result={"score": {"raw": 2}}))
    assert statement.score_raw == 2 and statement.score_scaled is None
    assert _refused(_statement(result={"score": {"max": 4}})) == "score"


@pytest.mark.parametrize("flag", ["completion", "success"])
@pytest.mark.parametrize("value", ["true", 1, {}, []])
def test_completion_and_success_must_be_booleans(flag, value):
    assert _refused(_statement(result={flag: value})) == "flags"


def test_a_result_that_is_not_an_object_is_refused():
    assert _refused(_statement(result=[1])) == "malformed"


def test_depth_is_bounded():
    deep = "x"
    for _ in range(25):
        deep = {"a": deep}
    assert _refused(_statement(context={"extensions": deep})) == "malformed"
    assert _refused(b"[" * 30_000 + b"]" * 30_000) == "malformed"
    assert _refused(b'{"a":' * 10_000 + b"1" + b"}" * 10_000) == "malformed"


@pytest.mark.parametrize(
    "text", ['"nul \\u0000 here"', '"lone \\ud800 surrogate"', "9" * 5000, "1e999"]
)
def test_what_no_database_can_store_is_refused(text):
    body = json.dumps(_statement(context={"extensions": {"x": "PLACE"}})).replace('"PLACE"', text)
    assert _refused(body.encode()) == "malformed"


@pytest.mark.parametrize(
    ("language", "kept"),
    [("km", "km"), ("fil-PH", "fil-PH"), ("en-US-x-a", "en-US-x-a"), ("x" * 11, ""), ("<b>", "")],
)
def test_only_a_plain_language_tag_is_kept(language, kept):
    assert _parse(_statement(context={"language": language})).language == kept


def test_people_named_in_the_context_are_not_kept():
    context = {
        "instructor": {"mbox": "mailto:teacher@example.org"},
        "team": {"member": []},
        "contextActivities": {"parent": [{"id": activity_iri(KEY)}]},
    }
    data = _parse(_statement(context=context, authority={"name": "x"})).data
    assert set(data["context"]) == {"contextActivities"}
    assert "authority" not in data


def test_what_is_stored_is_bounded():
    definition = {"description": {"en-US": "y" * 25_000}}
    result = {
        "score": {"min": 0, "max": 4, "raw": 3},
        "response": "z" * 20_000,
        "duration": "PT" + "1" * 100 + "S",
    }
    data = _statement(
        object={"id": activity_iri(KEY), "definition": definition},
        context={"language": "vi", "extensions": {"k": "w" * 10_000}},
        result=result,
    )
    stored = _parse(data).data
    assert len(json.dumps(stored, ensure_ascii=False).encode()) <= MAX_STORED_BYTES
    assert stored["object"] == {"id": activity_iri(KEY)}
    assert stored["context"] == {"language": "vi"}
    assert stored["result"]["score"] == {"min": 0, "max": 4, "raw": 3}
    assert len(stored["result"]["duration"]) <= 32


def test_the_statement_id_is_normalised():
    statement_id = uuid.uuid4()
    statement = _parse(_statement(id=str(statement_id).upper()))
    assert statement.statement_id == statement_id
