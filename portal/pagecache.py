"""Whole public pages kept for anonymous readers, so that a page a thousand
readers ask for at once is drawn once.

A view opts in with depends_on(response, *tags): the tags name the content
the page shows ("disorder-12", "glossary", ...). A change to that content
bumps the tags' versions (see portal/invalidation.py), and a kept page whose
recorded versions differ is drawn again: no time-to-live guesswork, and an
edit to one disorder leaves the other thousand pages where they are.

Pages live in the default cache (local memory, or Redis when REDIS_URL is
set). Tag versions must be the same for every process that serves pages, so
they live in Redis when there is one, and otherwise in the modification
times of small files under var/, which every worker on the host sees.
"""

import hashlib
import logging
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils.cache import has_vary_header
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


def depends_on(response, *tags):
    """Mark a response as cacheable for anonymous readers, showing this content."""
    response.cache_tags = frozenset(tags) | {EVERYTHING}
    return response


class FileTagVersions:
    """A tag's version is the modification time of its file: one stat() per
    tag, shared by every process on the host. A missing file is version 0."""

    def __init__(self, directory):
        self.directory = Path(directory)

    def get_many(self, tags):
        versions = {}
        for tag in tags:
            try:
                versions[tag] = os.stat(self.directory / tag).st_mtime_ns
            except FileNotFoundError:
                versions[tag] = 0
        return versions

    def bump(self, tags):
        self.directory.mkdir(parents=True, exist_ok=True)
        for tag in tags:
            path = self.directory / tag
            path.touch()
            # An explicit time: the file system's own clock ticks too coarsely
            # to tell two changes within a few milliseconds apart.
            now = time.time_ns()
            os.utime(path, ns=(now, now))


class CacheTagVersions:
    """Tag versions in the shared cache (Redis): one round trip for all tags."""

    PREFIX = "page-tag:"

    def get_many(self, tags):
        found = cache.get_many([self.PREFIX + tag for tag in tags])
        return {tag: found.get(self.PREFIX + tag, 0) for tag in tags}

    def bump(self, tags):
        now = time.time_ns()
        cache.set_many({self.PREFIX + tag: now for tag in tags}, None)


def tag_versions():
    if settings.PAGE_CACHE_TAG_DIRECTORY:
        return FileTagVersions(settings.PAGE_CACHE_TAG_DIRECTORY)
    return CacheTagVersions()


def content_changed(*tags):
    """If the cache does not answer, the edit is saved all the same; pages
    kept in that cache were out of reach too, and expire by their lifetime."""
    try:
        tag_versions().bump({ANY_CHANGE, *tags})
    except Exception:
        logger.exception("Page cache: could not announce a change of %s", sorted(tags))


def tag_version(tag):
    return tag_versions().get_many([tag])[tag]


def _page_key(request, language):
    """Pages show absolute addresses (canonical link, structured data), so the
    scheme and host are part of the key as well as the language."""
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
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
    database, no template. Placed under ConditionalGetMiddleware, which
    answers a reader who already has the page with 304 from the kept ETag."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_anonymous_read(request):
            return self.get_response(request)
        language = get_language_from_path(request.path_info)
        if language is None:
            return self.get_response(request)
        try:
            key = _page_key(request, language)
        except DisallowedHost:
            return self.get_response(request)  # refused below, in the reader's language
        try:
            entry = cache.get(key)
            if entry is not None and (response := _kept_response(entry)) is not None:
                return response
            drawn_at = tag_version(ANY_CHANGE)
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


def _kept_response(entry):
    from django.http import HttpResponse

    versions, expires_at, status, headers, content = entry
    if time.time() >= expires_at or tag_versions().get_many(versions) != versions:
        return None
    response = HttpResponse(content, status=status, headers=headers)
    response["X-Page-Cache"] = "hit"
    return response


def _keep(key, response, drawn_at):
    versions = tag_versions().get_many([ANY_CHANGE, *response.cache_tags])
    if versions.pop(ANY_CHANGE) != drawn_at:
        return
    lifetime = settings.PAGE_CACHE_SECONDS
    expires_at = time.time() + lifetime
    if (scheduled := next_scheduled_change(drawn_at)) is not None:
        expires_at = min(expires_at, scheduled)
    if not response.has_header("ETag"):
        response["ETag"] = quote_etag(hashlib.md5(response.content).hexdigest())
    headers = dict(response.items())
    cache.set(
        key,
        (versions, expires_at, response.status_code, headers, response.content),
        max(1, int(expires_at - time.time()) + 1),
    )


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
