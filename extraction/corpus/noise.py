"""The text around the trade: letterheads, client address blocks, references, disclaimers full of numbers.

Every name and number here is invented. Telephone numbers use ranges set aside for fiction where a country
has one (UK 020 7946 0xxx, US 555-01xx).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from . import dates


@dataclass(frozen=True)
class Broker:
    """The issuer of a document. legal_name is what the truth's counterparty holds."""

    legal_name: str
    brand: str
    address: tuple[str, ...]
    phone: str
    web: str
    region: str  # selects the client addresses and the disclaimers


@dataclass(frozen=True)
class Client:
    name: str
    address: tuple[str, ...]


_FIRST = (
    "Margaret",
    "Thomas",
    "Aisha",
    "Daniel",
    "Ingrid",
    "Rafael",
    "Priya",
    "Henrik",
    "Chloe",
    "Kenji",
    "Oluwaseun",
    "Beatrice",
    "Matthias",
    "Sofia",
    "Declan",
    "Mei",
    "Lucas",
    "Annika",
    "Farid",
    "Eleanor",
)
_LAST = (
    "Whitcombe",
    "Okafor",
    "Lindgren",
    "Castellano",
    "Brennan",
    "Yamada",
    "Hartley",
    "Moreau",
    "Novak",
    "Fairweather",
    "Achterberg",
    "Delacroix",
    "Pemberton",
    "Sandoval",
    "Kowalczyk",
    "Ferreira",
    "Tanaka",
)
_INSTITUTIONS = (
    "Pension Trust",
    "Family Office Ltd",
    "Endowment Fund",
    "Capital Partners LP",
    "Charitable Trust",
    "Investment Club",
    "Retirement Plan",
    "Holdings Ltd",
)
_STREETS = ("Linden", "Harbour", "Chestnut", "Albemarle", "Mill", "Orchard", "Kingfisher", "Beacon", "Waverley")

_CITIES = {
    "US": [
        ("Hartford", "CT", "06103"),
        ("Columbus", "OH", "43215"),
        ("Boise", "ID", "83702"),
        ("Savannah", "GA", "31401"),
        ("Madison", "WI", "53703"),
    ],
    "GB": [
        ("Bristol", "", "BS8 4AH"),
        ("Leeds", "", "LS1 5QT"),
        ("Edinburgh", "", "EH3 9QG"),
        ("Guildford", "", "GU1 3UW"),
        ("Norwich", "", "NR2 1SD"),
    ],
    "DE": [
        ("Frankfurt am Main", "", "60325"),
        ("München", "", "80331"),
        ("Hamburg", "", "20354"),
        ("Düsseldorf", "", "40212"),
    ],
    "CH": [("Zürich", "", "8008"), ("Basel", "", "4051"), ("Genève", "", "1204"), ("Lugano", "", "6900")],
    "FR": [("Lyon", "", "69002"), ("Bordeaux", "", "33000"), ("Lille", "", "59800"), ("Bruxelles", "", "1050")],
    "JP": [("Chuo-ku, Tokyo", "", "103-0027"), ("Kita-ku, Osaka", "", "530-0001"), ("Naka-ku, Nagoya", "", "460-0008")],
    "HK": [("Mid-Levels, Hong Kong", "", ""), ("Tsim Sha Tsui, Kowloon", "", ""), ("Quarry Bay, Hong Kong", "", "")],
    "SG": [("Singapore", "", "238874"), ("Singapore", "", "049315"), ("Singapore", "", "018989")],
    "IE": [
        ("Dublin 6", "", "D06 K2X7"),
        ("Blackrock, Co. Dublin", "", "A94 F3W2"),
        ("Cork", "", "T12 Y8P3"),
        ("Galway", "", "H91 E2K8"),
        ("Kilkenny", "", "R95 C4T1"),
        ("Malahide, Co. Dublin", "", "K36 H9R5"),
    ],
}


