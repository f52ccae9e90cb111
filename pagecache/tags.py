"""What a public page shows, named by cache tags (see pagecache/pages.py)."""


class Tagged:
    """Content named by its cache tags, where no one model instance or
    queryset stands for what a response shows (an API answer, a page that
    shows part of a disorder)."""

    def __init__(self, *tags):
        self.tags = frozenset(tags)

    def cache_tags(self):
        return self.tags


def shows(response, *content, query=None, shared=True):
    """Says what a public page shows, so that the page cache keeps it until
    that content changes and a CDN purges it by the same names. Each item
    of content (a model instance or a queryset) names its cache tags with
    cache_tags(). query: the query parameters the view read and accepted,
    as it understood them ({"page": 2}); the page is kept only when asked
    for with exactly that. shared=False keeps it in each process only
    (search results: one per query, too many to share)."""
    response.cache_tags = frozenset().union(*(item.cache_tags() for item in content))
    response.cache_query = {name: str(value) for name, value in (query or {}).items()}
    response.cache_shared = shared
    return response
