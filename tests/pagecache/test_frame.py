"""{% same_per_language %}: a part of the frame is drawn once per process
and language, whatever the page around it."""

from django.template import Context, Template
from django.utils import translation

TEMPLATE = Template(
    '{% load frame %}{% same_per_language "test-frame-part" %}{{ shown }}{% endsame_per_language %}'
)


def test_a_part_is_drawn_once_per_language_whatever_the_page():
    with translation.override("nl"):
        assert TEMPLATE.render(Context({"shown": "first"})) == "first"
        assert TEMPLATE.render(Context({"shown": "second"})) == "first"
    with translation.override("fr"):
        assert TEMPLATE.render(Context({"shown": "third"})) == "third"
