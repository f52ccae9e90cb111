import re
from html.parser import HTMLParser

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from disorders.glossary import mark_sections
from disorders.models import DisorderSection, GlossaryTerm
from tests.factories import make_disorder, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    def term(slug, en, synonyms="", **fields):
        return GlossaryTerm.objects.create(
            slug=slug, term_en=en, synonyms_en=synonyms, definition_en=f"What {en} means.", **fields
        )

    return {
        "stem": term("stem-cell", "stem cell", "stem cells"),
        "transplant": term("stem-cell-transplant", "stem cell transplant"),
        "marrow": term("bone-marrow", "bone marrow"),
        "blast": term("blast", "blast", "blasts"),
        "myeloid": term("myeloid", "myeloid"),
    }


def marked(*bodies):
    sections = [DisorderSection(body=body) for body in bodies]
    used = mark_sections(sections, "en")
    return [str(section.marked_body) for section in sections], [term["slug"] for term in used]


def links(html):
    return re.findall(r'<button type="button" class="term" popovertarget="define-([\w-]+)"', html)


def test_first_occurrence_of_each_term_is_marked_once_across_the_page(terms):
    (first, second), used = marked(
        "<p>Myeloid cells grow. Myeloid again.</p>", "<p>More myeloid text.</p><p>Bone marrow.</p>"
    )
    assert links(first) == ["myeloid"]
    assert links(second) == ["bone-marrow"]
    assert used == ["myeloid", "bone-marrow"]


def test_longest_overlapping_term_wins(terms):
    [html], used = marked("<p>A stem cell transplant replaces</p><p>stem cells.</p>")
    assert links(html) == ["stem-cell-transplant", "stem-cell"]
    assert 'popovertarget="define-stem-cell-transplant">stem cell transplant<' in html
    assert 'popovertarget="define-stem-cell">stem cells<' in html


def test_terms_inside_links_and_headings_are_left_alone(terms):
    [html], used = marked(
        '<h3>About bone marrow</h3><p><a href="https://example.org/">myeloid news</a> and blasts.</p>'
    )
    assert links(html) == ["blast"]
    assert "<h3>About bone marrow</h3>" in html
    assert '<a href="https://example.org/">myeloid news</a>' in html


def test_whole_words_only_and_case_kept(terms):
    [html], _used = marked("<p>Blastocyst is not a term, but BLASTS are.</p>")
    assert links(html) == ["blast"]
    assert 'popovertarget="define-blast">BLASTS<' in html


def test_a_term_an_editor_unmarked_is_left_alone(terms):
    term = GlossaryTerm.objects.get(slug="myeloid")
    term.is_marked = False
    term.save()
    [html], _used = marked("<p>Myeloid cells.</p>")
    assert links(html) == []


def test_marking_keeps_the_html_well_formed_and_safe(terms):
    body = "<p>Bone marrow &amp; <strong>x</strong></p><p><strong>stem cells</strong> in</p><p><em>myeloid</em> lines.</p><ul><li>blasts</li></ul>"
    [html], _used = marked(body)

    class Checker(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack = []

        def handle_starttag(self, tag, attrs):
            self.stack.append(tag)
            assert not any(name.startswith("on") for name, _value in attrs)

        def handle_endtag(self, tag):
            assert self.stack.pop() == tag

    checker = Checker()
    checker.feed(html)
    assert checker.stack == []
    assert "&amp;" in html
    assert links(html) == ["bone-marrow", "stem-cell", "myeloid", "blast"]


def test_disorder_page_explains_its_words_in_place(client, terms):
    disorder = make_disorder()
    make_section(disorder, body_en="<p>Leukemia starts in myeloid cells.</p>")
    response = client.get(disorder.get_absolute_url())
    assertContains(
        response,
        '<button type="button" class="term" popovertarget="define-myeloid">myeloid'
        '<span class="visually-hidden"> (what it means)</span></button>'
        '<span class="definition" id="define-myeloid" popover>'
        "<dfn>myeloid</dfn>: What myeloid means. "
        '<button type="button" class="definition__close" popovertarget="define-myeloid" '
        'popovertargetaction="hide">Close</button></span> cells.',
    )
    assertNotContains(response, "Words explained on this page")


def test_marking_is_restrained_to_one_word_per_paragraph(terms):
    [html], used = marked("<p>Myeloid blasts in the bone marrow.</p><ul><li>Blasts.</li></ul>")
    assert links(html) == ["myeloid", "blast"]
    assert used == ["myeloid", "blast"]


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_definitions_are_in_the_readers_language(client, lang):
    GlossaryTerm.objects.create(
        slug="platelet",
        **{f"term_{code}": f"platelet-{code}" for code in ("en", "nl", "fr")},
        **{f"definition_{code}": f"Definition {code}." for code in ("en", "nl", "fr")},
    )
    disorder = make_disorder()
    make_section(
        disorder,
        **{f"body_{code}": f"<p>About platelet-{code}.</p>" for code in ("en", "nl", "fr")},
    )
    response = client.get(f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/")
    colon = "\u202f:" if lang == "fr" else ":"  # French typography (typography/french.py)
    assertContains(response, f"<dfn>platelet-{lang}</dfn>{colon} Definition {lang}.")


def test_new_terms_reach_pages_once_saved(client, terms, django_capture_on_commit_callbacks):
    disorder = make_disorder()
    make_section(disorder, body_en="<p>Anaemia is common.</p>")
    assertNotContains(client.get(disorder.get_absolute_url()), 'id="define-anaemia"')
    with django_capture_on_commit_callbacks(execute=True):
        GlossaryTerm.objects.create(
            slug="anaemia", term_en="anaemia", definition_en="Too few red cells."
        )
    assertContains(client.get(disorder.get_absolute_url()), 'id="define-anaemia"')


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_glossary_lists_terms_alphabetically_in_every_language(client, lang):
    GlossaryTerm.objects.create(
        slug="zeta", term_en="zeta", term_nl="zeta", term_fr="zêta", definition_en="Z."
    )
    GlossaryTerm.objects.create(
        slug="eta", term_en="éta", term_nl="èta", term_fr="éta", definition_en="E."
    )
    response = client.get(f"/{lang}/glossary/")
    content = response.content.decode()
    assert content.index('id="term-eta"') < content.index('id="term-zeta"')
    assertContains(response, '<h2 id="glossary-E">E</h2>')
