"""An editor changes a guide and submits it; a reviewer approves it with the checklist in the
admin; only then does the change reach readers."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import StaffScope
from resources.models import RightsGuidePage
from safeguarding.workflow import review_workflow_ensure
from tests.e2e.conftest import BROWSER_TEST, session_cookie

pytestmark = BROWSER_TEST


@pytest.fixture
def people(site, make_user):
    review_workflow_ensure()
    editor = make_user("mai", role="editor", mfa=True)
    reviewer = make_user("ana", role="safeguarding_reviewer", mfa=True)
    translator = make_user("sok", role="translator", mfa=True)
    StaffScope.objects.create(user=translator, languages=["km"])
    return {"editor": editor, "reviewer": reviewer, "translator": translator}


def _as(new_context, site, user):
    context = new_context()
    context.add_cookies(session_cookie(site, user))
    return context.new_page()


def _submit_for_review(page):
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name=re.compile("Submit to Safeguarding review")).click()


def test_a_change_goes_live_only_after_a_reviewer_ticks_the_checklist(
    site, people, new_context, page
):
    guide = RightsGuidePage.objects.live().order_by("path").first()
    old_title = guide.title_en
    editor = _as(new_context, site, people["editor"])
    editor.goto(f"{site.url}/admin/pages/{guide.pk}/edit/")
    editor.locator("#id_title_en").fill("Your rights, reviewed")
    _submit_for_review(editor)
    expect(editor.locator(".messages")).to_contain_text("submitted")

    page.goto(f"{site.url}{guide.url}")
    expect(page.locator("h1")).to_have_text(old_title)

    reviewer = _as(new_context, site, people["reviewer"])
    modal = _open_approval(reviewer, site, "Your rights, reviewed")

    # Without ticking, the modal refuses and says why.
    modal.get_by_role("button", name=re.compile("Approve")).last.click()
    expect(modal).to_contain_text("Confirm this before approving.")
    page.reload()
    expect(page.locator("h1")).to_have_text(old_title)

    _tick_and_approve(reviewer, modal)

    page.reload()
    expect(page.locator("h1")).to_have_text("Your rights, reviewed")
    from safeguarding.models import SafeguardingReviewTaskState

    decision = SafeguardingReviewTaskState.objects.get(status="approved")
    assert decision.finished_by == people["reviewer"]
    assert decision.workflow_state.requested_by == people["editor"]
    assert len(decision.checklist) == 8


def _open_approval(reviewer, site, title):
    """From the dashboard's "Awaiting your review" panel, open the checklist for ``title``."""
    reviewer.goto(f"{site.url}/admin/")
    expect(reviewer.get_by_text("Awaiting your review")).to_be_visible()
    row = reviewer.locator("#awaiting-review-section tr", has_text=title).first
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve with the checklist").click()
    modal = reviewer.locator(".modal-content, [role=dialog]").last
    expect(modal).to_contain_text("Nothing identifies a real child")
    return modal


def _tick_and_approve(reviewer, modal):
    expect(modal.locator("input[type=checkbox]")).to_have_count(8)
    for box in modal.locator("input[type=checkbox]").all():
        box.check()
    modal.get_by_role("button", name=re.compile("Approve")).last.click()
    expect(modal).to_be_hidden()


def test_a_translator_translates_through_a_file_and_khmer_goes_live_after_review(
    site, people, new_context, page, tmp_path
):
    from tests.translation_exchange.conftest import fill

    guide = RightsGuidePage.objects.live().order_by("path").first()
    guide.title_km = ""
    guide.save_revision().publish()  # the Khmer title is now missing
    translator = _as(new_context, site, people["translator"])
    translator.goto(f"{site.url}/admin/translation-files/")
    translator.get_by_label("Section").select_option("guides")
    with translator.expect_download() as download:
        translator.get_by_role("button", name="Download XLIFF file").click()
    exported = download.value.path().read_bytes()
    assert b'trgLang="km"' in exported

    translated = tmp_path / "km.xlf"
    translated.write_bytes(fill(exported, translate=lambda text: f"ក {text}"))
    translator.locator("#id_file").set_input_files(str(translated))
    translator.get_by_role("button", name="Check and import").click()
    expect(translator.locator(".messages")).to_contain_text("submitted for review")

    page.goto(f"{site.url}/km/guides/{guide.slug}/")
    expect(page.locator("h1")).not_to_contain_text("ក ")

    reviewer = _as(new_context, site, people["reviewer"])
    _tick_and_approve(reviewer, _open_approval(reviewer, site, guide.title_en))
    page.reload()
    expect(page.locator("h1")).to_contain_text(f"ក {guide.title_en}")


