from modeltranslation.translator import TranslationOptions, register

from .field_status import track
from .models import Category, Disorder, DisorderSection, GlossaryTerm


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = ("en",)
    # NULL, not "", when a language has no slug yet: unique allows many NULLs.
    empty_values = {"slug": None}


@register(Disorder)
class DisorderTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "slug",
        "summary",
        "synonyms",
        "questions",
        "illustration_alt",
        "reviewer_credentials",
    )
    required_languages = {"en": ("name", "slug", "summary")}
    empty_values = {"slug": None}


@register(DisorderSection)
class DisorderSectionTranslationOptions(TranslationOptions):
    fields = ("heading", "body")
    required_languages = {"en": ("heading",)}


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = ("term", "synonyms", "definition")
    required_languages = {"en": ("term", "definition")}


# What readers see, in reading order; the rest is translated metadata.
track(
    Disorder,
    text=("name", "summary", "illustration_alt", "questions"),
    other=("synonyms", "reviewer_credentials"),
    parts={"sections": DisorderSection},
    closing=("questions",),
)
track(DisorderSection, text=("heading", "body"))
track(GlossaryTerm, text=("term", "definition"), other=("synonyms",))
track(Category, text=("name", "description"))
