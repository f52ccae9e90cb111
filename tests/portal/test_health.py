import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db

BROKEN_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
    }
}


def test_liveness_answers_without_the_database_or_the_cache(
    client, settings, django_assert_num_queries
):
    settings.CACHES = BROKEN_CACHE
    with django_assert_num_queries(0):
        response = client.get("/healthz/live")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readiness_answers_when_database_and_cache_answer(client):
    response = client.get("/healthz/ready")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}


def test_readiness_is_503_when_the_cache_is_down(client, settings):
    settings.CACHES = BROKEN_CACHE
    response = client.get("/healthz/ready")
    assert response.status_code == 503
    assert json.loads(response.content)["cache"] == "unavailable"


def test_health_checks_are_not_redirected_to_https_behind_a_tls_proxy():
    # Settings read DJANGO_HTTPS once at start-up, so a fresh process is needed.
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_SECRET_KEY": "k",
        "DJANGO_HTTPS": "1",
    }
    script = (
        "import django; django.setup(); from django.test import Client; c = Client(HTTP_HOST='localhost'); "
        "print(*[c.get(p).status_code for p in ('/healthz/live', '/robots.txt')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_DIR, env=env, capture_output=True, text=True
    )
    assert result.stdout.split() == ["200", "301"], result.stderr
