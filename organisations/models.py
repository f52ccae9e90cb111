import datetime

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _

from disorders.models import Disorder, localized
from linkcheck.models import CheckedLink

STALE_AFTER = datetime.timedelta(days=365)


class LanguageQuerySet(models.QuerySet):
    def cache_tags(self):
        return {"languages"}


class Language(models.Model):
    """A language an organisation works in. Rows are created by a migration;
    the names come from the interface translations, so every reader sees
    them in their own language."""

    class Code(models.TextChoices):
        DUTCH = "nl", _("Dutch")
        FRENCH = "fr", _("French")
        ENGLISH = "en", _("English")
        GERMAN = "de", _("German")

    code = models.CharField(_("code"), max_length=8, choices=Code, unique=True)

    objects = LanguageQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("working language")
        verbose_name_plural = _("working languages")

    def __str__(self):
        return self.get_code_display()


class OrganisationQuerySet(models.QuerySet):
    def cache_tags(self):
        """Lists of organisations show their names and languages."""
        return {"organisations", "languages"}

    def active(self):
        return self.filter(is_active=True)

    def for_listing(self):
        """Active organisations with their languages: one query more."""
        return (
            self.active()
            .prefetch_related(
                Prefetch("languages", Language.objects.fetch_mode(models.FETCH_RAISE))
            )
            .fetch_mode(models.FETCH_RAISE)
        )

    def for_detail(self):
        return self.for_listing().prefetch_related(
            Prefetch(
                "disorders",
                Disorder.objects.published()
                .select_related("parent")
                .fetch_mode(models.FETCH_RAISE),
            )
        )

    def serving(self, disorder):
        """Organisations of the disorder, and of its parent for a subtype."""
        return self.filter(
            disorders__in=[disorder.pk, disorder.parent_id or disorder.pk]
        ).distinct()

    def filtered(self, *, language=None, region=None, disorder=None):
        organisations = self.active()
        if language:
            organisations = organisations.filter(languages__code=language)
        if region:
            organisations = organisations.filter(region=region)
        if disorder:
            organisations = organisations.serving(disorder)
        return organisations.distinct()

    def in_reading_order(self):
        """By name in the reader's language, English where it has none."""
        name = Coalesce(
            NullIf(localized("name"), Value("")), "name_en", output_field=models.CharField()
        )
        return self.order_by(Lower(name), "pk")

    def stale(self, today=None):
        today = today or timezone.localdate()
        return self.filter(
            models.Q(contact_verified_on__isnull=True)
            | models.Q(contact_verified_on__lt=today - STALE_AFTER)
        )

    def for_api(self):
        """Active organisations by id, with their languages and published
        disorders: two queries more."""
        return self.for_detail().order_by("pk")


phone_validator = RegexValidator(
    r"^\+?[0-9 ()./-]{6,30}$",
    _(
        "Enter a phone number with digits, spaces and + ( ) . / - only, for example +32 2 123 45 67."
    ),
)


class Organisation(CheckedLink):
    class Region(models.TextChoices):
        FLANDERS = "flanders", _("Flanders")
        WALLONIA = "wallonia", _("Wallonia")
        BRUSSELS = "brussels", _("Brussels")
        NATIONAL = "national", _("Belgium-wide")
        INTERNATIONAL = "international", _("International")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The last part of the page address. Keep it stable once published."),
    )
    description = models.TextField(
        _("description"), help_text=_("What the organisation offers, in plain language.")
    )
    languages = models.ManyToManyField(
        Language,
        related_name="organisations",
        verbose_name=_("working languages"),
        help_text=_("The languages in which the organisation answers people."),
    )
    region = models.CharField(_("region"), max_length=20, choices=Region)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(
        _("phone number"), max_length=30, blank=True, validators=[phone_validator]
    )
    address = models.TextField(_("postal address"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to="organisations/logos/",
        blank=True,
        help_text=_("JPEG, PNG or WebP, at most 2 MB. Copies for the site are made automatically."),
    )
    logo_small = models.ImageField(
        upload_to="organisations/logos/",
        blank=True,
        editable=False,
        width_field="logo_small_width",
        height_field="logo_small_height",
    )
    logo_small_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_small_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_large = models.ImageField(
        upload_to="organisations/logos/",
        blank=True,
        editable=False,
        width_field="logo_large_width",
        height_field="logo_large_height",
    )
    logo_large_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_large_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_alt = models.CharField(
        _("logo description (alt text)"),
        max_length=200,
        blank=True,
        help_text=_("Usually the organisation’s name, for example “Logo of …”."),
    )
    disorders = models.ManyToManyField(
        Disorder, blank=True, related_name="organisations", verbose_name=_("disorders")
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive organisations are hidden from the site.")
    )
    contact_verified_on = models.DateField(
        _("contact details last verified on"), null=True, blank=True
    )

    link_field = "website"

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("patient organisation")
        verbose_name_plural = _("patient organisations")
        permissions = [
            (
                "translate_organisation",
                _("Can edit the Dutch and French texts of patient organisations"),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("organisations:detail", args=[self.slug])

    def cache_tags(self):
        """Its page shows it, its disorders' names and its languages."""
        return {f"org-{self.pk}", "catalogue", "languages"}

    def tel_href(self):
        return "tel:" + "".join(c for c in self.phone if c.isdigit() or c == "+")

    def language_codes(self):
        """Needs the languages prefetched, as the page querysets do."""
        return [language.code for language in self.languages.all()]

    def works_in_readers_language(self):
        return translation.get_language() in self.language_codes()

    def language_names(self):
        return get_text_list([str(language) for language in self.languages.all()], _("and"))

    def is_stale(self, today=None):
        today = today or timezone.localdate()
        return self.contact_verified_on is None or self.contact_verified_on < today - STALE_AFTER
