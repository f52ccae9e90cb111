import pytest
from django.core.checks import Tags, run_checks
from django.test import RequestFactory

from portal.ratelimit import client_group, hit, is_limited, use_once

HOUR = 3600


def request_from(address):
    return RequestFactory().get("/", REMOTE_ADDR=address)


def test_the_limit_holds_across_the_boundary_of_two_windows():
    """A fixed window would allow 2 uses before 10:59:59 and 2 more after
    11:00:00; a sliding one allows 2 in any hour."""
    request, rate = request_from("192.0.2.1"), (2, HOUR)
    end_of_hour = 100 * HOUR - 1
    assert [hit("test", request, rate, now=end_of_hour) for _ in range(2)] == [False, False]
    assert hit("test", request, rate, now=end_of_hour + 2) is True
    assert is_limited("test", request, rate, now=end_of_hour + HOUR / 2)


def test_uses_older_than_the_window_no_longer_count():
    request, rate = request_from("192.0.2.1"), (2, HOUR)
    start = 100 * HOUR
    hit("test", request, rate, now=start)
    hit("test", request, rate, now=start)
    assert is_limited("test", request, rate, now=start + HOUR - 1)
    later = start + HOUR + HOUR / 10 + 1  # the window, plus at most one slice of it
    assert not is_limited("test", request, rate, now=later)
    assert hit("test", request, rate, now=later) is False


def test_limits_are_per_scope_and_per_client():
    rate, now = (1, HOUR), 100 * HOUR
    assert hit("a", request_from("192.0.2.1"), rate, now=now) is False
    assert hit("b", request_from("192.0.2.1"), rate, now=now) is False
    assert hit("a", request_from("192.0.2.2"), rate, now=now) is False
    assert hit("a", request_from("192.0.2.1"), rate, now=now) is True


def test_ipv6_clients_of_one_64_network_share_a_limit():
    rate, now = (1, HOUR), 100 * HOUR
    assert hit("test", request_from("2001:db8:1:2::1"), rate, now=now) is False
    assert hit("test", request_from("2001:db8:1:2:ffff::9"), rate, now=now) is True
    assert hit("test", request_from("2001:db8:1:3::1"), rate, now=now) is False


@pytest.mark.parametrize(
    "address, group",
    [
        ("192.0.2.1", "192.0.2.1"),
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::"),
        ("::ffff:192.0.2.1", "192.0.2.1"),
    ],
)
def test_client_group(address, group):
    assert client_group(request_from(address)) == group


def test_a_value_is_used_once():
    assert use_once("test", "token-1", HOUR) is True
    assert use_once("test", "token-1", HOUR) is False
    assert use_once("test", "token-2", HOUR) is True
    assert use_once("other", "token-1", HOUR) is True


LOCAL_MEMORY = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
    }
}


@pytest.mark.parametrize(
    "workers, caches, warned",
    [(3, LOCAL_MEMORY, True), (1, LOCAL_MEMORY, False), (3, REDIS, False)],
)
def test_a_check_warns_when_several_workers_keep_limits_apart(settings, workers, caches, warned):
    settings.WEB_CONCURRENCY = workers
    settings.CACHES = caches
    found = [message.id for message in run_checks(tags=[Tags.caches])]
    assert ("portal.W001" in found) is warned
