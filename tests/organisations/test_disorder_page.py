import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "badge", "note"),
    [
        ("en", "Dutch", "This group works in Dutch."),
        ("nl", "Frans", "Deze groep werkt in het Frans."),
        ("fr", "Néerlandais", "Ce groupe travaille en néerlandais."),
    ],
)
def test_organisation_not_working_in_the_readers_language_carries_a_note(client, lang, badge, note):
    disorder = make_disorder()
    make_organisation(languages=["fr" if lang == "nl" else "nl"], disorders=[disorder])
    response = client.get(f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/")
    assertContains(response, '<h2 id="organisations-heading">')
    assertContains(response, f'<li class="badge">{badge}</li>')
    assertContains(response, note)


def test_organisation_working_in_the_readers_language_needs_no_note(client):
    disorder = make_disorder()
    make_organisation(languages=["nl", "fr"], disorders=[disorder])
    response = client.get(f"/nl/disorders/{disorder.slug_nl}/")
    assertContains(response, '<li class="badge badge--match">Nederlands</li>')
    assertNotContains(response, 'class="language-note"')


def test_note_lists_every_language_of_the_group(client):
    disorder = make_disorder()
    make_organisation(languages=["nl", "fr"], disorders=[disorder])
    assertContains(client.get(disorder.get_absolute_url()), "This group works in Dutch and French.")


def test_subtype_page_lists_the_parents_organisations_once(client):
    parent = make_disorder()
    subtype = make_disorder(parent=parent)
    shared = make_organisation(name_en="Shared", disorders=[parent, subtype])
    make_organisation(name_en="Parent only", disorders=[parent])
    content = client.get(subtype.get_absolute_url()).content.decode()
    assert content.count(f'href="{shared.get_absolute_url()}"') == 1
    assert "Parent only" in content


def test_inactive_organisation_is_not_listed_on_the_disorder_page(client):
    disorder = make_disorder()
    make_organisation(name_en="Closed group", is_active=False, disorders=[disorder])
    assertNotContains(client.get(disorder.get_absolute_url()), "Closed group")


def test_disorder_without_organisations_points_to_the_directory(client):
    response = client.get(make_disorder().get_absolute_url())
    assertContains(response, "We do not list an organisation for this disorder yet.")
    assertContains(response, 'href="/en/organisations/"')
