"""Real-browser tests: Playwright driving the system's Chromium (Debian's
package), never a browser downloaded by the test tool."""

import os
import shutil
from io import StringIO

import pytest
from django.conf import settings

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


# The database's name before any test database exists: demo_site creates
# one itself when no other test asked pytest-django for it.
DATABASE_NAME = settings.DATABASES["default"]["NAME"]
# What gives a test the database of its own, which demo_site's tests must not ask for.
OWN_DATABASE = {"db", "transactional_db", "live_server", "demo_content"}


@pytest.fixture(scope="module")
def demo_site(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """A live server over the demo content, loaded once for a whole module
    of tests that only read pages: loading costs more than most such tests.
    The database is emptied when the module ends. A test that changes
    anything uses live_server and demo_content instead, which start it anew."""
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.live_server_helper import LiveServer

    module_items = [item for item in request.session.items if item.module is request.module]
    if any(
        item.get_closest_marker("django_db") or OWN_DATABASE & set(item.fixturenames)
        for item in module_items
    ):
        pytest.fail(
            f"A test of {request.module.__name__} asks for a database of its own, which "
            "would empty or hide the demo content the module shares: tests on demo_site "
            "only read pages."
        )
    # Loaded before each test's fresh cache: its tag versions go to a folder
    # of its own, and its pages are stored for the tests' address.
    tag_directory = tmp_path_factory.mktemp("page-tags")
    address = (
        request.config.getvalue("liveserver")
        or os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    with django_db_blocker.unblock():
        created = None
        if connection.settings_dict["NAME"] == DATABASE_NAME:
            created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        server = None
        try:
            with override_settings(
                PAGE_CACHE_TAG_DIRECTORY=tag_directory
                if settings.PAGE_CACHE_TAG_DIRECTORY
                else None,
                SITE_URL="http://testserver",
            ):
                call_command("load_demo_content", stdout=StringIO())
            server = LiveServer(address)
            server._live_server_modified_settings.enable()
            yield server
        finally:
            if server is not None:
                server._live_server_modified_settings.disable()
                server.stop()
            call_command("flush", interactive=False, verbosity=0)
            # The connection used here is not the one pytest-django closes
            # before it drops the test database, which PostgreSQL refuses
            # while a session is open: closed here.
            connection.close()
            if created:
                teardown_databases(created, verbosity=0)


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
