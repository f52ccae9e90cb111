"""Per-client limits kept in the cache, so they hold across instances when
the cache is Redis. Clients are known only by a keyed hash of their address:
no address is stored in clear anywhere."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's address, read through DJANGO_PROXY_COUNT trusted proxies."""
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if settings.PROXY_COUNT and len(forwarded) >= settings.PROXY_COUNT:
        return forwarded[-settings.PROXY_COUNT]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request):
    address = client_address(request)
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def _window_key(scope, request, seconds):
    return f"ratelimit:{scope}:{client_key(request)}:{int(time.time() // seconds)}"


def is_limited(scope, request, rate):
    """rate is (count, seconds) or None for no limit."""
    if rate is None:
        return False
    count, seconds = rate
    return (cache.get(_window_key(scope, request, seconds)) or 0) >= count


def count_hit(scope, request, rate):
    if rate is None:
        return
    key = _window_key(scope, request, rate[1])
    cache.add(key, 0, rate[1])
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, rate[1])
