"""Parts of pages drawn when their content changes, not when they are read.

A disorder's article, in each language, is the same for every reader until
something it shows changes: the same tags the page cache follows (see
pages.py) say when. current() returns the stored fragment when it was
drawn by this release of the code from content at the tags' current
versions; otherwise the view draws it with draw(), which stores it, in the
database, where it outlives restarts and serves the long tail of pages no
memory keeps. With the HTML goes the little the page around it shows of
the same content (its title, its addresses), so that a stored page is
drawn without reading the content at all. `manage.py draw_articles`, run in
the release step, draws them all before the first reader asks.
"""

import functools
import hashlib
import logging
import time
from datetime import UTC, datetime

from django.conf import settings
from django.db import connection
from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import pages
from .models import Fragment

logger = logging.getLogger(__name__)


def current(name):
    """The fragment `name` in the active language, when it is stored, was
    drawn by this release of the code for this site's address, and nothing
    it shows has changed since; otherwise None. One query."""
    try:
        found = next(iter(Fragment.objects.raw(_lookup_sql(), [_key(name), _drawn_by()])))
        # A change to what it shows moves one of the tags it was drawn
        # from, and so does any change to which tags it has (a related
        # disorder added bumps the disorder's own tag).
        if found.versions != _versions_digest(found.cache_tags()):
            return None
    except StopIteration:
        return None
    except Exception:
        logger.exception("Fragments: %s could not be read; drawing it", name)
        return None
    if found.expires_at is not None and found.expires_at <= timezone.now():
        return None
    return found


def draw(name, tags, template_name, context, request=None):
    """The fragment `name` in the active language, drawn now and stored (a
    Fragment): template_name drawn with context(). tags names what it
    shows; context() may also give, under "frame", what the page around it
    shows of the same content (JSON). Like a kept page, it expires at the
    next scheduled publication or withdrawal of any page, since no save
    announces that."""
    names = sorted(tags)
    fragment = Fragment(key=_key(name), release=_drawn_by(), tags=" ".join(names))
    # When the page around it began to be drawn, if the page cache says:
    # the schedule then need not be worked out twice for one page.
    started = getattr(request, "drawing_started", None) or time.time()
    try:
        # Read before the content: a change made while it is drawn moves a
        # version, and the next reader draws it again.
        fragment.versions = _versions_digest(names)
        scheduled = pages.next_scheduled_change(pages.tag_version(pages.ANY_CHANGE), started)
    except Exception:
        logger.exception("Fragments: the tag versions could not be read; %s not stored", name)
        fragment.versions = scheduled = None
    if scheduled is not None:
        fragment.expires_at = datetime.fromtimestamp(scheduled, tz=UTC)
    shown = context()
    fragment.html = render_to_string(template_name, shown, request)
    fragment.frame = shown.get("frame", {})
    # Not stored when a scheduled time came while it was drawn.
    if fragment.versions is not None and (scheduled is None or scheduled > time.time()):
        Fragment.objects.bulk_create(
            [fragment],
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=[
                "release",
                "versions",
                "tags",
                "html",
                "frame",
                "expires_at",
                "drawn_at",
            ],
        )
    return fragment


def forget_other_releases():
    """Fragments drawn by other releases of the code, or for another site
    address, can never be current again: the release step deletes them."""
    Fragment.objects.exclude(release=_drawn_by()).delete()


@functools.cache
def _lookup_sql():
    """Written out: this one query is most of what a stored page costs, and
    building it with filter() took longer than running it."""
    quote = connection.ops.quote_name
    return (
        f"SELECT * FROM {quote(Fragment._meta.db_table)} "
        f"WHERE {quote('key')} = %s AND {quote('release')} = %s"
    )


def _drawn_by():
    """This release of the code, for this site's address: a fragment's
    frame holds absolute addresses (the structured data's)."""
    return hashlib.md5(f"{pages._release()} {settings.SITE_URL}".encode()).hexdigest()


def _key(name):
    return f"{name}:{translation.get_language()}"


def _versions_digest(tags):
    """With EVERYTHING, which a restore of the whole content bumps."""
    versions = pages.memory.current_versions(sorted({*tags, pages.EVERYTHING}))
    text = " ".join(f"{tag}={version}" for tag, version in sorted(versions.items()))
    return hashlib.md5(text.encode()).hexdigest()