def person(rng: random.Random, *, institutions: bool = True) -> str:
    """A client's name: a person or, sometimes, an institution."""
    if institutions and rng.random() < 0.25:
        return f"{rng.choice(_LAST)} {rng.choice(_INSTITUTIONS)}"
    title = rng.choice(("Mr", "Ms", "Dr", "Mrs", ""))
    return " ".join(part for part in (title, rng.choice(_FIRST), rng.choice(_LAST)) if part)


def client(rng: random.Random, region: str) -> Client:
    city, state, post = rng.choice(_CITIES[region])
    number = rng.randint(2, 480)
    street = rng.choice(_STREETS)
    if region == "US":
        lines = (
            f"{number} {street} Avenue" + (f", Suite {rng.randint(100, 990)}" if rng.random() < 0.4 else ""),
            f"{city}, {state} {post}",
        )
    elif region == "GB":
        lines = (f"{number} {street} Road", city, post)
    elif region in ("DE", "CH"):
        lines = (f"{street}strasse {number}", f"{post} {city}")
    elif region == "FR":
        lines = (f"{number} rue des {street}s", f"{post} {city}")
    elif region == "JP":
        lines = (f"{rng.randint(1, 4)}-{rng.randint(1, 20)}-{rng.randint(1, 12)} Nihonbashi", f"{city} {post}")
    elif region == "IE":
        lines = (f"{number} {street} Park", city, post)
    elif region == "HK":
        lines = (f"Flat {rng.randint(1, 40)}{rng.choice('ABCDEF')}, {number} {street} Road", city)
    else:
        lines = (f"{number} {street} Road #{rng.randint(2, 30):02d}-{rng.randint(1, 20):02d}", f"{city} {post}")
    return Client(person(rng), lines)


def scaled(rng: random.Random, low: int, high: int, places: int) -> Decimal:
    """A random decimal between low and high hundredths (places=2), tenths (places=1) and so on."""
    return Decimal(rng.randint(low, high)).scaleb(-places)


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(count))


def phone(rng: random.Random, region: str) -> str:
    """A telephone number in the country's style."""
    formats = {
        "US": lambda: f"(212) 555-01{digits(rng, 2)}",
        "GB": lambda: f"+44 20 7946 0{digits(rng, 3)}",
        "IE": lambda: f"+353 1 {digits(rng, 3)} {digits(rng, 4)}",
        "DE": lambda: f"+49 69 {digits(rng, 4)} {digits(rng, 3)}",
        "CH": lambda: f"+41 44 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
        "FR": lambda: f"+33 1 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        "JP": lambda: f"+81 3-{digits(rng, 4)}-{digits(rng, 4)}",
        "HK": lambda: f"+852 {digits(rng, 4)} {digits(rng, 4)}",
        "SG": lambda: f"+65 {digits(rng, 4)} {digits(rng, 4)}",
    }
    return formats[region]()


def order_number(rng: random.Random) -> str:
    return rng.choice((f"ORD-{digits(rng, 8)}", f"{letters(rng, 2)}{digits(rng, 7)}", f"O{digits(rng, 10)}"))


def venue(rng: random.Random, region: str) -> str:
    venues = {
        "US": ("NYSE", "NASDAQ", "NYSE Arca", "Cboe BZX", "IEX", "OTC"),
        "GB": ("London Stock Exchange", "LSE AIM", "Cboe Europe", "Aquis", "Turquoise"),
        "DE": ("Xetra", "Börse Frankfurt", "Tradegate", "Euronext Amsterdam", "Euronext Paris"),
        "CH": ("SIX Swiss Exchange", "BX Swiss"),
        "FR": ("Euronext Paris", "Euronext Brussels", "Cboe Europe", "Euronext Amsterdam"),
        "JP": ("Tokyo Stock Exchange Prime", "Tokyo Stock Exchange Standard", "Osaka Exchange"),
        "HK": ("SEHK", "Hong Kong Exchange"),
        "SG": ("SGX Mainboard", "SGX Catalist"),
    }
    return rng.choice(venues[region])


def old_date(rng: random.Random, style: str) -> str:
    """A past date for terms of business and registration notes."""
    return dates.fmt(date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28)), style)


