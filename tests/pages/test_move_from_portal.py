"""Site pages and the search index moved out of the portal app; a database
made before the move keeps its rows, permissions and history."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = [("portal", "0003_add_search_index"), ("pages", None), ("search", None)]


def _migrate(targets, state_at):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(state_at).apps


def test_a_database_from_before_the_move_keeps_its_site_pages_roles_and_index():
    old = _migrate(BEFORE_THE_MOVE, [BEFORE_THE_MOVE[0]])
    Permission = old.get_model("auth", "Permission")
    ContentType = old.get_model("contenttypes", "ContentType")
    site_page_type, _created = ContentType.objects.get_or_create(
        app_label="portal", model="sitepage"
    )
    change_site_page, _created = Permission.objects.get_or_create(
        content_type=site_page_type, codename="change_sitepage", defaults={"name": "Can change"}
    )
    old.get_model("auth", "Group").objects.create(name="Old editors").permissions.add(
        change_site_page
    )
    page = old.get_model("portal", "SitePage").objects.create(
        kind="about", title="About", title_en="About", body="<p>Us</p>", body_en="<p>Us</p>"
    )
    old.get_model("portal", "SearchEntry").objects.create(
        kind="term",
        object_id=1,
        language="en",
        title="Anaemia",
        url="/en/glossary/",
        folded_all="anaemia",
        folded_title="anaemia",
    )
    try:
        leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
        new = _migrate(leaves, leaves)
        assert new.get_model("pages", "SitePage").objects.get(pk=page.pk).title_en == "About"
        assert new.get_model("search", "SearchEntry").objects.get().title == "Anaemia"
        editors = new.get_model("auth", "Group").objects.get(name="Old editors").permissions
        assert editors.filter(content_type__app_label="pages", codename="change_sitepage").exists()
        ContentType = new.get_model("contenttypes", "ContentType")
        assert not ContentType.objects.filter(app_label="portal", model="sitepage").exists()
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
