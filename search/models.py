from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from disorders.models import Disorder


class SearchEntryQuerySet(models.QuerySet):
    def cache_tags(self):
        """Results can show any content: every change bumps "search"."""
        return {"search"}


class SearchEntry(models.Model):
    """One searchable thing in one language, its texts kept twice: as shown,
    for snippets, and folded (the distinct words, lower case, without
    accents, separated by single spaces; other names one by one between
    bars), so that both databases match and rank the same way. Rebuilt
    whenever the thing is saved (see search/index.py)."""

    class Kind(models.TextChoices):
        DISORDER = "disorder", _("Blood disorder")
        ORGANISATION = "organisation", _("Patient organisation")
        TERM = "term", _("Glossary term")

    # Field order is column order: the small folded columns every search scans
    # come first, the long texts shown in snippets last.
    kind = models.CharField(max_length=20, choices=Kind)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    disorder = models.ForeignKey(Disorder, models.CASCADE, null=True, blank=True, related_name="+")
    title = models.CharField(max_length=300)
    url = models.CharField(max_length=500)
    folded_all = models.TextField()
    folded_title = models.TextField()
    folded_synonyms = models.TextField(blank=True)
    folded_summary = models.TextField(blank=True)
    folded_body = models.TextField(blank=True)
    # PostgreSQL only: the folded words as a full-text vector with a GIN
    # index (portal migration 0003), so prefix queries need not read the texts.
    vector = SearchVectorField(null=True, editable=False)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The other names as written, for "Did you mean …?".
    synonyms = models.TextField(blank=True)

    objects = SearchEntryQuerySet.as_manager()

    # On SQLite, triggers keep an FTS5 index of folded_all (migration 0003).
    # A migration that makes SQLite rebuild this table drops them: recreate
    # them after it.

    class Meta:
        # Moved from the portal app with its rows: the table keeps its name.
        db_table = "portal_searchentry"
        indexes = [models.Index(fields=["language", "kind"], name="portal_sear_languag_415646_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="one_entry_per_language"
            )
        ]

    def __str__(self):
        return self.title
