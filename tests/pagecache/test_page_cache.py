import datetime

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from disorders.models import Category, Disorder, DisorderSection, GlossaryTerm
from pagecache import pages as pagecache
from pages.models import SitePage
from tests.factories import (
    change_form_data,
    make_disorder,
    make_organisation,
    make_section,
    make_staff,
)

pytestmark = pytest.mark.django_db


def kept(client, url, **params):
    """Fetched twice: the second answer must come from the page cache."""
    client.get(url, params)
    response = client.get(url, params)
    assert response.get("X-Page-Cache") == "hit", url
    return response


def fresh(client, url, **params):
    response = client.get(url, params)
    assert response.get("X-Page-Cache") != "hit", url
    return response


def test_a_kept_page_is_served_without_a_query(client, django_assert_num_queries):
    disorder = make_disorder(sections=3, organisations=2, related=2)
    first = client.get(disorder.get_absolute_url())
    with django_assert_num_queries(0):
        again = client.get(disorder.get_absolute_url())
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert again["Content-Language"] == "en"
    assert "public" in again["Cache-Control"]
    assert not again.cookies


def test_each_language_has_its_own_kept_page(client):
    disorder = make_disorder(name_en="Leukemia", name_nl="Leukemie", name_fr="Leucémie")
    for language in ("en", "nl", "fr"):
        kept(client, f"/{language}/disorders/")
    assertContains(kept(client, "/nl/disorders/"), "Leukemie")
    assertNotContains(kept(client, "/nl/disorders/"), ">Leukemia<")
    assertContains(kept(client, "/fr/disorders/"), "Leucémie")
    assert kept(client, "/fr/disorders/")["Content-Language"] == "fr"
    assert kept(client, f"/en/disorders/{disorder.slug_en}/")["Content-Language"] == "en"


def test_a_kept_page_answers_a_reader_who_has_it_with_304(client):
    disorder = make_disorder()
    page = kept(client, disorder.get_absolute_url())
    again = client.get(disorder.get_absolute_url(), HTTP_IF_NONE_MATCH=page["ETag"])
    assert again.status_code == 304


def test_staff_are_never_served_a_kept_page_and_their_pages_are_not_kept(client):
    disorder = make_disorder(name_en="Leukemia")
    kept(client, disorder.get_absolute_url())
    staff = Client()
    staff.force_login(make_staff(superuser=True))
    assert staff.get(disorder.get_absolute_url()).get("X-Page-Cache") != "hit"
    assert staff.get("/en/disorders/").get("X-Page-Cache") != "hit"
    fresh(client, "/en/disorders/")


def test_a_staff_preview_of_a_draft_is_never_kept(client):
    draft = make_disorder(status="draft", name_en="Secret draft")
    staff = Client()
    staff.force_login(make_staff(permissions=["view_disorder"]))
    assertContains(staff.get(draft.get_absolute_url()), "Secret draft")
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.urls("tests.pagecache.pagecache_urls")
@pytest.mark.parametrize("url", ["/en/cookie/", "/en/missing/", "/en/private/"])
def test_a_page_that_sets_a_cookie_fails_or_is_private_is_not_kept(client, url):
    client.get(url)
    assert Client().get(url).get("X-Page-Cache") != "hit"
    # The same view with none of these is kept: the test can fail.
    kept(client, "/en/ok/")


def test_a_page_asked_for_with_stray_query_parameters_is_not_kept(client):
    make_organisation(name_en="Dutch speakers", languages=["nl"])
    client.get("/en/organisations/", {"language": "nl", "utm_source": "newsletter"})
    again = client.get("/en/organisations/", {"language": "nl", "utm_source": "newsletter"})
    assert again.get("X-Page-Cache") != "hit"
    assertContains(again, "Dutch speakers")
    kept(client, "/en/organisations/", language="nl")


