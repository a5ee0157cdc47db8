"""XLIFF 2.0 export and import for offline translators: the round trip and every refusal."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import Revision

from resources.models import RightsGuidePage
from tests.translation_exchange.conftest import NS, X, fill, rewrite, units
from translation_exchange.exporting import export_xliff
from translation_exchange.importing import check_and_import

pytestmark = pytest.mark.django_db


def _import(data, user, language="km"):
    return check_and_import(
        data, language=language, user=user, workflow_for=lambda obj: obj.get_workflow()
    )


def _exported(language="km") -> bytes:
    data, count = export_xliff(section="guides", language=language)
    assert count > 0
    return data


def _revisions(guide) -> int:
    return Revision.objects.filter(object_id=str(guide.pk)).count()


def test_the_export_holds_every_missing_piece_with_rich_text_as_codes(guide):
    data = _exported()
    text = data.decode()
    assert 'srcLang="en"' in text and 'trgLang="km"' in text
    assert "Your right to be safe" in text and "It is not your fault." in text
    assert "Who can help?" in text and "A trusted adult." in text
    # The paragraph's <p> is a code, never a tag.
    assert '<pc id="1">You have the right to be safe.</pc>' in text
    assert "<p>" not in text
    # Choices (the help block's country) are not for translation.
    assert ">KH<" not in text


def test_the_round_trip_creates_a_reviewed_draft_and_nothing_goes_live(guide, translator, client):
    before = _revisions(guide)
    result = _import(fill(_exported()), translator)
    assert result.errors == []
    assert guide.pk in [obj.pk for obj in result.objects]
    guide.refresh_from_db()
    assert _revisions(guide) == before + 1
    draft = guide.get_latest_revision_as_object()
    assert draft.title_km == "ខ្មែរ Your right to be safe"
    assert "<p>ខ្មែរ You have the right to be safe.</p>" in str(draft.body_km.raw_data)
    assert guide.workflow_in_progress, "an import is submitted to the safeguarding review"
    assert guide.title_km in (None, ""), "nothing is live before the review"
    assert "ខ្មែរ Your right" not in client.get(f"/km/guides/{guide.slug}/").content.decode()


def test_an_imported_stream_field_keeps_the_english_structure(guide, translator):
    _import(fill(_exported()), translator)
    draft = RightsGuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    english = [block["type"] for block in draft.body_en.raw_data]
    khmer = [block["type"] for block in draft.body_km.raw_data]
    assert english == khmer
    help_block = draft.body_km.raw_data[-1]
    assert help_block["value"] == {"country": "KH", "kind": "hotline"}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="km">
<file id="f1"><unit id="u"><segment><source>&lol3;</source><target>&lol3;</target>
</segment></unit></file></xliff>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="km">
<file id="f1"><unit id="u"><segment><source>a</source><target>&secret;</target>
</segment></unit></file></xliff>"""


@pytest.mark.parametrize(
    "data", [BILLION_LAUGHS, EXTERNAL_ENTITY, b"", b"not xml at all", b"<xliff/>", b"\xff\xfe<"]
)
def test_hostile_or_broken_xml_is_refused_and_writes_nothing(guide, translator, data):
    before = _revisions(guide)
    result = _import(data, translator)
    assert result.errors == ["This is not an XLIFF 2.0 file exported here, or it is damaged."]
    assert _revisions(guide) == before


def test_a_file_over_5_mb_is_refused(guide, translator):
    data = b"<!-- " + b"x" * (5 * 1024 * 1024) + b" -->"
    assert "larger than 5 MB" in _import(data, translator).errors[0]


def test_a_file_in_another_language_is_refused(guide, translator):
    data = fill(_exported("vi"))
    errors = _import(data, translator, language="km").errors
    assert errors and "not from English into the language you chose" in errors[0]


def test_a_unit_id_pointing_at_another_page_is_refused(guide, index, translator):
    from tests.guides import add_guide

    other = add_guide(index, slug="someone-else")
    data = fill(_exported())

    def point_elsewhere(root):
        unit = root.find(".//x:unit", X)
        parts = unit.get("id").split(".")
        parts[1] = str(other.pk)
        unit.set("id", ".".join(parts))

    before = _revisions(other), _revisions(guide)
    errors = _import(rewrite(data, point_elsewhere), translator).errors
    assert errors == ["Unit 1 was not exported from this site, or its id was changed."]
    assert (_revisions(other), _revisions(guide)) == before


def test_a_unit_whose_english_changed_since_the_export_is_refused(guide, translator):
    data = fill(_exported())
    guide.title_en = "A new English title"
    guide.save_revision().publish()
    errors = _import(data, translator).errors
    assert any(
        "the English of" in error and "changed since the export" in error for error in errors
    )


def test_units_of_deleted_content_are_refused(guide, translator):
    data = fill(_exported())
    guide.delete()
    errors = _import(data, translator).errors
    assert errors and all("no longer exists" in error for error in errors)


