"""A kept page names what it shows in a Surrogate-Key header: the tags the
site bumps when that content changes, so a CDN or Varnish in front can
purge it by the same names."""

import pytest
from django.test import Client

from pagecache.signals import tags_bumped
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


def surrogate_keys(response):
    return set(response["Surrogate-Key"].split())


def test_a_disorder_page_names_the_disorder_its_family_its_address_and_what_marks_it(client):
    parent = make_disorder()
    disorder = make_disorder(parent=parent, category=parent.category, related=2)
    keys = surrogate_keys(client.get(disorder.get_absolute_url()))
    related = {f"disorder-{other.pk}" for other in disorder.related.all()}
    assert len(related) == 2
    assert keys == {
        f"disorder-{disorder.pk}",
        f"disorder-{parent.pk}",
        f"category-{disorder.category_id}",
        f"address-{disorder.slug_en}",
        "glossary",
        "languages",
        "site",
        *related,
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/", {"catalogue", "site"}),
        ("/en/disorders/", {"catalogue", "site"}),
        ("/en/glossary/", {"glossary", "site"}),
        ("/en/organisations/", {"organisations", "catalogue", "languages", "site"}),
    ],
)
def test_list_pages_name_the_lists_they_show(client, url, expected):
    make_organisation(disorders=[make_disorder()])
    assert surrogate_keys(client.get(url)) == expected


def test_an_organisation_page_names_the_organisation(client):
    organisation = make_organisation()
    keys = surrogate_keys(client.get(organisation.get_absolute_url()))
    assert keys == {f"org-{organisation.pk}", "catalogue", "languages", "site"}


def test_a_page_that_is_not_kept_names_nothing():
    disorder = make_disorder()
    response = Client().get(disorder.get_absolute_url(), {"utm_source": "newsletter"})
    assert response.status_code == 200
    assert "Surrogate-Key" not in response


def test_a_change_tells_purgers_the_same_tags_after_the_commit(
    client, django_capture_on_commit_callbacks
):
    disorder = make_disorder()
    keys = surrogate_keys(client.get(disorder.get_absolute_url()))
    told = []
    tags_bumped.connect(lambda tags, **kwargs: told.append(tags), weak=False, dispatch_uid="t")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            disorder.summary_en = "A new summary."
            disorder.save()
            assert told == []  # not before the commit
    finally:
        tags_bumped.disconnect(dispatch_uid="t")
    assert f"disorder-{disorder.pk}" in told[0]
    assert told[0] & keys
