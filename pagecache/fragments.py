"""Parts of pages drawn when their content changes, not when they are read.

A disorder's article, in each language, is the same for every reader until
something it shows changes: the same tags the page cache follows (see
pages.py) say when. stored() returns the stored HTML when it was drawn by
this release of the code from content at the tags' current versions, and
otherwise draws it once and stores it, in the database, where it outlives
restarts and serves the long tail of pages no memory keeps.
`manage.py draw_fragments`, run in the release step, draws them all
before the first reader asks.
"""

import hashlib
import logging

from django.template.loader import render_to_string
from django.utils import translation

from . import pages
from .models import Fragment

logger = logging.getLogger(__name__)


def stored(name, tags, template_name, context, request=None):
    """The fragment `name` in the active language (a Fragment: its html,
    and its cache_tags() for the page showing it): the stored one when it
    was drawn by this release of the code from content whose tags have
    not moved since; otherwise template_name drawn with context() and
    stored. tags() names what the fragment shows; like context(), it is
    called only to draw. One query when stored and current."""
    key = f"{name}:{translation.get_language()}"
    release = pages._release()
    try:
        # Unordered: the key is unique, and ORDER BY would cost the same again.
        found = next(iter(Fragment.objects.filter(key=key, release=release)[:1]), None)
        # A change to what it shows moves one of the tags it was drawn
        # from, and so does any change to which tags it has (a related
        # disorder added bumps the disorder's own tag).
        if found is not None and found.versions == _versions_digest(found.cache_tags()):
            return found
        names = sorted(tags())
        versions = _versions_digest(names)
    except Exception:
        logger.exception("Fragments: the tag versions could not be read; drawing %s", key)
        html = render_to_string(template_name, context(), request)
        return Fragment(key=key, release=release, tags=" ".join(sorted(tags())), html=html)
    fragment = Fragment(
        key=key,
        release=release,
        versions=versions,
        tags=" ".join(names),
        html=render_to_string(template_name, context(), request),
    )
    Fragment.objects.bulk_create(
        [fragment],
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=["release", "versions", "tags", "html", "drawn_at"],
    )
    return fragment


def _versions_digest(tags):
    """Read before the fragment is drawn: a change made while it is drawn
    moves a version, and the next reader draws it again. With EVERYTHING,
    which a restore of the whole content bumps."""
    versions = pages.memory.current_versions(sorted({*tags, pages.EVERYTHING}))
    text = " ".join(f"{tag}={version}" for tag, version in sorted(versions.items()))
    return hashlib.md5(text.encode()).hexdigest()