def test_each_directory_filter_has_its_own_kept_page(client):
    make_organisation(name_en="Dutch speakers", languages=["nl"])
    make_organisation(name_en="French speakers", languages=["fr"])
    assertContains(kept(client, "/en/organisations/", language="nl"), "Dutch speakers")
    assertNotContains(kept(client, "/en/organisations/", language="nl"), "French speakers")
    assertContains(kept(client, "/en/organisations/", language="fr"), "French speakers")


def test_an_admin_edit_replaces_the_kept_page_and_leaves_others_kept(client, admin_client):
    edited = make_disorder(name_en="Leukemia")
    other = make_disorder(name_en="Anaemia")
    kept(client, edited.get_absolute_url())
    kept(client, other.get_absolute_url())
    response = admin_client.post(
        f"/admin/disorders/disorder/{edited.pk}/change/",
        change_form_data(edited, summary_en="A new summary of leukemia."),
    )
    assert response.status_code == 302
    assertContains(fresh(client, edited.get_absolute_url()), "A new summary of leukemia.")
    kept(client, other.get_absolute_url())
    # The summary is shown in no list: the index stays kept.
    kept(client, "/en/disorders/")


def test_a_renamed_disorder_is_renamed_in_every_list(client):
    disorder = make_disorder(name_en="Leukemia")
    neighbour = make_disorder(category=disorder.category, related=0)
    neighbour.related.add(disorder)
    for url in ("/en/", "/en/disorders/", neighbour.get_absolute_url()):
        kept(client, url)
    disorder.name_en = "Leukaemia"
    disorder.save()
    for url in ("/en/", "/en/disorders/", neighbour.get_absolute_url()):
        assertContains(fresh(client, url), "Leukaemia")


def test_a_new_subtype_appears_on_its_parents_kept_page(client):
    parent = make_disorder()
    kept(client, parent.get_absolute_url())
    make_disorder(parent=parent, name_en="A new subtype")
    assertContains(fresh(client, parent.get_absolute_url()), "A new subtype")


def test_a_section_edit_replaces_only_its_disorders_page(client):
    disorder = make_disorder(sections=1)
    other = make_disorder(sections=1)
    kept(client, disorder.get_absolute_url())
    kept(client, other.get_absolute_url())
    section = DisorderSection.objects.get(disorder=disorder)
    section.body_en = "<p>Rewritten for readers.</p>"
    section.save()
    assertContains(fresh(client, disorder.get_absolute_url()), "Rewritten for readers.")
    kept(client, other.get_absolute_url())
    make_section(disorder, heading_en="An added section")
    assertContains(fresh(client, disorder.get_absolute_url()), "An added section")


def test_an_organisation_edit_reaches_the_directory_and_its_disorders(client):
    disorder = make_disorder()
    organisation = make_organisation(name_en="Blood Friends", disorders=[disorder])
    for url in (disorder.get_absolute_url(), "/en/organisations/", organisation.get_absolute_url()):
        kept(client, url)
    organisation.name_en = "Blood Friends Flanders"
    organisation.save()
    for url in (disorder.get_absolute_url(), "/en/organisations/", organisation.get_absolute_url()):
        assertContains(fresh(client, url), "Blood Friends Flanders")


def test_a_newly_linked_organisation_appears_on_the_disorders_page(client):
    disorder = make_disorder()
    organisation = make_organisation(name_en="Late Link Society")
    kept(client, disorder.get_absolute_url())
    organisation.disorders.add(disorder)
    assertContains(fresh(client, disorder.get_absolute_url()), "Late Link Society")


def test_a_deleted_organisation_leaves_its_disorders_page(client):
    disorder = make_disorder()
    organisation = make_organisation(name_en="Closing Society", disorders=[disorder])
    kept(client, disorder.get_absolute_url())
    organisation.delete()
    assertNotContains(fresh(client, disorder.get_absolute_url()), "Closing Society")


def test_a_glossary_edit_reaches_the_disorder_pages_and_the_glossary(client):
    disorder = make_disorder(sections=0)
    make_section(disorder, body_en="<p>The bone marrow makes blood.</p>")
    kept(client, disorder.get_absolute_url())
    kept(client, "/en/glossary/")
    GlossaryTerm.objects.create(
        term_en="bone marrow", slug="bone-marrow", definition_en="The soft inside of bones."
    )
    assertContains(fresh(client, disorder.get_absolute_url()), "The soft inside of bones.")
    assertContains(fresh(client, "/en/glossary/"), "The soft inside of bones.")


