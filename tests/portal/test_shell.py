import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation
from pytest_django.asserts import assertContains

from portal.views import server_error
from tests.factories import make_disorder

pytestmark = pytest.mark.django_db
PROJECT_DIR = Path(__file__).resolve().parents[2]

PUBLIC_PAGES = [
    "/{lang}/",
    "/{lang}/disorders/",
    "/{lang}/disorders/{slug}/",
    "/{lang}/search/?q=blood",
]


@pytest.fixture
def published_disorder():
    return make_disorder(sections=2, subtypes=1, related=1)


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_page_sets_no_cookie_and_may_be_cached(client, published_disorder, lang, page):
    slug = getattr(published_disorder, f"slug_{lang}")
    response = client.get(page.format(lang=lang, slug=slug))
    assert response.status_code == 200
    assert response.cookies == {}
    assert "public" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")


def test_healthz_answers_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_is_503_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["cache"] == "unavailable"


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assertContains(response, "Sitemap: http://testserver/sitemap.xml")
    assertContains(response, "Disallow: /admin/")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Page not found"), ("nl", "Pagina niet gevonden"), ("fr", "Page introuvable")],
)
def test_missing_page_is_404_in_the_site_layout_and_language(client, lang, text):
    response = client.get(f"/{lang}/disorders/no-such-disorder/")
    assert response.status_code == 404
    assertContains(response, text, status_code=404)
    assertContains(response, "skip-link", status_code=404)


def test_server_error_page_uses_the_site_layout():
    request = RequestFactory().get("/nl/")
    with translation.override("nl"):
        response = server_error(request)
    assert response.status_code == 500
    assert "Er is iets misgegaan" in response.content.decode()
    assert "skip-link" in response.content.decode()


def _start_django(*command, **environ):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | environ
    return subprocess.run(
        list(command) or [sys.executable, "-c", "import django; django.setup()"],
        cwd=PROJECT_DIR,
        env=env | {"DJANGO_SETTINGS_MODULE": "portal.settings"},
        capture_output=True,
        text=True,
    )


def test_app_refuses_to_start_without_secret_key_when_debug_is_off():
    result = _start_django(DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_app_refuses_a_debug_flag_it_does_not_understand():
    result = _start_django(DJANGO_DEBUG="yes", DJANGO_SECRET_KEY="x")
    assert "DJANGO_DEBUG must be 0 or 1" in result.stderr


def test_app_refuses_to_accept_any_host_in_production():
    result = _start_django(DJANGO_SECRET_KEY="k", DJANGO_ALLOWED_HOSTS="*")
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must list the site's host names" in result.stderr


def test_debug_is_off_unless_asked_for():
    assert settings.DEBUG is False


def test_deploy_checks_are_clean_in_production_configuration():
    result = _start_django(
        sys.executable,
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_HTTPS="1",
        DJANGO_SECRET_KEY="a-long-random-production-key-" + "x7Qp2Lm9Zr4Tv8Wk3Nb6Yc1Hd5Jf0Gs",
        DJANGO_ALLOWED_HOSTS="portal.example.org",
        EMAIL_HOST="smtp.example.org",
        SITE_URL="https://portal.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_https_flag_turns_on_proxy_trust_redirects_secure_cookies_and_hsts():
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_PROXY_SSL_HEADER, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)"
    )
    result = _start_django(sys.executable, "-c", script, DJANGO_HTTPS="1", DJANGO_SECRET_KEY="k")
    assert result.stdout.split() == [
        "('HTTP_X_FORWARDED_PROTO',",
        "'https')",
        "True",
        "True",
        "True",
        "31536000",
    ]


@pytest.mark.parametrize(
    "page", ["/en/", "/nl/disorders/", "/fr/glossary/", "/en/disorders/{slug}/"]
)
def test_public_pages_answer_conditional_requests_with_304(client, published_disorder, page):
    url = page.format(slug=published_disorder.slug_en)
    first = client.get(url)
    assert first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_pages_that_must_not_be_stored_get_no_etag(client, published_disorder):
    response = client.get(f"/en/disorders/{published_disorder.slug_en}/feedback/")
    assert "no-store" in response["Cache-Control"]
    assert not response.has_header("ETag")


LOCAL_APPS = [path.parent.name for path in PROJECT_DIR.glob("*/apps.py")]


def module_level_imports(path):
    """The modules a file imports when it is imported: what a function
    imports runs only when it is called (a class body runs at once)."""
    import ast

    pending = list(ast.parse(path.read_text()).body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            pending.extend(ast.iter_child_nodes(node))


def test_portal_imports_no_apps_models_or_admin_outside_its_urlconf_and_views():
    allowed = {"urls.py", "views.py"}
    arrows_up = [
        f"{path.relative_to(PROJECT_DIR)}: {name}"
        for path in (PROJECT_DIR / "portal").rglob("*.py")
        if "migrations" not in path.parts and path.name not in allowed
        for name in module_level_imports(path)
        if name.split(".")[0] in LOCAL_APPS
        and name.split(".")[0] != "portal"
        and {"models", "admin"} & set(name.split(".")[1:])
    ]
    assert LOCAL_APPS and "disorders" in LOCAL_APPS
    assert arrows_up == []
