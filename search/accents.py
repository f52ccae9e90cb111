"""Accent-insensitive search for admin lists: "leucemie" finds "Leucémie".
Nothing is registered here; admin classes add the mixin to their bases."""

import unicodedata

from django.db.models.constants import LOOKUP_SEP


def unaccent(text):
    """SQLite stand-in for PostgreSQL's unaccent(): letters without their
    accents (search/apps.py registers it on every SQLite connection)."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


class AccentInsensitiveSearchMixin:
    """Searches every plain entry of search_fields through the unaccent
    transform of django.contrib.postgres, applied to the field and the
    search term alike: the unaccent extension on PostgreSQL (search
    migration 0005), a Python function on SQLite. Entries with a prefix
    (^, =, @) or a lookup of their own are left as they are."""

    def get_search_fields(self, request):
        return [
            field if field[:1] in "^=@" or LOOKUP_SEP in field else f"{field}{LOOKUP_SEP}unaccent"
            for field in super().get_search_fields(request)
        ]
