from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from modeltranslation.utils import build_localized_fieldname

from portal.images import check_image

# The editor offers exactly what the server keeps: the same list drives the
# toolbar and the nh3 allowlist, so pasted scripts, event handlers, inline
# styles and javascript: URLs are dropped on every save.
SECTION_BODY_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
}

ILLUSTRATION_MAX_BYTES = 5 * 1024 * 1024
ILLUSTRATION_MAX_PIXELS = 25_000_000


def validate_illustration(file):
    check_image(file, max_bytes=ILLUSTRATION_MAX_BYTES, max_pixels=ILLUSTRATION_MAX_PIXELS)


def localized(field_name, language=None):
    return build_localized_fieldname(field_name, language or translation.get_language())


class CategoryQuerySet(models.QuerySet):
    def for_home(self):
        """Two queries more, whatever the number of disorders: published
        top-level disorders in ``listed_disorders``, each with its
        published subtypes in ``listed_subtypes``."""
        published = Disorder.objects.published().fetch_mode(models.FETCH_RAISE)
        top_level = published.filter(parent__isnull=True).prefetch_related(
            Prefetch("subtypes", published, to_attr="listed_subtypes")
        )
        return self.prefetch_related(
            Prefetch("disorders", top_level, to_attr="listed_disorders")
        ).fetch_mode(models.FETCH_RAISE)


