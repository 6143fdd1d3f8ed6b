"""Writes on confirmations. Each service changes its rows and records the audit event in one transaction."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from backoffice.audit.services import audit_record
from backoffice.documents.models import Document
from extraction.types import TRADE_FIELDS, ExtractionResult, Trade

from .fields import display_value, parse_field_value
from .models import Confirmation, FieldCorrection


def _model_values(trade: Trade) -> dict[str, object]:
    values = {}
    for name, value in trade.values().items():
        values[name] = "" if value is None and name in _TEXT_FIELDS else value
    return values


_TEXT_FIELDS = {f.name for f in Confirmation._meta.fields if f.get_internal_type() == "CharField"}


def confirmations_from_extraction(*, document: Document, result: ExtractionResult) -> int:
    """Store the trades of one extraction run. Keyed by (document, position): a second run changes nothing."""
    for position, trade in enumerate(result.trades):
        confirmation, created = Confirmation.objects.get_or_create(
            document=document,
            position=position,
            defaults={
                **_model_values(trade),
                "confidence": {k: round(float(v), 4) for k, v in trade.confidence.items()},
                "provenance": {
                    k: {"page": p.page, "bbox": [round(c, 2) for c in p.bbox]} for k, p in trade.provenance.items()
                },
            },
        )
        if created:
            audit_record(
                actor=None,
                action="confirmation.extracted",
                target=confirmation,
                data={"document": document.pk, "position": position, **_display_values(confirmation)},
            )
    return len(result.trades)


def _display_values(confirmation: Confirmation) -> dict[str, str]:
    return {name: display_value(getattr(confirmation, name), name) for name in TRADE_FIELDS}


def _locked_pending(confirmation_id: int) -> Confirmation:
    confirmation = Confirmation.objects.select_for_update().get(pk=confirmation_id)
    if confirmation.status != Confirmation.Status.PENDING:
        raise ValidationError(f"this confirmation is already {confirmation.get_status_display().lower()}")
    return confirmation


@transaction.atomic
def confirmation_correct(*, confirmation_id: int, field: str, raw_value: str, actor: AbstractBaseUser) -> bool:
    """Set one field to what the reviewer typed. Returns False when the value did not change."""
    confirmation = _locked_pending(confirmation_id)
    new_value = parse_field_value(field, raw_value)
    before = display_value(getattr(confirmation, field), field)
    after = display_value(new_value, field)
    if before == after:
        return False
    setattr(confirmation, field, new_value)
    # A person has vouched for the value now; the machine's doubt no longer applies.
    confirmation.confidence = {**confirmation.confidence, field: 1.0}
    confirmation.save()
    FieldCorrection.objects.create(
        confirmation=confirmation, field=field, before=before[:200], after=after[:200], corrected_by=actor
    )
    audit_record(
        actor=actor,
        action="confirmation.field_corrected",
        target=confirmation,
        data={"field": field, "before": before, "after": after},
    )
    return True


@transaction.atomic
def confirmation_approve(*, confirmation_id: int, actor: AbstractBaseUser) -> Confirmation:
    confirmation = _locked_pending(confirmation_id)
    if confirmation.corrections.filter(corrected_by=actor).exists():
        raise PermissionDenied("you corrected this confirmation: another person must approve it (four eyes)")
    confirmation.status = Confirmation.Status.APPROVED
    confirmation.decided_by = actor
    confirmation.decided_at = timezone.now()
    confirmation.save()
    audit_record(
        actor=actor,
        action="confirmation.approved",
        target=confirmation,
        data={"values": _display_values(confirmation)},
    )
    return confirmation


@transaction.atomic
def confirmation_reject(*, confirmation_id: int, actor: AbstractBaseUser, reason: str) -> Confirmation:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("give a reason for the rejection")
    confirmation = _locked_pending(confirmation_id)
    confirmation.status = Confirmation.Status.REJECTED
    confirmation.decided_by = actor
    confirmation.decided_at = timezone.now()
    confirmation.rejection_reason = reason[:500]
    confirmation.save()
    audit_record(actor=actor, action="confirmation.rejected", target=confirmation, data={"reason": reason[:500]})
    return confirmation
