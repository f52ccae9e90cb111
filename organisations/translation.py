from modeltranslation.translator import TranslationOptions, register

from disorders.field_status import track

from .models import Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description", "logo_alt")
    required_languages = {"en": ("name", "description")}


track(Organisation, text=("name", "description", "logo_alt"))
