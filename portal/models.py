from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from disorders.models import SECTION_BODY_EXTENSIONS, Disorder, is_live


class SitePageQuerySet(models.QuerySet):
    def cache_tags(self):
        return {"site-pages"}

    def published(self, now=None):
        return self.filter(is_live(now or timezone.now()))


class SitePage(models.Model):
    """The pages trust depends on, one of each kind, linked from every footer."""

    class Kind(models.TextChoices):
        ABOUT = "about", _("About us")
        EDITORIAL_POLICY = "editorial_policy", _("Editorial policy")
        PRIVACY = "privacy", _("Privacy")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        FUNDING = "funding", _("Funding and conflicts of interest")

    kind = models.CharField(_("kind of page"), max_length=30, choices=Kind, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = ProseEditorField(_("text"), extensions=SECTION_BODY_EXTENSIONS, sanitize=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Disorder.Status, default=Disorder.Status.DRAFT
    )
    publish_at = models.DateTimeField(_("publish at"), null=True, blank=True)
    unpublish_at = models.DateTimeField(_("unpublish at"), null=True, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("last changed by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = SitePageQuerySet.as_manager()

    class Meta:
        ordering = ["kind"]
        verbose_name = _("site page")
        verbose_name_plural = _("site pages")
        permissions = [
            ("publish_sitepage", _("Can publish, schedule and unpublish site pages")),
            ("translate_sitepage", _("Can edit the Dutch and French texts of site pages")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("site-page", kwargs={"page": self.kind.replace("_", "-")})

    def cache_tags(self):
        return {"site-pages"}


class SearchEntryQuerySet(models.QuerySet):
    def cache_tags(self):
        """Results can show any content: every change bumps "search"."""
        return {"search"}


class SearchEntry(models.Model):
    """One searchable thing in one language, its texts kept twice: as shown,
    for snippets, and folded (the distinct words, lower case, without
    accents, separated by single spaces), so that matching is plain LIKE on
    SQLite and PostgreSQL alike. Rebuilt whenever the thing is saved (see
    portal.search)."""

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
    # index (migration 0004), so prefix queries need not read the texts.
    vector = SearchVectorField(null=True, editable=False)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["language", "kind"])]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="one_entry_per_language"
            )
        ]

    def __str__(self):
        return self.title
