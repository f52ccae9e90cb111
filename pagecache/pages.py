"""Whole public pages kept for anonymous readers, so that a page a thousand
readers ask for at once is drawn once.

A view opts in with pagecache.tags.shows(response, *content): the objects and
querysets the page shows name its tags with their cache_tags() methods
("disorder-12", "glossary", ...). A change to that content bumps the tags'
versions (see pagecache/signals.py), and a kept page whose recorded
versions differ is drawn again: no time-to-live guesswork, and an edit to
one disorder leaves the other thousand pages where they are. A kept page
carries its tags in a Surrogate-Key header, so that a CDN or Varnish in
front can purge it by the same names (docs/deploy.md).

Where things live:
- kept pages: in each process's memory, ready to send; with Redis
  (REDIS_URL) also in Redis, so a page drawn by one instance serves all;
- tag versions: the same for every process, in Redis when there is one,
  otherwise in the modification times of small files under var/, which
  every worker on the host sees. Every change also bumps ANY_CHANGE, last;
  a process reads ANY_CHANGE again at most every TAG_RECHECK_SECONDS and
  forgets the versions it knew when it moved, so an edit in another process
  reaches its readers within that time, and a page served from memory
  costs no round trip. Drawing a page reads ANY_CHANGE first, so what the
  page is drawn from (the glossary's version, say) is never older than the
  versions it is kept with.
"""

