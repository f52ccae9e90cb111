from django.db import models
from django.utils.translation import gettext_lazy as _


class Fragment(models.Model):
    """A part of a page drawn once and stored, so that a request the page
    cache does not answer draws only the frame around it (see
    pagecache/fragments.py). Valid while the code release and the versions
    of the tags it was drawn from are those it records."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    release = models.CharField(_("code release"), max_length=40)
    versions = models.CharField(_("content versions"), max_length=64)
    tags = models.TextField(_("tags"), help_text=_("What it shows, separated by spaces."))
    html = models.TextField(_("HTML"))
    drawn_at = models.DateTimeField(_("drawn at"), auto_now=True)

    class Meta:
        verbose_name = _("stored fragment")
        verbose_name_plural = _("stored fragments")

    def __str__(self):
        return self.key

    def cache_tags(self):
        """What the fragment shows: the page showing it depends on the same."""
        return set(self.tags.split())
