from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from portal.images import check_image

from .models import ILLUSTRATION_MAX_BYTES, ILLUSTRATION_MAX_PIXELS, Disorder


class IllustrationField(forms.ImageField):
    """Checks the header before Django's full decode, so a decompression
    bomb or a script in disguise is refused with a clear message."""

    def to_python(self, data):
        if data in self.empty_values:
            return None
        check_image(data, max_bytes=ILLUSTRATION_MAX_BYTES, max_pixels=ILLUSTRATION_MAX_PIXELS)
        return super().to_python(data)


class DisorderAdminForm(forms.ModelForm):
    """Refuses a save when someone else saved the page after this editor
    opened it, so no one silently overwrites a colleague's work."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    checks_concurrent_edits = True

    class Meta:
        model = Disorder
        fields = ()  # the admin supplies the fields of its fieldsets
        field_classes = {"illustration": IllustrationField}

    def save(self, commit=True):
        """A new illustration is stored as a clean copy with renditions."""
        disorder = super().save(commit=False)
        if "illustration" in self.fields:
            illustration = self.cleaned_data.get("illustration")
            if isinstance(illustration, UploadedFile):
                disorder.replace_illustration(illustration)
            elif not illustration:
                disorder.illustration_renditions = []
        if commit:
            disorder.save()
            self.save_m2m()
        return disorder

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and self.checks_concurrent_edits:
            # The admin validates inside its transaction: the lock holds until the save.
            current = (
                Disorder.objects.select_for_update(of=("self",))
                .select_related("changed_by")
                .get(pk=self.instance.pk)
            )
            if cleaned_data.get("loaded_version") != current.version:
                raise ValidationError(
                    _(
                        "%(user)s saved this page at %(time)s, after you opened it. Your changes "
                        "have not been saved; they are still in this form. Open the page in a new "
                        "tab to see the other version, bring your changes over, and save there."
                    ),
                    code="conflict",
                    params={
                        "user": current.changed_by.get_username()
                        if current.changed_by
                        else _("Someone"),
                        "time": date_format(
                            timezone.localtime(current.updated_at), "DATETIME_FORMAT"
                        ),
                    },
                )
        return cleaned_data
