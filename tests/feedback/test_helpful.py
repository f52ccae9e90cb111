import pytest
from django.test import Client
from pytest_django.asserts import assertContains

from feedback.models import HelpfulVote
from tests.factories import make_disorder

pytestmark = pytest.mark.django_db


def vote(client, disorder, answer, lang="en", **headers):
    return client.post(
        f"/{lang}/disorders/{getattr(disorder, f'slug_{lang}')}/helpful/",
        {"helpful": answer},
        headers=headers,
    )


def test_disorder_page_asks_if_it_was_helpful_without_setting_a_cookie(client):
    disorder = make_disorder()
    response = client.get(disorder.get_absolute_url())
    assertContains(response, "Was this page helpful?")
    assertContains(response, 'name="helpful" value="yes"')
    assert response.cookies == {}
    assert "csrfmiddlewaretoken" not in response.content.decode()


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_answers_are_counted_per_disorder_and_language(lang):
    disorder = make_disorder()
    response = vote(Client(REMOTE_ADDR="192.0.2.1"), disorder, "no", lang)
    assert response.status_code == 302
    assert response["Location"].endswith("/feedback/?helpful=no")
    vote(Client(REMOTE_ADDR="192.0.2.2"), disorder, "yes", lang)
    answers = HelpfulVote.objects.filter(disorder=disorder, language=lang)
    assert sorted(answers.values_list("is_helpful", flat=True)) == [False, True]


def test_a_no_leads_to_the_feedback_form_with_thanks(client):
    disorder = make_disorder()
    response = vote(client, disorder, "no")
    page = client.get(response["Location"])
    assertContains(page, "Tell us below what was missing or unclear")


def test_the_same_reader_is_counted_once_a_day(client):
    disorder = make_disorder()
    for _ in range(3):
        vote(client, disorder, "yes")
    assert HelpfulVote.objects.count() == 1


@pytest.mark.parametrize("answer", ["maybe", "", "<script>"])
def test_invalid_answer_is_refused_and_nothing_is_counted(client, answer):
    disorder = make_disorder()
    response = vote(client, disorder, answer)
    assert response.status_code == 400
    assertContains(response, "Your answer was not recorded", status_code=400)
    assert not HelpfulVote.objects.exists()


def test_staff_see_the_answers_on_the_disorders_admin_page(admin_client):
    disorder = make_disorder()
    vote(Client(REMOTE_ADDR="192.0.2.1"), disorder, "yes", "nl")
    vote(Client(REMOTE_ADDR="192.0.2.2"), disorder, "no", "nl")
    response = admin_client.get(f"/admin/disorders/disorder/{disorder.pk}/change/")
    assertContains(response, "<li>NL: 1 yes, 1 no</li>", html=True)


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "same-site", "Origin": "https://sub.testserver"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
    ],
)
def test_answers_posted_from_another_site_are_refused(client, headers):
    disorder = make_disorder()
    response = vote(client, disorder, "yes", **headers)
    assertContains(response, "Your form could not be sent", status_code=403)
    assert not HelpfulVote.objects.exists()
    assert response.cookies == {}


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
        {"Origin": "http://testserver"},
        {"Origin": "https://portal.example.org"},
        {},
    ],
)
def test_answers_posted_from_this_site_are_counted(client, settings, headers):
    settings.SITE_URL = "https://portal.example.org"
    disorder = make_disorder()
    assert vote(client, disorder, "yes", **headers).status_code == 302
    assert HelpfulVote.objects.count() == 1


def test_rate_limit_lets_readers_through_when_the_cache_is_down(settings):
    settings.FEEDBACK_RATE_LIMIT = (5, 3600)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    disorder = make_disorder()
    assert vote(Client(), disorder, "yes").status_code == 302
    assert HelpfulVote.objects.count() == 1
