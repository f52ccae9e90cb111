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


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
