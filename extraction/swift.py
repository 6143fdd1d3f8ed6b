"""SWIFT ISO 15022 trade confirmations (MT515, MT518) as a gateway prints them for the confirmation desk.

Three print styles carry the same fields: the raw FIN text (":98A::TRAD//20250314"), the expanded print that
names each field ("98A: Trade Date/Time" over ":TRAD//20250314"), and the expanded print that also spells out
each field's parts ("98A: Trade Date/Time" over "Date : 14 Mar 2025"). Each is brought to one shape, a field
being its tag, its qualifier and its data, and each message to one trade. A cancellation (23G CANC) is no
trade, and the confirmation it cancels in the same file is none either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from extraction.confidence import to_trade
from extraction.fields import BOND_TERMS, Draft
from extraction.layout import Word
from extraction.normalize import normalize_currency, parse_date
from extraction.types import Trade
from extraction.validators import is_cusip, is_isin, is_sedol
from extraction.values import Found

CONFIDENCE = 0.95  # a field the message states under its own tag; the arithmetic still checks it

_RAW_FIELD = re.compile(r"^:(?P<tag>\d{2}[A-Z]?):(?::(?P<qualifier>[A-Z0-9]{4})/[A-Z0-9]*/)?(?P<data>.*)$")
_NAMED_FIELD = re.compile(r"^\s+(?P<tag>\d{2}[A-Z]?): (?P<name>\S.*)$")
_QUALIFIED = re.compile(r"^:(?P<qualifier>[A-Z0-9]{4})/[A-Z0-9]*/(?P<data>.*)$")
_PART = re.compile(r"^(?P<key>[A-Za-z][\w '/,-]*?)\s+:\s*(?P<value>.*)$")
_BREAK = re.compile(r"^\s*(?:-{3,}|={3,}|\{|-\})")

# The qualifier an expanded print leaves out, from the field's name.
_QUALIFIER_OF = {
    "sender's message reference": "SEME",
    "related message reference": "RELA",
    "previous message reference": "PREV",
    "preparation date/time": "PREP",
    "trade date/time": "TRAD",
    "settlement date/time": "SETT",
    "deal price": "DEAL",
    "buy/sell indicator": "BUSE",
    "quantity of financial instrument confirmed": "CONF",
    "safekeeping account": "SAFE",
    "buyer": "BUYR",
    "seller": "SELL",
    "deal amount": "DEAL",
    "settlement amount": "SETT",
    "accrued interest amount": "ACRU",
    "executing broker's commission": "EXEC",
    "executing broker's amount": "EXEC",
    "charges/fees": "CHAR",
    "regulatory fees": "REGF",
    "other amount": "OTHR",
    "local broker's commission": "LOCO",
    "stock exchange tax": "EXCH",
    "stamp duty": "STAM",
    "transaction tax": "TRAX",
    "local tax": "LOCL",
    "country, national federal tax": "COUN",
    "payment levy tax": "LEVY",
}
# 19A amounts by qualifier: what each adds to.
_AMOUNTS = {
    "DEAL": "gross_amount",
    "SETT": "net_amount",
    "ACRU": "accrued_interest",
    "EXEC": "commission",
    "LOCO": "commission",
    "CHAR": "fees",
    "REGF": "fees",
    "OTHR": "fees",
    "LEVY": "fees",
    "EXCH": "taxes",
    "STAM": "taxes",
    "TRAX": "taxes",
    "LOCL": "taxes",
    "COUN": "taxes",
    "STEX": "taxes",
    "TRAN": "taxes",
    "WITH": "taxes",
    "VATA": "taxes",
    "POST": "fees",
}
_SUMMED = frozenset({"commission", "fees", "taxes"})


@dataclass
class _Field:
    tag: str
    qualifier: str | None
    data: list[str] = field(default_factory=list)
    line: int = 0  # where the print has it
    block: str = ""  # the innermost block it sits in (GENL, CONFDET, CONFPRTY, SETPRTY, AMT ...)
    party: int = 0  # which CONFPRTY block, counting from 1; 0 outside them


@dataclass
class _Message:
    fields: list[_Field]
    sender: str | None  # the sender's name, when the print gives it under the sender's BIC


def looks_like_swift(text: str) -> bool:
    """Does the text hold ISO 15022 messages: a GENL block opened by a 16R field, raw or expanded?"""
    return bool(re.search(r"^:16R:GENL\s*$", text, re.MULTILINE)) or bool(
        re.search(r"^\s+16R: Start of Block\s*\n\s+GENL\s*$", text, re.MULTILINE)
    )


def swift_trades(text: str) -> list[Trade]:
    messages = list(_messages(text.splitlines()))
    cancelled = {ref for message in messages if _function(message) == "CANC" for ref in _refs(message, "PREV")}
    trades = []
    for message in messages:
        if _function(message) != "NEWM" or (_first(message, "20C", "SEME") or "") in cancelled:
            continue
        draft = _draft(message)
        if "quantity" in draft and draft.keys() & {"price", "gross_amount", "net_amount"}:
            trades.append(to_trade(draft))
    return trades


def _messages(lines: Sequence[str]) -> Iterator[_Message]:
    """The messages in print order; each begins where its GENL block opens."""
    fields = list(_fields(lines))
    starts = [n for n, f in enumerate(fields) if f.tag == "16R" and _text(f) == "GENL"]
    senders = _senders(lines)
    for start, end in zip(starts, [*starts[1:], len(fields)], strict=True):
        # The header printed last before the message is its own.
        sender = next((name for at, name in reversed(senders) if at < fields[start].line), None)
        yield _Message(_in_blocks(fields[start:end]), sender)


def _fields(lines: Sequence[str]) -> Iterator[_Field]:
    """Every field of the print in one shape, whichever style printed it."""
    current: _Field | None = None
    for number, line in enumerate(lines):
        if _BREAK.match(line) or not line.strip():
            if current is not None:
                yield current
            current = None
            continue
        raw = _RAW_FIELD.match(line)
        named = None if raw else _NAMED_FIELD.match(line)
        if raw or named:
            if current is not None:
                yield current
            if raw:
                current = _Field(raw["tag"], raw["qualifier"], [raw["data"]] if raw["data"] else [], number)
            else:
                name = named["name"].strip().lower()
                current = _Field(named["tag"], _QUALIFIER_OF.get(name), [], number)
            continue
        if current is not None:
            _add_line(current, line.strip())
    if current is not None:
        yield current


def _add_line(current: _Field, line: str) -> None:
    """A line under a field: its qualified data (":TRAD//20250314"), a named part ("Date : 14 Mar 2025") or
    data as such ("GENL", "ISIN JP3057300000", a line of the security's description)."""
    qualified = _QUALIFIED.match(line)
    if qualified and not current.data:
        current.qualifier = qualified["qualifier"]
        current.data.append(qualified["data"])
        return
    part = _PART.match(line)
    if part and current.tag not in ("16R", "16S"):
        _add_part(current, part["key"].strip().lower(), part["value"].strip())
        return
    current.data.append(line)


def _add_part(current: _Field, key: str, value: str) -> None:
    """The expanded print's named parts, written back as the raw data they stand for."""
    value = value.strip("#").replace("#", "")
    if key.endswith("type code"):  # "Amount Type Code : ACTU", "Percentage Type Code : PRCT", "Quantity ..."
        current.data.insert(0, value + "/")
    elif key in ("currency code", "currency"):
        current.data.append(value.split()[0])
    elif key in ("price", "quantity", "amount"):
        if current.data and (current.data[-1].endswith("/") or len(current.data[-1]) == 3):
            current.data[-1] += value  # after "ACTU/" or "EUR": "ACTU/EUR12,34"
        else:
            current.data.append(value)
    elif key == "date":
        day = parse_date(value)
        current.data.append(day.strftime("%Y%m%d") if day else value)
    elif key == "identification of security":
        current.data.insert(0, value)
    elif value:
        current.data.append(value)  # "Reference", "Indicator", "Account Number", "Identifier Code", a name


def _in_blocks(fields: list[_Field]) -> list[_Field]:
    """The fields with the block each sits in; the party blocks numbered."""
    stack: list[str] = []
    parties = 0
    kept = []
    for f in fields:
        if f.tag == "16R":
            stack.append(_text(f))
            parties += stack[-1] == "CONFPRTY"
        elif f.tag == "16S":
            if stack:
                stack.pop()
        else:
            f.block = stack[-1] if stack else ""
            f.party = parties if "CONFPRTY" in stack else 0
            kept.append(f)
    return kept


def _senders(lines: Sequence[str]) -> list[tuple[int, str | None]]:
    """Each message header's sender: the name printed after or under its BIC ("Sender : KHSLGB2LXXX" over
    "KESTREL HARTLEY SECURITIES LTD", "SENDER : VLMSITMMXXX  VELMORA SIM S.P.A."), None when only the BIC."""
    senders: list[tuple[int, str | None]] = []
    for number, line in enumerate(lines):
        match = re.match(r"^\s*sender\s*:\s*[A-Z0-9]{8,11}\b(?P<rest>.*)$", line, re.IGNORECASE)
        if match is None:
            continue
        name = match["rest"].strip()
        if not name and number + 1 < len(lines):
            following = lines[number + 1]
            under = following.strip()
            if following[:1].isspace() and under and ":" not in under and not _RAW_FIELD.match(under):
                name = under
        senders.append((number, name or None))
    return senders


def _text(f: _Field) -> str:
    return " ".join(f.data).strip()


def _function(message: _Message) -> str:
    found = next((f for f in message.fields if f.tag == "23G"), None)
    return _text(found).split("/")[0] if found else "NEWM"


def _refs(message: _Message, qualifier: str) -> list[str]:
    return [_text(f) for f in message.fields if f.tag == "20C" and f.qualifier == qualifier]


def _first(message: _Message, tag: str, qualifier: str | None = None) -> str | None:
    """The first field of a tag ("36B"), or of any letter option of it ("98": 98A or 98C), with a qualifier."""
    for f in message.fields:
        if (f.tag == tag or f.tag[:2] == tag) and f.qualifier == qualifier:
            return _text(f)
    return None


def _draft(message: _Message) -> Draft:
    draft: Draft = {}

    def put(name: str, value: object) -> None:
        if value is not None and value != "":
            draft[name] = Found(value, (), confidence=CONFIDENCE)

    put("trade_ref", _first(message, "20C", "SEME"))
    put("trade_date", _day(_first(message, "98", "TRAD")))
    put("settlement_date", _day(_first(message, "98", "SETT")))
    put("side", {"BUYI": "BUY", "SELL": "SELL"}.get(_first(message, "22H", "BUSE") or ""))
    price = _first(message, "90", "DEAL")
    if price:
        kind, _, figure = price.replace(" ", "").partition("/")
        code = figure[:3] if figure[:3].isalpha() else None
        value = _decimal(figure[3:] if code else figure)
        if value is not None and kind in ("PRCT", "YIEL", "DISC", "PREM"):
            # In percent of par: the price's one word says so, as a printed "%" would.
            draft["price"] = Found(value, (Word(f"{value}%", 0.0, 0.0, 0.0, 0.0),), confidence=CONFIDENCE)
        else:
            put("price", value)
        put("currency", normalize_currency(code) if code else None)
    quantity = _first(message, "36B", "CONF")
    if quantity:
        put("quantity", _decimal((quantity.partition("/")[2] or quantity).replace(" ", "")))
    _security(message, put)
    for f in message.fields:
        if f.tag == "19A" and f.qualifier in _AMOUNTS:
            _amount(draft, _AMOUNTS[f.qualifier], _text(f))
    put("account", _client_account(message))
    put("counterparty", message.sender or _broker_name(message))
    return draft


def _security(message: _Message, put) -> None:  # type: ignore[no-untyped-def]
    """35B: "ISIN JP3057300000", a local code ("/GB/B9FSWN8"), then the description; a bond's coupon and
    maturity line ("2,5 PCT 15MAR2032", "6,375% 01/12/42") is no part of its name."""
    found = next((f for f in message.fields if f.tag == "35B"), None)
    if found is None:
        return
    name = []
    for line in found.data:
        code = line.split()
        if len(code) == 2 and code[0] == "ISIN" and is_isin(code[1]):
            put("isin", code[1])
        elif line.startswith("/"):
            local = line.strip("/").split("/")
            if len(local) == 2 and local[0] == "GB" and is_sedol(local[1]):
                put("sedol", local[1])
            elif len(local) == 2 and local[0] in ("US", "CA") and is_cusip(local[1]):
                put("cusip", local[1])
        elif line.lower().startswith("description of security"):
            continue
        elif not BOND_TERMS.search(line):
            name.append(line.strip())
    put("security_name", " ".join(name).strip() or None)


def _amount(draft: Draft, name: str, data: str) -> None:
    """19A data: an optional N (negative), the currency and the amount ("EUR1234,56")."""
    match = re.match(r"^N?(?P<code>[A-Z]{3})(?P<figure>[\d,.]+)$", data.replace(" ", ""))
    if match is None:
        return
    value = _decimal(match["figure"])
    if value is None:
        return
    if name in _SUMMED and name in draft:
        value += draft[name].value  # type: ignore[operator]
    draft[name] = Found(value, (), confidence=CONFIDENCE)
    if "currency" not in draft and (code := normalize_currency(match["code"])):
        draft["currency"] = Found(code, (), confidence=CONFIDENCE)


def _client_account(message: _Message) -> str | None:
    """The safekeeping account of the confirming parties (97A SAFE in a CONFPRTY block): the client's, not the
    settlement agents'."""
    for f in message.fields:
        if f.tag == "97A" and f.qualifier == "SAFE" and f.party:
            return _text(f) or None
    return None


def _broker_name(message: _Message) -> str | None:
    """The other confirming party, named in words (95Q): the broker, where the print names no sender."""
    client = next((f.party for f in message.fields if f.tag == "97A" and f.qualifier == "SAFE" and f.party), 0)
    for f in message.fields:
        if f.tag == "95Q" and f.party and f.party != client and f.data:
            return f.data[0].strip() or None
    return None


def _day(data: str | None) -> date | None:
    if not data or len(data) < 8 or not data[:8].isdigit():
        return None
    try:
        return date(int(data[:4]), int(data[4:6]), int(data[6:8]))
    except ValueError:
        return None


def _decimal(figure: str) -> Decimal | None:
    """SWIFT writes a decimal comma and no grouping: "1234,5", "8300,"."""
    figure = figure.strip().rstrip(",") if figure.strip().endswith(",") else figure.strip()
    try:
        return Decimal(figure.replace(",", "."))
    except InvalidOperation:
        return None
