"""The ceiling the site is measured against: the least a Django application
can do per request, returning a fixed page (BENCH_CEILING_PAGE, a file) of
the same size as the measured page. Run under the same gunicorn settings:

    gunicorn --chdir bench ceiling:application
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE = Path(os.environ["BENCH_CEILING_PAGE"]).read_bytes()


def page(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


settings.configure(
    DEBUG=False,
    SECRET_KEY="benchmark-only-not-secret",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)
urlpatterns = [path("", page)]
application = get_wsgi_application()