import functools
import hashlib
import logging
import os
import time
from collections import OrderedDict
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, has_vary_header
from django.utils.http import parse_http_date_safe, quote_etag, urlencode
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
# The query parameters public pages read. A page asked for with any other
# (?utm_source=... from a newsletter) is drawn but not kept, so nobody can
# fill the cache with endless variants of one page; nginx's microcache
# still takes the brunt of a burst of such links.
QUERY_PARAMETERS = frozenset({"q", "page", "language", "region", "disorder"})
# Kept too, outside the language prefixes: the API, whose language is its
# lang parameter. It answers 400 to any other parameter, and like a page
# says which query it accepted (pagecache.tags.shows), only when each value is
# written the one way it documents.
UNPREFIXED_PATHS = {"/api/": frozenset({"lang", "page", "page_size"})}
# Bytes of kept pages written to the shared cache in one window of
# PAGE_CACHE_SECONDS + 1 (every shared page expires within one window).
BUDGET_KEY_PREFIX = "page-bytes:"


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
                versions[tag] = self._create(tag)
        return versions

    def _create(self, tag):
        """A tag never bumped (or whose file was removed) gets a new version,
        which no page kept before can have recorded."""
        self.directory.mkdir(parents=True, exist_ok=True)
        try:
            os.close(os.open(self.prefix + tag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:  # another process created it just now
            return os.stat(self.prefix + tag).st_mtime_ns
        return self.bump([tag])[tag]

    def bump(self, tags):
        """In the order given: ANY_CHANGE comes last."""
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
        missing = [self.PREFIX + tag for tag in tags if self.PREFIX + tag not in found]
        if missing:
            # Evicted or never bumped: a new version, which no page kept
            # before can have recorded. add() keeps another process's.
            now = time.time_ns()
            for key in missing:
                cache.add(key, now, None)
            found |= cache.get_many(missing)
        return {tag: found[self.PREFIX + tag] for tag in tags}

    def bump(self, tags):
        """All at once (one MSET), so ANY_CHANGE cannot move before the rest."""
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
    PAGE_CACHE_PROCESS_BYTES, and the tag versions it read since
    ANY_CHANGE last moved."""

    def __init__(self):
        self.pages = OrderedDict()
        self.size = 0
        self.versions = {}
        self.checked_at = None  # when ANY_CHANGE was last read, on the monotonic clock

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
        """fresh=True reads ANY_CHANGE now rather than trusting the last
        TAG_RECHECK_SECONDS. Tags are read after it: a change caught half
        way is seen whole at the next check."""
        now = time.monotonic()
        if fresh or self.checked_at is None or now - self.checked_at > TAG_RECHECK_SECONDS:
            latest = tag_versions().get_many([ANY_CHANGE])[ANY_CHANGE]
            if self.versions.get(ANY_CHANGE) != latest:
                self.versions = {ANY_CHANGE: latest}
            self.checked_at = now
        if missing := [tag for tag in tags if tag not in self.versions]:
            self.versions |= tag_versions().get_many(missing)
        return {tag: self.versions[tag] for tag in tags}

    def forget_versions(self):
        self.versions = {}
        self.checked_at = None


memory = ProcessMemory()


def content_changed(*tags):
    """If the cache does not answer, the edit is saved all the same; pages
    kept in that cache were out of reach too, and expire by their lifetime."""
    try:
        tag_versions().bump([*sorted(set(tags) - {ANY_CHANGE}), ANY_CHANGE])
    except Exception:
        logger.exception("Page cache: could not announce a change of %s", sorted(tags))
    # Other processes' changes since the last check may hide behind this one.
    memory.forget_versions()


def tag_version(tag):
    return memory.current_versions([tag])[tag]


@functools.cache
def _release():
    """Pages drawn by other code, templates or translations are not this
    release's: a fingerprint of their contents (not their file times, which
    differ between the servers of one release) is part of every key."""
    base = settings.BASE_DIR
    fingerprint = hashlib.md5()
    for folder, subfolders, files in os.walk(base):
        # Not into the virtualenv, data, tests or hidden folders: a walk
        # through site-packages would take a second.
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(".") and name not in {"var", "tests", "bench", "node_modules"}
        )
        for name in sorted(files):
            if name.endswith((".py", ".html", ".mo")):
                path = Path(folder, name)
                fingerprint.update(str(path.relative_to(base)).encode() + path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        fingerprint.update(manifest.read_bytes())
    return fingerprint.hexdigest()[:12]


def _page_key(request, language):
    """Pages show absolute addresses (canonical link, structured data), so the
    scheme and host are part of the key as well as the language. The Host
    header is taken as sent (nginx sends the bare host name): a page is only
    kept for the canonical host (see _can_keep), so another never finds one.
    The address is decoded and its query sorted, so that spelling one
    address in many ways ("%6El" for "nl") finds the one kept page."""
    host = request.META.get("HTTP_HOST", "")
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    url = f"{request.scheme}://{host}{request.path}?{query}"
    digest = hashlib.md5(url.encode()).hexdigest()
    return f"{PAGE_KEY_PREFIX}{_release()}:{language}:{digest}"


def _is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and settings.PAGE_CACHE_SECONDS > 0
    )


def _kept_here(path):
    """(the key's language part, the query parameters a kept page may
    carry), or None where no page is kept."""
    if (language := get_language_from_path(path)) is not None:
        return language, QUERY_PARAMETERS
    for prefix, parameters in UNPREFIXED_PATHS.items():
        if path.startswith(prefix):
            return prefix.strip("/"), parameters
    return None


def _can_keep(request, response):
    """Only what every anonymous reader may see: a public page that sets no
    cookie and does not differ by session, asked for at its canonical
    address: the site's own host (SITE_URL) and only the query the view
    accepted. Anything else is drawn for whoever asked, and not kept, so
    nobody can fill the cache with variants of one page."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(response, "cache_tags", None) is None:
        return False
    if f"{request.scheme}://{request.get_host()}" != settings.SITE_URL:
        return False
    accepted = response.cache_query
    if dict(request.GET.lists()) != {name: [value] for name, value in accepted.items()}:
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
        _release()  # when the worker starts, not on its first reader's time

    def __call__(self, request):
        if not _is_anonymous_read(request) or (here := _kept_here(request.path_info)) is None:
            return self.get_response(request)
        language, parameters = here
        # A stray parameter (?utm_source=...) is never kept: no need to look.
        if not parameters.issuperset(request.GET):
            return self.get_response(request)
        key = _page_key(request, language)
        try:
            if (response := _kept_response(key)) is not None:
                request.page_cache_hit = True  # for the request log
                return get_conditional_response(
                    request,
                    etag=response["ETag"],
                    last_modified=_last_modified(response),
                    response=response,
                )
            started = request.drawing_started = time.time()
            drawn_at = memory.current_versions([ANY_CHANGE], fresh=True)[ANY_CHANGE]
        except Exception:
            logger.exception("Page cache: the cache did not answer; drawing the page")
            return self.get_response(request)
        response = self.get_response(request)
        if _can_keep(request, response):
            try:
                _keep(key, response, drawn_at, started)
            except Exception:
                logger.exception("Page cache: the page could not be kept")
        return response


def _last_modified(response):
    """Kept pages carry an ETag, seldom a Last-Modified: not parsed when absent."""
    if (value := response.get("Last-Modified")) is None:
        return None
    return parse_http_date_safe(value)


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


def _keep(key, response, drawn_at, started):
    tags = response.cache_tags | {EVERYTHING}
    response["Surrogate-Key"] = " ".join(sorted(tags))
    versions = memory.current_versions([ANY_CHANGE, *tags], fresh=True)
    if versions.pop(ANY_CHANGE) != drawn_at:
        return
    lifetime = settings.PAGE_CACHE_SECONDS
    expires_at = time.time() + lifetime
    if (scheduled := next_scheduled_change(drawn_at, started)) is not None:
        expires_at = min(expires_at, scheduled)
    if expires_at <= time.time():  # a scheduled time came while it was drawn
        return
    if not response.has_header("ETag"):  # set by ConditionalGetMiddleware
        response["ETag"] = quote_etag(hashlib.md5(response.content).hexdigest())
    entry = (versions, expires_at, response.status_code, dict(response.items()), response.content)
    memory.keep(key, entry)
    if _is_shared() and response.cache_shared and _within_shared_budget(len(response.content)):
        cache.set(key, entry, max(1, int(expires_at - time.time()) + 1))


def _within_shared_budget(size, now=None):
    """Counts the bytes written to the shared cache, and says whether this
    page still fits PAGE_CACHE_SHARED_BYTES. A shared page lives at most
    one window (PAGE_CACHE_SECONDS + 1), so the pages alive now were all
    written in this window or the one before: their sum bounds the bytes
    pages hold in Redis, whatever its eviction policy. A page over budget is
    kept in this process only."""
    window = settings.PAGE_CACHE_SECONDS + 1
    current = int((now or time.time()) // window)
    keys = [f"{BUDGET_KEY_PREFIX}{current}", f"{BUDGET_KEY_PREFIX}{current - 1}"]
    if sum(cache.get_many(keys).values()) + size > settings.PAGE_CACHE_SHARED_BYTES:
        return False
    cache.add(keys[0], 0, 2 * window)
    cache.incr(keys[0], size)
    return True


def next_scheduled_change(any_version, since):
    """The first moment after `since` (a timestamp: when the page began to
    be drawn) a page or disorder is due to appear or disappear, or None.
    Kept pages expire then, since no save announces it. Worked out once per
    content change, not once per page."""
    key = f"{SCHEDULE_KEY}:{_release()}"
    known = cache.get(key)
    if known is not None:
        known_version, known_since, scheduled = known
        if known_version == any_version and known_since <= since:
            if scheduled is None or scheduled > since:
                return scheduled
    from django.db.models import Min, Q

    from disorders.models import Disorder
    from pages.models import SitePage

    moment = datetime.fromtimestamp(since, tz=UTC)
    upcoming = []
    for model in (Disorder, SitePage):
        found = model.objects.aggregate(
            publish=Min("publish_at", filter=Q(publish_at__gt=moment)),
            unpublish=Min("unpublish_at", filter=Q(unpublish_at__gt=moment)),
        )
        upcoming += [when.timestamp() for when in found.values() if when is not None]
    scheduled = min(upcoming, default=None)
    cache.set(key, (any_version, since, scheduled), None)
    return scheduled
