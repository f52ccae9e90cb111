"""Property-based tests: arbitrary input at every public form and filter gives
a normal page, never a 500, and a refusal stores nothing."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.forms import form_started_token
from feedback.models import Feedback, HelpfulVote
from tests.factories import make_disorder, make_organisation

pytestmark = pytest.mark.django_db
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Any Unicode, long values, and the characters that break naive code.
text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="'\"<>%_\\/;:&?#=.*+[](){}$^|\x00\u202e\ufeff", max_size=50),
    st.just("x" * 20000),
)


@pytest.fixture
def site(settings):
    settings.FEEDBACK_RATE_LIMIT = None
    settings.FEEDBACK_MIN_SECONDS = 0
    disorder = make_disorder(slug_en="leukemia", sections=2)
    make_organisation(disorders=[disorder])
    return disorder


@FUZZ
@given(query=text)
def test_any_search_query_gives_a_normal_page(site, query):
    assert Client().get("/en/search/", {"q": query}).status_code == 200


@FUZZ
@given(language=text, region=text, disorder=text, page=text)
def test_any_directory_filter_gives_a_normal_page(site, language, region, disorder, page):
    response = Client().get(
        "/fr/organisations/",
        {"language": language, "region": region, "disorder": disorder, "page": page},
    )
    assert response.status_code == 200


@FUZZ
@given(slug=text)
def test_any_disorder_address_gives_a_page_a_redirect_or_a_404(site, slug):
    response = Client().get("/nl/disorders/" + slug.replace("/", "") + "/")
    assert response.status_code in (200, 301, 404)


@FUZZ
@given(kind=text, section=text, message=text, name=text, email=text, consent=text, website=text)
def test_any_feedback_submission_is_stored_or_refused_with_nothing_stored(
    site, kind, section, message, name, email, consent, website
):
    before = Feedback.objects.count()
    data = {
        "kind": kind,
        "section": section,
        "message": message,
        "name": name,
        "email": email,
        "consent": consent,
        "website": website,
        "started": form_started_token(site),
    }
    response = Client().post("/en/disorders/leukemia/feedback/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert Feedback.objects.count() == before
    else:
        assert Feedback.objects.count() == before + 1


@FUZZ
@given(answer=text)
def test_any_helpfulness_answer_is_counted_or_refused(site, answer):
    before = HelpfulVote.objects.count()
    response = Client(REMOTE_ADDR="192.0.2.200").post(
        "/en/disorders/leukemia/helpful/", {"helpful": answer}
    )
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert HelpfulVote.objects.count() == before
