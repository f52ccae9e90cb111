import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


def disorder_page(client, disorder, lang):
    return client.get(f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/")


@pytest.mark.parametrize(
    ("lang", "badge"), [("en", "English"), ("nl", "Nederlands"), ("fr", "Français")]
)
def test_no_language_note_when_every_group_works_in_the_readers_language(client, lang, badge):
    disorder = make_disorder()
    make_organisation(languages=[lang], disorders=[disorder])
    make_organisation(languages=[lang, "de"], disorders=[disorder])
    response = disorder_page(client, disorder, lang)
    assertContains(response, f'<li class="badge badge--match">{badge}</li>', count=2)
    assertNotContains(response, 'class="language-note"')


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "en",
            "Some of these groups work only in Dutch or German. Do not hesitate to contact them anyway.",
        ),
        (
            "nl",
            "Sommige van deze groepen werken alleen in het Frans of Duits. "
            "Aarzel niet om hen toch te contacteren.",
        ),
        (
            "fr",
            "Certains de ces groupes travaillent uniquement en néerlandais ou allemand. "
            "N’hésitez pas à les contacter quand même.",
        ),
    ],
)
def test_mixed_list_names_the_languages_of_the_other_groups_once(client, lang, note):
    disorder = make_disorder()
    other = "fr" if lang == "nl" else "nl"
    make_organisation(languages=[lang], disorders=[disorder])
    make_organisation(languages=[other], disorders=[disorder])
    make_organisation(languages=["de"], disorders=[disorder])
    response = disorder_page(client, disorder, lang)
    assertContains(response, note, count=1)
    assertContains(response, 'class="language-note"', count=1)


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "These groups work in Dutch or French. Do not hesitate to contact them anyway."),
        (
            "nl",
            "Deze groepen werken in het Frans of Engels. Aarzel niet om hen toch te contacteren.",
        ),
        (
            "fr",
            "Ces groupes travaillent en néerlandais ou anglais. "
            "N’hésitez pas à les contacter quand même.",
        ),
    ],
)
def test_list_without_the_readers_language_says_so_once(client, lang, note):
    disorder = make_disorder()
    languages = {"en": ["nl", "fr"], "nl": ["fr", "en"], "fr": ["nl", "en"]}[lang]
    make_organisation(languages=languages[:1], disorders=[disorder])
    make_organisation(languages=languages[1:], disorders=[disorder])
    response = disorder_page(client, disorder, lang)
    assertContains(response, note, count=1)
    assertContains(response, 'class="language-note"', count=1)


def test_a_single_group_is_named_with_all_its_languages(client):
    disorder = make_disorder()
    make_organisation(languages=["nl", "fr"], disorders=[disorder])
    assertContains(
        client.get(disorder.get_absolute_url()),
        "This group works in Dutch and French. Do not hesitate to contact it anyway.",
    )


def test_directory_says_it_once_for_the_page(client):
    make_organisation(languages=["nl"])
    make_organisation(languages=["fr"])
    response = client.get("/en/organisations/")
    assertContains(response, 'class="language-note"', count=1)
    assertContains(response, "These groups work in Dutch or French.")


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
