from django.conf import settings

from portal import ratelimit

from .views import too_many_requests

API_PREFIX = "/api/"
CROSS_ORIGIN_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Retry-After",
}


class ApiMiddleware:
    """Around every answer under /api/, kept ones included: it sits above
    the page cache.

    - Counts the request against the client's rate limit.
    - Lets scripts on any site read every answer, 304 and errors too.
    - Drops the Vary: Accept-Language that LocaleMiddleware adds to
      addresses without a language prefix: the API's language is its lang
      parameter, and the header would split shared caches for nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        rate = settings.API_RATE_LIMIT
        if rate is not None and ratelimit.hit("api", request, rate):
            response = too_many_requests(rate)
        else:
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
        for name, value in CROSS_ORIGIN_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