def disclaimer(rng: random.Random, broker: Broker, *, date_style: str) -> list[str]:
    """A few legal sentences, each carrying dates or numbers that are not trade values."""
    region = broker.region
    terms = old_date(rng, date_style)
    common = [
        f"This confirmation is issued subject to our Terms of Business dated {terms}, as amended.",
        f"Errors or omissions must be reported within {rng.choice((2, 3, 5))} business days of receipt, "
        f"otherwise the details shown will be deemed accepted.",
        f"Our complaints procedure is available on request; reference {letters(rng, 3)}-{digits(rng, 4)}.",
        f"Retain this document for your tax records for at least {rng.choice((6, 7, 10))} years.",
    ]
    regional = {
        "US": [
            f"{broker.legal_name}, Member FINRA/SIPC. SIPC protects securities up to $500,000, including $250,000 "
            f"for claims for cash.",
            f"Confirmation furnished pursuant to SEC Rule 10b-10. Payment for order flow received: "
            f"$0.00{rng.randint(10, 30)} per share. Time of execution available on written request.",
            f"Questions? Call {phone(rng, 'US')} between 8:00 a.m. and 6:00 p.m. ET, Monday to Friday.",
        ],
        "GB": [
            f"{broker.legal_name} is authorised and regulated by the Financial Conduct Authority, "
            f"FRN {digits(rng, 6)}. Registered in England and Wales No. {digits(rng, 8)}.",
            f"VAT registration GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}. "
            "Investments can fall as well as rise.",
            f"Member of the London Stock Exchange since {rng.randint(1986, 2010)}.",
        ],
        "IE": [
            f"{broker.legal_name} is regulated by the Central Bank of Ireland, reference C{digits(rng, 5)}. "
            f"Registered in Ireland No. {digits(rng, 6)}. Directors: {person(rng, institutions=False)}, "
            f"{person(rng, institutions=False)}.",
            "Investor Compensation Company DAC cover is limited to 90% of the loss, up to EUR 20,000.",
        ],
        "DE": [
            f"{broker.legal_name}, registered with the local court Frankfurt am Main, HRB {digits(rng, 5)}. "
            f"Supervised by BaFin, ID {digits(rng, 6)}.",
            f"Costs disclosed under Art. 50 of Regulation (EU) 2017/565. VAT ID DE{digits(rng, 9)}.",
        ],
        "CH": [
            f"{broker.legal_name} is a bank supervised by FINMA. UID CHE-{digits(rng, 3)}.{digits(rng, 3)}."
            f"{digits(rng, 3)} MWST.",
            f"Please notify us of any discrepancy within {rng.choice((10, 30))} days; silence constitutes approval.",
        ],
        "FR": [
            f"{broker.legal_name}, share capital EUR {rng.randint(2, 90)} {digits(rng, 3)} {digits(rng, 3)}, "
            f"RCS Paris B {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}, authorised by the ACPR and the AMF.",
            f"Intra-community VAT FR{digits(rng, 11)}. Orders are executed per our policy of {terms}.",
        ],
        "JP": [
            f"{broker.legal_name}, Financial Instruments Business Operator, Kanto Local Finance Bureau "
            f"(FIBO) No. {rng.randint(10, 3000)}. Member of the Japan Securities Dealers Association.",
            f"Consumption tax is charged at {rng.choice((10,))}% on commissions.",
        ],
        "HK": [
            f"{broker.legal_name} is licensed by the Securities and Futures Commission, CE No. "
            f"{letters(rng, 3)}{digits(rng, 3)}, for Type 1 and Type 4 regulated activities.",
            f"Any discrepancy must be notified within {rng.choice((2, 3, 7))} days. Office hours 09:00-18:00 HKT.",
        ],
        "SG": [
            f"{broker.legal_name}, Co. Reg. No. {rng.randint(1990, 2019)}{digits(rng, 5)}{letters(rng, 1)}, "
            f"holds a Capital Markets Services Licence issued by the Monetary Authority of Singapore.",
            f"GST Reg. No. M{digits(rng, 1)}-{digits(rng, 7)}-{digits(rng, 1)}.",
        ],
    }
    sentences = regional[region] + rng.sample(common, k=rng.randint(2, 4))
    return sentences
