import datetime

import pytest
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from organisations.models import Language, Organisation
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db


def test_changelist_filters_and_search_show_the_matching_organisations(admin_rows):
    leukemia = make_disorder()
    make_organisation(
        name_en="Flemish group",
        languages=["nl"],
        disorders=[leukemia],
        contact_verified_on=timezone.localdate(),
    )
    make_organisation(
        name_en="Brussels helpline",
        languages=["nl", "fr"],
        region=Organisation.Region.BRUSSELS,
        description_en="We help by phone.",
    )
    make_organisation(name_en="Closed group", languages=["fr"], is_active=False)
    french = Language.objects.get(code="fr")

    def rows(**params):
        return admin_rows("/admin/organisations/organisation/", params)

    assert rows() == {"Flemish group", "Brussels helpline", "Closed group"}
    assert rows(languages__id__exact=french.pk) == {"Brussels helpline", "Closed group"}
    assert rows(region__exact="brussels") == {"Brussels helpline"}
    assert rows(disorders__id__exact=leukemia.pk) == {"Flemish group"}
    assert rows(is_active__exact="0") == {"Closed group"}
    assert rows(contact="stale") == {"Brussels helpline", "Closed group"}
    assert rows(contact="current") == {"Flemish group"}
    assert rows(q="help") == {"Brussels helpline"}


def test_stale_filter_lists_organisations_not_verified_for_twelve_months(admin_client):
    today = timezone.localdate()
    make_organisation(name_en="Never checked")
    make_organisation(
        name_en="Checked long ago", contact_verified_on=today - datetime.timedelta(days=400)
    )
    make_organisation(
        name_en="Checked recently", contact_verified_on=today - datetime.timedelta(days=30)
    )
    response = admin_client.get("/admin/organisations/organisation/?contact=stale")
    assertContains(response, "Never checked")
    assertContains(response, "Checked long ago")
    assertNotContains(response, "Checked recently")


def test_bulk_action_marks_contact_details_verified_today(admin_client):
    chosen = [make_organisation(), make_organisation()]
    other = make_organisation()
    response = admin_client.post(
        "/admin/organisations/organisation/",
        {"action": "mark_verified_today", "_selected_action": [o.pk for o in chosen]},
        follow=True,
    )
    assertContains(response, "Contact details of 2 organisations marked as verified today.")
    today = timezone.localdate()
    assert {
        o.contact_verified_on for o in Organisation.objects.filter(pk__in=[o.pk for o in chosen])
    } == {today}
    other.refresh_from_db()
    assert other.contact_verified_on is None


def test_change_page_has_language_tabs_and_language_checkboxes(admin_client):
    organisation = make_organisation()
    response = admin_client.get(f"/admin/organisations/organisation/{organisation.pk}/change/")
    assertContains(response, "tabbed_translation_fields.js")
    assertContains(response, 'type="checkbox" name="languages"')
    assertContains(response, "View on site")


def test_organisation_needs_at_least_one_working_language(admin_client):
    response = admin_client.post(
        "/admin/organisations/organisation/add/",
        {"name_en": "New", "slug": "new", "description_en": "Help.", "region": "flanders"},
    )
    assertContains(response, "This field is required")
    assert not Organisation.objects.filter(slug="new").exists()
