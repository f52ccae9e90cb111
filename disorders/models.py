import datetime
import functools
import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Prefetch, Q
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from modeltranslation.utils import build_localized_fieldname
from PIL import Image

from linkcheck.models import CheckedLink
from pagecache.tags import Tagged
from portal.images import check_image, clean_copies
from portal.languages import language_codes

from . import revisions

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
# WebP renditions for srcset: a phone, a tablet or the article column on a
# desktop, and a high-density screen.
ILLUSTRATION_WIDTHS = (480, 800, 1200)


def validate_illustration(file):
    """Checks a new upload; an image already stored was checked when it came."""
    if getattr(file, "_committed", False):
        return
    check_image(file, max_bytes=ILLUSTRATION_MAX_BYTES, max_pixels=ILLUSTRATION_MAX_PIXELS)


# Ids the disorder page uses itself; a section heading must not take them.
RESERVED_ANCHORS = {
    "main-content",
    "toc-heading",
    "types",
    "words-heading",
    "page-info-heading",
    "related-heading",
    "other-heading",
    "organisations-heading",
    "improve-heading",
}


# Where a sentence ends: after . ! or ? and before a space and a capital
# letter or digit, so "e.g. bone" and "3.5 g" are not split.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9])")


def localized(field_name, language=None):
    return build_localized_fieldname(field_name, language or translation.get_language())


def shown_language(obj, field_name):
    """The language a translated field is shown in: the reader's, or English
    where that language has no text yet, so pages can say so with lang."""
    language = translation.get_language()
    return language if getattr(obj, localized(field_name, language)) else "en"


# What finding the page at an address reads (see DisorderQuerySet.for_address).
ADDRESS_FIELDS = [
    "category_id",
    "parent_id",
    *(f"{name}_{code}" for name in ("name", "slug") for code, _name in settings.LANGUAGES),
]


class CategoryQuerySet(models.QuerySet):
    def cache_tags(self):
        """Lists of categories show their disorders' names."""
        return {"catalogue"}

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
        permissions = [
            ("translate_category", _("Can edit the Dutch and French texts of categories")),
        ]

    def __str__(self):
        return self.name

    def anchor(self):
        return f"category-{self.slug}"


def is_live(now, prefix=""):
    """Published, past its publish-at time and before its unpublish-at time:
    schedules take effect at request time, with no job to run."""
    return (
        Q(**{f"{prefix}status": Disorder.Status.PUBLISHED})
        & (Q(**{f"{prefix}publish_at__isnull": True}) | Q(**{f"{prefix}publish_at__lte": now}))
        & (Q(**{f"{prefix}unpublish_at__isnull": True}) | Q(**{f"{prefix}unpublish_at__gt": now}))
    )


def address_tag(slug):
    """The cache tag of the disorder page at this slug, whichever disorder
    it shows: bumped when a disorder takes the slug or leaves it (see
    pagecache/signals.py)."""
    return f"address-{slug}"


def _own_slug_first(matches, slug):
    """The disorder whose slug in the active language this is, else one
    shown at it through the English fallback; `disorder.slug` would fall
    back too, and could not tell them apart."""
    own = localized("slug")
    for disorder in matches:
        if getattr(disorder, own) == slug:
            return disorder
    return matches[0] if matches else None