def test_a_category_rename_reaches_the_home_page(client):
    disorder = make_disorder()
    kept(client, "/en/")
    category = Category.objects.get(pk=disorder.category_id)
    category.name_en = "Cancers of the blood"
    category.save()
    assertContains(fresh(client, "/en/"), "Cancers of the blood")


def test_a_site_page_edit_replaces_its_kept_page(client):
    page = SitePage.objects.create(
        kind="about", title_en="About us", body_en="<p>First words.</p>", status="published"
    )
    kept(client, "/en/about/")
    page.body_en = "<p>Second words.</p>"
    page.save()
    assertContains(fresh(client, "/en/about/"), "Second words.")


def test_kept_search_results_follow_every_change(client):
    make_disorder(name_en="Leukemia")
    assertNotContains(kept(client, "/en/search/", q="anaemia"), "Aplastic anaemia")
    kept(client, "/en/search/", q="leukemia")
    disorder = make_disorder(name_en="Aplastic anaemia")
    assertContains(fresh(client, "/en/search/", q="anaemia"), "Aplastic anaemia")
    disorder.delete()
    assertNotContains(fresh(client, "/en/search/", q="anaemia"), "Aplastic anaemia")


def test_a_scheduled_disorder_appears_in_kept_lists_at_its_time(client, clock):
    make_disorder(name_en="Already here")
    kept(client, "/en/disorders/")
    make_disorder(
        name_en="Scheduled page", publish_at=timezone.now() + datetime.timedelta(minutes=10)
    )
    assertNotContains(kept(client, "/en/disorders/"), "Scheduled page")
    clock.advance(9 * 60)
    assertNotContains(kept(client, "/en/disorders/"), "Scheduled page")
    clock.advance(2 * 60)
    assertContains(fresh(client, "/en/disorders/"), "Scheduled page")


def test_pages_are_drawn_when_the_cache_does_not_answer(client, settings):
    disorder = make_disorder(name_en="Leukemia")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    settings.PAGE_CACHE_TAG_DIRECTORY = None
    assertContains(client.get(disorder.get_absolute_url()), "Leukemia")
    disorder.name_en = "Leukaemia"
    disorder.save()
    assertContains(client.get(disorder.get_absolute_url()), "Leukaemia")


def test_the_page_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    disorder = make_disorder()
    client.get(disorder.get_absolute_url())
    fresh(client, disorder.get_absolute_url())


SHARED = not settings.PAGE_CACHE_TAG_DIRECTORY


@pytest.mark.skipif(not SHARED, reason="pages are shared between processes through Redis")
def test_a_page_kept_by_one_process_serves_another(client, django_assert_num_queries):
    disorder = make_disorder()
    first = client.get(disorder.get_absolute_url())
    pagecache.memory = pagecache.ProcessMemory()  # as a process that never drew it
    with django_assert_num_queries(0):
        again = client.get(disorder.get_absolute_url())
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


def test_a_change_made_by_another_process_is_seen_within_the_recheck_time(client, clock):
    disorder = make_disorder(name_en="Leukemia")
    kept(client, disorder.get_absolute_url())
    # Another process saves and announces it: this process's memory of the
    # tag versions is not told, and must read them again.
    Disorder.objects.filter(pk=disorder.pk).update(name_en="Leukaemia")
    pagecache.tag_versions().bump([f"disorder-{disorder.pk}", pagecache.ANY_CHANGE])
    assertContains(kept(client, disorder.get_absolute_url()), "Leukemia")  # not yet re-read
    clock.advance(pagecache.TAG_RECHECK_SECONDS + 0.01)
    assertContains(fresh(client, disorder.get_absolute_url()), "Leukaemia")


