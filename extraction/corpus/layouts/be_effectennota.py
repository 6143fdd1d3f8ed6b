"""Dierickx & Verhaeghe (held out): a Flemish private bank's securities settlement notes, in Dutch.

The Gent head office prints a "borderel" per executed order; the Amsterdam branch prints an
"uitvoeringsbericht"; and the daily run of either office can gather the day's orders on one "dagafrekening".
Shares on Euronext and a few other European markets, bonds priced in percent of par with their accrued
interest, and investment funds dealt in fractional units. Numbers and dates follow the Belgian and Dutch habits
of the desk that printed the note; the Belgian notes carry the stock exchange tax, foreign purchases the local
transaction taxes. Settlement accounts, limits, ex-ante cost disclosures and a legal footer full of register
numbers are printed around the trade.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

_MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_MANAGERS = ("Desmet", "Lambrecht", "Van Hecke", "Bogaert", "Smit")
_DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class Office:
    code: str  # "BE" or "NL"
    legal_name: str
    brand: str
    address: tuple[str, ...]
    phone: str
    web: str


GENT = Office(
    "BE",
    "Bank Dierickx & Verhaeghe NV",
    "DIERICKX & VERHAEGHE",
    ("Kouter 41", "9000 Gent"),
    "+32 9 265 41 00",
    "www.dierickx-verhaeghe.example",
)
AMSTERDAM = Office(
    "NL",
    "Dierickx & Verhaeghe Bankiers N.V.",
    "Dierickx & Verhaeghe",
    ("Herengracht 458", "1017 CA Amsterdam"),
    "+31 20 794 63 10",
    "www.dvbankiers.example",
)

_VENUES = {
    "BE": "Euronext Brussel",
    "NL": "Euronext Amsterdam",
    "FR": "Euronext Parijs",
    "DE": "Xetra Frankfurt",
    "IT": "Borsa Italiana Milaan",
    "ES": "Bolsa de Madrid",
    "US": "NYSE New York",
}

# Per document: the way the desk writes numbers, dates, the currency.
_NUMBER_STYLES = ("eu", "eu", "eu", "fr")
_DATE_STYLES = ("dash", "slash", "dot", "long")


@dataclass
class Style:
    number: str
    date: str
    currency_first: bool
    euro_sign: bool

    def num(self, value: Decimal, decimals: int | None = None) -> str:
        return money.fmt(value, self.number, decimals=decimals)

    def amount(self, value: Decimal, currency: str) -> str:
        text = self.num(value)
        code = "\u20ac" if (self.euro_sign and currency == "EUR") else currency
        return f"{code} {text}" if self.currency_first else f"{text} {code}"

    def day(self, value: date) -> str:
        if self.date == "dash":
            return f"{value.day:02d}-{value.month:02d}-{value.year}"
        if self.date == "slash":
            return dates.fmt(value, "uk")
        if self.date == "dot":
            return dates.fmt(value, "dot")
        return f"{value.day} {_MAANDEN[value.month - 1]} {value.year}"


# --- numbers that look like the real thing -------------------------------------------------------------------


def _mod97_account(rng: random.Random) -> str:
    """An old-style Belgian account number 123-4567890-12: the last two digits are the first ten mod 97."""
    body = noise.digits(rng, 10)
    check = int(body) % 97 or 97
    return f"{body[:3]}-{body[3:]}-{check:02d}"


def _iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in rearranged))
    check = 98 - number % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _cash_iban(rng: random.Random, office: Office) -> str:
    if office.code == "BE":
        body = "739" + noise.digits(rng, 7)
        return _iban("BE", body + f"{int(body) % 97 or 97:02d}")
    return _iban("NL", "DVBK" + noise.digits(rng, 10))


def _enterprise_number(rng: random.Random) -> str:
    """Belgian KBO number 0403.227.515: the last two digits are 97 minus the first eight mod 97."""
    body = "04" + noise.digits(rng, 6)
    check = 97 - int(body) % 97
    digits = f"{body}{check:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


# --- the trades -----------------------------------------------------------------------------------------------


@dataclass
class Line:
    """One trade as the note prints it, with what the print needs beyond the Deal."""

    deal: Deal
    kind: str  # equity, bond, fund
    market: str
    venue: str
    coupon: Decimal | None = None
    maturity: date | None = None
    accrued_days: int = 0
    order_type: str = ""
    order_ref: str = ""
    clock: str = ""


def _ftt(market: str, trade_date: date) -> tuple[str, str] | None:
    """The purchase tax of a market: (rate, label)."""
    if market == "FR":
        rate = "0.004" if trade_date >= date(2025, 4, 1) else "0.003"
        return rate, "Franse taks op financi\u00eble transacties"
    if market == "IT":
        return "0.001", "Italiaanse FTT"
    if market == "ES":
        return "0.002", "Spaanse ITF"
    return None


def _last_coupon(maturity: date, settle: date) -> date:
    day = min(maturity.day, 28)
    candidate = date(settle.year, maturity.month, day)
    if candidate > settle:
        candidate = date(settle.year - 1, maturity.month, day)
    return candidate


def _bond_security(rng: random.Random, trade_day: date) -> securities.Security:
    market = rng.choice(("BE", "NL", "FR", "DE"))
    return securities.bond(rng, market, trade_day)


def _equity_market(rng: random.Random, office: Office) -> str:
    if office.code == "BE":
        return rng.choice(("BE", "BE", "BE", "NL", "NL", "FR", "FR", "DE", "IT", "ES"))
    return rng.choice(("NL", "NL", "NL", "BE", "FR", "DE", "US"))


def _make_line(rng: random.Random, office: Office, trade_date: date, account: str, counterparty: str, ref: str) -> Line:
    roll = rng.random()
    kind = "equity" if roll < 0.7 else ("bond" if roll < 0.85 else "fund")
    side = trades.side(rng)
    charges: list[Charge] = []
    accrued = None
    coupon = maturity = None
    days = 0
    if kind == "equity":
        market = _equity_market(rng, office)
        security = securities.equity(rng, market)
        currency = "USD" if market == "US" else "EUR"

        def qty(r: random.Random) -> Decimal:
            return Decimal(r.choice((r.randint(1, 400), r.randint(1, 60) * 50, r.randint(1, 40) * 100)))

        q, p, gross = trades.draw(
            rng,
            currency,
            qty,
            lambda r: trades.price(r, decimals=r.choice((2, 2, 3, 4)), whole_digits=r.choice((1, 2, 2, 3))),
        )
        lag = dates.settlement_lag(rng, trade_date, market="US") if market == "US" else 2
        settle = dates.add_business_days(trade_date, lag)
        name = security.name if rng.random() < 0.6 else security.upper_name
        venue = _VENUES[market]
        rate = rng.choice(("0.0025", "0.0035", "0.005", "0.0018"))
        minimum = rng.choice(("7.50", "9.95", "12.50", "15.00"))
        label = "Makelaarsloon" if office.code == "BE" else rng.choice(("Provisie", "Transactiekosten"))
        charges.append(Charge(COMMISSION, label, trades.rate_of(gross, rate, currency, minimum=minimum)))
        if market not in ("BE", "NL") and rng.random() < 0.8:
            charges.append(
                Charge(
                    FEE,
                    rng.choice(("Kosten buitenlandse markt", "Correspondentkosten")),
                    Decimal(rng.choice(("5.00", "7.50", "10.00", "12.50"))),
                )
            )
        if rng.random() < 0.3:
            charges.append(
                Charge(
                    FEE,
                    rng.choice(("Afwikkelingskosten", "Vaste kosten")),
                    Decimal(rng.choice(("1.50", "2.50", "3.00"))),
                )
            )
        ftt = _ftt(market, trade_date)
        if side == "BUY" and ftt and rng.random() < 0.75:
            charges.append(Charge(TAX, ftt[1], trades.rate_of(gross, ftt[0], currency)))
        if office.code == "BE":
            charges.append(Charge(TAX, "TOB 0,35%", trades.rate_of(gross, "0.0035", currency, maximum="1600")))
        identifiers = {"isin": security.isin, "ticker": security.ticker if rng.random() < 0.5 else None}
        if market == "US":
            identifiers["cusip"] = security.cusip if rng.random() < 0.3 else None
    elif kind == "bond":
        market = "BE"
        currency = "EUR"
        security = _bond_security(rng, trade_date)
        coupon, maturity = security.coupon, security.maturity
        assert coupon is not None and maturity is not None
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1, 150) * 1000 if r.random() < 0.7 else r.randint(1, 60) * 10000),
            lambda r: Decimal(r.randint(88_000, 106_500)).scaleb(-3),
            percent=True,
        )
        settle = dates.add_business_days(trade_date, 2)
        last = _last_coupon(maturity, settle)
        nxt = date(last.year + 1, last.month, last.day)
        days = (settle - last).days
        accrued = money.to_money(q * coupon / 100 * Decimal(days) / Decimal((nxt - last).days), currency)
        issuer = security.name
        for suffix in (" Sr Unsecured Notes", " Senior Notes", " Medium Term Notes", " Notes", " Bonds"):
            if issuer.endswith(suffix):
                issuer = issuer[: -len(suffix)]
                break
        pct = money.fmt(coupon, "eu", decimals=3 if coupon % Decimal("0.25") else 2)
        shape = rng.randrange(3)
        if shape == 0:
            name = f"{issuer} {pct}% {maturity.day:02d}/{maturity.month:02d}/{maturity.year}"
        elif shape == 1:
            name = f"{pct}% {issuer} {trade_date.year - rng.randint(1, 6)}-{maturity.year}"
        else:
            name = f"{issuer.upper()} {pct}% {maturity.month:02d}/{maturity.year % 100:02d} EMTN"
        venue = rng.choice(("Buiten beurs (OTC)", "Euronext Brussel", "Bloomberg MTF"))
        charges.append(
            Charge(
                COMMISSION,
                "Makelaarsloon" if office.code == "BE" else "Provisie",
                trades.rate_of(gross, rng.choice(("0.003", "0.005", "0.0025")), currency, minimum="25.00"),
            )
        )
        if office.code == "BE":
            charges.append(Charge(TAX, "TOB 0,12%", trades.rate_of(gross, "0.0012", currency, maximum="1300")))
        identifiers = {"isin": security.isin}
    else:
        market = rng.choice(("LU", "IE"))
        currency = "EUR"
        security = securities.fund(rng, market)
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1000, 900_000)).scaleb(-3),
            lambda r: Decimal(r.randint(800, 45_000)).scaleb(-2),
        )
        settle = dates.add_business_days(trade_date, rng.choice((2, 3, 3, 4)))
        name = security.name.replace("GBP", "EUR")
        venue = rng.choice(("Transfer agent Luxemburg", "Fondsplatform", "Transfer agent Dublin"))
        if side == "BUY" and rng.random() < 0.7:
            charges.append(
                Charge(
                    COMMISSION, "Instapkosten", trades.rate_of(gross, rng.choice(("0.01", "0.015", "0.02")), currency)
                )
            )
        elif rng.random() < 0.6:
            charges.append(
                Charge(COMMISSION, "Transactievergoeding", trades.rate_of(gross, "0.0025", currency, minimum="10.00"))
            )
        if office.code == "BE":
            if "Acc" in name or rng.random() < 0.3:
                charges.append(Charge(TAX, "TOB 1,32%", trades.rate_of(gross, "0.0132", currency, maximum="4000")))
            else:
                charges.append(Charge(TAX, "TOB 0,12%", trades.rate_of(gross, "0.0012", currency, maximum="1300")))
        identifiers = {"isin": security.isin}
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=account,
        counterparty=counterparty,
        trade_ref=ref,
        percent=kind == "bond",
        **identifiers,
    )
    order_type = rng.choice(("Markt", "Limiet", "Limiet", "Stop-limiet", "Beste limiet")) if kind != "fund" else "NIW"
    return Line(
        deal,
        kind,
        market,
        venue,
        coupon,
        maturity,
        days,
        order_type,
        f"{noise.digits(rng, 3)}-{noise.digits(rng, 7)}",
        dates.clock(rng),
    )


def _limit_text(line: Line, style: Style) -> str:
    price = line.deal.price
    if line.order_type in ("Markt", "Beste limiet", "NIW"):
        return line.order_type
    bump = Decimal("1.01") if line.deal.is_buy else Decimal("0.99")
    limit = money.places(price * bump, 2)
    return f"{line.order_type} {style.num(limit)}"


# --- text blocks ------------------------------------------------------------------------------------------------


def _side_words(line: Line) -> tuple[str, str]:
    """(title word, verb) for the note."""
    if line.kind == "fund":
        return ("INSCHRIJVING", "ingeschreven op") if line.deal.is_buy else ("TERUGBETALING", "ter inkoop aangeboden")
    return ("AANKOOP", "gekocht") if line.deal.is_buy else ("VERKOOP", "verkocht")


def _client(rng: random.Random, office: Office) -> tuple[str, tuple[str, ...]]:
    first = rng.choice(
        ("Pieter", "An", "Koen", "Els", "Jeroen", "Sofie", "Bart", "Marleen", "Wouter", "Lieve", "Joost")
    )
    last = rng.choice(
        (
            "Van den Broeck",
            "Claes",
            "Peeters",
            "De Smet",
            "Vermeulen",
            "Maes",
            "Janssens",
            "de Vries",
            "Bakker",
            "Verhoeven",
            "Wouters",
        )
    )
    roll = rng.random()
    if roll < 0.15:
        form = rng.choice(("BV", "CommV", "NV"))
        name = f"{form} {last.replace(' ', '')} {rng.choice(('Consult', 'Patrimonium', 'Invest', 'Beheer'))}"
    elif roll < 0.3:
        name = f"Dhr. en Mevr. {last}-{rng.choice(('Peeters', 'Goossens', 'Mertens', 'Smits'))}"
    else:
        name = f"{rng.choice(('Dhr.', 'Mevr.', 'Dhr.', 'Mevr.', 'Mr.', 'Dr.'))} {first} {last}"
    street = rng.choice(
        ("Kerkstraat", "Leopoldlaan", "Stationsstraat", "Molenweg", "Dorpsplein", "Koningin Astridlaan")
    )
    if office.code == "BE":
        city = rng.choice(
            (
                "9000 Gent",
                "2000 Antwerpen",
                "8000 Brugge",
                "3000 Leuven",
                "9830 Sint-Martens-Latem",
                "8300 Knokke-Heist",
            )
        )
        box = f" bus {rng.randint(1, 12)}" if rng.random() < 0.3 else ""
        return name, (f"{street} {rng.randint(1, 240)}{box}", city)
    city = rng.choice(
        ("1071 KL Amsterdam", "2514 EJ Den Haag", "3581 AB Utrecht", "2061 HB Bloemendaal", "1217 GM Hilversum")
    )
    street = rng.choice(("Prinsengracht", "Koninginneweg", "Van Eeghenstraat", "Laan van Meerdervoort", "Maliebaan"))
    return name, (f"{street} {rng.randint(1, 400)}{rng.choice(('', '', '-II', ' A', '-huis'))}", city)


def _footer_lines(rng: random.Random, office: Office, style: Style, trade_date: date) -> list[str]:
    kbo = _enterprise_number(rng)
    if office.code == "BE":
        reg = (
            f"{office.legal_name} - maatschappelijke zetel {', '.join(office.address)} - RPR Gent - "
            f"ondernemingsnummer BTW BE {kbo} - kredietinstelling onder toezicht van de NBB en de FSMA."
        )
        legal = [
            reg,
            "Deelnemer aan het Garantiefonds voor financi\u00eble diensten: deposito's tot 100.000 EUR, "
            "financi\u00eble instrumenten tot 20.000 EUR per belegger.",
            "Dit borderel geldt als factuur. De taks op de beursverrichtingen werd berekend volgens art. 120 e.v. "
            "van het Wetboek diverse rechten en taksen.",
            f"Eventuele betwistingen dienen ons binnen {rng.choice((5, 8, 10, 30))} kalenderdagen na ontvangst "
            f"schriftelijk te worden gemeld; zonder reactie wordt het borderel als aanvaard beschouwd.",
            f"Onze Algemene Bankvoorwaarden (versie "
            f"{style.day(date(trade_date.year - rng.randint(1, 6), rng.randint(1, 12), 1))}) "
            f"en het Orderuitvoeringsbeleid zijn beschikbaar op {office.web}.",
            "Ombudsfin, North Gate II, Koning Albert II-laan 8 bus 2, 1000 Brussel - www.ombudsfin.be.",
        ]
    else:
        legal = [
            f"{office.legal_name}, statutair gevestigd te Amsterdam, KvK {noise.digits(rng, 8)}, "
            f"BTW NL{noise.digits(rng, 9)}B01, bijkantoor van {GENT.legal_name} (ondernemingsnummer {kbo}).",
            "Onder toezicht van De Nederlandsche Bank en de Autoriteit Financi\u00eble Markten (AFM).",
            "Beleggerscompensatiestelsel: tot EUR 20.000 per belegger. Depositogarantiestelsel: tot EUR 100.000.",
            f"Controleer deze nota direct na ontvangst. Reclamaties binnen {rng.choice((5, 10, 14))} dagen "
            f"na dagtekening; daarna geldt de nota als goedgekeurd.",
            f"Op onze dienstverlening zijn de Algemene Voorwaarden {trade_date.year - rng.randint(1, 6)} "
            "van toepassing.",
        ]
    rng.shuffle(legal)
    return legal[: rng.randint(3, len(legal))]


def _cost_disclosure(rng: random.Random, line: Line, style: Style) -> str:
    deal = line.deal
    total = deal.charges_total
    pct = money.places(total / deal.gross_amount * 100, 2) if deal.gross_amount else Decimal(0)
    ongoing = Decimal(rng.randint(5, 180)).scaleb(-2)
    return (
        f"Kosten en lasten (MiFID II): eenmalige kosten {style.amount(total, deal.currency)} "
        f"({style.num(pct)}% van het transactiebedrag); lopende kosten van het product geschat op "
        f"{style.num(ongoing)}% per jaar. Effect op het rendement in het eerste jaar: "
        f"{style.num(money.places(pct + ongoing, 2))}%."
    )


def _details(line: Line, style: Style, rng: random.Random) -> list[tuple[str, str]]:
    deal = line.deal
    rows: list[tuple[str, str]] = []
    if line.kind == "bond":
        rows.append(("Nominaal bedrag", style.amount(deal.quantity, deal.currency)))
    else:
        rows.append(("Aantal" if line.kind == "equity" else "Aantal deelbewijzen", style.num(deal.quantity)))
    if line.kind == "fund":
        rows.append((rng.choice(("Fonds", "Omschrijving", "Beleggingsfonds")), deal.security_name))
    else:
        rows.append((rng.choice(("Omschrijving", "Omschrijving", "Effect", "Waarde")), deal.security_name))
    rows.append(("ISIN-code" if rng.random() < 0.5 else "ISIN", deal.isin or ""))
    if deal.ticker:
        rows.append(("Symbool", deal.ticker))
    if deal.cusip:
        rows.append(("CUSIP", deal.cusip))
    if line.kind == "bond":
        assert line.coupon is not None and line.maturity is not None
        rows.append(("Coupon / vervaldag", f"{style.num(line.coupon)}% jaarlijks - {style.day(line.maturity)}"))
        rows.append(("Koers", f"{style.num(deal.price)} %"))
    elif line.kind == "fund":
        rows.append(("Netto-inventariswaarde", style.amount(deal.price, deal.currency)))
    else:
        rows.append(("Koers", style.amount(deal.price, deal.currency)))
    rows.append(("Uitvoeringsplaats", line.venue))
    rows.append(
        ("Transactiedatum" if rng.random() < 0.6 else "Uitvoeringsdatum", f"{style.day(deal.trade_date)}  {line.clock}")
    )
    rows.append(("Valutadatum" if rng.random() < 0.6 else "Afwikkelingsdatum", style.day(deal.settlement_date)))
    rows.append(("Ordertype", _limit_text(line, style)))
    return rows


def _amount_rows(line: Line, style: Style) -> list[tuple[str, str]]:
    deal = line.deal
    rows = [("Bruto bedrag" if line.kind != "bond" else "Kapitaal (koers x nominaal)", deal.gross_amount)]
    if deal.accrued_interest is not None:
        rows.append((f"Verlopen interest ({line.accrued_days} dagen, act/act)", deal.accrued_interest))
    rows += [(charge.label, charge.amount) for charge in deal.charges]
    out = [(label, style.amount(value, deal.currency)) for label, value in rows]
    return out


def _net_label(deal: Deal, office: Office, rng: random.Random) -> str:
    if deal.is_buy:
        return rng.choice(("Netto te uwen laste", "Te debiteren", "Totaal ten laste van uw rekening"))
    return rng.choice(("Netto in uw voordeel", "Te crediteren", "Totaal ten gunste van uw rekening"))


# --- page designs -----------------------------------------------------------------------------------------------


def _letterhead(
    sheet: Sheet, office: Office, rng: random.Random, client: tuple[str, tuple[str, ...]], modern: bool
) -> None:
    if modern:
        sheet.box(40, 34, 515, 4, fill=0.25)
        sheet.text(40, 60, office.brand, font="Helvetica-Bold", size=15)
        sheet.text(40, 72, "Private Banking" if office.code == "BE" else "Bankiers sinds 1891", size=8)
    else:
        sheet.text(40, 48, office.brand, font="Times-Bold", size=17)
        sheet.text(40, 60, office.legal_name, font="Times-Roman", size=8)
    sheet.lines(40, 84, [*office.address, f"Tel. {office.phone}", office.web], leading=9.5, size=7.5)
    # the client block sits where the envelope window is
    sheet.lines(330, 96, [client[0], *client[1]], leading=12, size=10)


def _borderel_page(
    sheet: Sheet, office: Office, line: Line, style: Style, rng: random.Random, client, extra: dict
) -> None:
    """The Gent classic: a title, a sentence, detail lines on the left and an amount column on the right."""
    deal = line.deal
    modern = extra["modern"]
    _letterhead(sheet, office, rng, client, modern)
    title, verb = _side_words(line)
    heading = rng.choice((f"BORDEREL VAN {title}", f"{title} EFFECTEN", f"BORDEREL - {title}"))
    sheet.text(40, 170, heading, font="Helvetica-Bold", size=13)
    refs = [
        ("Borderel nr.", deal.trade_ref or ""),
        ("Effectenrekening", deal.account or ""),
        ("Datum", style.day(extra["printed"])),
    ]
    y = 188
    for label, value in refs:
        sheet.text(40, y, label, size=8)
        sheet.text(130, y, value, font="Helvetica-Bold", size=8.5)
        y += 11
    sheet.right(555, 188, f"Uw beheerder: {extra['manager']}", size=8)
    sheet.right(555, 199, f"Tel. {extra['manager_phone']}", size=8)
    y += 8
    sheet.paragraph(
        40,
        y,
        515,
        f"Volgens uw opdracht van {style.day(deal.trade_date)} hebben wij voor uw rekening {verb}:",
        size=9,
    )
    y += 20
    sheet.rule(40, y - 8, 555)
    top = y
    for label, value in _details(line, style, rng):
        sheet.text(40, y, label, size=8.5)
        for i, piece in enumerate(_wrap(value, 42)):
            sheet.text(150, y + 10 * i, piece, size=8.5)
        y += 12 + 10 * (len(_wrap(value, 42)) - 1)
    ay = top
    for label, value in _amount_rows(line, style):
        sheet.text(360, ay, label, size=8.5)
        sheet.right(555, ay + 10, value, size=8.5)
        ay += 22
    sheet.rule(360, ay - 6, 555)
    sheet.text(360, ay + 4, _net_label(deal, office, rng), font="Helvetica-Bold", size=9)
    sheet.right(555, ay + 16, style.amount(deal.net_amount, deal.currency), font="Helvetica-Bold", size=10)
    sheet.text(360, ay + 30, f"Valuta {style.day(deal.settlement_date)}", size=8)
    sheet.text(360, ay + 41, f"Rekening {extra['iban']}", size=7.5)
    y = max(y, ay + 52) + 14
    y = sheet.paragraph(40, y, 515, _cost_disclosure(rng, line, style), size=7)
    if line.kind == "fund":
        y = sheet.paragraph(
            40,
            y + 4,
            515,
            f"Het essenti\u00eble-informatiedocument (EID) versie "
            f"{style.day(date(deal.trade_date.year, 1, rng.randint(2, 28)))} "
            f"werd u v\u00f3\u00f3r de inschrijving ter beschikking gesteld.",
            size=7,
        )
    _legal(sheet, office, style, rng, y + 10, deal.trade_date)


def _uitvoering_page(
    sheet: Sheet, office: Office, line: Line, style: Style, rng: random.Random, client, extra: dict
) -> None:
    """The Amsterdam execution report: two boxed columns, the transaction left and the settlement right."""
    deal = line.deal
    _letterhead(sheet, office, rng, client, True)
    title, _ = _side_words(line)
    sheet.text(40, 168, "Uitvoeringsbericht effectentransactie", font="Helvetica-Bold", size=12)
    sheet.text(40, 182, f"{title.capitalize()} - {deal.security_name}", size=9.5)
    info = [
        ("Nota", deal.trade_ref or ""),
        ("Rekeningnummer", deal.account or ""),
        ("Ordernummer", line.order_ref),
        ("Dagtekening", style.day(extra["printed"])),
    ]
    x = 40
    for label, value in info:
        sheet.text(x, 202, label, size=7)
        sheet.text(x, 213, value, font="Helvetica-Bold", size=8.5)
        x += 130
    details = _details(line, style, rng)
    height = 40 + sum(21 + 9 * (len(_wrap(value, 40)) - 1) for _, value in details)
    sheet.box(40, 228, 250, height)
    sheet.box(305, 228, 250, height)
    sheet.text(48, 242, "Transactie", font="Helvetica-Bold", size=9)
    sheet.text(313, 242, "Afrekening", font="Helvetica-Bold", size=9)
    y = 260
    for label, value in details:
        sheet.text(48, y, label, size=7)
        pieces = _wrap(value, 40)
        for i, piece in enumerate(pieces):
            sheet.text(48, y + 9 + 9 * i, piece, size=8.5)
        y += 21 + 9 * (len(pieces) - 1)
    ay = 262
    for label, value in _amount_rows(line, style):
        sheet.text(313, ay, label, size=8)
        sheet.right(547, ay, value, size=8)
        ay += 13
    sheet.rule(313, ay - 5, 547)
    sheet.text(313, ay + 6, _net_label(deal, office, rng), font="Helvetica-Bold", size=8.5)
    sheet.right(547, ay + 6, style.amount(deal.net_amount, deal.currency), font="Helvetica-Bold", size=8.5)
    sheet.text(313, ay + 24, f"Valutadatum {style.day(deal.settlement_date)}", size=7.5)
    sheet.text(313, ay + 35, f"Tegenrekening {extra['iban']}", size=7.5)
    y = 228 + height + 14
    y = sheet.paragraph(40, y, 515, _cost_disclosure(rng, line, style), size=7)
    _legal(sheet, office, style, rng, y + 8, deal.trade_date)


def _wrap(value: str, width: int) -> list[str]:
    words, out, current = value.split(" "), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return out


def _dagafrekening(
    sheet: Sheet, office: Office, lines: list[Line], style: Style, rng: random.Random, client, extra: dict
) -> None:
    """The day's run: one block per order, a row of column labels over its figures, a day total below."""
    _letterhead(sheet, office, rng, client, extra["modern"])
    day = lines[0].deal.trade_date
    sheet.text(40, 170, "DAGAFREKENING EFFECTENVERRICHTINGEN", font="Helvetica-Bold", size=12)
    sheet.text(40, 184, f"Verrichtingen van {_DAGEN[day.weekday()]} {style.day(day)}", size=9)
    sheet.text(40, 197, f"Effectenrekening {lines[0].deal.account}", size=9)
    sheet.right(555, 184, f"Dagtekening {style.day(extra['printed'])}", size=8)
    sheet.right(555, 197, f"Beheerder {extra['manager']}", size=8)
    y = 222
    cols = [
        (40, "Aantal/Nominaal", False),
        (150, "Koers", True),
        (235, "Bruto bedrag", True),
        (320, "Makelaarsloon", True),
        (395, "Kosten", True),
        (460, "Taksen", True),
        (555, "Netto", True),
    ]
    for index, line in enumerate(lines, start=1):
        deal = line.deal
        title, _ = _side_words(line)
        sheet.box(40, y - 10, 515, 14, fill=0.9)
        sheet.text(44, y, f"{index}. {title.capitalize()}  {deal.security_name}", font="Helvetica-Bold", size=8.5)
        sheet.right(551, y, f"Ref. {deal.trade_ref}", size=7.5)
        y += 16
        for x, label, right in cols:
            (sheet.right if right else sheet.text)(x, y, label, size=7)
        y += 11
        qty = style.num(deal.quantity) if line.kind != "bond" else f"{deal.currency} {style.num(deal.quantity)}"
        price = f"{style.num(deal.price)}{' %' if line.kind == 'bond' else ''}"
        zero = Decimal("0.00")
        fees, taxes, commission = deal.fees or zero, deal.taxes or zero, deal.commission or zero
        values = [
            qty,
            price,
            style.num(deal.gross_amount),
            style.num(commission),
            style.num(fees),
            style.num(taxes),
            style.num(deal.net_amount),
        ]
        for (x, _, right), value in zip(cols, values, strict=True):
            (sheet.right if right else sheet.text)(x, y, value, size=8.5)
        y += 12
        notes = [f"ISIN {deal.isin}"]
        if deal.ticker:
            notes.append(f"symbool {deal.ticker}")
        if deal.cusip:
            notes.append(f"CUSIP {deal.cusip}")
        notes += [f"{line.venue} {line.clock}", f"valuta {style.day(deal.settlement_date)}", f"munt {deal.currency}"]
        if deal.accrued_interest is not None:
            notes.insert(2, f"verlopen interest {style.num(deal.accrued_interest)} ({line.accrued_days} d.)")
        taxes_named = [c.label for c in deal.charges if c.kind == TAX]
        if taxes_named:
            notes.append("taksen: " + " + ".join(taxes_named))
        y = sheet.paragraph(44, y, 505, "  |  ".join(notes), size=7)
        sheet.text(
            44,
            y + 1,
            f"{'Te debiteren' if deal.is_buy else 'Te crediteren'}: {style.amount(deal.net_amount, deal.currency)}",
            size=7.5,
        )
        y += 20
    debit = sum((ln.deal.net_amount for ln in lines if ln.deal.is_buy and ln.deal.currency == "EUR"), Decimal(0))
    credit = sum((ln.deal.net_amount for ln in lines if not ln.deal.is_buy and ln.deal.currency == "EUR"), Decimal(0))
    sheet.rule(300, y - 6, 555)
    sheet.text(300, y + 4, "Totaal debet EUR", size=8)
    sheet.right(555, y + 4, style.num(debit), size=8)
    sheet.text(300, y + 15, "Totaal credit EUR", size=8)
    sheet.right(555, y + 15, style.num(credit), size=8)
    net = credit - debit
    sheet.text(300, y + 28, "Saldo dagafrekening", font="Helvetica-Bold", size=8.5)
    sheet.right(555, y + 28, f"{style.num(abs(net))} {'CR' if net >= 0 else 'DT'}", font="Helvetica-Bold", size=8.5)
    sheet.text(300, y + 41, f"Geboekt op {extra['iban']}", size=7.5)
    _legal(sheet, office, style, rng, y + 60, day)


