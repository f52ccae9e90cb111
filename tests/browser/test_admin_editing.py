import pytest
from playwright.sync_api import expect

from disorders.models import Disorder
from tests.factories import make_category

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor_page(sign_in, django_user_model):
    django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "a long test password"
    )
    return sign_in("editor", "a long test password")


def test_editor_writes_a_page_in_two_languages_through_tabs_and_editor(live_server, editor_page):
    page = editor_page
    make_category(name_en="Blood cancers")
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console", lambda m: m.type == "error" and "favicon" not in m.text and errors.append(m.text)
    )
    page.goto(live_server.url + "/admin/disorders/disorder/add/")

    page.locator("#id_name_en").press_sequentially("Myelofibrosis")
    assert page.input_value("#id_slug_en") == "myelofibrosis"  # prepopulated from the name
    page.get_by_role("tab", name="NL").first.click()
    page.locator("#id_name_nl").press_sequentially("Myelofibrose")
    assert page.input_value("#id_slug_nl") == "myelofibrose"
    page.fill("#id_summary_en", "A rare bone marrow disorder.")
    page.select_option("#id_category", label="Blood cancers")
    page.select_option("#id_status", "published")

    page.get_by_role("button", name="Add another Section").click()
    section = page.locator("#sections-0")
    section.get_by_role("tab", name="EN").first.click()
    section.locator("#id_sections-0-heading_en").fill("What is it?")
    section.get_by_role("tab", name="EN").nth(1).click()
    section.locator("#tab_id_sections-0-body_en [role=textbox]").fill("English text")
    section.get_by_role("tab", name="NL").first.click()
    section.locator("#id_sections-0-heading_nl").fill("Wat is het?")
    section.get_by_role("tab", name="NL").nth(1).click()
    section.locator("#tab_id_sections-0-body_nl [role=textbox]").fill("Nederlandse tekst")
    page.locator("input[name=_save]").click()

    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    disorder = Disorder.objects.get(slug_en="myelofibrosis")
    section = disorder.sections.get()
    assert (section.heading_nl, section.body_nl) == ("Wat is het?", "<p>Nederlandse tekst</p>")
    assert section.body_en == "<p>English text</p>"
    assert errors == []
