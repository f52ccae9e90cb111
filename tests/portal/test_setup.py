import io
import re
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

PROJECT_DIR = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9._-]+)(?:\[[^]]*\])?==([^ ;\\]+)", re.MULTILINE)


def make_dry_run(target):
    """The commands `make target` would run, whatever is installed already."""
    result = subprocess.run(
        # PYTHON given: the Makefile need not look for one.
        ["make", "--dry-run", "--always-make", target, "PYTHON=python3"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def locked(name):
    text = (PROJECT_DIR / name).read_text()
    return {package.lower(): version for package, version in PIN.findall(text)}


def test_make_run_installs_only_the_runtime_lock_file():
    commands = make_dry_run("run")
    assert "pip install --quiet --require-hashes -r requirements.txt" in commands
    assert "requirements-dev" not in commands


def test_make_test_installs_the_development_lock_file():
    assert "--require-hashes -r requirements-dev.txt" in make_dry_run("test")


def test_make_superuser_works_without_a_secret_key():
    assert "DJANGO_DEBUG=1 .venv/bin/python manage.py createsuperuser" in make_dry_run("superuser")


@pytest.mark.parametrize("lock_file", ["requirements.txt", "requirements-dev.txt"])
def test_every_locked_package_has_an_exact_version_and_hashes(lock_file):
    text = (PROJECT_DIR / lock_file).read_text()
    entries = [entry for entry in re.split(r"\n(?=\S)", text) if not entry.startswith("#")]
    assert entries
    for entry in entries:
        assert PIN.match(entry), entry
        assert "--hash=sha256:" in entry, entry


def test_the_lock_files_cover_their_inputs_with_the_same_versions():
    runtime, development = locked("requirements.txt"), locked("requirements-dev.txt")
    for name in ("requirements.in", "requirements-dev.in"):
        for line in (PROJECT_DIR / name).read_text().splitlines():
            if line and not line.startswith(("#", "-")):
                package = re.split(r"[\[=<>]", line)[0].lower()
                assert package in development, f"{package} from {name} is not locked"
    assert {name: development[name] for name in runtime} == runtime


def test_demo_staff_are_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG=1"):
        call_command("create_demo_staff", stdout=io.StringIO())
    assert not get_user_model().objects.exists()


def test_demo_staff_get_one_account_per_role(settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("create_demo_staff", "--password", "a-long-demo-password", stdout=out)
    call_command("create_demo_staff", "--password", "a-long-demo-password", stdout=out)
    users = get_user_model().objects.order_by("username")
    assert [(u.username, [g.name for g in u.groups.all()]) for u in users] == [
        ("demo-editor", ["Editor"]),
        ("demo-reviewer", ["Medical reviewer"]),
        ("demo-translator", ["Translator"]),
        ("demo-triage", ["Feedback triage"]),
    ]
    assert all(u.is_staff and not u.is_superuser for u in users)
    assert users[0].check_password("a-long-demo-password")
    assert "Password for all of them: a-long-demo-password" in out.getvalue()
