import pytest

from disorders.models import GlossaryTerm
from tests.factories import make_disorder, make_section

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def disorder_with_a_term():
    GlossaryTerm.objects.create(
        slug="myeloid", term_en="myeloid", definition_en="Of the bone marrow's blood-forming cells."
    )
    disorder = make_disorder()
    make_section(disorder, body_en="<p>Leukemia can start in myeloid cells.</p>")
    return disorder


def test_a_definition_opens_in_place_by_keyboard_without_javascript(
    live_server, new_page, disorder_with_a_term
):
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + disorder_with_a_term.get_absolute_url())
    definition = page.locator("#define-myeloid")
    assert not definition.is_visible()
    term = page.get_by_role("button", name="myeloid (what it means)")
    term.focus()
    page.keyboard.press("Enter")
    assert definition.is_visible()
    assert "blood-forming cells" in definition.inner_text()
    assert term.get_attribute("popovertarget") == "define-myeloid"
    page.keyboard.press("Escape")
    assert not definition.is_visible()
    page.keyboard.press("Space")
    assert definition.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "definition__close"
    page.keyboard.press("Enter")
    assert not definition.is_visible()


def _term_button_states(page):
    cdp = page.context.new_cdp_session(page)
    for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("name", {}).get("value") == "myeloid (what it means)":
            return {prop["name"]: prop["value"].get("value") for prop in node["properties"]}
    return None


def test_screen_readers_meet_a_collapsed_button_then_the_definition(
    live_server, page, disorder_with_a_term
):
    page.goto(live_server.url + disorder_with_a_term.get_absolute_url())
    paragraph = page.locator(".section__body p")
    assert _term_button_states(page)["expanded"] is False
    assert "blood-forming" not in paragraph.aria_snapshot()
    page.get_by_role("button", name="myeloid (what it means)").click()
    assert _term_button_states(page)["expanded"] is True
    snapshot = paragraph.aria_snapshot()
    button_at = snapshot.index('button "myeloid (what it means)"')
    assert button_at < snapshot.index("term: myeloid") < snapshot.index("blood-forming cells")
