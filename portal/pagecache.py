"""Whole public pages kept for anonymous readers, so that a page a thousand
readers ask for at once is drawn once.

A view opts in with depends_on(response, *tags): the tags name the content
the page shows ("disorder-12", "glossary", ...). A change to that content
bumps the tags' versions (see portal/invalidation.py), and a kept page whose
recorded versions differ is drawn again: no time-to-live guesswork, and an
edit to one disorder leaves the other thousand pages where they are.

Where things live:
- kept pages: in each process's memory, ready to send; with Redis
  (REDIS_URL) also in Redis, so a page drawn by one instance serves all;
- tag versions: the same for every process, in Redis when there is one,
  otherwise in the modification times of small files under var/, which
  every worker on the host sees. A process reads them again at most every
  TAG_RECHECK_SECONDS, so an edit in another process reaches its readers
  within that time, and a page served from memory costs no round trip.
"""

import hashlib
import logging
import os
import time
from collections import OrderedDict
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, has_vary_header
from django.utils.http import quote_etag
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)

# Bumped by every change, whatever it is: a page drawn while content changed
# may show the old content, so it is not kept.
ANY_CHANGE = "any"
# Shown by every page: bumped when the whole content is replaced (a restore).
EVERYTHING = "site"
PAGE_KEY_PREFIX = "page:"
SCHEDULE_KEY = "page-schedule"
TAG_RECHECK_SECONDS = 0.2


def depends_on(response, *tags):
    """Mark a response as cacheable for anonymous readers, showing this content."""
    response.cache_tags = frozenset(tags) | {EVERYTHING}
    return response


class FileTagVersions:
    """A tag's version is the modification time of its file: one stat() per
    tag, shared by every process on the host. A missing file is version 0."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.prefix = os.path.join(directory, "")  # plain strings: pathlib is slower

    def get_many(self, tags):
        versions = {}
        for tag in tags:
            try:
                versions[tag] = os.stat(self.prefix + tag).st_mtime_ns
            except FileNotFoundError:
                versions[tag] = 0
        return versions

    def bump(self, tags):
        self.directory.mkdir(parents=True, exist_ok=True)
        versions = {}
        for tag in tags:
            path = self.prefix + tag
            Path(path).touch()
            # An explicit time: the file system's own clock ticks too coarsely
            # to tell two changes within a few milliseconds apart.
            versions[tag] = time.time_ns()
            os.utime(path, ns=(versions[tag], versions[tag]))
        return versions


class CacheTagVersions:
    """Tag versions in the shared cache (Redis): one round trip for all tags."""

    PREFIX = "page-tag:"

    def get_many(self, tags):
        found = cache.get_many([self.PREFIX + tag for tag in tags])
        return {tag: found.get(self.PREFIX + tag, 0) for tag in tags}

    def bump(self, tags):
        now = time.time_ns()
        cache.set_many({self.PREFIX + tag: now for tag in tags}, None)
        return dict.fromkeys(tags, now)


def tag_versions():
    if settings.PAGE_CACHE_TAG_DIRECTORY:
        return FileTagVersions(settings.PAGE_CACHE_TAG_DIRECTORY)
    return CacheTagVersions()


def _is_shared():
    """Tag versions in files mean there is no shared cache for the pages either."""
    return not settings.PAGE_CACHE_TAG_DIRECTORY


class ProcessMemory:
    """This process's kept pages, least recently served dropped first past
    PAGE_CACHE_PROCESS_BYTES, and the tag versions it last read."""

    def __init__(self):
        self.pages = OrderedDict()
        self.size = 0
        self.versions = {}  # tag: (version, when read, on the monotonic clock)

    def page(self, key):
        entry = self.pages.get(key)
        if entry is not None:
            self.pages.move_to_end(key)
        return entry

    def keep(self, key, entry):
        self.drop(key)
        self.pages[key] = entry
        self.size += len(entry[-1])
        while self.size > settings.PAGE_CACHE_PROCESS_BYTES and self.pages:
            _key, dropped = self.pages.popitem(last=False)
            self.size -= len(dropped[-1])

    def drop(self, key):
        if (entry := self.pages.pop(key, None)) is not None:
            self.size -= len(entry[-1])

    def current_versions(self, tags, *, fresh=False):
        now = time.monotonic()
        known = self.versions
        stale = [
            tag
            for tag in tags
            if fresh or tag not in known or now - known[tag][1] > TAG_RECHECK_SECONDS
        ]
        if stale:
            for tag, version in tag_versions().get_many(stale).items():
                known[tag] = (version, now)
        return {tag: known[tag][0] for tag in tags}

    def learn(self, versions):
        now = time.monotonic()
        self.versions |= {tag: (version, now) for tag, version in versions.items()}


memory = ProcessMemory()


def content_changed(*tags):
    """If the cache does not answer, the edit is saved all the same; pages
    kept in that cache were out of reach too, and expire by their lifetime."""
    try:
        memory.learn(tag_versions().bump({ANY_CHANGE, *tags}))
    except Exception:
        logger.exception("Page cache: could not announce a change of %s", sorted(tags))


def tag_version(tag):
    return memory.current_versions([tag])[tag]


def _page_key(request, language):
    """Pages show absolute addresses (canonical link, structured data), so the
    scheme and host are part of the key as well as the language. The Host
    header is taken as sent: a page is only kept once the middleware below
    accepted its host, so a refused host never finds one."""
    host = request.META.get("HTTP_HOST", "")
    url = f"{request.scheme}://{host}{request.get_full_path()}"
    return PAGE_KEY_PREFIX + language + ":" + hashlib.md5(url.encode()).hexdigest()


def _is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and settings.PAGE_CACHE_SECONDS > 0
    )


def _can_keep(response):
    """Only what every anonymous reader may see: a public page that sets no
    cookie and does not differ by session."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(response, "cache_tags", None) is None:
        return False
    cache_control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
    if "public" not in cache_control:
        return False
    return not has_vary_header(response, "Cookie")


