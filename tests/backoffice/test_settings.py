import os
import subprocess
import sys

import pytest

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-secret-that-is-only-used-by-this-test-0123456789",
    "ALLOWED_HOSTS": "backoffice.example.com",
}


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    return subprocess.run(
        [sys.executable, "manage.py", *args], env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def test_the_deploy_check_is_clean_under_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", DEBUG="false", ALLOWED_HOSTS="backoffice.example.com")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize("env", [{}, {"DEBUG": "true"}])
def test_development_needs_no_configuration(env):
    assert _manage("check", **env).returncode == 0
