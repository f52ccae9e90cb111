"""Per-client limits kept in the cache, so they hold across instances when
the cache is Redis. Clients are known only by a keyed hash of their address:
no address is stored in clear anywhere."""

import hashlib
import hmac
import ipaddress
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.utils.connection import ConnectionProxy

logger = logging.getLogger(__name__)
# Their own cache, which kept pages cannot evict (see settings.CACHES).
cache = ConnectionProxy(caches, "limits")


def _valid_address(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(request):
    """The client's address, read through DJANGO_PROXY_COUNT trusted proxies.

    When the header is missing, too short or holds something other than an
    address, the peer's own address (REMOTE_ADDR) is used: one empty value
    would put every such client in one shared bucket and out of reach of the
    lock-out. Only the entries the trusted proxies appended are read; the
    application must be reachable through them alone (gunicorn bound to
    127.0.0.1, see docs/deploy.md), or a client could forge them."""
    remote = _valid_address(request.META.get("REMOTE_ADDR", "")) or ""
    if not settings.PROXY_COUNT:
        return remote
    forwarded = [
        part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    if len(forwarded) < settings.PROXY_COUNT:
        return remote
    return _valid_address(forwarded[-settings.PROXY_COUNT]) or remote


def client_group(request):
    """The client's address, with IPv6 clients grouped by their /64 network:
    one subscriber usually holds a whole /64 and can pick any address in it.
    Returned as an address (the network's first one), so it fits anywhere an
    address does."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6 and parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)


def _keyed(value):
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def client_key(request):
    return _keyed(client_group(request))


# A window is counted in this many slices. The count covers the current
# slice and the whole window before it, so every span of one window holds
# at most the allowed number of uses: no double allowance where two fixed
# windows meet. The price is waiting up to one slice more.
SLICES = 10


def _slice_keys(scope, request, seconds, now, who):
    width = seconds / SLICES
    current = int(now // width)
    prefix = f"ratelimit:{scope}:{client_key(request) if who is None else _keyed(who)}"
    return [f"{prefix}:{index}" for index in range(current, current - SLICES - 1, -1)], width


def _used(keys):
    return sum(cache.get_many(keys).values())


def is_limited(scope, request, rate, *, now=None, who=None):
    """Already over the limit? A read, for refusing early; hit() decides.
    Counted per client, or per `who` (a user name, say) when given."""
    if rate is None:
        return False
    count, seconds = rate
    keys, _width = _slice_keys(scope, request, seconds, time.time() if now is None else now, who)
    try:
        return _used(keys) >= count
    except Exception:
        logger.exception("Rate limit: the cache did not answer; letting the request through")
        return False


def hit(scope, request, rate, *, now=None, who=None):
    """Count one use and say whether it went over the limit. incr() is atomic,
    also in Redis across instances, so parallel requests cannot all slip
    under it. If the cache does not answer, readers are not refused."""
    if rate is None:
        return False
    count, seconds = rate
    keys, width = _slice_keys(scope, request, seconds, time.time() if now is None else now, who)
    lifetime = int(seconds + 2 * width) + 1
    try:
        cache.add(keys[0], 0, lifetime)
        try:
            cache.incr(keys[0])
        except ValueError:  # expired between add() and incr()
            cache.set(keys[0], 1, lifetime)
        used = _used(keys)
    except Exception:
        logger.exception("Rate limit: the cache did not answer; letting the request through")
        return False
    return used > count


def use_once(scope, value, seconds):
    """True the first time a value is presented within `seconds`, False after:
    for tokens that must not be replayed. add() is atomic, also in Redis, so
    of two parallel uses only one wins. If the cache does not answer, the use
    is allowed (as the limits above allow readers)."""
    digest = hashlib.sha256(value.encode()).hexdigest()
    try:
        return cache.add(f"once:{scope}:{digest}", 1, seconds)
    except Exception:
        logger.exception("Single use: the cache did not answer; allowing the use")
        return True
