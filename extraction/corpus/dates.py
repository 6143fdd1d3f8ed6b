"""Trade and settlement dates, and the ways brokers print a date."""

from __future__ import annotations

import random
from datetime import date, timedelta

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_FIRST_DAY = date(2023, 1, 2)
_SPAN_DAYS = 1050  # to late 2025


def trade_day(rng: random.Random) -> date:
    """A weekday between 2023 and late 2025."""
    day = _FIRST_DAY + timedelta(days=rng.randrange(_SPAN_DAYS))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def previous_business_day(day: date) -> date:
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def month_of(day: date) -> tuple[date, date]:
    """The first and the last day of the day's month: a monthly statement's period."""
    first = day.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def weekday_in(rng: random.Random, first: date, last: date) -> date:
    """A weekday between first and last, both included."""
    while True:
        day = first + timedelta(days=rng.randrange((last - first).days + 1))
        if day.weekday() < 5:
            return day


def settlement_lag(rng: random.Random, day: date, *, market: str = "US") -> int:
    """T+1 for US trades from 28 May 2024, T+2 elsewhere (and before), an occasional T+3."""
    if market in ("US", "CA") and day >= date(2024, 5, 28):
        return 1 if rng.random() < 0.95 else 2
    return 2 if rng.random() < 0.9 else 3


def fmt(day: date, style: str) -> str:
    """style: us 03/14/2025, uk 14/03/2025, uk2 14/03/25, dot 14.03.2025, iso 2025-03-14, slash_iso 2025/03/14,
    dmy_mon 14-Mar-2025, dmy_mon_upper 14-MAR-2025, long 14 March 2025, short 14 Mar 2025, us_long March 14, 2025,
    compact 20250314, us2 03/14/25."""
    month = MONTHS[day.month - 1]
    formats = {
        "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "us2": f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}",
        "uk": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "uk2": f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}",
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "iso": day.isoformat(),
        "slash_iso": f"{day.year}/{day.month:02d}/{day.day:02d}",
        "dmy_mon": f"{day.day:02d}-{month[:3]}-{day.year}",
        "dmy_mon_upper": f"{day.day:02d}-{month[:3].upper()}-{day.year}",
        "long": f"{day.day} {month} {day.year}",
        "short": f"{day.day} {month[:3]} {day.year}",
        "us_long": f"{month} {day.day}, {day.year}",
        "compact": f"{day.year}{day.month:02d}{day.day:02d}",
    }
    return formats[style]


def weekday_name(day: date) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[day.weekday()]


def clock(rng: random.Random) -> str:
    """A trading-hours time of day, HH:MM:SS."""
    seconds = rng.randrange(8 * 3600, 16 * 3600 + 1800)
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
