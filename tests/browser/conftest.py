"""Real-browser tests: Playwright driving the system's Chromium (Debian's
package), never a browser downloaded by the test tool."""

import os
import shutil
from io import StringIO

import pytest

# live_server runs Django in a thread beside Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium_path():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


@pytest.fixture(scope="session")
def browser():
    path = _chromium_path()
    if path is None:
        message = "No Chromium found: install Debian's package with 'apt-get install -y chromium'."
        if os.environ.get("CI"):
            pytest.fail(message + " Browser tests must run in CI.")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """new_page(**context_options): a page in a browser context of its own,
    1280 px wide unless told otherwise, closed when the test ends, passed or
    failed: an open one keeps its connections, and the server's, alive."""
    contexts = []

    def opened(**options):
        context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}} | options)
        contexts.append(context)
        return context.new_page()

    yield opened
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def sign_in(live_server, new_page):
    """sign_in(username, password=STAFF_PASSWORD, **context_options): a page
    of a browser context of its own, signed in to the admin."""
    from tests.factories import STAFF_PASSWORD

    def signed_in(username, password=STAFF_PASSWORD, **options):
        page = new_page(**options)
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        return page

    return signed_in


@pytest.fixture
def demo_content(transactional_db):
    from django.core.management import call_command

    call_command("load_demo_content", stdout=StringIO())


WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def axe_violations():
    """axe-core's WCAG 2.2 AA violations on a page, briefly. Injected with
    evaluate(): a script tag would be blocked by our CSP, and bypassing the
    CSP would test a page readers never get."""
    from axe_playwright_python.base import AXE_SCRIPT

    def violations(page):
        page.evaluate(AXE_SCRIPT)
        result = page.evaluate(
            "options => axe.run(document, options)",
            {"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]},
        )
        return [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]

    return violations
