from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from pagecache.tags import shows
from portal.http import public_page

from .models import SitePage


@require_safe
@public_page
def detail(request, page):
    """Template: pages/sitepage_detail.html. Drafts are previewable by staff."""
    kind = page.replace("-", "_")
    site_page = SitePage.objects.published().filter(kind=kind).first()
    if site_page is None:
        if not request.user.has_perm("pages.view_sitepage"):
            raise Http404
        site_page = get_object_or_404(SitePage, kind=kind)
        response = render(
            request, "pages/sitepage_detail.html", {"page": site_page, "is_preview": True}
        )
        add_never_cache_headers(response)
        return response
    response = render(request, "pages/sitepage_detail.html", {"page": site_page})
    return shows(response, site_page)
