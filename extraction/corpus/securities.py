"""Invented securities: issuer names that belong to no real company, with valid identifiers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from . import identifiers

_ROOTS = (
    "Halvorsen",
    "Brightwater",
    "Quillon",
    "Tessaro",
    "Ardwick",
    "Norwick",
    "Velmora",
    "Calyxor",
    "Orrindale",
    "Stellan",
    "Dunmore",
    "Kestova",
    "Maribelle",
    "Ostrova",
    "Penhallow",
    "Greywater",
    "Lindqvist",
    "Marrow Creek",
    "Ashgrove",
    "Solvane",
    "Trevane",
    "Copperleaf",
    "Wyncote",
    "Hollins Bay",
    "Ravensholt",
    "Alderney Vale",
    "Tamsworth",
    "Eskerby",
    "Fennimore",
    "Glenroth",
    "Isarwerk",
    "Kolbrand",
    "Morvanne",
    "Pellister",
    "Quorvale",
    "Rundberg",
    "Sandquist",
    "Ulverton",
    "Vantrell",
    "Wexmoor",
    "Yarrowfield",
    "Zennor Point",
    "Belcaro",
    "Corvina",
    "Duvenage",
    "Estrelle",
    "Falkenrath",
    "Gaustad",
    "Hanzawa",
    "Inverlay",
    "Joswick",
)
_SECTORS = (
    "Marine",
    "Biotech",
    "Foods",
    "Semiconductor",
    "Logistics",
    "Energy",
    "Minerals",
    "Retail",
    "Software",
    "Pharmaceuticals",
    "Industries",
    "Networks",
    "Aerospace",
    "Materials",
    "Hotels",
    "Water",
    "Telecom",
    "Robotics",
    "Insurance",
    "Media",
    "Railways",
    "Chemicals",
    "Brewing",
    "Textiles",
    "Instruments",
)
_LEGAL_FORMS = {
    "US": ("Inc", "Corp", "Co", "Holdings Inc"),
    "GB": ("PLC", "Group PLC", "Holdings PLC"),
    "DE": ("AG", "SE", "Holding AG"),
    "CH": ("AG", "SA", "Holding AG"),
    "FR": ("SA", "SE", "Groupe SA"),
    "BE": ("SA/NV", "NV", "SA"),
    "NL": ("NV", "Holding NV"),
    "IE": ("PLC", "Holdings PLC", "Group PLC"),
    "IT": ("S.p.A.", "Holding S.p.A."),
    "ES": ("S.A.", "Grupo S.A."),
    "JP": ("Co., Ltd.", "Corporation", "Holdings Inc."),
    "HK": ("Holdings Ltd", "Group Ltd", "International Ltd"),
    "SG": ("Ltd", "Group Ltd", "Holdings Ltd"),
}
# Share-class words back offices append to the name.
_CLASSES = {"DE": "REG SHS", "CH": "REG SHS", "FR": "ACT", "BE": "ORD", "NL": "ORD", "IE": "ORD"}
_US_CLASSES = ("COM", "COM", "CL A", "COM NEW", "SHS")


@dataclass(frozen=True)
class Security:
    """One invented instrument. name is the issuer's plain name; layouts print it in their own style."""

    name: str
    market: str
    kind: str  # "equity", "fund" or "bond"
    isin: str
    cusip: str | None = None
    sedol: str | None = None
    ticker: str | None = None
    share_class: str = ""
    coupon: Decimal | None = None  # percent a year
    maturity: date | None = None

    @property
    def upper_name(self) -> str:
        """The back-office style: capitals with the share class appended."""
        return " ".join(part for part in (self.name.upper(), self.share_class) if part)


def _issuer(rng: random.Random, market: str) -> tuple[str, str]:
    root = rng.choice(_ROOTS)
    sector = rng.choice(_SECTORS)
    return f"{root} {sector}", rng.choice(_LEGAL_FORMS[market])


def _ticker(rng: random.Random, base: str, market: str) -> str:
    if market == "JP":
        return str(rng.randrange(1301, 9998))
    if market == "HK":
        return f"{rng.randrange(1, 9999):05d}"
    letters = [w[0] for w in base.replace("-", " ").split()]
    letters += [ch.upper() for ch in base.split()[0][1:] if ch.isalpha()]
    size = rng.choice((3, 4)) if market == "US" else 3
    return "".join(letters[:size]).upper()


def equity(rng: random.Random, market: str) -> Security:
    base, form = _issuer(rng, market)
    name = f"{base} {form}"
    cusip = sedol = None
    if market == "US":
        cusip = identifiers.cusip(rng)
        isin = identifiers.isin("US", cusip)
        share_class = rng.choice(_US_CLASSES)
    elif market == "GB":
        sedol = identifiers.sedol(rng)
        isin = identifiers.isin("GB", "00" + sedol)
        share_class = rng.choice(("ORD 10P", "ORD 25P", "ORD GBP0.01", "ORD 5P"))
    else:
        isin = identifiers.isin(market, identifiers.national_number(rng, market))
        share_class = _CLASSES.get(market, "")
    return Security(name, market, "equity", isin, cusip, sedol, _ticker(rng, base, market), share_class)


def fund(rng: random.Random, market: str = "IE") -> Security:
    """A fund dealt in fractional units. US mutual funds carry a CUSIP and a five-letter symbol."""
    root = rng.choice(_ROOTS)
    theme = rng.choice(("Global Equity", "Short Duration Bond", "Emerging Markets", "Income", "Balanced", "Index"))
    if market == "US":
        cusip = identifiers.cusip(rng, issue=rng.choice(("20", "30", "40", "50")))
        name = f"{root} {theme} Fund Inst"
        ticker = (root[:2] + theme[:2]).upper() + "X"
        return Security(name, "US", "fund", identifiers.isin("US", cusip), cusip, None, ticker)
    name = f"{root} {theme} Fund {rng.choice(('Class I Acc', 'Class A Dist', 'I EUR Acc', 'R GBP Inc'))}"
    return Security(name, market, "fund", identifiers.isin(market, identifiers.national_number(rng, market)))


def bond(rng: random.Random, market: str, trade_day: date) -> Security:
    base, form = _issuer(rng, market if market in _LEGAL_FORMS else "GB")
    coupon = Decimal(rng.randrange(0, 70) * 125).scaleb(-3)  # 0.000 .. 8.625 in eighths
    maturity = date(trade_day.year + rng.randint(2, 25), rng.randint(1, 12), rng.choice((1, 15, 28)))
    kind = rng.choice(("Senior Notes", "Bonds", "Sr Unsecured Notes", "Medium Term Notes", "Notes"))
    name = f"{base} {form} {kind}"
    cusip = None
    if market == "US":
        cusip = identifiers.cusip(rng, issue=rng.choice(("AA", "AB", "AC", "AD", "AF")))  # debt issues carry letters
        isin = identifiers.isin("US", cusip)
    else:
        isin = identifiers.isin(market, identifiers.national_number(rng, market))
    return Security(name, market, "bond", isin, cusip, None, None, "", coupon, maturity)