def _legal(sheet: Sheet, office: Office, style: Style, rng: random.Random, y: float, trade_date: date) -> None:
    y = max(y, 640)
    sheet.rule(40, y - 6, 555, weight=0.3)
    for sentence in _footer_lines(rng, office, style, trade_date):
        y = sheet.paragraph(40, y, 515, sentence, size=6.5, leading=8)
        if y > 800:
            break


def build(rng: random.Random) -> Document:
    office = GENT if rng.random() < 0.65 else AMSTERDAM
    style = Style(
        number=rng.choice(_NUMBER_STYLES) if office.code == "BE" else "eu",
        date=rng.choice(_DATE_STYLES),
        currency_first=rng.random() < 0.5,
        euro_sign=rng.random() < 0.3,
    )
    trade_date = dates.trade_day(rng)
    if office.code == "BE":
        account = rng.choice(
            (
                _mod97_account(rng),
                f"{noise.digits(rng, 3)}-{noise.digits(rng, 7)}-{noise.digits(rng, 2)}",
                f"DOS {noise.digits(rng, 2)}.{noise.digits(rng, 3)}.{noise.digits(rng, 3)}",
            )
        )
    else:
        account = f"{noise.digits(rng, 2)}.{noise.digits(rng, 2)}.{noise.digits(rng, 3)}.{noise.digits(rng, 3)}"
    design = (
        rng.choice(("single", "single", "batch", "day"))
        if office.code == "BE"
        else rng.choice(("single", "batch", "day"))
    )
    count = 1 if design == "single" else (rng.randint(2, 3) if design == "batch" else rng.randint(2, 4))
    number = rng.randint(1000, 98000)
    lines = []
    for _ in range(count):
        number += rng.randint(1, 9)
        if office.code == "BE":
            ref = f"{trade_date.year}/{trade_date.month:02d}{trade_date.day:02d}/{number:06d}"
        else:
            ref = f"N{dates.fmt(trade_date, 'compact')[2:]}{noise.digits(rng, 5)}"
        lines.append(_make_line(rng, office, trade_date, account, office.legal_name, ref))
    client = _client(rng, office)
    extra = {
        "modern": rng.random() < 0.5,
        "printed": dates.add_business_days(trade_date, rng.choice((0, 1, 1))),
        "manager": f"{rng.choice(('K.', 'E.', 'S.', 'J.', 'M.'))} {rng.choice(_MANAGERS)}",
        "manager_phone": f"+32 9 265 4{noise.digits(rng, 1)} {noise.digits(rng, 2)}"
        if office.code == "BE"
        else f"+31 20 794 6{noise.digits(rng, 1)} {noise.digits(rng, 2)}",
        "iban": _cash_iban(rng, office),
    }
    title = "Borderel" if office.code == "BE" else "Uitvoeringsbericht"
    sheet = Sheet(title=f"{title} {lines[0].deal.trade_ref}", author=office.legal_name)
    if design == "day":
        _dagafrekening(sheet, office, lines, style, rng, client, extra)
    else:
        page_design = _borderel_page if office.code == "BE" else _uitvoering_page
        for index, line in enumerate(lines):
            if index:
                sheet.next_page()
            page_design(sheet, office, line, style, rng, client, extra)
            if count > 1:
                sheet.right(555, 822, f"Blz. {index + 1}/{count}", size=7)
    if design == "day":  # the columns print a zero where a trade has no such charge
        truth = [
            line.deal.truth(
                **{name: money.text(getattr(line.deal, name)) or "0.00" for name in ("commission", "fees", "taxes")}
            )
            for line in lines
        ]
    else:
        truth = [line.deal.truth() for line in lines]
    return Document(sheet.finish(), "confirmation", truth)


LAYOUT = Layout(
    name="be_effectennota",
    kind="pdf",
    heldout=True,
    build=build,
    description="held out: Flemish/Dutch private bank settlement notes in Dutch, shares, bonds and funds, local taxes",
)
