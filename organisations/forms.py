from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from portal.images import check_image, clean_copies

from .models import Language, Organisation

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 16_000_000
LOGO_WIDTHS = {"small": 160, "large": 320}


class LogoField(forms.ImageField):
    """Checks the header before Django's full decode, so a decompression
    bomb or a script in disguise is refused with a clear message."""

    def to_python(self, data):
        if data in self.empty_values:
            return None
        check_image(data, max_bytes=LOGO_MAX_BYTES, max_pixels=LOGO_MAX_PIXELS)
        return super().to_python(data)


class OrganisationAdminForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = [
            *("name_en", "name_nl", "name_fr", "slug"),
            *("description_en", "description_nl", "description_fr"),
            *("languages", "region", "is_active", "website", "email", "phone", "address"),
            *(
                "contact_verified_on",
                "logo",
                "logo_alt_en",
                "logo_alt_nl",
                "logo_alt_fr",
                "disorders",
            ),
        ]
        field_classes = {"logo": LogoField}

    def clean(self):
        cleaned_data = super().clean()
        logo = cleaned_data.get("logo")
        if logo and not cleaned_data.get("logo_alt_en"):
            self.add_error("logo_alt_en", _("Describe the logo for readers who cannot see it."))
        return cleaned_data

    def save(self, commit=True):
        """A new upload is stored as a clean copy with its renditions; the
        record keeps its old logo until the whole form is valid."""
        organisation = super().save(commit=False)
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            original, renditions = clean_copies(logo, LOGO_WIDTHS.values())
            organisation.logo.save(original.name, original, save=False)
            organisation.logo_small.save(
                renditions[LOGO_WIDTHS["small"]].name, renditions[LOGO_WIDTHS["small"]], save=False
            )
            organisation.logo_large.save(
                renditions[LOGO_WIDTHS["large"]].name, renditions[LOGO_WIDTHS["large"]], save=False
            )
        elif not logo:
            organisation.logo_small = organisation.logo_large = None
        if commit:
            organisation.save()
            self.save_m2m()
        return organisation


class DirectoryFilterForm(forms.Form):
    """The directory's filters. Unknown or malformed values are dropped, not
    reported: a reader who edits the address still gets a useful page."""

    language = forms.ChoiceField(choices=Language.Code.choices, required=False)
    region = forms.ChoiceField(choices=Organisation.Region.choices, required=False)
    disorder = forms.SlugField(max_length=200, required=False)

    def active_filters(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
