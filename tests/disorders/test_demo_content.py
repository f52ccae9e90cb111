from io import StringIO

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict
from pytest_django.asserts import assertContains

from disorders.content import read_content
from disorders.models import Category, Disorder, DisorderSection
from organisations.models import Organisation

pytestmark = pytest.mark.django_db


def load(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return [
        [
            model_to_dict(obj) | {"updated_at": getattr(obj, "updated_at", None)}
            for obj in model.objects.order_by("pk")
        ]
        for model in (Category, Disorder, DisorderSection, Organisation)
    ]


def test_demo_content_has_the_leukemia_page_and_its_subtypes_in_three_languages(client):
    load()
    leukemia = Disorder.objects.get(slug_en="leukemia")
    assert (leukemia.slug_nl, leukemia.slug_fr) == ("leukemie", "leucemie")
    assert leukemia.category.name_en == "Blood cancers"
    subtypes = set(leukemia.subtypes.values_list("slug_en", flat=True))
    assert subtypes == {
        "acute-myeloid-leukemia",
        "acute-lymphoblastic-leukemia",
        "chronic-myeloid-leukemia",
        "chronic-lymphocytic-leukemia",
    }
    callouts = set(leukemia.sections.values_list("callout", flat=True))
    assert {DisorderSection.Callout.KEY_POINTS, DisorderSection.Callout.URGENT} <= callouts
    for url in ("/en/disorders/leukemia/", "/nl/disorders/leukemie/", "/fr/disorders/leucemie/"):
        assert client.get(url).status_code == 200


def test_demo_content_covers_at_least_ten_other_disorders():
    load()
    others = Disorder.objects.filter(parent__isnull=True).exclude(slug_en="leukemia")
    assert others.count() >= 10


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_demo_page_is_complete_in_every_language(lang):
    load()
    for disorder in Disorder.objects.all():
        assert disorder.is_translated(lang), disorder.slug_en
        assert getattr(disorder, f"slug_{lang}"), disorder.slug_en
        for section in disorder.sections.all():
            assert getattr(section, f"heading_{lang}") and getattr(section, f"body_{lang}")


def test_demo_html_passes_the_sanitiser_unchanged():
    """The shipped text uses only what editors can use, so nothing is lost on load."""
    load()
    stored = {
        (s.disorder.slug_en, s.heading_en): s
        for s in DisorderSection.objects.select_related("disorder")
    }
    for page in read_content().disorders:
        for section in page.sections:
            loaded = stored[(page.key, section.heading["en"])]
            for lang in ("en", "nl", "fr"):
                assert getattr(loaded, f"body_{lang}") == section.body[lang]


def test_running_the_demo_loader_twice_changes_nothing():
    load()
    before = snapshot()
    output = load()
    assert snapshot() == before
    assert "0 disorder pages created, 0 updated" in output


def test_demo_loader_never_overwrites_an_editors_change():
    load()
    Disorder.objects.filter(slug_en="leukemia").update(name_en="Leukaemia (edited)")
    DisorderSection.objects.filter(disorder__slug_en="leukemia").first().delete()
    sections = DisorderSection.objects.filter(disorder__slug_en="leukemia").count()
    load()
    assert Disorder.objects.get(slug_en="leukemia").name_en == "Leukaemia (edited)"
    assert DisorderSection.objects.filter(disorder__slug_en="leukemia").count() == sections


def test_update_option_restores_the_shipped_text():
    load()
    Disorder.objects.filter(slug_en="leukemia").update(name_en="Changed")
    load("--update")
    assert Disorder.objects.get(slug_en="leukemia").name_en == "Leukaemia"


def test_demo_organisations_cover_three_languages_and_label_examples():
    load()
    organisations = Organisation.objects.prefetch_related("languages")
    assert organisations.count() >= 8
    codes = {code for organisation in organisations for code in organisation.language_codes()}
    assert {"nl", "fr", "en"} <= codes
    for organisation in organisations:
        assert organisation.disorders.exists()
        if not organisation.website:
            assert organisation.description_en.startswith("Example entry")
            assert organisation.description_nl.startswith("Voorbeeld")
            assert organisation.description_fr.startswith("Exemple")


def test_demo_content_is_searchable_in_every_language():
    from search.index import load_entries, search

    load()
    assert load_entries(search("leucemie", "fr"))[0].title == "Leucémie"
    assert load_entries(search("AML", "en"))[0].title == "Acute myeloid leukaemia (AML)"
    anaemias = {entry.title for entry in load_entries(search("bloedarmoede", "nl"))[:2]}
    assert anaemias == {"Aplastische anemie", "IJzertekortanemie"}
    # Disorders come first, then glossary terms (#17).
    found = load_entries(search("beenmerg", "nl"))
    assert found[0].kind == "disorder" and "beenmerg" in [entry.title for entry in found]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", 'This is a type of <a href="/en/disorders/leukemia/">leukaemia</a>.'),
        ("nl", 'Dit is een vorm van <a href="/nl/disorders/leukemie/">leukemie</a>.'),
        ("fr", 'C’est une forme de <a href="/fr/disorders/leucemie/">leucémie</a>.'),
    ],
)
def test_a_subtype_names_its_parent_in_lower_case_mid_sentence(client, lang, expected):
    load()
    aml = Disorder.objects.get(slug_en="acute-myeloid-leukemia")
    response = client.get(f"/{lang}/disorders/{getattr(aml, f'slug_{lang}')}/")
    assert expected in response.content.decode()


def test_every_shipped_published_page_cites_at_least_two_sources(client):
    load()
    for disorder in Disorder.objects.published().prefetch_related("sources"):
        sources = list(disorder.sources.all())
        assert len(sources) >= 2, disorder.slug_en
        for source in sources:
            assert source.title and source.publisher, disorder.slug_en
    leukemia = Disorder.objects.get(slug_en="leukemia")
    assertContains(client.get(leukemia.get_absolute_url()), leukemia.sources.first().title)
