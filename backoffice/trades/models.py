from django.conf import settings
from django.db import models

from backoffice.documents.models import Document


def money_field(**kwargs) -> models.DecimalField:
    # Wide enough for any nominal and any FX price; never float.
    return models.DecimalField(max_digits=30, decimal_places=10, null=True, blank=True, **kwargs)


class Side(models.TextChoices):
    BUY = "BUY", "Buy"
    SELL = "SELL", "Sell"


class TradeFields(models.Model):
    """The trade fields shared by what a broker confirms and what the firm booked."""

    side = models.CharField(max_length=4, choices=Side.choices, blank=True)
    quantity = money_field()
    price = money_field()
    currency = models.CharField(max_length=3, blank=True)
    security_name = models.CharField(max_length=200, blank=True)
    isin = models.CharField(max_length=12, blank=True, db_index=True)
    cusip = models.CharField(max_length=9, blank=True)
    sedol = models.CharField(max_length=7, blank=True)
    ticker = models.CharField(max_length=20, blank=True)
    trade_date = models.DateField(null=True, blank=True)
    settlement_date = models.DateField(null=True, blank=True)
    gross_amount = money_field()
    commission = money_field()
    fees = money_field()
    taxes = money_field()
    accrued_interest = money_field()
    net_amount = money_field()
    account = models.CharField(max_length=64, blank=True)
    counterparty = models.CharField(max_length=200, blank=True)
    trade_ref = models.CharField(max_length=64, blank=True)

    class Meta:
        abstract = True


class Confirmation(TradeFields):
    """One trade as a broker's document states it."""

    class Status(models.TextChoices):
        PENDING = "PENDING", "Awaiting review"
        APPROVED = "APPROVED", "Approved"
        REJECTED = "REJECTED", "Rejected"

    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="confirmations")
    # Position of the trade within its document: with the document, the key that keeps re-runs single.
    position = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    confidence = models.JSONField(default=dict, blank=True)
    provenance = models.JSONField(default=dict, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="one_confirmation_per_position"),
        ]
        permissions = [
            ("review_confirmation", "Can correct and reject confirmations"),
            ("approve_confirmation", "Can approve confirmations"),
        ]

    def __str__(self) -> str:
        return f"Confirmation #{self.pk}"


class FieldCorrection(models.Model):
    """A reviewer's change to one extracted field. Its author may not also approve (four eyes)."""

    confirmation = models.ForeignKey(Confirmation, on_delete=models.PROTECT, related_name="corrections")
    field = models.CharField(max_length=32)
    before = models.CharField(max_length=200, blank=True)
    after = models.CharField(max_length=200, blank=True)
    corrected_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    corrected_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.field}: {self.before!r} -> {self.after!r}"


class BookedTrade(TradeFields):
    """One trade as the firm booked it in its order management system."""

    booked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-trade_date", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["trade_ref"], condition=~models.Q(trade_ref=""), name="booked_trade_ref_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trade_ref or self.pk} {self.side} {self.quantity} {self.security_name}"
