import pytest

from disorders.models import DisorderSection
from tests.factories import disorder_form_data, make_disorder

pytestmark = pytest.mark.django_db

HOSTILE_HTML = [
    ("<script>alert(1)</script><p>Safe</p>", "<script"),
    ('<p onclick="alert(1)">Click</p>', "onclick"),
    ('<img src="x" onerror="alert(1)">', "onerror"),
    ('<a href="javascript:alert(1)">link</a>', "javascript:"),
    ('<a href="JaVaScRiPt:alert(1)">link</a>', "alert(1)"),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">link</a>', "data:"),
    ('<p style="position:fixed;top:0">Overlay</p>', "style="),
    ("<svg><script>alert(1)</script></svg>", "<svg"),
    ('<iframe src="https://example.com"></iframe>', "<iframe"),
    ("<p>Unclosed <strong>bold<p>nested</div>", "</div>"),
    ('<form action="https://evil.example"><input name="x"></form>', "<form"),
]


@pytest.mark.parametrize(("hostile", "forbidden"), HOSTILE_HTML)
@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_section_text_is_sanitised_in_every_language(hostile, forbidden, lang):
    section = DisorderSection(
        disorder=make_disorder(), heading_en="Heading", **{f"body_{lang}": hostile}
    )
    section.full_clean()
    assert forbidden.lower() not in getattr(section, f"body_{lang}").lower()


def test_allowed_formatting_survives_sanitising():
    html = (
        '<p>Plain <strong>bold</strong> <em>italic</em> <a href="https://www.example.org/">link</a></p>'
        "<h3>Subheading</h3><ul><li>one</li></ul><ol><li>two</li></ol>"
    )
    section = DisorderSection(disorder=make_disorder(), heading_en="Heading", body_en=html)
    section.full_clean()
    assert section.body_en == html


def test_hostile_html_posted_by_an_editor_is_stored_safe(admin_client):

    data = disorder_form_data(
        sections=[
            {"heading_en": "Hostile", "body_en": '<p onmouseover="x()">Hi</p><script>x()</script>'}
        ]
    )
    response = admin_client.post("/admin/disorders/disorder/add/", data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors if response.context else ""
    )
    section = DisorderSection.objects.get(heading_en="Hostile")
    assert section.body_en == "<p>Hi</p>"
