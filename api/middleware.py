from django.conf import settings

from portal import ratelimit

from .views import too_many_requests

API_PREFIX = "/api/"


class ApiMiddleware:
    """Counts every API request against the client's limit, kept answers
    too: it sits above the page cache. The API's language is its lang
    parameter, never Accept-Language, so the Vary that LocaleMiddleware adds
    to addresses without a language prefix is dropped: it would split shared
    caches by browser language for nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        rate = settings.API_RATE_LIMIT
        if rate is not None and ratelimit.hit("api", request, rate):
            return too_many_requests(rate)
        response = self.get_response(request)
        if response.has_header("Vary"):
            vary = [
                header
                for header in (part.strip() for part in response["Vary"].split(","))
                if header and header.lower() != "accept-language"
            ]
            if vary:
                response["Vary"] = ", ".join(vary)
            else:
                del response["Vary"]
        return response
