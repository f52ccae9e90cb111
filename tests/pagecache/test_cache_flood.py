"""Kept pages and the limits that protect the site live apart: a flood of
pages that fills the page cache to eviction leaves every limit standing."""

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.test import Client
from pytest_django.asserts import assertContains

from feedback.forms import form_started_token
from tests.factories import make_disorder

pytestmark = pytest.mark.django_db

FLOOD = 30


@pytest.fixture
def small_page_cache(settings):
    """A page cache shared by the processes, as Redis is, that holds only a
    few entries and drops the oldest when full, as Redis does under
    maxmemory-policy allkeys-lru."""
    settings.CACHES = settings.CACHES | {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "small-page-cache",
            "OPTIONS": {"MAX_ENTRIES": FLOOD // 2},
        }
    }
    settings.PAGE_CACHE_TAG_DIRECTORY = None


def flood_with_pages(client):
    for _ in range(FLOOD):
        assert client.get(make_disorder().get_absolute_url()).status_code == 200
    kept = [key for key in caches["default"]._cache if ":page:" in key]
    assert kept, "the pages went to the shared cache"
    assert len(caches["default"]._cache) <= FLOOD // 2, "and it dropped entries to hold them"


def send_feedback(client, disorder):
    return client.post(
        f"/en/disorders/{disorder.slug_en}/feedback/",
        {
            "kind": "unclear",
            "message": "The second paragraph uses a word I do not understand.",
            "started": form_started_token(disorder),
        },
    )


def test_the_feedback_limit_holds_after_a_flood_of_kept_pages(small_page_cache, settings):
    settings.FEEDBACK_MIN_SECONDS = 0
    settings.FEEDBACK_RATE_LIMIT = (1, 3600)
    disorder = make_disorder()
    client = Client(REMOTE_ADDR="192.0.2.30")
    assert send_feedback(client, disorder).status_code == 302
    assert send_feedback(client, disorder).status_code == 429
    flood_with_pages(client)
    assert send_feedback(client, disorder).status_code == 429


def test_an_admin_lock_out_holds_after_a_flood_of_kept_pages(small_page_cache, settings):
    settings.AXES_FAILURE_LIMIT = 3
    User.objects.create_superuser("anna", "anna@example.org", "the right password 123")
    client = Client(REMOTE_ADDR="192.0.2.31")
    for _ in range(3):
        client.post("/admin/login/", {"username": "anna", "password": "wrong"})
    flood_with_pages(client)
    response = client.post(
        "/admin/login/", {"username": "anna", "password": "the right password 123"}
    )
    assertContains(response, "Sign-in locked", status_code=429)
