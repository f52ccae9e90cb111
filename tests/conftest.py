import pytest
from django.utils import translation


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
