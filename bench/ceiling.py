"""The ceiling the site is measured against: the least a Django application
can do per request, returning a fixed page of the same size as the measured
page: /<name> answers with the file <name> of the folder BENCH_CEILING_PAGES.
Run under the same gunicorn settings as the site:

    BENCH_CEILING_PAGES=var/bench/pages gunicorn --chdir bench ceiling:application
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGES = {page.name: page.read_bytes() for page in Path(os.environ["BENCH_CEILING_PAGES"]).iterdir()}


def page(request, name):
    return HttpResponse(PAGES[name], content_type="text/html; charset=utf-8")


settings.configure(
    DEBUG=False,
    SECRET_KEY="benchmark-only-not-secret",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)
urlpatterns = [path("<name>", page)]
application = get_wsgi_application()
