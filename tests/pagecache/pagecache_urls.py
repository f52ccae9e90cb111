"""Views that ask to be kept but must not be, for tests/pagecache/test_page_cache.py."""

from django.http import HttpResponse
from django.urls import path

from disorders.models import Disorder
from pagecache.tags import shows
from portal.http import public_page


@public_page
def sets_a_cookie(request):
    response = HttpResponse("<p>A page with a cookie.</p>")
    response.set_cookie("reader", "1")
    return shows(response, Disorder.objects.all())


@public_page
def not_found(request):
    return shows(HttpResponse("<p>Nothing here.</p>", status=404), Disorder.objects.all())


def private(request):
    response = HttpResponse("<p>For one reader.</p>", headers={"Cache-Control": "private"})
    return shows(response, Disorder.objects.all())


def ok(request):
    response = HttpResponse("<p>Public.</p>", headers={"Cache-Control": "public, max-age=60"})
    return shows(response, Disorder.objects.all())


urlpatterns = [
    path("en/cookie/", sets_a_cookie),
    path("en/missing/", not_found),
    path("en/private/", private),
    path("en/ok/", ok),
]
