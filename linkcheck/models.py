"""Link checking for the models that cite web addresses. A model opts in by
inheriting ``CheckedLink`` (abstract: its fields go into the model's own
table) and naming its address field in ``link_field``; ``manage.py
check_links`` (linkcheck/checker.py) records the outcome on each row."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkStatus(models.TextChoices):
    OK = "ok", _("Works")
    REDIRECTED = "redirected", _("Redirects elsewhere")
    BROKEN = "broken", _("Broken")


class CheckedLink(models.Model):
    link_status = models.CharField(
        _("link status"), max_length=20, choices=LinkStatus, blank=True, editable=False
    )
    link_detail = models.CharField(
        _("link check result"), max_length=500, blank=True, editable=False
    )
    link_checked_at = models.DateTimeField(_("link checked at"), null=True, editable=False)

    link_field = "url"

    class Meta:
        abstract = True
