"""The read-only JSON API. Each view finds what an endpoint shows and names
the content it depends on; api_endpoint() does the rest the same way for all:
methods, query parameters, language, JSON, headers and the page cache."""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from disorders.models import Disorder, GlossaryTerm
from organisations.models import Organisation
from pagecache.tags import Tagged, shows
from portal.http import public_page

from . import definitions
from .definitions import ApiError, Context

ALLOWED_METHODS = "GET, HEAD, OPTIONS"


def _keep(response, tags, query):
    """The page cache keeps the response until one of the tags changes
    (pagecache/signals.py says which saves change which tags), when asked
    for with exactly this query."""
    return shows(response, Tagged(*tags), query=query)


def _json(body, status=200):
    # Cross-origin headers: api/middleware.py, for every answer.
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def error_response(error):
    response = _json(definitions.dump(definitions.ERROR, error, None), status=error.status)
    response["Content-Language"] = definitions.DEFAULT_LANGUAGE
    patch_cache_control(response, no_cache=True)
    return response


def too_many_requests(rate):
    """Retry-After is the rate's whole period: the longest a client may have
    to wait, whichever request of the period it is."""
    _count, seconds = rate
    response = error_response(
        ApiError(429, "too_many_requests", f"Too many requests: try again in {seconds} seconds.")
    )
    response["Retry-After"] = str(seconds)
    return response


def api_endpoint(endpoint):
    """The view returns (what to dump, the tags of the content it shows), or
    raises ApiError."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, **kwargs):
            if request.method == "OPTIONS":
                return _preflight()
            if request.method not in ("GET", "HEAD"):
                response = error_response(
                    ApiError(405, "method_not_allowed", "This API is read-only: use GET.")
                )
                response["Allow"] = ALLOWED_METHODS
                return response
            try:
                context = Context(request, endpoint.parameters)
                with translation.override(context.language):
                    found, tags = view(context, **kwargs)
                    body = definitions.dump(endpoint.response, found, context)
            except ApiError as error:
                return error_response(error)
            response = _json(body)
            response["Content-Language"] = context.language
            # When this answer was drawn: any change to what it shows draws
            # it again (see _keep), so an earlier copy is never called current.
            response["Last-Modified"] = http_date()
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
            if context.is_canonical():
                _keep(response, tags, context.given)
            return response

        return wrapper

    return decorator


def _preflight():
    """Browsers ask before a script sends If-None-Match across origins."""
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
    response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
    response["Access-Control-Max-Age"] = "86400"
    return response


@api_endpoint(definitions.INDEX_ENDPOINT)
def index(context):
    return None, []


@api_endpoint(definitions.SCHEMA_ENDPOINT)
def schema(context):
    return definitions.openapi(context), []


@api_endpoint(definitions.DISORDERS)
def disorder_list(context):
    page = context.paginate(Disorder.objects.for_api())
    # Names, categories and publication reach "catalogue"; review dates and
    # other fields only the disorder's own tag.
    return page, ["catalogue", *(f"disorder-{disorder.pk}" for disorder in page)]


@api_endpoint(definitions.DISORDER_ENDPOINT)
def disorder_detail(context, id):
    disorder = Disorder.objects.for_api_detail().filter(pk=int(id)).first()
    if disorder is None:
        raise ApiError(404, "not_found", f"No published disorder has the id {id}.")
    shown = [disorder, *disorder.related.all()]
    if disorder.parent_id:
        shown.append(disorder.parent)
    return disorder, [
        f"category-{disorder.category_id}",
        *(f"disorder-{each.pk}" for each in shown),
    ]


@api_endpoint(definitions.ORGANISATIONS)
def organisation_list(context):
    page = context.paginate(Organisation.objects.for_api())
    return page, ["organisations", "catalogue", "languages"]


@api_endpoint(definitions.ORGANISATION_ENDPOINT)
def organisation_detail(context, id):
    organisation = Organisation.objects.for_api().filter(pk=int(id)).first()
    if organisation is None:
        raise ApiError(404, "not_found", f"No active patient organisation has the id {id}.")
    return organisation, [f"org-{organisation.pk}", "catalogue", "languages"]


@api_endpoint(definitions.GLOSSARY)
def glossary(context):
    return context.paginate(GlossaryTerm.objects.for_api()), ["glossary"]


def not_found(request, path=""):
    """Every other address under /api/: JSON, never the site's HTML page."""
    message = f"There is nothing at {request.path}. The API starts at /api/v1/."
    if not request.path.endswith("/"):
        message += " Its addresses end with a slash."
    return error_response(ApiError(404, "not_found", message))


@require_safe
@public_page
def reuse(request):
    """Template: api/reuse.html. Context: the licence, the API's address and
    its rate limit."""
    response = render(
        request,
        "api/reuse.html",
        {
            "licence_name": settings.CONTENT_LICENCE_NAME,
            "licence_url": settings.CONTENT_LICENCE_URL,
            "api_url": settings.SITE_URL + reverse("api:index"),
            "rate_limit": settings.API_RATE_LIMIT,
            "max_page_size": definitions.MAX_PAGE_SIZE,
        },
    )
    return shows(response)
