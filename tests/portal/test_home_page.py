import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import make_disorder

pytestmark = pytest.mark.django_db

LONG_SUMMARY = (
    "Leukemia is a cancer of the blood. It starts in the bone marrow, e.g. in the "
    "hip bones. There are several types, and each type is treated in its own way "
    "by a team that knows it well. Most people need treatment in hospital."
)


def test_home_summaries_end_on_a_whole_sentence(client):
    make_disorder(summary_en=LONG_SUMMARY)
    content = client.get("/en/").content.decode()
    assert (
        "<p>Leukemia is a cancer of the blood. It starts in the bone marrow, e.g. in the "
        "hip bones.</p>"
    ) in content
    assert "…" not in content
    assert "treated in its own way" not in content


def test_a_long_first_sentence_is_kept_whole():
    disorder = make_disorder(summary_en="A " + "very " * 60 + "long sentence. Second one.")
    assert disorder.short_summary() == "A " + "very " * 60 + "long sentence."


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Need help now?"),
        ("nl", "Nu hulp nodig?"),
        ("fr", "Besoin d’aide maintenant\u202f?"),  # French typography
    ],
)
def test_home_starts_with_search_and_a_need_help_line_then_categories(client, lang, line):
    disorder = make_disorder()
    content = client.get(f"/{lang}/").content.decode()
    positions = [
        content.index("<h1>"),
        content.index('id="home-search-q"'),
        content.index(line),
        content.index(f'href="#{disorder.category.anchor()}"'),
        content.index(f'id="{disorder.category.anchor()}-heading"'),
    ]
    assert positions == sorted(positions)
    assertContains(client.get(f"/{lang}/"), "112")


def test_empty_categories_are_not_offered(client):
    response = client.get("/en/")
    assertNotContains(response, 'class="category-nav"')
