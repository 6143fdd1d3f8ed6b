from decimal import Decimal

import pytest
from django.urls import reverse

from backoffice.audit.models import AuditEvent
from backoffice.documents.models import Document
from backoffice.documents.services import document_ingest
from backoffice.trades.models import Confirmation, FieldCorrection
from tests.support import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirmation(sample_pdf, django_capture_on_commit_callbacks) -> Confirmation:
    with django_capture_on_commit_callbacks(execute=True):
        document_ingest(chunks=[sample_pdf], filename="c.pdf", source=Document.Source.CLI, actor=None)
    return Confirmation.objects.get()


def _correct(client, confirmation, field, value):
    return client.post(reverse("review:correct", args=[confirmation.pk]), {"field": field, "value": value}, follow=True)


def test_it_lists_pending_confirmations(reviewer, confirmation):
    page = client_for(reviewer).get(reverse("review:queue")).content.decode()
    assert reverse("review:detail", args=[confirmation.pk]) in page
    assert "APPLE INC COM" in page


def test_it_shows_fields_with_confidence_beside_the_page(reviewer, confirmation):
    page = client_for(reviewer).get(reverse("review:detail", args=[confirmation.pk])).content.decode()
    assert 'value="US0378331005"' in page
    assert reverse("documents:page_image", args=[confirmation.document_id, 1]) in page
    assert 'class="conf' in page
    assert 'class="box' in page  # a value's place is marked on the page image


def test_it_corrects_a_field_and_audits_before_and_after(reviewer, confirmation):
    before = str(confirmation.price.normalize())
    response = _correct(client_for(reviewer), confirmation, "price", "172.40")
    assert "price corrected" in response.content.decode()
    confirmation.refresh_from_db()
    assert confirmation.price == Decimal("172.40")
    assert confirmation.confidence["price"] == 1.0
    correction = FieldCorrection.objects.get()
    assert (correction.field, correction.corrected_by) == ("price", reviewer)
    event = AuditEvent.objects.get(action="confirmation.field_corrected")
    assert event.actor == reviewer
    assert event.data == {"field": "price", "before": before, "after": "172.4"}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("price", "abc", "is not a number"),
        ("quantity", "-5", "positive number"),
        ("trade_date", "14/03/2025", "is not a date"),
        ("isin", "US0378331006", "not a valid ISIN"),
        ("side", "HOLD", "BUY or SELL"),
    ],
)
def test_it_refuses_an_invalid_correction(reviewer, confirmation, field, value, message):
    response = _correct(client_for(reviewer), confirmation, field, value)
    assert message in response.content.decode()
    assert not FieldCorrection.objects.exists()
    assert not AuditEvent.objects.filter(action="confirmation.field_corrected").exists()


def test_it_approves_and_audits(approver, confirmation):
    client_for(approver).post(reverse("review:approve", args=[confirmation.pk]))
    confirmation.refresh_from_db()
    assert confirmation.status == Confirmation.Status.APPROVED
    assert confirmation.decided_by == approver
    event = AuditEvent.objects.get(action="confirmation.approved")
    assert event.actor == approver
    assert event.data["values"]["isin"] == "US0378331005"


def test_it_keeps_four_eyes_on_a_corrected_confirmation(approver, confirmation, django_user_model):
    client = client_for(approver)
    _correct(client, confirmation, "account", "5XK-20932")
    response = client.post(reverse("review:approve", args=[confirmation.pk]), follow=True)
    assert "another person must approve" in response.content.decode()
    confirmation.refresh_from_db()
    assert confirmation.status == Confirmation.Status.PENDING
    assert not AuditEvent.objects.filter(action="confirmation.approved").exists()


def test_it_lets_a_second_person_approve_a_corrected_confirmation(reviewer, approver, confirmation):
    _correct(client_for(reviewer), confirmation, "account", "5XK-20932")
    client_for(approver).post(reverse("review:approve", args=[confirmation.pk]))
    confirmation.refresh_from_db()
    assert confirmation.status == Confirmation.Status.APPROVED


def test_it_does_not_let_a_reviewer_approve(reviewer, confirmation):
    assert client_for(reviewer).post(reverse("review:approve", args=[confirmation.pk])).status_code == 403
    confirmation.refresh_from_db()
    assert confirmation.status == Confirmation.Status.PENDING


def test_it_rejects_with_a_reason(reviewer, confirmation):
    client_for(reviewer).post(reverse("review:reject", args=[confirmation.pk]), {"reason": "  not our trade "})
    confirmation.refresh_from_db()
    assert confirmation.status == Confirmation.Status.REJECTED
    assert confirmation.rejection_reason == "not our trade"
    event = AuditEvent.objects.get(action="confirmation.rejected")
    assert (event.actor, event.data) == (reviewer, {"reason": "not our trade"})


def test_it_needs_a_reason_to_reject(reviewer, confirmation):
    response = client_for(reviewer).post(reverse("review:reject", args=[confirmation.pk]), {"reason": " "}, follow=True)
    assert "give a reason" in response.content.decode()
    confirmation.refresh_from_db()
    assert confirmation.status == Confirmation.Status.PENDING


def test_it_freezes_a_decided_confirmation(reviewer, approver, confirmation):
    client_for(approver).post(reverse("review:approve", args=[confirmation.pk]))
    response = _correct(client_for(reviewer), confirmation, "price", "1")
    assert "already approved" in response.content.decode()
    confirmation.refresh_from_db()
    assert confirmation.price != Decimal("1")


def test_it_escapes_extracted_text(reviewer, confirmation):
    Confirmation.objects.filter(pk=confirmation.pk).update(security_name='<img src=x onerror="alert(1)">')
    page = client_for(reviewer).get(reverse("review:queue")).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x" in page
