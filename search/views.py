from itertools import groupby
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from pagecache.tags import shows
from portal.http import public_page

from .index import counts_in_other_languages, load_entries, snippet, suggestions
from .index import search as search_entries
from .models import SearchEntry

SEARCH_QUERY_MAX_LENGTH = 200
# One page for up to 25 results: a reader should not turn a page for one more.
SEARCH_RESULTS_PER_PAGE = 20
SEARCH_RESULTS_ORPHANS = 5
# Fewer results than this, and the page offers close names as well.
FEW_RESULTS = 3
GROUP_HEADINGS = {
    SearchEntry.Kind.DISORDER: _("Blood disorders"),
    SearchEntry.Kind.TERM: _("Glossary terms"),
    SearchEntry.Kind.ORGANISATION: _("Patient organisations"),
}


def _search_url(language, query):
    with translation.override(language):
        return f"{reverse('search:results')}?{urlencode({'q': query})}"


@require_safe
@public_page
def search(request):
    """Template: search/search.html. Context: query (cleaned); page of
    results, best first, with page.groups: [(kind label, [(entry, snippet)])];
    suggestions: close names ("Did you mean …?") when little is found;
    elsewhere: [(language code, its name, count, url)] of the other
    languages where the query finds something, when this one finds nothing."""
    # Control characters mean nothing in a search and PostgreSQL refuses NUL.
    printable = "".join(c if c.isprintable() else " " for c in request.GET.get("q", ""))
    query = " ".join(printable.split())[:SEARCH_QUERY_MAX_LENGTH]
    page, close_names, elsewhere = None, [], []
    accepted = {"q": query} if "q" in request.GET else {}
    if query:
        found = search_entries(query)
        page = Paginator(found, SEARCH_RESULTS_PER_PAGE, orphans=SEARCH_RESULTS_ORPHANS).get_page(
            request.GET.get("page")
        )
        if "page" in request.GET:
            accepted["page"] = page.number
        results = [(entry, snippet(entry, query)) for entry in load_entries(page.object_list)]
        page.groups = [
            (GROUP_HEADINGS[kind], list(group))
            for kind, group in groupby(results, key=lambda item: item[0].kind)
        ]
        if len(found) < FEW_RESULTS:
            close_names = [
                (name, _search_url(translation.get_language(), name)) for name in suggestions(query)
            ]
        if not found:
            names = dict(settings.LANGUAGES)
            elsewhere = [
                (code, names[code], count, _search_url(code, query))
                for code, count in counts_in_other_languages(query)
            ]
    response = render(
        request,
        "search/search.html",
        {"query": query, "page": page, "suggestions": close_names, "elsewhere": elsewhere},
    )
    return shows(response, SearchEntry.objects.all(), query=accepted, shared=False)
