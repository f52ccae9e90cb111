"""The systemd units in deploy/ that docs/deploy.md tells operators to copy."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import get_commands

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEPLOY_DIR = PROJECT_DIR / "deploy"
UNITS = sorted(DEPLOY_DIR.glob("portal*.service")) + sorted(DEPLOY_DIR.glob("portal*.timer"))
# Commands the units run that another change brings (the link checker, #20's
# sibling work); the test names them so that none is forgotten.
EXPECTED_COMMANDS = {"check_links"}


def directives(unit):
    """[(section, key, value)] in order; systemd allows a key several times."""
    section, found = None, []
    for line in unit.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if match := re.fullmatch(r"\[(\w+)\]", line):
            section = match.group(1)
            continue
        key, equals, value = line.partition("=")
        assert equals and section, f"{unit.name}: cannot read {line!r}"
        found.append((section, key.strip(), value.strip()))
    return found


def values(unit, section, key):
    return [v for s, k, v in directives(unit) if (s, k) == (section, key)]


def test_the_units_the_guide_describes_are_shipped():
    names = {unit.name for unit in UNITS}
    assert {
        "portal.service",
        "portal-worker.service",
        "portal-notifications.service",
        "portal-notifications.timer",
        "portal-purge.service",
        "portal-purge.timer",
        "portal-backup.service",
        "portal-backup.timer",
        "portal-check-links.service",
        "portal-check-links.timer",
        "portal-publish.service",
        "portal-publish.timer",
    } <= names
    guide = (PROJECT_DIR / "docs" / "deploy.md").read_text()
    for name in names:
        assert f"deploy/{name}" in guide or name in guide, f"docs/deploy.md never names {name}"


@pytest.mark.parametrize("unit", [u for u in UNITS if u.suffix == ".service"], ids=str)
def test_each_service_runs_as_the_portal_user_with_the_environment_file(unit):
    assert values(unit, "Unit", "Description")
    assert values(unit, "Service", "User") == ["portal"]
    assert values(unit, "Service", "WorkingDirectory") == ["/srv/portal"]
    assert values(unit, "Service", "EnvironmentFile") == ["/etc/portal/portal.env"]
    assert values(unit, "Service", "ExecStart")


@pytest.mark.parametrize("unit", [u for u in UNITS if u.suffix == ".timer"], ids=str)
def test_each_timer_starts_its_service_on_a_calendar(unit):
    assert (DEPLOY_DIR / f"{unit.stem}.service").exists()
    assert values(unit, "Timer", "OnCalendar")
    assert values(unit, "Install", "WantedBy") == ["timers.target"]


def test_every_command_the_units_run_exists():
    known = set(get_commands())
    run = []
    for unit in UNITS:
        for command in values(unit, "Service", "ExecStart"):
            program, *arguments = command.split()
            if program == "/srv/portal/.venv/bin/python":
                assert arguments[0] == "manage.py", command
                run.append(arguments[1])
            elif program.startswith("/srv/portal/"):
                script = PROJECT_DIR / program.removeprefix("/srv/portal/")
                assert script.is_file() and os.access(script, os.X_OK), command
            else:
                assert program == "/srv/portal/.venv/bin/gunicorn", command
    assert "send_notifications" in run and "db_worker" in run
    missing = set(run) - known
    assert missing <= EXPECTED_COMMANDS, f"units run unknown commands: {missing}"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_accepts_the_units(tmp_path):
    # Installed as the guide says, but with this checkout in /srv/portal's place.
    environment_file = tmp_path / "portal.env"
    environment_file.write_text("DJANGO_DEBUG=0\n")
    for unit in UNITS:
        text = unit.read_text().replace("/srv/portal", str(PROJECT_DIR))
        text = text.replace("/etc/portal/portal.env", str(environment_file))
        (tmp_path / unit.name).write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(unit.name for unit in UNITS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stderr) == (0, "")
