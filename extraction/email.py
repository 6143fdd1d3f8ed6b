"""RFC 5322 mail: the body and every attachment, recursively, including attached messages.

This module is `extraction.email`; `import email` below still means the standard library, because
absolute imports never look inside the package.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from email.message import EmailMessage, Message
from email.utils import parseaddr

from extraction import csv as csv_reader
from extraction import pdf, text
from extraction.assemble import extent
from extraction.fields import is_company_name
from extraction.htmltext import html_to_text
from extraction.reading import ReadError, Reading
from extraction.types import Trade, keep_once

logger = logging.getLogger("extraction")

# Attached messages deeper than this are skipped with a warning: real mail nests two or three levels.
MAX_DEPTH = 10
_HEADER_NAMES = ("from", "to", "subject", "date", "message-id", "received", "mime-version", "content-type")


@dataclass
class _Collected:
    trades: list[Trade] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    pages: int = 0
    warnings: list[str] = field(default_factory=list)

    def add(self, trades: Sequence[Trade]) -> None:
        """A part's trades; one another part already gave (the body quoting the attached confirmation, a
        forward of a forward) is kept once."""
        keep_once(self.trades, trades, _same_trade)


def _same_trade(one: Trade, other: Trade) -> bool:
    keys = ("side", "quantity", "price", "trade_date")
    if any(getattr(one, key) is None or getattr(one, key) != getattr(other, key) for key in keys):
        return False
    # Two trades in the same security at the same price and quantity on the same day, unless the
    # identifiers both print say otherwise.
    return all(
        getattr(one, key) is None or getattr(other, key) is None or getattr(one, key) == getattr(other, key)
        for key in ("isin", "cusip", "sedol", "net_amount")
    )


def extract_email(data: bytes) -> Reading:
    if not data.strip():
        raise ReadError("empty file (0 bytes)" if not data else "empty email")
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except RecursionError as exc:
        # The stdlib parser recurses per nesting level; thousands of levels exhaust the stack.
        raise ReadError("email is nested too deeply to read") from exc
    if not any(name in _HEADER_NAMES for name in (key.lower() for key in message.keys())):
        raise ReadError("not an email (no RFC 5322 headers)")
    out = _Collected()
    _collect(message, 0, out)
    return Reading(tuple(out.trades), "email", "\n\n".join(out.texts), out.pages, tuple(out.warnings))


def _collect(message: Message, depth: int, out: _Collected) -> None:
    if depth > MAX_DEPTH:
        out.warnings.append(f"attached messages nested deeper than {MAX_DEPTH} levels were skipped")
        return
    out.texts.append(_headers_text(message))
    hint = _sender_company(message)
    for body in _body_texts(message):
        trades = text.text_trades(body, counterparty_hint=hint)
        if (flowed := reflowed(body)) != body:
            # A mail client wrapped the lines: a sentence or a name may run over two; the reading that finds
            # more wins.
            again = text.text_trades(flowed, counterparty_hint=hint)
            if extent(again) > extent(trades):
                trades = again
        if _RELAYED.search(body):
            trades = [_unsure_of_party(trade) for trade in trades]
        out.texts.append(body)
        out.add(trades)
        if trades:
            break  # the HTML alternative repeats the plain part: reading both would double the trades
    for part in _attachments(message):
        _attachment(part, depth, out)


def _headers_text(message: Message) -> str:
    return "\n".join(f"{name}: {message[name]}" for name in ("From", "To", "Subject", "Date") if message[name])


def _sender_company(message: Message) -> str | None:
    """The sender's display name when it is a company's legal name, the issuer for a body confirmation."""
    name, _address = parseaddr(str(message["From"] or ""))
    return name.strip() if is_company_name(name) else None


def _body_texts(message: Message) -> list[str]:
    """The plain body, then the HTML one as text: some mailers put only a stub in the plain part."""
    if not isinstance(message, EmailMessage):
        return []
    texts = []
    for kind in ("plain", "html"):
        body = message.get_body(preferencelist=(kind,))
        if body is not None:
            content = _decoded_text(body)
            texts.append(html_to_text(content) if kind == "html" else unquoted(content))
    return [t for t in texts if t.strip()]


# A reply or a forward: the firms named around the quoted confirmation (the sender's signature, the person who
# forwards it) are not surely the firm that issued it.
_RELAYED = re.compile(
    r"^.*\b(?:wrote|schrieb|a écrit|escribió|ha scritto|skrev):\s*$|-{2,}\s*(?:forwarded|original) message"
    r"|^begin forwarded message|message d.origine|weitergeleitete nachricht",
    re.IGNORECASE | re.MULTILINE,
)
RELAYED_PARTY = 0.8


def _unsure_of_party(trade: Trade) -> Trade:
    confidence = trade.confidence.get("counterparty")
    if confidence is None or confidence <= RELAYED_PARTY:
        return trade
    return replace(trade, confidence={**trade.confidence, "counterparty": RELAYED_PARTY})


_WRAP_SLACK = 14  # a wrapped line ends this close to the wrap width


def reflowed(body: str) -> str:
    """A hard-wrapped plain body with each wrapped line joined to the one after it: a line that reaches near
    the body's wrap width (72 or 76 columns) and is followed by more text continues on the next line."""
    lines = body.splitlines()
    widths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(widths) < 5:
        return body
    wrap = max((w for w in widths if w <= 80), default=0)
    if wrap < 60 or sum(w >= wrap - _WRAP_SLACK for w in widths) < 3:
        return body
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        heading = line.strip().isupper() and len(line.split()) <= 4  # "TRANSACTION 2" opens, not continues
        if previous.strip() and line.strip() and not heading and len(previous.rstrip()) >= wrap - _WRAP_SLACK:
            out[-1] = previous.rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


