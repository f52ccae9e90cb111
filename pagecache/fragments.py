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
from django.utils.safestring import mark_safe

from . import pages
from .models import Fragment

logger = logging.getLogger(__name__)


def stored(name, tags, template_name, context, request=None):
    """The HTML of template_name drawn with context (a callable returning
    it, called only when the fragment must be drawn), for the fragment
    `name` in the active language. One query when it is stored and
    current; when it is not, the queries of the context, and one to store."""
    key = f"{name}:{translation.get_language()}"
    try:
        versions = _versions_digest(tags)
    except Exception:
        logger.exception("Fragments: the tag versions could not be read; drawing %s", key)
        return mark_safe(render_to_string(template_name, context(), request))
    release = pages._release()
    found = Fragment.objects.filter(key=key).values_list("release", "versions", "html").first()
    if found is not None and found[:2] == (release, versions):
        return mark_safe(found[2])
    html = render_to_string(template_name, context(), request)
    Fragment.objects.bulk_create(
        [Fragment(key=key, release=release, versions=versions, html=html)],
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=["release", "versions", "html", "drawn_at"],
    )
    return mark_safe(html)


def _versions_digest(tags):
    """Read before the fragment is drawn: a change made while it is drawn
    moves a version, and the next reader draws it again."""
    versions = pages.memory.current_versions(sorted(tags))
    text = " ".join(f"{tag}={version}" for tag, version in sorted(versions.items()))
    return hashlib.md5(text.encode()).hexdigest()
