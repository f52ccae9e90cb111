from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from disorders import revisions
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
        # Moved from the portal app with its rows: the table keeps its name.
        db_table = "portal_sitepage"
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
        return reverse("pages:detail", kwargs={"page": self.kind.replace("_", "-")})

    def cache_tags(self):
        return {"site-pages"}


revisions.register(revisions.PageKind(SitePage))
