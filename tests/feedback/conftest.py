import pytest

from tests.factories import make_disorder, make_section


@pytest.fixture(autouse=True)
def feedback_settings(settings):
    settings.FEEDBACK_MIN_SECONDS = 0
    settings.FEEDBACK_RATE_LIMIT = None
    settings.FEEDBACK_NOTIFY_EMAIL = "editors@example.org"


@pytest.fixture
def disorder(db):
    disorder = make_disorder(name_en="Leukemia", slug_en="leukemia")
    make_section(disorder, heading_en="What is leukemia?")
    return disorder