def test_content_under_review_is_refused(guide, translator, make_user):
    data = fill(_exported())
    editor = make_user("mai", role="editor")
    guide.save_revision(user=editor)
    guide.get_workflow().start(guide, editor)
    before = _revisions(guide)
    errors = _import(data, translator).errors
    assert any("is being reviewed now" in error for error in errors)
    assert _revisions(guide) == before


def test_an_empty_translation_is_refused(guide, translator):
    data = fill(_exported(), translate=lambda text: "   ")
    errors = _import(data, translator).errors
    assert errors and all("has no translation" in error for error in errors)


def test_a_field_with_units_left_out_is_refused(guide, translator):
    data = _exported()
    count = len(units(data))
    data = fill(data, only=set(range(count - 1)))

    def drop_last(root):
        last = root.findall(".//x:unit", X)[-1]
        last.getparent().remove(last)

    errors = _import(rewrite(data, drop_last), translator).errors
    assert any("part of one field is missing" in error for error in errors)


def _unwrap(parent, element):
    """Remove a code but keep its words."""
    parent.text = (parent.text or "") + "".join(element.itertext()) + (element.tail or "")
    parent.remove(element)


def _in_first_rich_target(change):
    def apply(root):
        for target in root.iterfind(".//x:target", X):
            if target.find("x:pc", X) is not None:
                change(target)
                return

    return apply


@pytest.mark.parametrize(
    "change",
    [
        # A <script> element in the translation.
        lambda target: target.append(target.makeelement(f"{{{NS}}}script")),
        # An HTML tag from another namespace.
        lambda target: target.append(target.makeelement("{http://www.w3.org/1999/xhtml}b")),
        # A code added, and a code removed.
        lambda target: target.append(target.makeelement(f"{{{NS}}}pc", id="99")),
        lambda target: _unwrap(target, target.find("x:pc", X)),
    ],
    ids=["script", "html-tag", "added-code", "removed-code"],
)
def test_markup_that_differs_from_the_english_is_refused(guide, translator, change):
    data = rewrite(fill(_exported()), _in_first_rich_target(change))
    before = _revisions(guide)
    errors = _import(data, translator).errors
    assert any("the markup differs from the English" in error for error in errors), errors
    assert _revisions(guide) == before


def test_a_script_written_as_text_stays_text(guide, translator, client):
    data = fill(_exported(), translate=lambda text: "<script>alert(1)</script>")
    assert _import(data, translator).errors == []
    draft = RightsGuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in str(draft.body_km.raw_data[0]["value"])


def _upload(client, data, language="km"):
    return client.post(
        "/admin/translation-files/",
        {"import": "1", "language": language, "file": SimpleUploadedFile("km.xlf", data)},
    )


def test_the_admin_screen_exports_and_imports(guide, translator):
    client = Client()
    client.force_login(translator)
    download = client.post(
        "/admin/translation-files/", {"export": "1", "section": "guides", "language": "km"}
    )
    assert download.status_code == 200
    assert download["Content-Type"] == "application/xliff+xml"
    response = _upload(client, fill(download.content))
    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.workflow_in_progress


def test_the_admin_screen_refuses_a_50_mb_upload(guide, translator):
    client = Client()
    client.force_login(translator)
    before = _revisions(guide)
    response = _upload(client, b"x" * (50 * 1024 * 1024))
    assert response.status_code == 400
    assert "larger than 5 MB" in response.content.decode()
    assert _revisions(guide) == before


def test_translators_export_and_import_only_their_languages(guide, translator):
    client = Client()
    client.force_login(translator)
    refused = client.post(
        "/admin/translation-files/", {"export": "1", "section": "guides", "language": "vi"}
    )
    assert refused.status_code == 400
    assert _upload(client, fill(_exported("vi")), language="vi").status_code == 400
    guide.refresh_from_db()
    assert not guide.workflow_in_progress


@pytest.mark.parametrize("role", ["learner", "facilitator", "safeguarding_reviewer"])
def test_other_roles_cannot_use_translation_files(guide, make_user, role):
    client = Client()
    client.force_login(make_user(f"{role}-x", role=role, mfa=True))
    client.raise_request_exception = False
    assert client.get("/admin/translation-files/").status_code in (302, 403)


def test_after_the_review_the_khmer_goes_live(guide, translator, make_user, client):
    from safeguarding.models import ChecklistItem

    _import(fill(_exported()), translator)
    guide.refresh_from_db()
    assert "ខ្មែរ Your right" not in client.get(f"/km/guides/{guide.slug}/").content.decode()
    reviewer = make_user("ana", role="safeguarding_reviewer", mfa=True)
    task_state = guide.current_workflow_task_state
    answers = {f"item_{pk}": True for pk in ChecklistItem.objects.values_list("pk", flat=True)}
    task_state.task.specific.on_action(task_state, reviewer, "approve", **answers)
    page = client.get(f"/km/guides/{guide.slug}/").content.decode()
    assert "ខ្មែរ Your right to be safe" in page
    assert "ខ្មែរ You have the right to be safe." in page
