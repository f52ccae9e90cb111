import pytest
from django.test import Client
from pytest_django.asserts import assertContains

from disorders.models import Disorder
from tests.factories import change_form_data, make_disorder, make_staff

pytestmark = pytest.mark.django_db


def editor(name):
    client = Client()
    client.force_login(make_staff(username=name, superuser=True))
    return client


def opened_version(client, disorder):
    response = client.get(f"/admin/disorders/disorder/{disorder.pk}/change/")
    return response.context["adminform"].form["loaded_version"].value()


def save(client, disorder, loaded_version, **fields):
    data = change_form_data(disorder, loaded_version=loaded_version, **fields)
    return client.post(f"/admin/disorders/disorder/{disorder.pk}/change/", data)


def test_second_of_two_concurrent_saves_is_refused_and_the_first_is_kept():
    disorder = make_disorder(name_en="Leukemia")
    anna, bart = editor("anna"), editor("bart")
    annas_version = opened_version(anna, disorder)
    barts_version = opened_version(bart, disorder)

    assert (
        save(anna, disorder, annas_version, summary_en="Anna's careful summary.").status_code == 302
    )
    response = save(bart, disorder, barts_version, summary_en="Bart's different summary.")

    assert response.status_code == 200
    assertContains(response, "anna saved this page at")
    assertContains(response, "after you opened it. Your changes have not been saved")
    assertContains(response, "Bart&#x27;s different summary.")  # his input is still in the form
    assert Disorder.objects.get(pk=disorder.pk).summary_en == "Anna's careful summary."


def test_saves_one_after_the_other_both_succeed():
    disorder = make_disorder()
    anna = editor("anna")
    assert (
        save(anna, disorder, opened_version(anna, disorder), summary_en="First.").status_code == 302
    )
    assert (
        save(anna, disorder, opened_version(anna, disorder), summary_en="Second.").status_code
        == 302
    )
    assert Disorder.objects.get(pk=disorder.pk).summary_en == "Second."


def test_a_save_without_the_opened_version_is_refused():
    disorder = make_disorder(summary_en="Kept.")
    response = save(editor("anna"), disorder, "", summary_en="Blind overwrite.")
    assert response.status_code == 200
    assert Disorder.objects.get(pk=disorder.pk).summary_en == "Kept."
