import json
import re

import pytest
from playwright.sync_api import expect

LANGUAGES = ["en", "nl", "fr"]
PAGES = {
    "home": {"en": "/en/", "nl": "/nl/", "fr": "/fr/"},
    "index": {"en": "/en/disorders/", "nl": "/nl/disorders/", "fr": "/fr/disorders/"},
    "leukemia": {
        "en": "/en/disorders/leukemia/",
        "nl": "/nl/disorders/leukemie/",
        "fr": "/fr/disorders/leucemie/",
    },
    "subtype": {
        "en": "/en/disorders/acute-myeloid-leukemia/",
        "nl": "/nl/disorders/acute-myeloide-leukemie/",
        "fr": "/fr/disorders/leucemie-aigue-myeloide/",
    },
    "appointment": {
        "en": "/en/disorders/leukemia/appointment/",
        "nl": "/nl/disorders/leukemie/afspraak/",
        "fr": "/fr/disorders/leucemie/rendez-vous/",
    },
    "organisations": {
        "en": "/en/organisations/",
        "nl": "/nl/organisations/",
        "fr": "/fr/organisations/",
    },
    "organisations filtered": {
        "en": "/en/organisations/?language=de&region=flanders",
        "nl": "/nl/organisations/?language=nl&disorder=leukemie",
        "fr": "/fr/organisations/?region=wallonia",
    },
    "organisation": {
        "en": "/en/organisations/bloedband-example/",
        "nl": "/nl/organisations/entraide-hemato-wallonie-example/",
        "fr": "/fr/organisations/kom-op-tegen-kanker/",
    },
    "about": {"en": "/en/about/", "nl": "/nl/privacy/", "fr": "/fr/accessibility/"},
    "glossary": {"en": "/en/glossary/", "nl": "/nl/glossary/", "fr": "/fr/glossary/"},
    "reuse": {"en": "/en/reuse/", "nl": "/nl/reuse/", "fr": "/fr/reuse/"},
    "search with results": {
        "en": "/en/search/?q=AML",
        "nl": "/nl/search/?q=beenmerg",
        "fr": "/fr/search/?q=leucemie",
    },
    "search": {
        "en": "/en/search/?q=blood",
        "nl": "/nl/search/?q=bloed",
        "fr": "/fr/search/?q=sang",
    },
    "not found": {
        "en": "/en/disorders/nothing/",
        "nl": "/nl/disorders/niets/",
        "fr": "/fr/disorders/rien/",
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_public_page_has_no_wcag_violations(demo_site, page, axe_violations, name, lang):
    page.goto(demo_site.url + PAGES[name][lang])
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2)


DARK_PAGES = ["home", "leukemia", "subtype", "appointment", "organisations", "organisation"]
DARK_PAGES += ["glossary", "search with results", "not found"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", DARK_PAGES)
def test_public_page_has_no_wcag_violations_in_the_dark_scheme(
    demo_site, new_page, axe_violations, name, lang
):
    page = new_page(color_scheme="dark")
    page.goto(demo_site.url + PAGES[name][lang])
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(16, 23, 28)"
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2)


def test_an_open_definition_has_no_wcag_violations_in_either_scheme(
    demo_site, new_page, axe_violations
):
    for scheme in ("light", "dark"):
        page = new_page(color_scheme=scheme)
        page.goto(demo_site.url + PAGES["leukemia"]["en"])
        page.locator(".term").first.click()
        violations = axe_violations(page)
        assert violations == [], json.dumps(violations, indent=2)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tab_reaches_the_skip_link_first_and_enter_moves_to_the_content(demo_site, page, lang):
    page.goto(demo_site.url + PAGES["leukemia"][lang])
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "index",
        "leukemia",
        "subtype",
        "appointment",
        "organisations",
        "organisation",
        "reuse",
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_has_no_horizontal_scroll_at_320_pixels(demo_site, new_page, name, lang):
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(demo_site.url + PAGES[name][lang])
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    too_wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + '.' + e.className).slice(0, 5)"""
    )
    assert overflow <= 0, too_wide


def test_pages_work_without_javascript(demo_site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(demo_site.url + "/en/")
    page.get_by_label("Search the site").first.fill("leukemia")
    page.get_by_role("button", name="Search").first.click()
    page.get_by_role("link", name="Leukaemia", exact=True).click()
    page.get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(re.compile(r"/nl/disorders/leukemie/$"))
    expect(page.locator("h1")).to_have_text("Leukemie")


def test_directory_filters_by_language_without_javascript(demo_site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(demo_site.url + "/fr/disorders/leucemie/")
    page.get_by_role("link", name="Voir toutes les associations de patients").click()
    page.get_by_label("Néerlandais").check()
    page.get_by_role("button", name="Afficher les associations").click()
    # Without JavaScript the form is a navigation: wait until the new page shows.
    expect(page).to_have_url(re.compile(r"[?&]language=nl(&|$)"))
    expect(page.locator(".org-card").first).to_be_visible()
    badges = page.locator(".org-card").evaluate_all(
        "cards => cards.map(card => card.querySelector('.badges').innerText)"
    )
    assert badges and all("Néerlandais" in text for text in badges)
