"""Mainfelder Bank, Weserland Direktbank and Isarhöhe Privatbank: a German bank's Sammelabrechnung, in German.

Two to four Wertpapierabrechnungen of one securities account in one PDF. Three house templates: a cover letter
listing the settlements (Nr., Geschäftsart, Wertpapier, Stück, Ausmachender Betrag, Valuta) followed by one page
per settlement; one page per settlement without a cover; or the settlements as blocks one below the other,
"Abrechnung 2 von 3", running over as many pages as they need. A block prints its trade either as label and
value lines (Geschäftsart, Stück, Wertpapier, ISIN/WKN, Kurs, Schlusstag, Valuta, Handelsplatz, the order
reference) or as the banks' table ("Nominale | Wertpapierbezeichnung | ISIN (WKN)" with the share class on a
second line under the name), then the amounts: Kurswert, Provision (the commission), Börsengebühr, Maklercourtage,
Transaktionsentgelt or Fremde Spesen (fees), the French or Italian financial transaction tax on purchases (tax),
and the Ausmachender Betrag, some banks with "zu Ihren Lasten"/"zu Ihren Gunsten" and a trailing minus on the
debits. Numbers 1.234,56, dates 14.03.2025. Shares are dealt in EUR, US shares in USD with the Devisenkurs and the
EUR equivalent printed for information; savings-plan executions (Sparplan) carry fractional Stück. Noise: the
letterhead with the Postfach, the client's address, Kundennummer, the Verrechnungskonto with IBAN and
Bankleitzahl, execution times, Girosammelverwahrung, a "Steuerliche Informationen" block (Kapitalertragsteuer,
Solidaritätszuschlag and Kirchensteuer at 0,00 on purchases, small amounts or a loss pot on sales, booked
separately), and a footer with Sitz, Registergericht, HRB, Vorstand, USt-IdNr. and "Seite 1 von 3".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

LEFT, RIGHT = 60.0, 540.0
TOP_BODY = 250.0
BOTTOM = 760.0
FIRST_BLOCK = TOP_BODY + 20  # below the title on the first page of the block template


@dataclass(frozen=True)
class Bank:
    legal_name: str
    brand: str
    street: str
    city: str  # postcode and city
    po_box: str
    blz: str
    bic: str
    court: str
    hrb: str
    board: tuple[str, ...]
    chair: str
    phone: str
    web: str


BANKS = (
    Bank(
        "Mainfelder Bank AG",
        "MAINFELDER BANK",
        "Neue Mainzer Straße 44",
        "60311 Frankfurt am Main",
        "Postfach 10 12 34, 60012 Frankfurt am Main",
        "50012345",
        "MAFEDEFFXXX",
        "Amtsgericht Frankfurt am Main",
        "HRB 48 213",
        ("Dr. Katrin Albers (Vorsitzende)", "Jonas Wehrle", "Sabine Okonkwo"),
        "Prof. Dr. Heinrich Falk",
        "+49 69 5550 4400",
        "www.mainfelder-bank.example.de",
    ),
    Bank(
        "Weserland Direktbank AG",
        "Weserland Direktbank",
        "Am Wall 120",
        "28195 Bremen",
        "Postfach 10 77 01, 28077 Bremen",
        "29012300",
        "WELDDE22XXX",
        "Amtsgericht Bremen",
        "HRB 31 907 HB",
        ("Martin Överbeck", "Claudia Reinholz"),
        "Dr. Ute Brinkmann",
        "+49 421 5550 7700",
        "www.weserland-direkt.example.de",
    ),
    Bank(
        "Isarhöhe Privatbank KGaA",
        "ISARHÖHE PRIVATBANK",
        "Maximiliansplatz 9",
        "80333 München",
        "Postfach 33 02 18, 80062 München",
        "70012600",
        "ISHPDEMMXXX",
        "Amtsgericht München",
        "HRB 207 554",
        ("Florian von Thurn (persönlich haftender Gesellschafter)", "Dr. Nadine Kessler"),
        "Georg Ammersbach",
        "+49 89 5550 2100",
        "www.isarhoehe.example.de",
    ),
)
_CLASSES = {
    "DE": ("NAMENS-AKTIEN O.N.", "INHABER-AKTIEN O.N.", "VINKULIERTE NAMENS-AKTIEN O.N."),
    "FR": ("ACTIONS PORT. EO 1", "ACTIONS NOM. EO -,50"),
    "NL": ("AANDELEN AAN TONDER EO -,10", "REGISTERED SHARES EO -,01"),
    "IT": ("AZIONI NOM. O.N.",),
    "US": ("REGISTERED SHARES DL -,01", "SHARES DL -,0001", "CL.A REGISTERED SHARES DL -,001"),
}
_ETF_THEMES = ("MSCI WORLD UCITS ETF", "MSCI EM IMI UCITS ETF", "STOXX EUROPE 600 UCITS ETF", "DAX UCITS ETF (DR)")
_CLIENT_FIRST = {
    "Frau": ("Katharina", "Sabine", "Johanna", "Ingrid", "Heike", "Monika"),
    "Herrn": ("Lukas", "Matthias", "Tobias", "Felix", "Jan", "Reinhard"),
}
_CLIENT_LAST = ("Brandt", "Vogel", "Hoffmann", "Seidel", "Kühn", "Lorenz", "Winkler", "Schäfer", "Albrecht")
_STREETS = ("Lindenallee", "Goethestraße", "Am Weinberg", "Bahnhofstraße", "Kastanienweg", "Schillerplatz")
_TOWNS = ("65183 Wiesbaden", "35037 Marburg", "28209 Bremen", "81675 München", "63065 Offenbach am Main")


@dataclass
class Look:
    """How one document prints its settlements."""

    template: str  # cover, pages or blocks
    block: str  # list or table
    trailing: bool  # a minus after the client's debits
    code_first: bool  # "EUR 1.234,56" rather than "1.234,56 EUR"
    two_line_name: bool
    title: str
    ref_label: str
    with_side_words: bool  # "Ausmachender Betrag zu Ihren Lasten"
    tariff: tuple[str, str, str]  # provision rate, minimum, fixed part
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Settlement:
    """One Wertpapierabrechnung: its deal and what is printed around it."""

    deal: Deal
    wkn: str
    share_class: str
    venue: str
    time: str
    order_kind: str
    fx: Decimal | None  # EUR/USD for USD trades
    sparplan: bool
    tax_lines: tuple[tuple[str, str], ...]
    tax_note: str


def _look(rng: random.Random) -> Look:
    look = Look(
        template=rng.choice(("cover", "pages", "blocks")),
        block=rng.choice(("list", "table")),
        trailing=rng.random() < 0.5,
        code_first=rng.random() < 0.5,
        two_line_name=rng.random() < 0.6,
        title=rng.choice(("Wertpapierabrechnung", "Wertpapier-Abrechnung", "Abrechnung")),
        ref_label=rng.choice(("Auftragsnummer", "Ordernummer", "Referenz-Nr.", "Auftrags-Nr.")),
        with_side_words=rng.random() < 0.5,
        tariff=rng.choice(
            (("0.0025", "9.90", "0"), ("0.0025", "0", "4.90"), ("0", "0", "9.90"), ("0.001", "7.50", "0"))
        ),
    )
    look.labels = {
        "quantity": rng.choice(("Stück", "Stück/Nominale", "Anzahl")),
        "price": rng.choice(("Kurs", "Ausführungskurs", "Kurs je Stück")),
        "trade_date": rng.choice(("Schlusstag", "Handelstag", "Schlusstag/-Zeit")),
        "settle": rng.choice(("Valuta", "Valutadatum", "Wertstellung")),
        "gross": rng.choice(("Kurswert", "Kurswert brutto")),
        "commission": rng.choice(("Provision", "Orderprovision", "Bankprovision")),
        "venue": rng.choice(("Handelsplatz", "Börsenplatz", "Ausführungsplatz")),
        "net": "Ausmachender Betrag",
    }
    return look


# --- the settlements --------------------------------------------------------------------------------------------


def _wkn(rng: random.Random, isin: str) -> str:
    """German ISINs hold the WKN; foreign shares get one of the A-series or an old six-digit number."""
    if isin.startswith("DE000"):
        return isin[5:11]
    if rng.random() < 0.6:
        prefix = rng.choice(("A0", "A1", "A2", "A3"))
        return prefix + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
    return rng.choice("89") + noise.digits(rng, 5)


def _instrument(rng: random.Random, market: str, sparplan: bool) -> tuple[str, str, str]:
    """(name as the name line prints it, share class, ISIN)."""
    if sparplan:
        issuer = rng.choice(("Halvorsen", "Brightwater", "Quillon", "Tessaro", "Ardwick", "Lindqvist"))
        country = rng.choice(("IE", "IE", "LU", "DE"))
        isin = identifiers.isin(country, identifiers.national_number(rng, country))
        return (
            f"{issuer.upper()} {rng.choice(_ETF_THEMES)}",
            rng.choice(("INHABER-ANTEILE", "REG. SHS USD ACC. ON")),
            isin,
        )
    security = securities.equity(rng, market)
    return security.name.upper(), rng.choice(_CLASSES[market]), security.isin


def _charges(
    rng: random.Random, look: Look, market: str, venue: str, currency: str, gross: Decimal, side: str, sparplan: bool
) -> list[Charge]:
    rate, floor, fixed = look.tariff
    if sparplan:
        commission = rng.choice((Decimal("0.00"), trades.rate_of(gross, "0.015", currency)))
        return [Charge(COMMISSION, look.labels["commission"], commission)]
    commission = trades.rate_of(gross, rate, currency, minimum=floor) + Decimal(fixed)
    commission = min(commission, Decimal("69.90")) if rate != "0" else commission
    charges = [Charge(COMMISSION, look.labels["commission"], money.to_money(commission, currency))]
    if venue == "Xetra":
        label = rng.choice(("Transaktionsentgelt Xetra", "Börsengebühr", "Handelsentgelt"))
        charges.append(Charge(FEE, label, trades.rate_of(gross, "0.0000482", currency, minimum="0.60")))
    elif venue == "Börse Frankfurt":
        charges.append(Charge(FEE, "Maklercourtage", trades.rate_of(gross, "0.0004", currency, minimum="0.75")))
        charges.append(Charge(FEE, "Börsengebühr", Decimal(rng.choice(("1.50", "2.00", "2.50")))))
    elif venue in ("Börse Stuttgart", "Börse München"):
        charges.append(Charge(FEE, "Börsengebühr", Decimal(rng.choice(("1.50", "2.95", "3.90")))))
    elif market in ("FR", "NL", "IT", "US"):
        charges.append(Charge(FEE, "Fremde Spesen", Decimal(rng.choice(("2.50", "4.50", "7.50", "9.50", "12.00")))))
    if side == "BUY" and market == "FR":
        charges.append(Charge(TAX, "Französische Finanztransaktionssteuer", trades.rate_of(gross, "0.003", currency)))
    if side == "BUY" and market == "IT":
        charges.append(Charge(TAX, "Italienische Finanztransaktionssteuer", trades.rate_of(gross, "0.001", currency)))
    return charges


def _venue(rng: random.Random, market: str) -> str:
    return {
        "DE": rng.choice(("Xetra", "Xetra", "Börse Frankfurt", "Tradegate", "gettex", "Börse Stuttgart")),
        "FR": "Euronext Paris",
        "NL": "Euronext Amsterdam",
        "IT": "Borsa Italiana",
        "US": rng.choice(("NYSE", "NASDAQ")),
    }[market]


def _taxes(rng: random.Random, deal: Deal, fx: Decimal | None) -> tuple[tuple[tuple[str, str], ...], str]:
    """The Steuerliche Informationen lines and a closing note; the taxes are booked separately, not here."""

    def eur(value: Decimal) -> str:
        return f"{money.fmt(value, 'eu', decimals=2, sign=True)} EUR"

    zero = Decimal("0.00")
    if deal.is_buy:
        lines = (("Kapitalertragsteuer", eur(zero)), ("Solidaritätszuschlag", eur(zero)), ("Kirchensteuer", eur(zero)))
        note = rng.choice(
            (
                "Anschaffungsdaten und -kosten wurden für die spätere Ermittlung des Veräußerungsgewinns gespeichert.",
                "Der Kauf hat keine steuerlichen Auswirkungen.",
            )
        )
        return lines, note
    net_eur = deal.net_amount if fx is None else money.to_money(deal.net_amount / fx, "EUR")
    cost = money.to_money(net_eur * Decimal(rng.randint(70, 125)) / 100, "EUR")
    gain = net_eur - cost
    lines: list[tuple[str, str]] = [("Veräußerungsergebnis", eur(gain))]
    if gain <= 0:
        lines += [("Einstellung in Verlustverrechnungstopf Aktien", eur(-gain)), ("Kapitalertragsteuer", eur(zero))]
        lines += [("Solidaritätszuschlag", eur(zero))]
        return tuple(lines), "Es fallen keine Steuern an."
    allowance = money.to_money(min(gain, Decimal(rng.randint(0, 100_000)).scaleb(-2)), "EUR")
    base = gain - allowance
    kest = money.to_money(base * Decimal("0.25"), "EUR")
    soli = money.to_money(kest * Decimal("0.055"), "EUR")
    lines += [
        ("davon Sparer-Pauschbetrag genutzt", eur(allowance)),
        ("Bemessungsgrundlage", eur(base)),
        ("Kapitalertragsteuer 25,00 %", eur(kest)),
        ("Solidaritätszuschlag 5,50 %", eur(soli)),
        ("Kirchensteuer", eur(zero)),
    ]
    valuta = dates.fmt(deal.settlement_date, "dot")
    return tuple(lines), f"Die Steuern werden mit Valuta {valuta} gesondert auf Ihrem Verrechnungskonto gebucht."


def make_settlement(
    rng: random.Random, look: Look, day: date, account: str, counterparty: str, sparplan: bool
) -> Settlement:
    market = "DE" if sparplan else rng.choice(("DE", "DE", "DE", "DE", "FR", "NL", "IT", "US", "US"))
    currency = "USD" if market == "US" else "EUR"
    name, share_class, isin = _instrument(rng, market, sparplan)
    venue = "außerbörslich (Sparplan)" if sparplan else _venue(rng, market)
    if sparplan:
        amount = Decimal(rng.choice((25, 50, 75, 100, 150, 200, 250, 500)))
        p = trades.price(rng, decimals=rng.choice((2, 3)), whole_digits=rng.choice((1, 2, 2, 3)))
        q = money.places(amount / p, rng.choice((3, 4, 6)))
        gross = money.gross_of(q, p, currency)
        side = "BUY"
    else:
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.choice((r.randint(1, 99), r.randint(1, 50) * 10, r.randint(1, 40) * 50))),
            lambda r: trades.price(r, decimals=r.choice((2, 2, 3)), whole_digits=r.choice((1, 2, 2, 3))),
            minimum=Decimal(400),
            maximum=Decimal(400_000),
        )
        side = trades.side(rng)
    charges = _charges(rng, look, market, venue, currency, gross, side, sparplan)
    if look.ref_label in ("Auftragsnummer", "Auftrags-Nr."):
        ref = f"{noise.digits(rng, 6)}/{noise.digits(rng, 2)}.00"
    elif look.ref_label == "Ordernummer":
        ref = noise.digits(rng, 9)
    else:
        ref = f"{day:%y%m%d}{noise.letters(rng, 2)}{noise.digits(rng, 6)}"
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name if look.two_line_name else f"{name} {share_class}",
        trade_date=day,
        settlement_date=dates.add_business_days(day, 2 if market != "US" or day < date(2024, 5, 28) else 1),
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=counterparty,
        trade_ref=ref,
        isin=isin,
    )
    fx = Decimal(rng.randint(10_350, 11_650)).scaleb(-4) if currency == "USD" else None
    lines, note = _taxes(rng, deal, fx)
    return Settlement(
        deal,
        _wkn(rng, isin),
        share_class,
        venue,
        dates.clock(rng),
        "Sparplanausführung" if sparplan else rng.choice(("Limit", "Billigst" if side == "BUY" else "Bestens")),
        fx,
        sparplan,
        lines,
        note,
    )


# --- printing ---------------------------------------------------------------------------------------------------


def _money(value: Decimal, currency: str, look: Look, *, debit: bool = False) -> str:
    text = money.fmt(value, "eu", decimals=2)
    if look.trailing and debit:
        text += "-"
    return f"{currency} {text}" if look.code_first else f"{text} {currency}"


def _side_word(deal: Deal) -> str:
    return "Kauf" if deal.is_buy else "Verkauf"


def _title(s: Settlement, look: Look) -> str:
    if s.sparplan:
        return f"{look.title} Kauf aus Sparplan"
    return f"{look.title} {_side_word(s.deal)}"


def _net_label(deal: Deal, look: Look) -> str:
    if not look.with_side_words:
        return look.labels["net"]
    return f"{look.labels['net']} zu Ihren {'Lasten' if deal.is_buy else 'Gunsten'}"


def _amount_rows(s: Settlement, look: Look) -> list[tuple[str, str, bool]]:
    """(label, amount, bold) from the Kurswert to the Ausmachender Betrag."""
    deal, ccy = s.deal, s.deal.currency
    rows = [(look.labels["gross"], _money(deal.gross_amount, ccy, look, debit=deal.is_buy), False)]
    rows += [(c.label, _money(c.amount, ccy, look, debit=True), False) for c in deal.charges]
    rows.append((_net_label(deal, look), _money(deal.net_amount, ccy, look, debit=deal.is_buy), True))
    return rows


def _fx_line(s: Settlement, look: Look) -> str | None:
    if s.fx is None:
        return None
    equivalent = money.to_money(s.deal.net_amount / s.fx, "EUR")
    rate = money.fmt(s.fx, "eu")
    return (
        f"Devisenkurs EUR/USD {rate} vom {dates.fmt(s.deal.trade_date, 'dot')}; Gegenwert "
        f"{_money(equivalent, 'EUR', look)} (Belastung/Gutschrift über Ihr Währungskonto USD)"
    )


def _draw_list(sheet: Sheet, s: Settlement, look: Look, y: float) -> float:
    """The security over the full width, then label and value pairs in two columns."""
    deal, lab = s.deal, look.labels
    sheet.text(LEFT, y, "Wertpapier", size=8.5)
    sheet.text(LEFT + 85, y, deal.security_name, size=8.5, font="Helvetica-Bold")
    y += 12
    if look.two_line_name:
        sheet.text(LEFT + 85, y, s.share_class, size=8.5)
        y += 12
    sheet.text(LEFT, y, "ISIN / WKN", size=8.5)
    sheet.text(LEFT + 85, y, f"{deal.isin} / {s.wkn}", size=8.5)
    y += 16
    traded = dates.fmt(deal.trade_date, "dot") + (f" {s.time}" if "Zeit" in lab["trade_date"] else "")
    pairs = [
        (lab["quantity"], money.fmt(deal.quantity, "eu"), lab["trade_date"], traded),
        (lab["price"], _price(s, look), lab["settle"], dates.fmt(deal.settlement_date, "dot")),
        (lab["venue"], s.venue, look.ref_label, deal.trade_ref or ""),
        ("Orderart", s.order_kind, "Depot-Nr.", deal.account or ""),
    ]
    for a, b, c, d in pairs:
        sheet.text(LEFT, y, a, size=8.5)
        sheet.text(LEFT + 85, y, b, size=8.5)
        sheet.text(340, y, c, size=8.5)
        sheet.text(430, y, d, size=8.5)
        y += 12
    return y + 6


def _price(s: Settlement, look: Look) -> str:
    text = money.fmt(s.deal.price, "eu")
    if "," not in text:
        text += ",00"
    return f"{s.deal.currency} {text}" if look.code_first else f"{text} {s.deal.currency}"


def _draw_table(sheet: Sheet, s: Settlement, look: Look, y: float) -> float:
    deal, lab = s.deal, look.labels
    sheet.text(LEFT, y, "Nominale", size=7.5, font="Helvetica-Oblique")
    sheet.text(LEFT + 90, y, "Wertpapierbezeichnung", size=7.5, font="Helvetica-Oblique")
    sheet.text(400, y, "ISIN (WKN)", size=7.5, font="Helvetica-Oblique")
    y += 11
    sheet.text(LEFT, y, f"Stück {money.fmt(deal.quantity, 'eu')}", size=9, font="Helvetica-Bold")
    size = 9.0
    while sheet.measure(deal.security_name, font="Helvetica-Bold", size=size) > 400 - (LEFT + 90) - 8:
        size -= 0.5
    sheet.text(LEFT + 90, y, deal.security_name, size=size, font="Helvetica-Bold")
    sheet.text(400, y, f"{deal.isin} ({s.wkn})", size=9)
    y += 11
    if look.two_line_name:
        sheet.text(LEFT + 90, y, s.share_class, size=8.5)
        y += 11
    y += 4
    trade_day = dates.fmt(deal.trade_date, "dot")
    pairs = [
        (f"{lab['venue']}", s.venue, look.ref_label, deal.trade_ref or ""),
        ("Schlusstag/-Zeit", f"{trade_day} {s.time}", "Orderart", s.order_kind),
        (lab["price"], _price(s, look), lab["settle"], dates.fmt(deal.settlement_date, "dot")),
        ("Verwahrart", "Girosammelverwahrung", "Lagerland", "USA" if deal.currency == "USD" else "Deutschland"),
    ]
    for a, b, c, d in pairs:
        sheet.text(LEFT, y, a, size=8.5)
        sheet.text(LEFT + 110, y, b, size=8.5)
        sheet.text(330, y, c, size=8.5)
        sheet.text(430, y, d, size=8.5)
        y += 12
    return y + 6


def _draw_amounts(sheet: Sheet, s: Settlement, look: Look, y: float) -> float:
    rows = _amount_rows(s, look)
    for n, (label, amount, bold) in enumerate(rows):
        if bold:
            sheet.rule(330, y - 9, RIGHT)
            y += 2
        font = "Helvetica-Bold" if bold else "Helvetica"
        sheet.text(240, y, label, size=8.5, font=font)
        sheet.right(RIGHT, y, amount, size=8.5, font=font)
        y += 12 if n < len(rows) - 1 else 14
    fx = _fx_line(s, look)
    if fx:
        y = sheet.paragraph(LEFT, y + 2, RIGHT - LEFT, fx, size=7.5)
    return y + 4


def _draw_taxes(sheet: Sheet, s: Settlement, y: float) -> float:
    sheet.text(LEFT, y, "Steuerliche Informationen", size=8.5, font="Helvetica-Bold")
    y += 11
    for label, value in s.tax_lines:
        sheet.text(LEFT, y, label, size=7.5)
        sheet.right(330, y, value, size=7.5)
        y += 9.5
    return sheet.paragraph(LEFT, y + 1, RIGHT - LEFT, s.tax_note, size=7) + 4


def _draw_settlement(sheet: Sheet, s: Settlement, look: Look, y: float, heading: str, *, taxes: bool) -> float:
    sheet.text(LEFT, y, heading, size=11, font="Helvetica-Bold")
    y += 18
    y = _draw_list(sheet, s, look, y) if look.block == "list" else _draw_table(sheet, s, look, y)
    y = _draw_amounts(sheet, s, look, y + 4)
    if taxes:
        y = _draw_taxes(sheet, s, y + 6)
    return y


@dataclass(frozen=True)
class Letter:
    bank: Bank
    client: tuple[str, ...]
    date_line: str
    customer_no: str
    account: str
    cash_account: str
    iban: str
    adviser: str
    footer: tuple[str, ...]
    closing: tuple[str, ...]


def _iban(blz: str, account: str) -> str:
    bban = blz + account.rjust(10, "0")
    check = 98 - int(bban + "131400") % 97
    iban = f"DE{check:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _letter(rng: random.Random, bank: Bank, day: date, account: str) -> Letter:
    title = rng.choice(("Frau", "Herrn"))
    client = (
        f"{title} {rng.choice(_CLIENT_FIRST[title])} {rng.choice(_CLIENT_LAST)}",
        f"{rng.choice(_STREETS)} {rng.randint(1, 120)}",
        rng.choice(_TOWNS),
    )
    cash = noise.digits(rng, 10)
    footer = (
        f"{bank.legal_name} · Sitz: {bank.city.split(' ', 1)[1]} · Registergericht: {bank.court} {bank.hrb} · "
        f"USt-IdNr. DE{noise.digits(rng, 9)}",
        f"Vorstand: {', '.join(bank.board)} · Vorsitzender des Aufsichtsrats: {bank.chair}",
        f"BLZ {bank.blz[:3]} {bank.blz[3:6]} {bank.blz[6:]} · BIC {bank.bic} · {bank.phone} · {bank.web}",
    )
    closing = (
        "Dieser Beleg wurde maschinell erstellt und wird nicht unterschrieben. Bitte prüfen Sie die Abrechnung; "
        f"Einwendungen sind unverzüglich, spätestens innerhalb von {rng.choice(('sechs Wochen', '30 Tagen'))} nach "
        "Zugang zu erheben.",
        f"Es gelten unsere Allgemeinen Geschäftsbedingungen und die Sonderbedingungen für Wertpapiergeschäfte in "
        f"der Fassung vom {noise.old_date(rng, 'dot')}. Informationen zur Ausführung nach unseren "
        f"Ausführungsgrundsätzen (Stand {noise.old_date(rng, 'dot')}) erhalten Sie unter {bank.web}.",
        f"Die Einlagen sind im Rahmen der gesetzlichen Einlagensicherung bis 100.000 EUR je Kunde geschützt. Der "
        f"Kontoauszug vom {dates.fmt(dates.add_business_days(day, rng.randint(2, 5)), 'dot')} weist die Buchungen "
        "aus.",
    )
    return Letter(
        bank=bank,
        client=client,
        date_line=f"{bank.city.split(' ', 1)[1]}, {dates.fmt(day, 'dot')}",
        customer_no=noise.digits(rng, 8),
        account=account,
        cash_account=cash,
        iban=_iban(bank.blz, cash),
        adviser=f"{rng.choice(_CLIENT_FIRST[rng.choice(('Frau', 'Herrn'))])} {rng.choice(_CLIENT_LAST)}",
        footer=footer,
        closing=closing,
    )


def _letterhead(sheet: Sheet, letter: Letter, *, full: bool) -> float:
    bank = letter.bank
    sheet.text(LEFT, 52, bank.brand, font="Helvetica-Bold", size=15)
    sheet.right(RIGHT, 52, bank.web, size=7.5)
    if not full:
        sheet.text(LEFT, 70, f"{letter.client[0]} · Depot {letter.account} · {letter.date_line}", size=8)
        sheet.rule(LEFT, 76, RIGHT)
        return 96.0
    sheet.text(LEFT, 110, f"{bank.legal_name} · {bank.po_box}", size=6.5)
    sheet.rule(LEFT, 113, 300, weight=0.3)
    sheet.lines(LEFT, 128, letter.client, leading=12, size=9.5)
    info = [
        ("Datum", letter.date_line.split(", ")[1]),
        ("Kundennummer", letter.customer_no),
        ("Depot-Nr.", letter.account),
        ("Verrechnungskonto", letter.cash_account),
        ("IBAN", letter.iban),
        ("Ihr Ansprechpartner", letter.adviser),
        ("Telefon", bank.phone),
    ]
    y = 110.0
    for label, value in info:
        sheet.text(350, y, label, size=7.5)
        sheet.text(435, y, value, size=7.5)
        y += 10
    return TOP_BODY - 20


def _footer(sheet: Sheet, letter: Letter, number: int, total: int) -> None:
    y = 792.0
    sheet.rule(LEFT, y - 10, RIGHT, weight=0.3)
    for line in letter.footer:
        sheet.text(LEFT, y, line, size=5.8)
        y += 7.5
    sheet.right(RIGHT, 780 - 12, f"Seite {number} von {total}", size=7.5)


def _closing(sheet: Sheet, letter: Letter, y: float) -> float:
    for sentence in letter.closing:
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=6.8)
    return y


def _cover(sheet: Sheet, letter: Letter, settlements: list[Settlement], look: Look, number_text: str) -> None:
    y = _letterhead(sheet, letter, full=True)
    sheet.text(LEFT, y, f"Sammelabrechnung {number_text}", font="Helvetica-Bold", size=12)
    y += 22
    salutation = "Sehr geehrte Frau" if letter.client[0].startswith("Frau") else "Sehr geehrter Herr"
    sheet.text(LEFT, y, f"{salutation} {letter.client[0].split()[-1]},", size=9)
    y += 16
    text = (
        f"für Ihr Depot {letter.account} haben wir die folgenden {len(settlements)} Wertpapiergeschäfte ausgeführt "
        "und abgerechnet. Die einzelnen Abrechnungen finden Sie auf den folgenden Seiten."
    )
    y = sheet.paragraph(LEFT, y, RIGHT - LEFT, text, size=9) + 10
    heads = ("Nr.", "Geschäftsart", "Wertpapier", look.labels["quantity"], "Ausmachender Betrag", "Valuta")
    xs = (LEFT, LEFT + 25, LEFT + 95, 360, 470, RIGHT)  # the last three are right edges
    for n, head in enumerate(heads):
        if n >= 3:
            sheet.right(xs[n], y, head, size=7.5, font="Helvetica-Bold")
        else:
            sheet.text(xs[n], y, head, size=7.5, font="Helvetica-Bold")
    sheet.rule(LEFT, y + 3, RIGHT)
    y += 14
    for n, s in enumerate(settlements, start=1):
        deal = s.deal
        sheet.text(xs[0], y, str(n), size=7.5)
        sheet.text(xs[1], y, "Sparplan" if s.sparplan else _side_word(deal), size=7.5)
        sheet.text(xs[2], y, deal.security_name[:32], size=7.5)
        sheet.right(xs[3], y, money.fmt(deal.quantity, "eu"), size=7.5)
        sheet.right(xs[4], y, _money(deal.net_amount, deal.currency, look, debit=deal.is_buy), size=7.5)
        sheet.right(xs[5], y, dates.fmt(deal.settlement_date, "dot"), size=7.5)
        y += 11
    y += 14
    y = _closing(sheet, letter, y)
    sheet.text(LEFT, y + 14, "Mit freundlichen Grüßen", size=9)
    sheet.text(LEFT, y + 28, letter.bank.legal_name, size=9)


def _blocks_layout(settlements: list[Settlement], look: Look) -> list[list[int]]:
    """Which settlements go on which page: measured on a scratch sheet."""
    scratch = Sheet(title="", author="")
    heights = []
    for s in settlements:
        heights.append(_draw_settlement(scratch, s, look, 0.0, "x", taxes=True) + 18)
    pages: list[list[int]] = [[]]
    y = FIRST_BLOCK
    for n, height in enumerate(heights):
        if y + height > BOTTOM - 10 and pages[-1]:
            pages.append([])
            y = 96.0
        pages[-1].append(n)
        y += height
    return pages


def build(rng: random.Random) -> Document:
    bank = rng.choice(BANKS)
    look = _look(rng)
    day = dates.trade_day(rng)
    account = rng.choice(
        (f"{noise.digits(rng, 7)} 00", f"{noise.digits(rng, 3)} {noise.digits(rng, 3)} {noise.digits(rng, 3)}")
    )
    count = rng.randint(2, 4)
    sparplan = rng.random() < 0.25
    settlements = []
    for _ in range(count):
        trade_day = day if sparplan or rng.random() < 0.6 else dates.add_business_days(day, rng.randint(0, 3))
        settlements.append(make_settlement(rng, look, trade_day, account, bank.legal_name, sparplan))
    letter_day = max(s.deal.trade_date for s in settlements)
    letter = _letter(rng, bank, letter_day, account)
    number_text = f"Nr. {noise.digits(rng, 4)}/{letter_day.year} vom {dates.fmt(letter_day, 'dot')}"
    sheet = Sheet(title=f"Sammelabrechnung {number_text}", author=bank.legal_name)

    if look.template in ("cover", "pages"):
        cover = look.template == "cover"
        total = count + int(cover)
        if cover:
            _cover(sheet, letter, settlements, look, number_text)
            _footer(sheet, letter, 1, total)
            sheet.next_page()
        for n, s in enumerate(settlements, start=1):
            page = n + int(cover)
            y = _letterhead(sheet, letter, full=not cover)
            if not cover:
                sheet.text(LEFT, y - 14, f"Sammelabrechnung {number_text} · Abrechnung {n} von {count}", size=7.5)
            y = _draw_settlement(sheet, s, look, y + 6, _title(s, look), taxes=True)
            if not cover:
                _closing(sheet, letter, y + 8)
            _footer(sheet, letter, page, total)
            if page < total:
                sheet.next_page()
    else:
        pages = _blocks_layout(settlements, look)
        total = len(pages)
        for number, indexes in enumerate(pages, start=1):
            y = _letterhead(sheet, letter, full=number == 1)
            if number == 1:
                sheet.text(LEFT, y, f"Sammelabrechnung {number_text}", font="Helvetica-Bold", size=12)
                y = FIRST_BLOCK
            for n in indexes:
                s = settlements[n]
                heading = f"{_title(s, look)} · Abrechnung {n + 1} von {count}"
                y = _draw_settlement(sheet, s, look, y, heading, taxes=True)
                sheet.rule(LEFT, y + 2, RIGHT, weight=0.3)
                y += 18
            if number == total and y < BOTTOM - 90:
                _closing(sheet, letter, y)
            _footer(sheet, letter, number, total)
            if number < total:
                sheet.next_page()
    return Document(sheet.finish(), "confirmation", [s.deal.truth() for s in settlements])


LAYOUT = Layout(
    name="de_sammel_abrechnung",
    kind="pdf",
    heldout=False,
    build=build,
    description="German bank Sammelabrechnung: 2-4 Wertpapierabrechnungen per PDF, Stück/Kurs/Kurswert/Provision/"
    "Ausmachender Betrag, 1.234,56, USD with Devisenkurs, Steuerliche Informationen",
)
