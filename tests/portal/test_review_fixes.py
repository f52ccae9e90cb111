"""Regression tests for defects found in review."""

import datetime
from io import BytesIO

import pytest
from django.test import Client
from django.utils import timezone
from PIL import Image
from pytest_django.asserts import assertContains

from disorders.models import Disorder, DisorderSection
from feedback.models import Feedback
from search.index import load_entries, plain_text, search
from tests.disorders.test_admin import change_form_data
from tests.factories import make_disorder, make_section

pytestmark = pytest.mark.django_db


def test_search_keeps_words_of_adjacent_blocks_apart_and_reads_entities():
    assert (
        plain_text("<ul><li>swollen</li></ul><p>These&nbsp;cells &amp; more</p>")
        == "swollen These cells & more"
    )
    disorder = make_disorder(name_en="Somewhere")
    make_section(disorder, body_en="<ul><li>swollen</li></ul><p>Treatment follows.</p>")
    assert [e.title for e in load_entries(search("treatment"))] == ["Somewhere"]


def test_search_finds_text_typed_with_separate_accent_marks():
    make_disorder(name_fr="Ane\u0301mie", summary_fr="Une ane\u0301mie.")
    assert [e.title for e in load_entries(search("anémie", "fr"))] == ["Anémie"]


def test_deleting_a_section_does_not_clear_an_outdated_translation(admin_client):
    disorder = make_disorder(sections=2)
    Disorder.objects.filter(pk=disorder.pk).update(
        source_changed_at=timezone.now(),
        translated_nl_at=timezone.now() - datetime.timedelta(days=1),
    )
    first, second = disorder.sections.all()
    data = change_form_data(disorder)
    data |= {"sections-TOTAL_FORMS": "2", "sections-INITIAL_FORMS": "2"}
    for i, section in enumerate((first, second)):
        data |= {
            f"sections-{i}-id": section.pk,
            f"sections-{i}-disorder": disorder.pk,
            f"sections-{i}-position": i,
            f"sections-{i}-heading_en": section.heading_en,
            f"sections-{i}-heading_nl": section.heading_nl,
            f"sections-{i}-heading_fr": section.heading_fr,
            f"sections-{i}-body_en": section.body_en,
            f"sections-{i}-body_nl": section.body_nl,
            f"sections-{i}-body_fr": section.body_fr,
            f"sections-{i}-callout": "",
        }
    data["sections-1-DELETE"] = "on"
    assert (
        admin_client.post(f"/admin/disorders/disorder/{disorder.pk}/change/", data).status_code
        == 302
    )
    assert DisorderSection.objects.filter(disorder=disorder).count() == 1
    assert Disorder.objects.get(pk=disorder.pk).translation_status("nl") == "outdated"


def test_untranslated_page_marks_only_its_english_texts(client):
    disorder = make_disorder(translated=False, name_en="Thalassaemia")
    make_section(disorder, translated=False, heading_en="What is it?")
    response = client.get(f"/nl/disorders/{disorder.slug_en}/")
    assertContains(response, '<h1 lang="en">Thalassaemia</h1>')
    assertContains(response, '<span lang="en">What is it?</span>')
    assert '<article class="article" lang' not in response.content.decode()


def test_a_second_closing_keeps_the_first_closing_date():
    disorder = make_disorder()
    first_closed = timezone.now() - datetime.timedelta(days=400)
    Feedback.objects.create(
        disorder=disorder,
        page_title="x",
        language="en",
        kind="other",
        message="A message.",
        status="rejected",
        closed_at=first_closed,
    )
    Feedback.objects.all().set_status("done")
    assert Feedback.objects.get().closed_at == first_closed


def test_a_heading_cannot_take_an_id_the_page_uses(client):
    disorder = make_disorder(subtypes=1)
    make_section(disorder, heading_en="Types")
    content = client.get(disorder.get_absolute_url()).content.decode()
    assert content.count('id="types"') == 1


def test_line_breaks_count_once_towards_the_message_limit(client, settings):
    from feedback.forms import form_started_token

    settings.FEEDBACK_MIN_SECONDS = 0
    disorder = make_disorder()
    message = ("x" * 99 + "\r\n") * 49 + "x" * 50  # 4,999 characters as the browser counts them
    response = client.post(
        f"/en/disorders/{disorder.slug_en}/feedback/",
        {"kind": "other", "message": message, "started": form_started_token(disorder)},
    )
    assert response.status_code == 302


def test_rate_limit_lets_readers_through_when_the_cache_is_down(client, settings):

    settings.FEEDBACK_MIN_SECONDS = 0
    settings.FEEDBACK_RATE_LIMIT = (5, 3600)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    disorder = make_disorder()
    response = Client().post(f"/en/disorders/{disorder.slug_en}/helpful/", {"helpful": "yes"})
    assert response.status_code == 302


def jpeg(**options):
    buffer = BytesIO()
    Image.new("RGB", (400, 300), "teal").save(buffer, "JPEG", **options)
    return buffer.getvalue()


def test_truncated_logo_is_refused_with_a_message(admin_client, tmp_path, settings):
    from tests.factories import make_organisation
    from tests.organisations.test_logo_upload import post_logo

    settings.MEDIA_ROOT = tmp_path
    organisation = make_organisation(name_en="Original name")
    response = post_logo(admin_client, organisation, jpeg()[:600], "cut.jpg")
    assertContains(response, "not a JPEG, PNG or WebP image")


def test_phone_jpeg_with_several_frames_is_accepted(admin_client, tmp_path, settings):
    from tests.factories import make_organisation
    from tests.organisations.test_logo_upload import post_logo

    settings.MEDIA_ROOT = tmp_path
    buffer = BytesIO()
    frames = [Image.new("RGB", (400, 300), "teal"), Image.new("RGB", (400, 300), "navy")]
    frames[0].save(buffer, "MPO", save_all=True, append_images=frames[1:])
    organisation = make_organisation()
    assert post_logo(admin_client, organisation, buffer.getvalue(), "phone.jpg").status_code == 302