_QUOTE = re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?", re.MULTILINE)


def unquoted(text: str) -> str:
    """A reply's quoted lines without their "> " marks, at any depth: what was quoted is read as written."""
    return _QUOTE.sub("", text)


def _decoded_text(part: Message) -> str:
    try:
        return str(part.get_content())  # type: ignore[attr-defined]
    except (LookupError, UnicodeError):
        # An unknown or lying charset: bytes as latin-1 keep every digit and label readable.
        raw = part.get_payload(decode=True)
        return raw.decode("latin-1") if isinstance(raw, bytes) else ""


def _attachments(message: Message) -> list[Message]:
    """Attachment parts, looking inside multipart containers (but not inside attached messages)."""
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return []
    found: list[Message] = []
    for part in message.iter_attachments():
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            found.extend(_attachments(part))  # type: ignore[arg-type]
        else:
            found.append(part)
    return found


def _attachment(part: Message, depth: int, out: _Collected) -> None:
    name = part.get_filename() or part.get_content_type()
    try:
        _read_attachment(part, name, depth, out)
    except ReadError as exc:
        # One bad attachment must not hide the trades in the others.
        out.warnings.append(f"attachment {name}: {exc}")


def _read_attachment(part: Message, name: str, depth: int, out: _Collected) -> None:
    kind = _kind(part, name.lower())
    if kind == "eml":
        _collect(_inner_message(part), depth + 1, out)
        return
    if kind is None:
        return
    data = part.get_payload(decode=True)
    data = data if isinstance(data, bytes) else b""
    reading = {"pdf": pdf.extract_pdf, "csv": csv_reader.extract_csv, "txt": text.extract_text}[kind](data)
    out.add(reading.trades)
    out.texts.append(f"--- attachment: {name} ---\n{reading.text}")
    out.pages += reading.pages
    out.warnings.extend(f"attachment {name}: {w}" for w in reading.warnings)


def _kind(part: Message, name: str) -> str | None:
    content_type = part.get_content_type()
    if content_type == "message/rfc822" or name.endswith(".eml"):
        return "eml"
    if content_type == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if content_type in ("text/csv", "application/csv") or name.endswith(".csv"):
        return "csv"
    if name.endswith(".txt"):
        return "txt"
    return None


def _inner_message(part: Message) -> Message:
    if part.get_content_type() == "message/rfc822":
        payload = part.get_payload()
        if isinstance(payload, list) and payload:
            return payload[0]
    data = part.get_payload(decode=True)
    return email.message_from_bytes(data if isinstance(data, bytes) else b"", policy=email.policy.default)
