import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from backoffice.audit.models import AppendOnlyError, AuditEvent
from backoffice.audit.selectors import audit_chain_verify
from backoffice.audit.services import GENESIS_HASH, audit_record

pytestmark = pytest.mark.django_db


def _three_events(user):
    for n in range(3):
        audit_record(actor=user, action="test.event", data={"n": n, "amount": "10.50"})


def test_it_chains_each_event_to_the_one_before(reviewer):
    _three_events(reviewer)
    events = list(AuditEvent.objects.order_by("id"))
    assert events[0].prev_hash == GENESIS_HASH
    assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    report = audit_chain_verify()
    assert report.intact and report.events_checked == 3


def test_it_refuses_changes_through_the_orm(reviewer):
    _three_events(reviewer)
    event = AuditEvent.objects.first()
    event.action = "something.else"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().update(action="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()


def test_the_database_refuses_changes_too(reviewer, postgres_only):
    _three_events(reviewer)
    with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET action = 'x'")
    with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")
    assert AuditEvent.objects.count() == 3


def _bypass_trigger(sql: str, params: list) -> None:
    """Tamper the way only a database superuser could: with triggers off for this transaction."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = DEFAULT")


def test_it_detects_an_altered_event(reviewer):
    _three_events(reviewer)
    second = AuditEvent.objects.order_by("id")[1]
    _bypass_trigger("UPDATE audit_auditevent SET data = %s WHERE id = %s", ['{"n": 1, "amount": "99.00"}', second.pk])
    report = audit_chain_verify()
    assert report.first_bad_id == second.pk
    assert "altered" in report.problem
    with pytest.raises(CommandError, match=f"broken at event #{second.pk}"):
        call_command("audit_verify")


def test_it_detects_a_removed_event(reviewer):
    _three_events(reviewer)
    first, second, third = AuditEvent.objects.order_by("id")
    _bypass_trigger("DELETE FROM audit_auditevent WHERE id = %s", [second.pk])
    report = audit_chain_verify()
    assert report.first_bad_id == third.pk
    assert "missing" in report.problem


def test_the_admin_lists_events_read_only(reviewer, admin_client):
    _three_events(reviewer)
    page = admin_client.get("/admin/audit/auditevent/?action=test.event")
    assert page.status_code == 200
    assert page.content.decode().count("test.event") >= 3
    event = AuditEvent.objects.first()
    assert admin_client.post(f"/admin/audit/auditevent/{event.pk}/delete/").status_code == 403
    assert admin_client.get("/admin/audit/auditevent/add/").status_code == 403
    verify = admin_client.get("/admin/audit/auditevent/verify/", follow=True)
    assert "Audit chain intact" in verify.content.decode()


def test_the_admin_filters_by_actor_object_and_date(reviewer, approver, admin_client):
    _three_events(reviewer)
    audit_record(actor=approver, action="test.other")
    row = "/admin/audit/auditevent/{}/change/"
    ids = dict(AuditEvent.objects.values_list("action", "id"))
    by_actor = admin_client.get(f"/admin/audit/auditevent/?actor__id__exact={approver.pk}").content.decode()
    assert row.format(ids["test.other"]) in by_actor
    assert row.format(ids["test.event"]) not in by_actor
    by_year = admin_client.get("/admin/audit/auditevent/?at__year=2020").content.decode()
    assert row.format(ids["test.other"]) not in by_year
    by_object = admin_client.get("/admin/audit/auditevent/?q=test.other").content.decode()
    assert row.format(ids["test.other"]) in by_object