def test_a_process_drops_its_least_recently_served_pages_past_its_share(client, settings):
    pages = [make_disorder(sections=2).get_absolute_url() for _ in range(3)]
    sizes = [len(client.get(url).content) for url in pages]
    pagecache.memory = pagecache.ProcessMemory()
    settings.PAGE_CACHE_PROCESS_BYTES = sizes[0] + sizes[1] + sizes[2] // 2  # room for two
    for url in (pages[0], pages[1], pages[0]):  # the first is now the most recently served
        client.get(url)
    client.get(pages[2])
    assert pagecache.memory.size <= settings.PAGE_CACHE_PROCESS_BYTES
    assert len(pagecache.memory.pages) == 2
    if SHARED:  # still in Redis, for every process
        assert client.get(pages[1])["X-Page-Cache"] == "hit"
    else:
        fresh(client, pages[1])


def test_marking_contact_details_verified_replaces_the_organisation_page(client, admin_client):
    organisation = make_organisation(name_en="Blood Friends")
    assertNotContains(kept(client, organisation.get_absolute_url()), "last checked on")
    admin_client.post(
        "/admin/organisations/organisation/",
        {"action": "mark_verified_today", "_selected_action": [organisation.pk]},
    )
    assertContains(fresh(client, organisation.get_absolute_url()), "last checked on")


def test_a_newly_published_related_disorder_appears_on_the_kept_page(client):
    disorder = make_disorder()
    draft = make_disorder(status="draft", name_en="Waiting page")
    disorder.related.add(draft)
    assertNotContains(kept(client, disorder.get_absolute_url()), "Waiting page")
    draft.status = "published"
    draft.save()
    assertContains(fresh(client, disorder.get_absolute_url()), "Waiting page")


def test_restoring_an_old_revision_reaches_the_kept_lists(client):
    import reversion
    from reversion.models import Version

    with reversion.create_revision():
        disorder = make_disorder(name_en="The old name")
    with reversion.create_revision():
        disorder.name_en = "The new name"
        disorder.save()
    assertContains(kept(client, "/en/disorders/"), "The new name")
    Version.objects.get_for_object(disorder).last().revision.revert()  # raw saves
    assertContains(fresh(client, "/en/disorders/"), "The old name")


def test_a_tag_lost_from_the_store_draws_the_page_again(client, clock):
    disorder = make_disorder()
    kept(client, disorder.get_absolute_url())
    tag = f"disorder-{disorder.pk}"
    if SHARED:
        cache.delete(pagecache.CacheTagVersions.PREFIX + tag)  # evicted by Redis
    else:
        (settings.PAGE_CACHE_TAG_DIRECTORY / tag).unlink()
    pagecache.tag_versions().bump([pagecache.ANY_CHANGE])  # any other change, anywhere
    clock.advance(pagecache.TAG_RECHECK_SECONDS + 0.01)
    fresh(client, disorder.get_absolute_url())


def test_a_page_drawn_just_after_another_process_changed_the_glossary_has_the_new_terms(client):
    disorder = make_disorder(sections=0)
    other = make_disorder(sections=0)
    for page in (disorder, other):
        make_section(page, body_en="<p>The bone marrow makes blood.</p>")
    term = GlossaryTerm.objects.create(
        term_en="bone marrow", slug="bone-marrow", definition_en="The first definition."
    )
    assertContains(kept(client, disorder.get_absolute_url()), "The first definition.")
    # Another process changes the term; this one has not re-read the versions.
    GlossaryTerm.objects.filter(pk=term.pk).update(definition_en="The second definition.")
    pagecache.tag_versions().bump(["glossary", pagecache.ANY_CHANGE])
    assertContains(fresh(client, other.get_absolute_url()), "The second definition.")


@pytest.mark.skipif(not SHARED, reason="pages are shared between processes through Redis")
def test_search_results_are_kept_in_the_process_only(client):
    make_disorder(name_en="Leukemia")
    kept(client, "/en/search/", q="leukemia")
    pagecache.memory = pagecache.ProcessMemory()  # as another process
    fresh(client, "/en/search/", q="leukemia")
