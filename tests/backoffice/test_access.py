import pytest
from django.test import Client
from django.urls import reverse

from backoffice.audit.models import AuditEvent
from tests.support import client_for

pytestmark = pytest.mark.django_db

PAGES = [
    ("review:queue", {}),
    ("review:detail", {"pk": 1}),
    ("documents:upload", {}),
    ("documents:list", {}),
    ("documents:detail", {"pk": 1}),
    ("documents:file", {"pk": 1}),
    ("documents:page_image", {"pk": 1, "page": 1}),
]
POSTS = [("review:correct", {"pk": 1}), ("review:approve", {"pk": 1}), ("review:reject", {"pk": 1})]


@pytest.mark.parametrize(("name", "kwargs"), PAGES + POSTS)
def test_it_sends_strangers_to_the_login_page(name, kwargs):
    url = reverse(name, kwargs=kwargs)
    response = Client().post(url) if (name, kwargs) in POSTS else Client().get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_serves_the_login_page_without_login():
    response = Client().get(reverse("login"))
    assert response.status_code == 200
    assert b"Sign in" in response.content


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_it_refuses_pages_to_a_user_without_permissions(outsider, name, kwargs):
    assert client_for(outsider).get(reverse(name, kwargs=kwargs)).status_code == 403


@pytest.mark.parametrize(("name", "kwargs"), POSTS)
def test_it_refuses_actions_to_a_user_without_permissions(outsider, name, kwargs):
    assert client_for(outsider).post(reverse(name, kwargs=kwargs)).status_code == 403


def test_it_records_login_logout_and_failed_login(reviewer):
    client = Client()
    assert not client.login(username="rita", password="wrong")
    assert client.login(username="rita", password="correct horse battery")
    client.post(reverse("logout"))
    actions = list(AuditEvent.objects.order_by("id").values_list("action", "actor_name"))
    assert actions == [("auth.login_failed", "anonymous"), ("auth.login", "rita"), ("auth.logout", "rita")]
    assert AuditEvent.objects.get(action="auth.login_failed").data["username"] == "rita"


def test_it_records_a_failed_login_through_the_form(reviewer):
    response = Client().post(reverse("login"), {"username": "rita", "password": "nope"})
    assert response.status_code == 200
    assert b"did not match" in response.content
    event = AuditEvent.objects.get()
    assert event.action == "auth.login_failed"
    assert event.actor is None
    assert "nope" not in str(event.data)
