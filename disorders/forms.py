from django import forms

from portal.images import check_image

from .models import ILLUSTRATION_MAX_BYTES, ILLUSTRATION_MAX_PIXELS


class IllustrationField(forms.ImageField):
    """Checks the header before Django's full decode, so a decompression
    bomb or a script in disguise is refused with a clear message."""

    def to_python(self, data):
        if data in self.empty_values:
            return None
        check_image(data, max_bytes=ILLUSTRATION_MAX_BYTES, max_pixels=ILLUSTRATION_MAX_PIXELS)
        return super().to_python(data)
