from modeltranslation.translator import TranslationOptions, register

from disorders.field_status import track

from .models import SitePage


@register(SitePage)
class SitePageTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = {"en": ("title", "body")}


track(SitePage, text=("title", "body"))
