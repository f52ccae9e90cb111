import re
from pathlib import Path

import pytest
from django.conf import settings

PAGES = ["/en/", "/en/disorders/leukemia/", "/nl/disorders/leukemie/afspraak/"]


def test_screen_font_sizes_follow_the_browsers_font_size():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    assert re.findall(r"font-size:\s*[\d.]+px", css) == []


@pytest.mark.parametrize("url", PAGES)
def test_text_grows_with_the_readers_font_size(demo_site, page, url):
    page.goto(demo_site.url + url)
    size = "parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)"
    before = page.evaluate(size)
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert page.evaluate(size) == pytest.approx(2 * before)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("url", PAGES)
def test_nothing_moves_while_the_page_loads(demo_site, new_page, url, scheme):
    page = new_page(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    page.add_init_script(
        """window.__shift = 0;
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) window.__shift += entry.value;
        }).observe({type: 'layout-shift', buffered: true});"""
    )
    page.goto(demo_site.url + url, wait_until="load")
    page.wait_for_function("document.readyState === 'complete'")
    shift = page.evaluate("window.__shift")
    assert shift == 0
