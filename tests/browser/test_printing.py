import re

import pytest

APPOINTMENT_PAGES = {
    "en": "/en/disorders/leukemia/appointment/",
    "nl": "/nl/disorders/leukemie/afspraak/",
    "fr": "/fr/disorders/leucemie/rendez-vous/",
}


def pdf_page_count(pdf):
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


@pytest.mark.parametrize("lang", APPOINTMENT_PAGES)
def test_appointment_page_prints_on_two_a4_pages_at_most(demo_site, page, lang):
    page.goto(demo_site.url + APPOINTMENT_PAGES[lang])
    pdf = page.pdf(format="A4")
    assert 1 <= pdf_page_count(pdf) <= 2


def test_printed_disorder_page_leaves_out_navigation_buttons_and_forms(demo_site, page):
    page.goto(demo_site.url + "/en/disorders/leukemia/")
    page.emulate_media(media="print")
    for selector in [".site-header", ".site-footer", ".toc", ".improve", "form", ".more"]:
        assert page.locator(selector).first.is_hidden(), selector
    assert page.locator("h1").is_visible()
    assert page.locator(".callout--urgent_help").is_visible()
    assert page.locator(".organisations").is_visible()
