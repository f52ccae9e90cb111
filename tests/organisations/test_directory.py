import pytest
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from organisations.models import Organisation
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


def listed(response):
    return {organisation.slug for organisation in response.context["page"].object_list}


@pytest.fixture
def directory():
    leukemia = make_disorder(slug_en="leukemia")
    aml = make_disorder(parent=leukemia, slug_en="aml")
    return {
        "leukemia": leukemia,
        "aml": aml,
        "dutch": make_organisation(
            slug="dutch", languages=["nl"], region="flanders", disorders=[leukemia]
        ),
        "french": make_organisation(
            slug="french", languages=["fr"], region="wallonia", disorders=[aml]
        ),
        "both": make_organisation(slug="both", languages=["nl", "fr"], region="brussels"),
        "german": make_organisation(slug="german", languages=["de"], region="wallonia"),
        "inactive": make_organisation(slug="inactive", languages=["nl"], is_active=False),
    }


@pytest.mark.parametrize("language", ["nl", "fr", "en", "de"])
def test_language_filter_lists_only_organisations_working_in_that_language(
    client, directory, language
):
    response = client.get("/en/organisations/", {"language": language})
    for slug in listed(response):
        assert language in Organisation.objects.get(slug=slug).language_codes()
    expected = {o.slug for o in Organisation.objects.active() if language in o.language_codes()}
    assert listed(response) == expected


def test_directory_filters_combine(client, directory):
    response = client.get("/en/organisations/", {"language": "fr", "region": "wallonia"})
    assert listed(response) == {"french"}
    response = client.get("/en/organisations/", {"language": "nl", "disorder": "leukemia"})
    assert listed(response) == {"dutch"}


def test_disorder_filter_on_a_subtype_includes_the_parents_organisations(client, directory):
    assert listed(client.get("/en/organisations/", {"disorder": "aml"})) == {"dutch", "french"}


def test_disorder_filter_accepts_a_slug_of_another_language(client, directory):
    dutch_slug = directory["leukemia"].slug_nl
    assert listed(client.get("/fr/organisations/", {"disorder": dutch_slug})) == {"dutch"}


@pytest.mark.parametrize(
    "query",
    [
        {"language": "xx"},
        {"language": "<script>alert(1)</script>"},
        {"region": "mars"},
        {"disorder": "no-such-disorder"},
        {"disorder": "../../etc/passwd"},
        {"page": "abc"},
        {"page": "99999"},
        {"language": "n" * 5000},
    ],
)
def test_malformed_filters_are_ignored(client, directory, query):
    response = client.get("/en/organisations/", query)
    assert response.status_code == 200
    assertNotContains(response, "<script>alert(1)")
    if "page" not in query:
        assert listed(response) == {"dutch", "french", "both", "german"}


def test_repeated_filter_uses_one_valid_value(client, directory):
    response = client.get("/en/organisations/", {"language": ["xx", "fr"]})
    assert listed(response) == {"french", "both"}


def test_inactive_organisation_is_hidden(client, directory):
    assert "inactive" not in listed(client.get("/en/organisations/"))
    assert client.get(directory["inactive"].get_absolute_url()).status_code == 404


def test_counts_per_filter_value_follow_the_other_filters(client, directory):
    response = client.get("/en/organisations/", {"region": "wallonia"})
    counts = {language.code: language.count for language in response.context["language_counts"]}
    assert counts == {"nl": 0, "fr": 1, "en": 0, "de": 1}
    regions = {value: count for value, _label, count in response.context["region_counts"]}
    assert regions["wallonia"] == 2 and regions["brussels"] == 1  # region ignores itself
    assertContains(response, 'French <span class="count">(1)</span>', html=False)


def test_active_filters_are_shown_and_removable(client, directory):
    response = client.get("/en/organisations/", {"language": "nl", "region": "flanders"})
    assertContains(response, "Active filters")
    assertContains(response, 'href="?region=flanders"')
    assertContains(response, 'href="?language=nl"')
    assertContains(response, "Remove all filters")


def test_no_match_shows_a_friendly_empty_state(client, directory):
    response = client.get("/en/organisations/", {"language": "de", "region": "flanders"})
    assertContains(response, "No organisation matches all these filters.")
    assertContains(response, "See all patient organisations")


def test_detail_page_shows_contact_details_and_marks_the_external_website(client):
    disorder = make_disorder(name_en="Haemophilia")
    organisation = make_organisation(
        website="https://www.example.org/",
        email="help@example.org",
        phone="+32 2 123 45 67",
        address="Rue Haute 1\n1000 Brussels",
        contact_verified_on="2026-03-01",
        disorders=[disorder],
    )
    response = client.get(organisation.get_absolute_url())
    assertContains(response, 'href="tel:+3221234567"')
    assertContains(response, 'href="mailto:help@example.org"')
    assertContains(response, 'rel="external noopener noreferrer"')
    assertContains(response, "(external website)")
    assertContains(response, "Rue Haute 1<br>1000 Brussels")
    assertContains(response, "Contact details last checked on March 1, 2026.")
    assertContains(response, disorder.get_absolute_url())


def test_verified_date_is_written_in_the_readers_language(client):
    organisation = make_organisation(contact_verified_on="2026-03-01")
    with translation.override("fr"):
        assertContains(client.get(organisation.get_absolute_url()), "1 mars 2026")


@pytest.mark.parametrize("n", [1, 5])
def test_directory_query_count_is_constant(assert_page_queries, n):
    disorders = [make_disorder() for _ in range(n)]
    for _ in range(n):
        make_organisation(languages=["nl", "fr"], disorders=disorders)
    # disorder lookup, count, page, languages, three facet counts
    assert_page_queries("/en/organisations/", 7, disorder=disorders[0].slug_en, language="nl")


@pytest.mark.parametrize("n", [1, 5])
def test_organisation_detail_query_count_is_constant(assert_page_queries, n):
    organisation = make_organisation(
        languages=["nl", "fr"], disorders=[make_disorder() for _ in range(n)]
    )
    assert_page_queries(organisation.get_absolute_url(), 3)
