import datetime
import time

import pytest
from django.utils import timezone, translation


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """The manifest storage needs collectstatic; tests read the sources."""
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }


@pytest.fixture(autouse=True)
def english_by_default():
    with translation.override("en"):
        yield


# The next publish or unpublish time, worked out when a page is first drawn
# after a change (disorders, then site pages): see pagecache/pages.py.
SCHEDULE_QUERIES = 2


@pytest.fixture
def assert_page_queries(client, django_assert_num_queries):
    """Drawing the page costs `drawn` queries (plus the schedule, once after
    a change); serving it again from the page cache costs none."""

    def check(url, drawn, **params):
        with django_assert_num_queries(drawn + SCHEDULE_QUERIES):
            first = client.get(url, params)
        assert first.status_code == 200
        with django_assert_num_queries(0):
            again = client.get(url, params)
        assert again.status_code == 200
        assert again.content == first.content

    return check


@pytest.fixture
def admin_rows(admin_client):
    """The rows an admin changelist shows for these query parameters, each
    as label(row): so a filter the admin ignores fails the test."""

    def rows(url, params=None, label=str):
        response = admin_client.get(url, params or {})
        assert response.status_code == 200
        return {label(row) for row in response.context["cl"].result_list}

    return rows


@pytest.fixture(autouse=True)
def fresh_cache(tmp_path):
    """Also fresh page-cache tag versions, and the test client's host as the
    site's own (pages are kept only for it). Not through the settings
    fixture, which a test's own settings changes (a dead cache) would outlive."""
    from django.conf import settings
    from django.core.cache import caches
    from django.test import override_settings

    from pagecache import pages as pagecache

    directory = tmp_path / "page-tags" if settings.PAGE_CACHE_TAG_DIRECTORY else None
    pagecache.memory = pagecache.ProcessMemory()
    with override_settings(PAGE_CACHE_TAG_DIRECTORY=directory, SITE_URL="http://testserver"):
        for alias in settings.CACHES:  # pages, and the rate limits
            caches[alias].clear()
        yield
        for alias in settings.CACHES:
            caches[alias].clear()


@pytest.fixture(autouse=True)
def site_url(settings):
    """Absolute addresses come from SITE_URL; the test client's host by default."""
    settings.SITE_URL = "http://testserver"


class MovedClock:
    """The clocks the code reads (django.utils.timezone.now and the page
    cache's `time`), moved on by advance(seconds). The wall clock keeps
    running as well: tag versions are times, and two changes must still get
    two versions. The monotonic clock (how long since a process last read
    the tag versions) moves only when the test moves it."""

    def __init__(self):
        self.offset = 0.0
        self._now = timezone.now
        self._started = time.monotonic()

    def advance(self, seconds):
        self.offset += seconds

    def now(self):
        return self._now() + datetime.timedelta(seconds=self.offset)

    def time(self):
        return time.time() + self.offset

    def time_ns(self):
        return time.time_ns() + round(self.offset * 1e9)

    def monotonic(self):
        return self._started + self.offset

    def __getattr__(self, name):
        return getattr(time, name)


@pytest.fixture
def clock(monkeypatch):
    """Time the test moves on instead of sleeping for it."""
    from pagecache import pages as pagecache

    moved = MovedClock()
    monkeypatch.setattr(timezone, "now", moved.now)
    monkeypatch.setattr(pagecache, "time", moved)
    return moved
