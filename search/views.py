from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from pagecache.pages import depends_on
from portal.http import public_page

from .index import load_entries, snippet
from .index import search as search_entries

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


@require_safe
@public_page
def search(request):
    """Template: search/search.html. Context: query (cleaned), page of
    (entry, snippet) results, best first."""
    # Control characters mean nothing in a search and PostgreSQL refuses NUL.
    printable = "".join(c if c.isprintable() else " " for c in request.GET.get("q", ""))
    query = " ".join(printable.split())[:SEARCH_QUERY_MAX_LENGTH]
    page = None
    if query:
        page = Paginator(search_entries(query), SEARCH_RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        page.results = [(entry, snippet(entry, query)) for entry in load_entries(page.object_list)]
    response = render(request, "search/search.html", {"query": query, "page": page})
    return depends_on(response, "search", shared=False)