class Category(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name

    def anchor(self):
        return f"category-{self.slug}"


class DisorderQuerySet(models.QuerySet):
    def published(self):
        """Published disorders; a subtype also needs a published parent."""
        return self.filter(status=Disorder.Status.PUBLISHED).filter(
            Q(parent__isnull=True) | Q(parent__status=Disorder.Status.PUBLISHED)
        )

    def with_slug(self, slug, language=None):
        """Match the slug of the active language, or the English slug where
        that language has none yet (the page then falls back to English)."""
        language = language or translation.get_language()
        return self.filter(
            Q(**{localized("slug", language): slug})
            | Q(**{localized("slug", language) + "__isnull": True, "slug_en": slug})
        )

    def matching(self, query, language=None):
        """Published disorders whose name or summary contains the query, in
        the reader's language or in English."""
        language = language or translation.get_language()
        condition = Q()
        for code in dict.fromkeys([language, "en"]):
            condition |= Q(**{localized("name", code) + "__icontains": query})
            condition |= Q(**{localized("summary", code) + "__icontains": query})
        return self.for_index().filter(condition)

    def with_slug_in_any_language(self, slug):
        condition = Q()
        for code, _name in settings.LANGUAGES:
            condition |= Q(**{localized("slug", code): slug})
        return self.filter(condition)

    def for_index(self):
        return self.published().select_related("parent").fetch_mode(models.FETCH_RAISE)

    def for_detail(self):
        """Also loads the patient organisations of the disorder and of its
        parent, with their languages: see Disorder.patient_organisations()."""
        from organisations.models import Organisation  # organisations depends on disorders

        published = Disorder.objects.published().fetch_mode(models.FETCH_RAISE)
        return (
            self.select_related("category", "parent")
            .prefetch_related(
                Prefetch("sections", DisorderSection.objects.fetch_mode(models.FETCH_RAISE)),
                Prefetch("subtypes", published),
                Prefetch("related", published),
                Prefetch("organisations", Organisation.objects.for_listing()),
                Prefetch("parent__organisations", Organisation.objects.for_listing()),
            )
            .fetch_mode(models.FETCH_RAISE)
        )

    def siblings_of(self, disorder):
        """Other top-level disorders of the same category, for navigation."""
        return (
            self.published()
            .filter(category_id=disorder.category_id, parent__isnull=True)
            .exclude(pk__in=[disorder.pk, disorder.parent_id])
            .fetch_mode(models.FETCH_RAISE)
        )


class Disorder(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    category = models.ForeignKey(
        Category, models.PROTECT, related_name="disorders", verbose_name=_("category")
    )
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="subtypes",
        verbose_name=_("parent disorder"),
        help_text=_("Set this for a subtype, for example AML under leukemia."),
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The last part of the page address. Keep it stable once published."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("One paragraph in plain language, shown in lists and at the top.")
    )
    illustration = models.ImageField(
        _("illustration"),
        upload_to="disorders/",
        blank=True,
        width_field="illustration_width",
        height_field="illustration_height",
        validators=[
            FileExtensionValidator(["jpg", "jpeg", "png", "webp"]),
            validate_illustration,
        ],
    )
    illustration_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    illustration_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    illustration_alt = models.CharField(
        _("illustration description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_("Describe what the image shows for readers who cannot see it."),
    )
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related disorders"))
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.DRAFT)
    position = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Lower numbers are listed first.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = DisorderQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("disorder")
        verbose_name_plural = _("disorders")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("disorders:detail", args=[self.slug])

    def clean(self):
        errors = {}
        if self.parent_id:
            if self.parent_id == self.pk:
                errors["parent"] = _("A disorder cannot be its own parent.")
            elif self.parent.parent_id:
                errors["parent"] = _(
                    "Subtypes cannot have subtypes of their own: choose a main disorder."
                )
            elif self.pk and self.subtypes.exists():
                errors["parent"] = _("This disorder has subtypes, so it cannot be a subtype.")
            elif self.category_id and self.category_id != self.parent.category_id:
                errors["category"] = _("A subtype must be in the same category as its parent.")
        if self.illustration and not self.illustration_alt_en:
            errors["illustration_alt_en"] = _(
                "Describe the illustration for readers who cannot see it."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    def is_translated(self, language=None):
        """True when the page's own texts exist in the language, so readers
        are not shown English without a word of warning."""
        language = language or translation.get_language()
        return all(getattr(self, localized(name, language)) for name in ("name", "summary"))

    def patient_organisations(self):
        """Active organisations of this disorder and, for a subtype, of its
        parent, by name. Needs the prefetches of for_detail()."""
        organisations = {o.pk: o for o in self.organisations.all()}
        if self.parent:
            organisations |= {o.pk: o for o in self.parent.organisations.all()}
        return sorted(organisations.values(), key=lambda o: o.name.casefold())

    def page_sections(self):
        """Sections with a unique anchor each; needs the prefetch of for_detail()."""
        seen = set()
        sections = list(self.sections.all())
        for section in sections:
            anchor = slugify(section.heading) or "section"
            if anchor in seen:
                anchor = f"{anchor}-{section.pk}"
            seen.add(anchor)
            section.anchor = anchor
        return sections


class DisorderSection(models.Model):
    class Callout(models.TextChoices):
        NONE = "", _("No, a normal section")
        KEY_POINTS = "key_points", _("Key points box")
        URGENT = "urgent_help", _("Urgent help box")

    disorder = models.ForeignKey(
        Disorder, models.CASCADE, related_name="sections", verbose_name=_("disorder")
    )
    position = models.PositiveIntegerField(
        _("position"),
        default=0,
        help_text=_(
            "Sections are shown from the lowest number to the highest. "
            "Change the numbers to reorder them."
        ),
    )
    heading = models.CharField(_("heading"), max_length=200)
    body = ProseEditorField(
        _("text"), extensions=SECTION_BODY_EXTENSIONS, sanitize=True, blank=True
    )
    callout = models.CharField(
        _("call-out box"),
        max_length=20,
        choices=Callout,
        default=Callout.NONE,
        blank=True,
        help_text=_("Shows the section in a highlighted box, like the NHS care cards."),
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.heading

    def shown_language(self):
        """The language this section is displayed in: English when its text
        in the active language is missing, so the page can mark it."""
        language = translation.get_language()
        if getattr(self, localized("heading", language)) and getattr(
            self, localized("body", language)
        ):
            return language
        return "en"
