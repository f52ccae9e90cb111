"""The parts of every page's frame that are the same on every page of a
language (the menu, the search form, the footer, the site name, the
stylesheet links): drawn once per process and language rather than on
every request, like the stored pages of fragments.py but kept in memory.
They hold addresses and interface text only, which change with a release,
and a release starts new processes."""

from django import template
from django.conf import settings
from django.urls import get_urlconf
from django.utils import translation
from django.utils.safestring import mark_safe

register = template.Library()

_drawn = {}


@register.tag
def same_per_language(parser, token):
    """{% same_per_language "name" %}...{% endsame_per_language %}: the
    enclosed part must not depend on the page, the reader or the content."""
    try:
        _tag, name = token.split_contents()
    except ValueError:
        raise template.TemplateSyntaxError("same_per_language takes one name") from None
    nodelist = parser.parse(("endsame_per_language",))
    parser.delete_first_token()
    return SamePerLanguageNode(name.strip("\"'"), nodelist)


class SamePerLanguageNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        # The URLconf too: tests may swap it, and the parts hold addresses.
        key = (self.name, translation.get_language(), get_urlconf() or settings.ROOT_URLCONF)
        if (html := _drawn.get(key)) is None:
            html = _drawn[key] = mark_safe(self.nodelist.render(context))
        return html
