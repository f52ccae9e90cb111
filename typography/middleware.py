from django.utils.translation import get_language

from portal.middleware import is_admin

from .french import french_typography


class FrenchTypographyMiddleware:
    """French pages get French typography (typography/french.py) as they
    leave, in one place rather than in every template; the page cache,
    above, keeps them already set. A page is French when its view says so
    in Content-Language (the admin's preview of a pending change), or when
    French is the active language outside the admin, whose pages show an
    editor's interface around texts in every language. Placed below
    LocaleMiddleware, which activates the language, and CommonMiddleware,
    which then measures the new body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or not response.get("Content-Type", "").startswith("text/html")
            or self.language(request, response) != "fr"
        ):
            return response
        charset = response.charset
        response.content = french_typography(response.content.decode(charset)).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def language(request, response):
        if "Content-Language" in response:
            return response["Content-Language"]
        if is_admin(request):
            return None
        return get_language()
