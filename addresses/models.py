from django.db import models
from django.utils.translation import gettext_lazy as _


class OldAddress(models.Model):
    """An address a public page had before its slug changed, and where the
    page is now: the 301 that keeps leaflets, letters and search engines'
    links working (addresses/middleware.py). Written by addresses/signals.py."""

    old_path = models.CharField(_("old address"), max_length=500, unique=True)
    new_path = models.CharField(_("new address"), max_length=500)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")

    def __str__(self):
        return f"{self.old_path} → {self.new_path}"
