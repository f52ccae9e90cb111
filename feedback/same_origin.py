"""The "Was this page helpful?" answer is posted from every disorder page
without a cookie, so without a CSRF token: an answer posted from another
site is refused on what the browser says of where it came from."""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render


def is_cross_site(request):
    """Did a page of another site make the browser send this request?

    Browsers say so in Sec-Fetch-Site, which scripts cannot set; older ones
    send at least Origin on a POST. A request with neither (a very old
    browser, a script outside any browser) cannot be told apart and passes."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    site = urlsplit(settings.SITE_URL)
    return origin not in (
        f"{site.scheme}://{site.netloc}",
        f"{request.scheme}://{request.get_host()}",
    )


def same_origin_only(view):
    """Refuse a form posted from another site, without the cookie a CSRF
    token needs: for cookie-free forms on public pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if is_cross_site(request):
            return render(request, "403_csrf.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper
