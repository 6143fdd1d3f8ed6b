from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.db import connection

from backoffice import celery_app
from backoffice.demo import DemoTrade, confirmation_pdf
from tests.support import require

SAMPLE_TRADE = DemoTrade(
    "Harbour Point Securities LLC",
    "HP-20250314-0042",
    "BUY",
    Decimal("1500"),
    "APPLE INC COM",
    "US0378331005",
    Decimal("172.35"),
    "USD",
    date(2025, 3, 14),
    date(2025, 3, 17),
    Decimal("7.50"),
    Decimal("0.00"),
    "5XK-20931",
)


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Outside the worker tests, tasks run in the test's own process; on_commit callbacks still decide when.
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


def _user(django_user_model, username: str, *perms: str):
    user = django_user_model.objects.create_user(username=username, password="correct horse battery")
    for code in perms:
        app_label, codename = code.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


@pytest.fixture
def reviewer(django_user_model):
    return _user(
        django_user_model,
        "rita",
        "documents.add_document",
        "documents.view_document",
        "trades.view_confirmation",
        "trades.review_confirmation",
    )


@pytest.fixture
def approver(django_user_model):
    return _user(
        django_user_model,
        "arnold",
        "documents.view_document",
        "trades.view_confirmation",
        "trades.review_confirmation",
        "trades.approve_confirmation",
    )


@pytest.fixture
def outsider(django_user_model):
    return _user(django_user_model, "otto")


@pytest.fixture
def sample_pdf() -> bytes:
    return confirmation_pdf(SAMPLE_TRADE)


@pytest.fixture
def postgres_only():
    require(connection.vendor == "postgresql", "PostgreSQL")
