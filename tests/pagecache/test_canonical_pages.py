"""Only a page's canonical address is kept: its own host and the query its
view accepted. Every other spelling is drawn for whoever asked, and not
kept, so nobody can fill the shared cache with variants of one page."""

import pytest
from django.core.cache import cache
from pytest_django.asserts import assertContains

from pagecache import pages as pagecache
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db

DIRECTORY = "/en/organisations/"


def is_kept(client, url, **extra):
    client.get(url, **extra)
    return client.get(url, **extra).get("X-Page-Cache") == "hit"


@pytest.fixture
def directory_of_three_pages():
    for n in range(45):  # 20 a page
        make_organisation(name_en=f"Group {n:02}", languages=["nl"])


def test_the_directory_with_a_known_filter_and_page_is_kept(client, directory_of_three_pages):
    assert is_kept(client, f"{DIRECTORY}?language=nl&page=2")
    assert is_kept(client, f"{DIRECTORY}?page=3")
    assert is_kept(client, DIRECTORY)


@pytest.mark.parametrize(
    "query",
    [
        "page=4",  # beyond the last page: the last is shown
        "page=999999",
        "page=02",
        "page=abc",
        "language=xx",  # unknown filter value
        "language=",
        "region=moon",
        "disorder=no-such-disorder",
        "disorder=%3Cscript%3E",
        "language=nl&language=fr",
    ],
)
def test_a_query_the_directory_does_not_accept_is_drawn_and_not_kept(
    client, directory_of_three_pages, query
):
    assert client.get(f"{DIRECTORY}?{query}").status_code == 200
    assert not is_kept(client, f"{DIRECTORY}?{query}")


def test_an_address_spelt_another_way_finds_the_kept_page(client, directory_of_three_pages):
    assert is_kept(client, f"{DIRECTORY}?language=nl&page=2")
    again = client.get(f"{DIRECTORY}?page=2&language=%6El")
    assert again.get("X-Page-Cache") == "hit"


def test_search_results_are_kept_only_for_the_query_as_cleaned(client):
    make_disorder(name_en="Leukemia")
    assert is_kept(client, "/en/search/?q=leukemia")
    assert not is_kept(client, "/en/search/?q=leukemia++")
    assert not is_kept(client, "/en/search/?q=leukemia&page=7")


def test_a_page_asked_for_on_another_allowed_host_is_drawn_and_not_kept(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "www.testserver", "testserver:8080"]
    disorder = make_disorder(name_en="Leukemia")
    for host in ("www.testserver", "testserver:8080"):
        response = client.get(disorder.get_absolute_url(), HTTP_HOST=host)
        assertContains(response, "Leukemia")
        assert not is_kept(client, disorder.get_absolute_url(), HTTP_HOST=host)
    assert is_kept(client, disorder.get_absolute_url())


def test_pages_never_take_more_than_their_share_of_the_shared_cache(settings):
    settings.PAGE_CACHE_SHARED_BYTES = 100_000
    window = settings.PAGE_CACHE_SECONDS + 1
    start = 1000 * window
    assert pagecache._within_shared_budget(60_000, now=start)
    assert pagecache._within_shared_budget(40_000, now=start + 1)
    assert not pagecache._within_shared_budget(1, now=start + 2)
    # Pages written in the window before may still be alive: they count.
    assert not pagecache._within_shared_budget(1, now=start + window)
    assert pagecache._within_shared_budget(100_000, now=start + 2 * window)


@pytest.mark.skipif(not pagecache._is_shared(), reason="pages are shared through Redis")
def test_pages_past_the_share_are_kept_in_the_process_only(client, settings):
    first, second = make_disorder(), make_disorder()
    size = len(client.get(first.get_absolute_url()).content)
    pagecache.memory = pagecache.ProcessMemory()
    cache.clear()
    settings.PAGE_CACHE_SHARED_BYTES = size + size // 2  # room for one
    assert is_kept(client, first.get_absolute_url())
    assert is_kept(client, second.get_absolute_url())  # from this process's memory
    pagecache.memory = pagecache.ProcessMemory()  # as another process
    assert client.get(first.get_absolute_url()).get("X-Page-Cache") == "hit"
    assert client.get(second.get_absolute_url()).get("X-Page-Cache") != "hit"


def test_an_api_answer_is_kept_only_for_its_canonical_query_on_the_site_host(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "www.testserver"]
    make_disorder(name_en="Leukemia")
    assert is_kept(client, "/api/v1/disorders/?lang=nl&page=1")
    kept = client.get("/api/v1/disorders/?lang=nl&page=1")
    assert "catalogue" in kept["Surrogate-Key"].split()
    assert not is_kept(client, "/api/v1/disorders/?lang=nl", HTTP_HOST="www.testserver")
    assert not is_kept(client, "/api/v1/disorders/?lang=nl&utm_source=x")
