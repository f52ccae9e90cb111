from django.db import models
from django.utils.translation import gettext_lazy as _


class Fragment(models.Model):
    """A part of a page drawn once and stored, so that a request the page
    cache does not answer draws only the frame around it (see
    pagecache/fragments.py). Valid while the code release, the site's
    address and the versions of the tags it was drawn from are those it
    records."""

    # A name, a slug of up to 200 characters and a language.
    key = models.CharField(_("key"), max_length=250, unique=True)
    release = models.CharField(
        _("drawn by"), max_length=40, help_text=_("The code release and site address.")
    )
    versions = models.CharField(_("content versions"), max_length=64)
    tags = models.TextField(_("tags"), help_text=_("What it shows, separated by spaces."))
    html = models.TextField(_("HTML"))
    # Null in the rows the release before this field existed writes
    # while it still runs; this release never reads them.
    frame = models.JSONField(
        _("frame"),
        null=True,
        default=dict,
        help_text=_("What the page around it shows of the same content (title, addresses)."),
    )
    expires_at = models.DateTimeField(
        _("expires at"),
        null=True,
        help_text=_("The next scheduled publication or withdrawal: drawn again from then."),
    )
    drawn_at = models.DateTimeField(_("drawn at"), auto_now=True)

    class Meta:
        verbose_name = _("stored fragment")
        verbose_name_plural = _("stored fragments")

    def __str__(self):
        return self.key

    def cache_tags(self):
        """What the fragment shows: the page showing it depends on the same."""
        return set(self.tags.split())