class PageCacheMiddleware:
    """Serves kept pages before anything below it runs: no session, no
    database, no template. Placed above the security, static-file and
    conditional-request middleware, so a kept page carries their headers
    (and its ETag) and a reader who already has it gets 304 from here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_anonymous_read(request):
            return self.get_response(request)
        language = get_language_from_path(request.path_info)
        if language is None:
            return self.get_response(request)
        key = _page_key(request, language)
        try:
            if (response := _kept_response(key)) is not None:
                return get_conditional_response(request, etag=response["ETag"], response=response)
            drawn_at = memory.current_versions([ANY_CHANGE], fresh=True)[ANY_CHANGE]
        except Exception:
            logger.exception("Page cache: the cache did not answer; drawing the page")
            return self.get_response(request)
        response = self.get_response(request)
        if _can_keep(response):
            try:
                _keep(key, response, drawn_at)
            except Exception:
                logger.exception("Page cache: the page could not be kept")
        return response


def _is_current(entry):
    versions, expires_at = entry[0], entry[1]
    return time.time() < expires_at and memory.current_versions(versions) == versions


def _kept_response(key):
    entry = memory.page(key)
    if entry is None and _is_shared() and (entry := cache.get(key)) is not None:
        memory.keep(key, entry)
    if entry is None:
        return None
    if not _is_current(entry):
        memory.drop(key)
        return None
    _versions, _expires_at, status, headers, content = entry
    response = HttpResponse(content, status=status, headers=headers)
    response["X-Page-Cache"] = "hit"
    return response


def _keep(key, response, drawn_at):
    versions = memory.current_versions([ANY_CHANGE, *response.cache_tags], fresh=True)
    if versions.pop(ANY_CHANGE) != drawn_at:
        return
    lifetime = settings.PAGE_CACHE_SECONDS
    expires_at = time.time() + lifetime
    if (scheduled := next_scheduled_change(drawn_at)) is not None:
        expires_at = min(expires_at, scheduled)
    if not response.has_header("ETag"):  # set by ConditionalGetMiddleware
        response["ETag"] = quote_etag(hashlib.md5(response.content).hexdigest())
    entry = (versions, expires_at, response.status_code, dict(response.items()), response.content)
    memory.keep(key, entry)
    if _is_shared():
        cache.set(key, entry, max(1, int(expires_at - time.time()) + 1))


def next_scheduled_change(any_version):
    """The next moment a page or disorder is due to appear or disappear, as
    a timestamp, or None. Kept pages expire then, since no save announces it.
    Worked out once per content change, not once per page."""
    known = cache.get(SCHEDULE_KEY)
    now = time.time()
    if known is not None and known[0] == any_version and (known[1] is None or known[1] > now):
        return known[1]
    from django.db.models import Min, Q
    from django.utils import timezone

    from disorders.models import Disorder

    from .models import SitePage

    moment = timezone.now()
    upcoming = []
    for model in (Disorder, SitePage):
        found = model.objects.aggregate(
            publish=Min("publish_at", filter=Q(publish_at__gt=moment)),
            unpublish=Min("unpublish_at", filter=Q(unpublish_at__gt=moment)),
        )
        upcoming += [when.timestamp() for when in found.values() if when is not None]
    scheduled = min(upcoming, default=None)
    cache.set(SCHEDULE_KEY, (any_version, scheduled), None)
    return scheduled
