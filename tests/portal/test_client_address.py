import pytest
from django.test import RequestFactory

from portal.ratelimit import client_address


def request_from(remote, forwarded=None):
    headers = {"X-Forwarded-For": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, headers=headers)


def test_without_proxies_the_peer_address_is_used_and_the_header_ignored(settings):
    settings.PROXY_COUNT = 0
    assert client_address(request_from("192.0.2.7", "198.51.100.1")) == "192.0.2.7"


def test_behind_one_proxy_the_entry_it_appended_is_used(settings):
    settings.PROXY_COUNT = 1
    request = request_from("127.0.0.1", "203.0.113.9, 198.51.100.1")
    assert client_address(request) == "198.51.100.1"


@pytest.mark.parametrize("forwarded", [None, "", " , ", "198.51.100.1"])
def test_a_missing_or_short_header_falls_back_to_the_peer_address(settings, forwarded):
    settings.PROXY_COUNT = 2 if forwarded == "198.51.100.1" else 1
    assert client_address(request_from("192.0.2.7", forwarded)) == "192.0.2.7"


@pytest.mark.parametrize(
    "forwarded", ["not-an-address", "192.0.2.1:8080", "' OR 1=1 --", "999.1.1.1", "unknown"]
)
def test_a_value_that_is_not_an_address_falls_back_to_the_peer_address(settings, forwarded):
    settings.PROXY_COUNT = 1
    assert client_address(request_from("192.0.2.7", forwarded)) == "192.0.2.7"


def test_ipv6_addresses_are_read_in_their_canonical_form(settings):
    settings.PROXY_COUNT = 1
    request = request_from("127.0.0.1", "2001:DB8:0:0::1")
    assert client_address(request) == "2001:db8::1"