class DisorderQuerySet(models.QuerySet):
    def cache_tags(self):
        """What a page listing disorders depends on: every change to a name,
        a slug, a summary or a publication reaches "catalogue" (see
        pagecache/signals.py)."""
        return {"catalogue"}

    def published(self, now=None):
        """Live disorders; a subtype also needs a live parent."""
        now = now or timezone.now()
        return self.filter(is_live(now)).filter(Q(parent__isnull=True) | is_live(now, "parent__"))

    def review_overdue(self, today=None):
        return self.filter(next_review_on__lt=today or timezone.localdate())

    def review_due_within(self, days, today=None):
        today = today or timezone.localdate()
        return self.filter(
            next_review_on__gte=today, next_review_on__lte=today + datetime.timedelta(days=days)
        )

    def translation_missing(self, language):
        return self.filter(
            Q(**{f"name_{language}__isnull": True})
            | Q(**{f"name_{language}": ""})
            | Q(**{f"summary_{language}__isnull": True})
            | Q(**{f"summary_{language}": ""})
        )

    def translation_outdated(self, language):
        """Translated, but the English text changed after the translation
        was last edited or confirmed."""
        return (
            self.exclude(pk__in=self.translation_missing(language).values("pk"))
            .filter(source_changed_at__isnull=False)
            .filter(
                Q(**{f"translated_{language}_at__isnull": True})
                | Q(**{f"translated_{language}_at__lt": F("source_changed_at")})
            )
        )

    def with_slug(self, slug, language=None):
        """Match the slug of the active language, or the English slug where
        that language has none yet (the page then falls back to English)."""
        language = language or translation.get_language()
        return self.filter(
            Q(**{localized("slug", language): slug})
            | Q(**{localized("slug", language) + "__isnull": True, "slug_en": slug})
        )

    def best_for_slug(self, slug):
        """The disorder at this address, or None. A slug of the active
        language wins over an English fallback slug. One query."""
        return _own_slug_first(list(self.with_slug(slug)[:2]), slug)

    def with_slug_in_any_language(self, slug):
        condition = Q()
        for code, _name in settings.LANGUAGES:
            condition |= Q(**{localized("slug", code): slug})
        return self.filter(condition)

    def for_index(self):
        return self.published().select_related("parent").fetch_mode(models.FETCH_RAISE)

    def for_address(self):
        """Only what finding the page at an address needs: its slugs and
        names, the ids its cache tags are made of, and whether it and its
        parent are live. The page itself is drawn from for_detail()."""
        schedule = ["status", "publish_at", "unpublish_at"]
        return (
            self.select_related("parent")
            .only(*ADDRESS_FIELDS, *schedule, *(f"parent__{name}" for name in schedule))
            .fetch_mode(models.FETCH_RAISE)
        )

    def live_for_slug(self, slug, now=None):
        """best_for_slug() among live disorders, as published() says, but
        told in Python from the few rows with that slug: building
        published()'s conditions cost more than the query itself."""
        now = now or timezone.now()
        # At most two rows (this language's slug, the English fallback):
        # no order needed.
        matches = [
            disorder
            for disorder in self.with_slug(slug).order_by()
            if disorder.is_live_itself(now)
            and (disorder.parent_id is None or disorder.parent.is_live_itself(now))
        ]
        return _own_slug_first(matches, slug)

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
                Prefetch("sources", Source.objects.fetch_mode(models.FETCH_RAISE)),
            )
            .fetch_mode(models.FETCH_RAISE)
        )

    def for_appointment(self):
        """What the appointment page prints: sections (for the call-outs) and
        the patient organisations of the disorder and its parent, with their
        languages. Four queries more, whatever the number of rows."""
        from organisations.models import Organisation  # organisations depends on disorders

        return (
            self.select_related("category", "parent")
            .prefetch_related(
                Prefetch("sections", DisorderSection.objects.fetch_mode(models.FETCH_RAISE)),
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

    def for_api(self):
        """Published disorders by id, with their category and parent: one query."""
        return (
            self.published()
            .select_related("category", "parent")
            .order_by("pk")
            .fetch_mode(models.FETCH_RAISE)
        )

    def for_api_detail(self):
        """for_detail() of published disorders: a constant number of queries."""
        return self.published().for_detail()


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
    synonyms = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_(
            "Abbreviations and other names readers may search for, separated by commas (for example AML, blood cancer)."
        ),
    )
    questions = ProseEditorField(
        _("questions to ask your haematologist"),
        extensions=SECTION_BODY_EXTENSIONS,
        sanitize=True,
        blank=True,
        help_text=_(
            "A short list of questions readers can take to their appointment; printed on the "
            "appointment page."
        ),
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
    # [{"width", "height", "name"}] of the WebP copies, narrowest first.
    illustration_renditions = models.JSONField(
        _("illustration renditions"), default=list, blank=True, editable=False
    )
    illustration_alt = models.CharField(
        _("illustration description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_("Describe what the image shows for readers who cannot see it."),
    )
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related disorders"))
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty to publish as soon as the status is Published. A later time schedules the page."
        ),
    )
    unpublish_at = models.DateTimeField(
        _("unpublish at"),
        null=True,
        blank=True,
        help_text=_("Optional: the page disappears at this time."),
    )
    position = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Lower numbers are listed first.")
    )
    authors = models.CharField(
        _("written by"),
        max_length=300,
        blank=True,
        help_text=_("Names of the authors, separated by commas."),
    )
    reviewer_name = models.CharField(_("medical reviewer"), max_length=200, blank=True)
    reviewer_credentials = models.CharField(
        _("reviewer's credentials"),
        max_length=200,
        blank=True,
        help_text=_("For example: haematologist, University Hospital Leuven."),
    )
    reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    next_review_on = models.DateField(
        _("next review due on"),
        null=True,
        blank=True,
        help_text=_("Leave empty for one year after the last review."),
    )
    version = models.PositiveIntegerField(_("version"), default=0, editable=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("last changed by"),
    )
    source_changed_at = models.DateTimeField(
        _("English text last changed at"), null=True, editable=False
    )
    translated_nl_at = models.DateTimeField(
        _("Dutch translation last updated at"), null=True, editable=False
    )
    translated_fr_at = models.DateTimeField(
        _("French translation last updated at"), null=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = DisorderQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("disorder")
        verbose_name_plural = _("disorders")
        permissions = [
            ("publish_disorder", _("Can publish, schedule and unpublish disorders")),
            ("review_disorder", _("Can set medical review information")),
            ("translate_disorder", _("Can edit the Dutch and French texts of disorders")),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        """Lists show hundreds of disorders: the address is reversed once
        per language (and URL configuration), then only the slug changes."""
        address = _detail_address(
            translation.get_language(), get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()
        )
        return address.replace(SLUG_STANDIN, self.slug)

    def cache_tags(self):
        """What its page shows: itself, the "other disorders" of its
        category, its parent, the related disorders it lists, the glossary
        its text is marked with and its organisations' languages. One query
        (the related disorders, published or not: a draft that becomes
        published appears on the page), remembered for the instance."""
        if hasattr(self, "_cache_tags"):
            return self._cache_tags
        related = Disorder.related.through.objects.filter(from_disorder_id=self.pk)
        self._cache_tags = {
            f"disorder-{self.pk}",
            f"category-{self.category_id}",
            *([f"disorder-{self.parent_id}"] if self.parent_id else []),
            *(f"disorder-{pk}" for pk in related.values_list("to_disorder_id", flat=True)),
            "glossary",
            "languages",
        }
        return self._cache_tags

    def get_appointment_url(self):
        return reverse("disorders:appointment", args=[self.slug])

    def appointment_content(self):
        """What its appointment page shows, for pagecache.tags.shows(): itself,
        its parent (a subtype lists the parent's organisations and names it)
        and the organisations' languages. No query."""
        return Tagged(
            f"disorder-{self.pk}",
            *([f"disorder-{self.parent_id}"] if self.parent_id else []),
            "languages",
        )

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
        if self.reviewed_on and not self.next_review_on:
            self.next_review_on = self.reviewed_on + datetime.timedelta(days=365)
        if self.next_review_on and self.reviewed_on and self.next_review_on <= self.reviewed_on:
            errors["next_review_on"] = _("The next review must come after the last review.")
        if self.publish_at and self.unpublish_at and self.unpublish_at <= self.publish_at:
            errors["unpublish_at"] = _("The page must be unpublished after it is published.")
        if self.illustration and not self.illustration_alt_en:
            errors["illustration_alt_en"] = _(
                "Describe the illustration for readers who cannot see it."
            )
        if errors:
            raise ValidationError(errors)

    def replace_illustration(self, upload):
        """Keep a clean copy of a checked upload (re-encoded from its pixels,
        so no metadata such as a GPS position survives) and WebP renditions
        of it; the record itself is not saved."""
        original, renditions = clean_copies(upload, ILLUSTRATION_WIDTHS)
        self.illustration.save(original.name, original, save=False)
        storage, stored = self.illustration.storage, {}
        for file in renditions.values():
            with Image.open(file) as image:
                width, height = image.size
            file.seek(0)
            if width not in stored:  # a small image is never enlarged
                name = storage.save(f"disorders/{file.name}", file)
                stored[width] = {"width": width, "height": height, "name": name}
        self.illustration_renditions = sorted(stored.values(), key=lambda r: r["width"])

    def illustration_srcset(self):
        storage = self.illustration.storage
        return ", ".join(
            f"{storage.url(r['name'])} {r['width']}w" for r in self.illustration_renditions
        )

    def illustration_src(self):
        """The largest rendition, or the stored image before renditions existed."""
        if self.illustration_renditions:
            return self.illustration.storage.url(self.illustration_renditions[-1]["name"])
        return self.illustration.url

    def publication_state(self, now=None):
        """Draft, scheduled, published or expired, for staff."""
        now = now or timezone.now()
        if self.status != self.Status.PUBLISHED:
            return _("Draft")
        if self.publish_at and self.publish_at > now:
            return _("Scheduled")
        if self.unpublish_at and self.unpublish_at <= now:
            return _("Unpublished (expired)")
        return _("Published")

    def is_live_itself(self, now):
        """Live by its own status and schedule (see is_live())."""
        return (
            self.status == self.Status.PUBLISHED
            and (self.publish_at is None or self.publish_at <= now)
            and (self.unpublish_at is None or self.unpublish_at > now)
        )

    def is_review_overdue(self, today=None):
        return bool(self.next_review_on and self.next_review_on < (today or timezone.localdate()))

    def translation_status(self, language):
        """missing, outdated or up_to_date: see DisorderQuerySet.translation_outdated()."""
        if not self.is_translated(language):
            return "missing"
        translated_at = getattr(self, f"translated_{language}_at")
        if self.source_changed_at and (
            translated_at is None or translated_at < self.source_changed_at
        ):
            return "outdated"
        return "up_to_date"

    def record_text_edits(self, languages, when=None):
        """Note which languages' texts an editor changed, for translation status."""
        when = when or timezone.now()
        stamps = {}
        if "en" in languages:
            stamps["source_changed_at"] = when
        for language in ("nl", "fr"):
            if language in languages:
                stamps[f"translated_{language}_at"] = when
        if stamps:
            Disorder.objects.filter(pk=self.pk).update(**stamps)
            for name, value in stamps.items():
                setattr(self, name, value)

    def short_summary(self, max_length=160):
        """The summary's first sentences, as many as fit in max_length
        characters, and always the first one whole: lists never cut a
        sentence off with an ellipsis."""
        sentences = SENTENCE_END.split(self.summary.strip())
        short = sentences[0]
        for sentence in sentences[1:]:
            if len(short) + 1 + len(sentence) > max_length:
                break
            short = f"{short} {sentence}"
        return short

    def name_language(self):
        return shown_language(self, "name")

    def name_in_sentence(self):
        """The name as it reads inside a sentence: "a type of leukaemia", not
        "a type of Leukaemia". A first word with another capital (AML,
        Non-Hodgkin) keeps its form. An eponym at the start (Hodgkin) would be
        lowered wrongly; no parent disorder starts with one."""
        first_word = self.name.split(" ", 1)[0]
        if first_word[1:] != first_word[1:].lower():
            return self.name
        return self.name[:1].lower() + self.name[1:]

    def summary_language(self):
        return shown_language(self, "summary")

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
        seen = set(RESERVED_ANCHORS)
        sections = list(self.sections.all())
        for section in sections:
            anchor = slugify(section.heading) or "section"
            if anchor in seen:
                anchor = f"{anchor}-{section.pk}"
            seen.add(anchor)
            section.anchor = anchor
        return sections

    def reading_order(self):
        """(call-outs, other sections): the urgent-help boxes first, then the
        key points, each in editorial order, so a worried reader meets them
        right after the summary. Needs the prefetch of for_detail()."""
        sections = self.page_sections()
        callouts = sorted(
            (section for section in sections if section.callout),
            key=lambda section: section.callout != DisorderSection.Callout.URGENT,
        )
        return callouts, [section for section in sections if not section.callout]


SLUG_STANDIN = "slug-standin"


@functools.lru_cache(maxsize=64)
def _detail_address(language, urlconf, script_prefix):
    """A disorder page's address with SLUG_STANDIN for its slug, in the
    active language (the arguments are the cache's key)."""
    return reverse("disorders:detail", args=[SLUG_STANDIN], urlconf=urlconf)


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

    def heading_language(self):
        return shown_language(self, "heading")

    def body_language(self):
        return shown_language(self, "body")


class Source(CheckedLink):
    """Evidence a disorder page rests on, listed under the page."""

    disorder = models.ForeignKey(
        Disorder, models.CASCADE, related_name="sources", verbose_name=_("disorder")
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher or journal"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    url = models.URLField(_("web address"), blank=True, max_length=500)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.title


class GlossaryTermQuerySet(models.QuerySet):
    def cache_tags(self):
        return {"glossary"}

    def marked(self):
        return self.filter(is_marked=True)

    def for_api(self):
        return self.order_by("pk")


class GlossaryTerm(models.Model):
    """A medical word explained in plain language, in every language; its
    first use in a disorder page links to its definition on that page."""

    term = models.CharField(_("term"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    synonyms = models.CharField(
        _("synonyms"),
        max_length=300,
        blank=True,
        help_text=_(
            "Other words or forms for the same term, separated by commas (for example the plural)."
        ),
    )
    definition = models.TextField(
        _("definition"), help_text=_("One or two short sentences in plain language.")
    )
    is_marked = models.BooleanField(
        _("explain in disorder pages"),
        default=True,
        help_text=_("Untick to stop linking this word to its definition in disorder pages."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = GlossaryTermQuerySet.as_manager()

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        permissions = [
            (
                "translate_glossaryterm",
                _("Can edit the Dutch and French texts of glossary terms"),
            ),
        ]

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return f"{reverse('glossary')}#{self.anchor()}"

    def anchor(self):
        return f"term-{self.slug}"

    def variants(self):
        """The term and its synonyms in the active language, longest first."""
        words = [self.term, *(part.strip() for part in self.synonyms.split(","))]
        return sorted({word for word in words if word}, key=len, reverse=True)


class PendingChangeQuerySet(models.QuerySet):
    def open(self):
        """Waiting for review, sent back to its author, or approved to go
        live later: not yet what readers see."""
        return self.filter(status__in=PendingChange.OPEN)

    def waiting(self):
        return self.filter(status=PendingChange.Status.PENDING)

    def due(self, now):
        """Approved to go live at a moment that has come."""
        return self.filter(status=PendingChange.Status.SCHEDULED, go_live_at__lte=now)

    def for_page(self, page):
        return self.filter(content_type=ContentType.objects.get_for_model(page), object_id=page.pk)

    def for_model(self, model):
        return self.filter(content_type=ContentType.objects.get_for_model(model))


class PendingChange(models.Model):
    """An edit of a live page that waits for a medical reviewer. The live
    rows keep the approved text, so readers, the page cache, search, the
    sitemap and the API never see this one until it is approved. ``data``
    is the page as its author wants it and ``base`` the live page it was
    made from (see disorders/revisions.py): a change whose page moved on
    since is refused on approval rather than merged."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        SENT_BACK = "sent_back", _("Sent back to its author")
        SCHEDULED = "scheduled", _("Approved, to go live later")
        APPROVED = "approved", _("Approved")

    OPEN = [Status.PENDING, Status.SENT_BACK, Status.SCHEDULED]

    content_type = models.ForeignKey(
        ContentType, models.CASCADE, related_name="+", verbose_name=_("kind of page")
    )
    object_id = models.PositiveBigIntegerField(_("page"))
    page = GenericForeignKey("content_type", "object_id")
    data = models.JSONField(_("proposed page"), encoder=DjangoJSONEncoder)
    base = models.JSONField(_("live page it was made from"), encoder=DjangoJSONEncoder)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.PENDING)
    note = models.CharField(_("note"), max_length=300, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    comment = models.TextField(_("reviewer's comment"), blank=True)
    edits = models.PositiveIntegerField(_("saves"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    go_live_at = models.DateTimeField(
        _("goes live at"),
        null=True,
        blank=True,
        help_text=_("When an approved change reaches readers (see publish_due_changes)."),
    )
    go_live_refused_at = models.DateTimeField(
        _("refused at its go-live time"),
        null=True,
        blank=True,
        help_text=_("Its approval was kept from going live: the live page had moved on."),
    )

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("pending change")
        verbose_name_plural = _("pending changes")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(status__in=["pending", "sent_back", "scheduled"]),
                name="one_open_change_per_page",
            )
        ]

    def __str__(self):
        return f"{self.content_type.name} {self.object_id}: {self.get_status_display()}"


class TextStamp(models.Model):
    """When one translated text of one object was last written in one
    language: for English, its last edit readers can see; for a
    translation, its last edit or "confirm unchanged". A translation
    stamped before its English is outdated (see disorders/field_status.py)."""

    content_type = models.ForeignKey(
        ContentType, models.CASCADE, related_name="+", verbose_name=_("kind of text")
    )
    object_id = models.PositiveBigIntegerField(_("object"))
    field = models.CharField(_("field"), max_length=60)
    language = models.CharField(_("language"), max_length=10)
    changed_at = models.DateTimeField(_("changed or confirmed at"))

    class Meta:
        verbose_name = _("text stamp")
        verbose_name_plural = _("text stamps")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_stamp_per_text",
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}/{self.object_id} {self.field}_{self.language}"


revisions.register(
    revisions.PageKind(
        Disorder,
        parts={"sections": DisorderSection, "sources": Source},
        review_fields=(
            "authors",
            "reviewer_name",
            *(f"reviewer_credentials_{code}" for code in language_codes()),
            "reviewed_on",
            "next_review_on",
        ),
    )
)
