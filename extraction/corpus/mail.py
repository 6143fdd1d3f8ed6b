"""RFC 5322 messages with every varying part (Date, Message-ID, MIME boundaries) drawn from the rng."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from . import noise


def sent_at(rng: random.Random, day: date, *, utc_offset_hours: int = 0) -> datetime:
    """A time on the given day in the sender's zone, after the close mostly."""
    minutes = rng.randrange(9 * 60, 21 * 60)
    zone = timezone(timedelta(hours=utc_offset_hours))
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, rng.randrange(60), tzinfo=zone)


def message(rng: random.Random, *, sender: str, to: str, subject: str, when: datetime, domain: str) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{noise.digits(rng, 14)}.{noise.letters(rng, 8).lower()}@{domain}>"
    msg["MIME-Version"] = "1.0"
    return msg


def finish(msg: EmailMessage, rng: random.Random) -> bytes:
    """The message's bytes, with MIME boundaries from the rng instead of the stdlib's random ones."""
    _pin_boundaries(msg, rng)
    return msg.as_bytes(policy=policy.SMTP)


def _pin_boundaries(msg: EmailMessage, rng: random.Random) -> None:
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"===============_{noise.digits(rng, 19)}==")