def test_an_editor_writes_a_new_guide_and_it_goes_live_after_review(
    site, people, new_context, page
):
    from resources.models import GuideIndexPage

    index = GuideIndexPage.objects.get()
    editor = _as(new_context, site, people["editor"])
    editor.goto(f"{site.url}/admin/pages/add/resources/rightsguidepage/{index.pk}/")
    editor.locator("#id_title_en").fill("Saying no to photos")
    editor.locator("#id_audience").select_option("children")
    editor.locator("#id_country").select_option("all")
    editor.locator("#id_topic").select_option("rights")
    editor.locator("#id_summary_en").fill("How to keep your messages and photos private.")
    editor.locator("#id_lawyer_checked_on").fill("2026-11-01")
    body = editor.locator("[data-contentpath='body_en']")
    body.get_by_role("button", name="Insert a block").first.click()
    editor.get_by_role("option", name="Paragraph").first.click()
    paragraph = body.locator(".public-DraftEditor-content").first
    expect(paragraph).to_be_visible()
    paragraph.click()
    paragraph.press_sequentially("You can say no to anyone who asks for photos.")
    # Draftail copies its content into the form's hidden input a moment after typing.
    expect(editor.locator("input[name='body_en-0-value']")).to_have_value(re.compile("say no"))
    editor.get_by_role("tab", name="Promote").click()
    editor.locator("#id_slug").fill("saying-no-to-photos")
    _submit_for_review(editor)
    messages = editor.locator(".messages")
    expect(messages).not_to_be_empty()
    if "submitted" not in messages.inner_text():  # say which field was refused, then fail
        errors = editor.locator(".error-message, .w-field__errors, .help-critical")
        raise AssertionError(f"the guide was refused: {errors.all_inner_texts()}")

    guide = RightsGuidePage.objects.get(slug="saying-no-to-photos")
    assert not guide.live
    assert page.goto(f"{site.url}/en/guides/saying-no-to-photos/").status == 404

    reviewer = _as(new_context, site, people["reviewer"])
    _tick_and_approve(reviewer, _open_approval(reviewer, site, "Saying no to photos"))
    page.goto(f"{site.url}/en/guides/saying-no-to-photos/")
    expect(page.locator("h1")).to_have_text("Saying no to photos")
    expect(page.locator("main")).to_contain_text("You can say no to anyone who asks for photos.")


@pytest.mark.parametrize("lang", ["en", "km", "fil", "vi"])
def test_the_report_form_is_accessible_and_says_what_is_wrong(site, axe_page, lang):
    from tests.e2e.conftest import axe_violations

    guide = RightsGuidePage.objects.live().order_by("path").first()
    axe_page.goto(f"{site.url}/{lang}/guides/{guide.slug}/")
    axe_page.locator("footer a[href*='/report/']").click()
    axe_page.locator("button[type=submit]").last.click()
    expect(axe_page.locator(".field__errors")).to_be_visible()
    assert axe_violations(axe_page) == []
    axe_page.locator("input[type=radio]").first.check()
    axe_page.locator("button[type=submit]").last.click()
    # The thanks page links back to the guide; the report is stored.
    expect(axe_page.locator(f"main a[href$='/guides/{guide.slug}/']")).to_be_visible()
    from safeguarding.models import ProblemReport

    assert ProblemReport.objects.get().language == lang
    assert axe_violations(axe_page) == []
