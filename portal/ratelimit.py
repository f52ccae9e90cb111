"""Per-client limits kept in the cache, so they hold across instances when
the cache is Redis. Clients are known only by a keyed hash of their address:
no address is stored in clear anywhere."""

import hashlib
import hmac
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.utils.connection import ConnectionProxy

logger = logging.getLogger(__name__)
# Their own cache, which kept pages cannot evict (see settings.CACHES).
cache = ConnectionProxy(caches, "limits")


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
    """Already over the limit? A read, for refusing early; hit() decides."""
    if rate is None:
        return False
    count, seconds = rate
    try:
        return (cache.get(_window_key(scope, request, seconds)) or 0) >= count
    except Exception:
        logger.exception("Rate limit: the cache did not answer; letting the request through")
        return False


def hit(scope, request, rate):
    """Count one use and say whether it went over the limit. incr() is atomic,
    also in Redis across instances, so parallel requests cannot all slip
    under it. If the cache does not answer, readers are not refused."""
    if rate is None:
        return False
    count, seconds = rate
    key = _window_key(scope, request, seconds)
    try:
        cache.add(key, 0, seconds)
        try:
            used = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, seconds)
            used = 1
    except Exception:
        logger.exception("Rate limit: the cache did not answer; letting the request through")
        return False
    return used > count
