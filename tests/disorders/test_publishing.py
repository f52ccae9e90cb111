import datetime

import pytest
from django.utils import timezone, translation
from pytest_django.asserts import assertContains

from disorders.models import Disorder
from tests.factories import disorder_form_data, make_disorder, make_staff

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)
MINUTE = datetime.timedelta(minutes=1)


def test_scheduled_disorder_is_invisible_before_its_time_and_visible_after(client):
    now = timezone.now()
    disorder = make_disorder(publish_at=now + HOUR)
    assert client.get(disorder.get_absolute_url()).status_code == 404
    assert disorder not in Disorder.objects.published(now=now)
    assert disorder in Disorder.objects.published(now=now + 2 * HOUR)
    Disorder.objects.filter(pk=disorder.pk).update(publish_at=now - datetime.timedelta(seconds=1))
    assert client.get(disorder.get_absolute_url()).status_code == 200


def test_disorder_disappears_at_its_unpublish_time(client, clock):
    """Also from the page cache: nothing is saved when the time comes, and
    the page would otherwise be kept for PAGE_CACHE_SECONDS (an hour)."""
    disorder = make_disorder(unpublish_at=timezone.now() + 10 * MINUTE)
    assert client.get(disorder.get_absolute_url()).status_code == 200
    assert client.get(disorder.get_absolute_url())["X-Page-Cache"] == "hit"
    clock.advance(9 * 60)
    assert client.get(disorder.get_absolute_url())["X-Page-Cache"] == "hit"
    clock.advance(2 * 60)
    assert client.get(disorder.get_absolute_url()).status_code == 404


def test_subtype_of_a_scheduled_disorder_waits_for_its_parent():
    now = timezone.now()
    parent = make_disorder(publish_at=now + HOUR)
    subtype = make_disorder(parent=parent)
    assert subtype not in Disorder.objects.published(now=now)
    assert subtype in Disorder.objects.published(now=now + 2 * HOUR)


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_staff_preview_a_scheduled_disorder_in_every_language(client, lang):
    disorder = make_disorder(publish_at=timezone.now() + HOUR, sections=1)
    client.force_login(make_staff(permissions=["view_disorder"]))
    response = client.get(f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/")
    assertContains(response, getattr(disorder, f"name_{lang}"))
    assertContains(response, "notice--preview")


def test_publication_state_tells_staff_what_readers_see():
    now = timezone.now()
    assert str(make_disorder(status="draft").publication_state(now)) == "Draft"
    assert str(make_disorder(publish_at=now + HOUR).publication_state(now)) == "Scheduled"
    assert (
        str(make_disorder(unpublish_at=now - HOUR).publication_state(now))
        == "Unpublished (expired)"
    )
    assert str(make_disorder().publication_state(now)) == "Published"


def test_unpublish_time_before_publish_time_is_refused(admin_client):
    data = disorder_form_data(
        publish_at_0="2026-12-01",
        publish_at_1="10:00",
        unpublish_at_0="2026-11-01",
        unpublish_at_1="10:00",
    )
    response = admin_client.post("/admin/disorders/disorder/add/", data)
    assertContains(response, "The page must be unpublished after it is published.")
    assert not Disorder.objects.exists()


@pytest.mark.parametrize("parent_status", [None, "published", "draft", "scheduled", "expired"])
@pytest.mark.parametrize("status", ["published", "draft", "scheduled", "expired"])
def test_the_page_finds_a_disorder_live_exactly_when_published_says_so(status, parent_status):
    now = timezone.now()
    schedules = {
        "published": {"status": "published"},
        "draft": {"status": "draft"},
        "scheduled": {"status": "published", "publish_at": now + datetime.timedelta(hours=1)},
        "expired": {"status": "published", "unpublish_at": now - datetime.timedelta(hours=1)},
    }
    parent = make_disorder(**schedules[parent_status]) if parent_status else None
    disorder = make_disorder(
        parent=parent, **({"category": parent.category} if parent else {}), **schedules[status]
    )
    expected = Disorder.objects.published(now).best_for_slug(disorder.slug_en)
    assert Disorder.objects.for_address().live_for_slug(disorder.slug_en, now) == expected


@pytest.mark.parametrize("own_slug_first", [True, False])
def test_a_slug_of_the_readers_language_wins_over_an_english_fallback(own_slug_first):
    def own():
        return make_disorder(slug_nl="gedeeld")

    def fallback():
        return make_disorder(slug_en="gedeeld", translated=False)

    first, second = (own, fallback) if own_slug_first else (fallback, own)
    made = {"first": first(), "second": second()}
    expected = made["first" if own_slug_first else "second"]
    with translation.override("nl"):
        assert Disorder.objects.best_for_slug("gedeeld") == expected
        assert Disorder.objects.for_address().live_for_slug("gedeeld") == expected
