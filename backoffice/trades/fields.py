"""What a reviewer may type into each field, and how it is shown back."""

from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.dateparse import parse_date

from extraction.types import DATE_FIELDS, DECIMAL_FIELDS, TRADE_FIELDS
from extraction.validators import is_cusip, is_isin, is_sedol

EDITABLE_FIELDS = TRADE_FIELDS

FIELD_LABELS = {
    "side": "Side",
    "quantity": "Quantity / nominal",
    "price": "Price",
    "currency": "Currency",
    "security_name": "Security",
    "isin": "ISIN",
    "cusip": "CUSIP",
    "sedol": "SEDOL",
    "ticker": "Ticker",
    "trade_date": "Trade date",
    "settlement_date": "Settlement date",
    "gross_amount": "Gross amount",
    "commission": "Commission",
    "fees": "Fees",
    "taxes": "Taxes",
    "accrued_interest": "Accrued interest",
    "net_amount": "Net amount",
    "account": "Account",
    "counterparty": "Counterparty",
    "trade_ref": "Trade reference",
}

_IDENTIFIER_CHECKS = {"isin": is_isin, "cusip": is_cusip, "sedol": is_sedol}
_MAX_LENGTH = {"currency": 3, "isin": 12, "cusip": 9, "sedol": 7, "ticker": 20, "account": 64, "trade_ref": 64}


def parse_field_value(field: str, raw: str) -> object:
    """Turn what a reviewer typed into the stored value; an empty entry clears the field."""
    if field not in EDITABLE_FIELDS:
        raise ValidationError(f"unknown field {field!r}")
    text = raw.strip()
    if not text:
        return None if field in DECIMAL_FIELDS or field in DATE_FIELDS else ""
    if field in DECIMAL_FIELDS:
        return _parse_decimal(text)
    if field in DATE_FIELDS:
        return _parse_date(text)
    if field == "side":
        if text.upper() not in ("BUY", "SELL"):
            raise ValidationError("side must be BUY or SELL")
        return text.upper()
    if field == "currency":
        if len(text) != 3 or not text.isalpha():
            raise ValidationError("currency must be a three-letter ISO 4217 code")
        return text.upper()
    if field in _IDENTIFIER_CHECKS:
        value = text.upper().replace(" ", "")
        if not _IDENTIFIER_CHECKS[field](value):
            raise ValidationError(f"{value} is not a valid {field.upper()} (check digit)")
        return value
    limit = _MAX_LENGTH.get(field, 200)
    if len(text) > limit:
        raise ValidationError(f"at most {limit} characters")
    return text


def _parse_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").replace(" ", ""))
    except InvalidOperation:
        raise ValidationError(f"{text!r} is not a number (use . for decimals)") from None
    if not value.is_finite() or value < 0:
        raise ValidationError("must be a positive number; the side carries the direction")
    if value.as_tuple().exponent < -10 or value.adjusted() >= 20:
        raise ValidationError("too many digits")
    return value


def _parse_date(text: str) -> date:
    try:
        value = parse_date(text)
    except ValueError:
        value = None
    if value is None:
        raise ValidationError(f"{text!r} is not a date (use YYYY-MM-DD)")
    return value


# Shown as printed, without padding; every other amount is money and shows at least two decimals.
_UNIT_FIELDS = frozenset({"quantity", "price"})


def display_value(value: object, field: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        if field in _UNIT_FIELDS:
            return text
        return text if "." in text and len(text.split(".")[1]) >= 2 else f"{value.normalize():.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
