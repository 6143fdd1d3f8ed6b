"""Banca Valdarno, Credito Lagunare Veneto and Banca Subalpina: an Italian bank's "Nota informativa" for one
executed order, one page, in Italian.

Numbers 1.234,56, dates 14/03/2025, EUR. Segno (Acquisto/Vendita), Titolo or Descrizione titolo, Codice ISIN,
Quantità (shares) or Valore nominale (bonds), Prezzo, Controvalore (gross), Commissioni (commission), Spese,
Diritti fissi or Spese di regolamento (fees), Tobin tax or the French TTF on purchases (tax), Rateo or Dietimi
(accrued interest of a bond: BTPs and corporate bonds priced in percent of par), and the net as "Importo da
addebitare"/"Importo da accreditare", "Netto a debito"/"Netto a credito" or "Netto". Three layouts: label and
value in two columns with the amounts below, a grid of boxes (the label small above each value), or a table with
one row of columns above a table of charges. Noise: the market, the execution time, coupon and maturity, the
client's tax code, the cash account with its IBAN, the branch, and a legal footer full of registration numbers,
regulation numbers and dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.utils import simpleSplit

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

LEFT, RIGHT = 50.0, 545.0
Cell = tuple[str, str]  # label, value


@dataclass(frozen=True)
class Bank:
    legal_name: str
    brand: str
    address: tuple[str, str]
    area: str  # the telephone prefix of the city
    web: str

    @property
    def city(self) -> str:
        return self.address[1].split(" ", 1)[1].split(" (")[0]


BANKS = (
    Bank(
        "Banca Valdarno S.p.A.",
        "BANCA VALDARNO",
        ("Via de' Tornabuoni 14", "50123 Firenze (FI)"),
        "+39 055",
        "bancavaldarno.example.it",
    ),
    Bank(
        "Credito Lagunare Veneto S.p.A.",
        "Credito Lagunare Veneto",
        ("Fondamenta delle Zattere 1402", "30123 Venezia (VE)"),
        "+39 041",
        "creditolagunare.example.it",
    ),
    Bank(
        "Banca Subalpina di Risparmio S.p.A.",
        "BANCA SUBALPINA",
        ("Corso Vittorio Emanuele II 88", "10121 Torino (TO)"),
        "+39 011",
        "bancasubalpina.example.it",
    ),
)
_ROOTS = ("Monviso", "Valtellina", "Garfagnana", "Brenta", "Sila", "Lagorai", "Maremma", "Cadore", "Tirreno", "Murgia")
_SECTORS = ("Meccanica", "Energia", "Costruzioni", "Alimentare", "Moda", "Assicurazioni", "Utilities", "Industriale")
_MONTHS = ("GE", "FB", "MZ", "AP", "MG", "GN", "LG", "AG", "ST", "OT", "NV", "DC")
_FIRST = ("Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Stefano", "Elena", "Paolo", "Silvia", "Davide")
_LAST = ("Ferraris", "Bellandi", "Orsini", "Viganò", "Lombardi", "Marchetti", "Bassi", "Cattaneo", "De Santis")
_CITIES = (("20121", "Milano", "MI"), ("00187", "Roma", "RM"), ("40125", "Bologna", "BO"), ("35122", "Padova", "PD"))
_STREETS = ("Via Garibaldi", "Corso Italia", "Viale Mazzini", "Via Roma", "Piazza della Libertà", "Via XX Settembre")


@dataclass(frozen=True)
class Instrument:
    name: str
    isin: str
    kind: str  # "equity", "btp" or "bond"
    market: str
    country: str
    coupon: Decimal | None = None
    maturity: date | None = None

    @property
    def is_bond(self) -> bool:
        return self.kind != "equity"


def _decimal_text(value: Decimal) -> str:
    """A rate as Italians write it: 3,85 or 4 (no trailing zeros)."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def _bond(rng: random.Random, trade_day: date) -> Instrument:
    btp = rng.random() < 0.6
    coupon = Decimal(rng.randint(10, 110) * 5).scaleb(-2)  # 0,50 .. 5,50
    maturity = date(trade_day.year + rng.randint(1, 25), rng.randint(1, 12), rng.choice((1, 15)))
    c, mon, yy = _decimal_text(coupon), _MONTHS[maturity.month - 1], f"{maturity.year % 100:02d}"
    if btp:
        name = rng.choice(
            (f"BTP-{maturity.day}{mon}{yy} {c}%", f"BTP {c}% {dates.fmt(maturity, 'uk')}", f"BTP TF {c}% {mon}{yy} EUR")
        )
        isin = identifiers.isin("IT", "0005" + noise.digits(rng, 5))
        market = rng.choice(("MOT", "MOT - DomesticMOT", "EuroTLX"))
    else:
        root, sector = rng.choice(_ROOTS), rng.choice(_SECTORS)
        name = rng.choice(
            (f"{root.upper()} {sector.upper()} TF {c}% {mon}{yy} EUR", f"{root} {sector} {c}% {maturity.year}")
        )
        domestic = rng.random() < 0.5  # else a eurobond
        isin = (
            identifiers.isin("IT", "0005" + noise.digits(rng, 5))
            if domestic
            else identifiers.isin("XS", noise.digits(rng, 9))
        )
        market = rng.choice(("MOT - EuroMOT", "EuroTLX", "ExtraMOT"))
    return Instrument(name, isin, "btp" if btp else "bond", market, "IT", coupon, maturity)


def _share(rng: random.Random) -> Instrument:
    if rng.random() < 0.7:
        root, sector = rng.choice(_ROOTS), rng.choice(_SECTORS)
        name = rng.choice(
            (f"{root.upper()} {sector.upper()}", f"{root.upper()} {sector.upper()} ORD", f"{root} {sector} S.p.A.")
        )
        isin = identifiers.isin("IT", "000" + rng.choice("01345") + noise.digits(rng, 5))
        return Instrument(name, isin, "equity", rng.choice(("Euronext Milan", "MTA", "Euronext Growth Milan")), "IT")
    country = rng.choice(("DE", "FR", "NL"))
    security = securities.equity(rng, country)
    venue = {"DE": "Xetra", "FR": "Euronext Paris", "NL": "Euronext Amsterdam"}[country]
    return Instrument(security.name.upper(), security.isin, "equity", venue, country)


def _charges(rng: random.Random, instrument: Instrument, is_buy: bool, gross: Decimal) -> list[Charge]:
    if instrument.is_bond:
        rate, floor, cap = rng.choice((("0.0015", "5.00", "35.00"), ("0.0030", "3.00", None)))
    else:
        rate, floor, cap = rng.choice(
            (
                ("0.0019", "2.95", "19.00"),
                ("0.0025", "5.00", "25.00"),
                ("0.0050", "7.50", "45.00"),
                ("0.0012", "8.00", None),
            )
        )
    label = rng.choice(("Commissioni", "Commissioni di negoziazione", "Commissione"))
    charges = [Charge(COMMISSION, label, trades.rate_of(gross, rate, "EUR", minimum=floor, maximum=cap))]
    roll = rng.random()
    if roll < 0.25:
        charges.append(Charge(FEE, "Diritti fissi", Decimal(rng.choice(("1.50", "2.00", "2.50")))))
        charges.append(Charge(FEE, "Spese di regolamento", Decimal(rng.choice(("0.50", "0.75", "1.00")))))
    elif roll < 0.85:
        label = rng.choice(("Spese", "Diritti fissi", "Spese fisse", "Spese di eseguito"))
        charges.append(Charge(FEE, label, Decimal(rng.choice(("1.50", "1.95", "2.50", "3.00")))))
    if is_buy and instrument.kind == "equity" and instrument.country == "IT" and rng.random() < 0.85:
        label = rng.choice(("Tobin tax", "Imposta sulle transazioni finanziarie", "Imposta TTF"))
        charges.append(Charge(TAX, label, trades.rate_of(gross, "0.001", "EUR")))
    if is_buy and instrument.kind == "equity" and instrument.country == "FR":
        label = rng.choice(("TTF francese", "Imposta francese transazioni fin."))
        charges.append(Charge(TAX, label, trades.rate_of(gross, "0.003", "EUR")))
    return charges


def make_deal(rng: random.Random, bank: Bank) -> tuple[Deal, Instrument]:
    trade_date = dates.trade_day(rng)
    settle = dates.add_business_days(trade_date, 2)
    bond = rng.random() < 0.4
    instrument = _bond(rng, trade_date) if bond else _share(rng)
    if bond:
        q, p, gross = trades.draw(
            rng,
            "EUR",
            lambda r: Decimal(r.choice((1000, 5000, 10_000)) * r.randint(1, 60)),
            trades.percent_price,
            percent=True,
            minimum=Decimal(900),
        )
    else:

        def unit_price(r: random.Random) -> Decimal:
            whole = r.choice((0, 1, 1, 2, 2))
            return trades.price(r, decimals=4 if whole == 0 else r.choice((2, 3, 4)), whole_digits=whole)

        q, p, gross = trades.draw(rng, "EUR", trades.shares, unit_price, minimum=Decimal(500))
    side = trades.side(rng)
    accrued = None
    if instrument.coupon is not None and instrument.maturity is not None:
        days = trades.accrued_days(instrument.maturity, settle)
        accrued = trades.accrued_interest(q, instrument.coupon, days, "EUR")
    d = noise.digits
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency="EUR",
        security_name=instrument.name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(_charges(rng, instrument, side == "BUY", gross)),
        accrued_interest=accrued,
        account=rng.choice((f"{d(rng, 5)}/{d(rng, 6)}", f"{d(rng, 3)}.{d(rng, 7)}.{d(rng, 2)}", f"DT{d(rng, 10)}")),
        counterparty=bank.legal_name,
        trade_ref=rng.choice((f"{d(rng, 4)}{d(rng, 7)}", f"ORD{d(rng, 9)}", f"{trade_date:%Y%m%d}/{d(rng, 6)}")),
        isin=instrument.isin,
        percent=bond,
    )
    return deal, instrument


@dataclass(frozen=True)
class Printed:
    """The values as this bank prints them, with the labels it chose."""

    side: Cell
    name: Cell
    isin: Cell
    market: Cell
    trade_date: Cell
    time: Cell
    settle: Cell
    quantity: Cell
    price: Cell
    gross: Cell
    accrued: list[Cell]  # the rateo of a bond; empty for shares
    charges: list[Cell]  # commission, fees and taxes
    net: Cell
    account: Cell
    ref: Cell
    bond_terms: list[Cell]  # coupon and maturity; empty for shares


def _printed(rng: random.Random, deal: Deal, instrument: Instrument) -> Printed:
    def eur(value: Decimal) -> str:
        return money.fmt(value, "eu", decimals=2)

    exponent = deal.price.as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    bond = instrument.is_bond
    quantity = money.fmt(deal.quantity, "eu") + (",00" if bond and rng.random() < 0.3 else "")
    charges = [(c.label, eur(c.amount)) for c in deal.charges]
    bond_terms, accrued = [], []
    if deal.accrued_interest is not None and instrument.coupon is not None and instrument.maturity is not None:
        days = trades.accrued_days(instrument.maturity, deal.settlement_date)
        label = rng.choice(("Rateo", "Rateo interessi", "Dietimi", f"Rateo (gg. {days})"))
        accrued = [(label, eur(deal.accrued_interest))]
        bond_terms = [
            ("Cedola", f"{_decimal_text(instrument.coupon)}%"),
            ("Scadenza", dates.fmt(instrument.maturity, "uk")),
        ]
    side = "ACQUISTO" if deal.is_buy else "VENDITA"
    if deal.is_buy:
        net = rng.choice(("Importo da addebitare", "Netto a debito", "Totale a Vostro debito", "Netto"))
    else:
        net = rng.choice(("Importo da accreditare", "Netto a credito", "Totale a Vostro credito", "Netto"))
    return Printed(
        side=("Segno", side if rng.random() < 0.6 else side.capitalize()),
        name=(rng.choice(("Titolo", "Descrizione titolo")), deal.security_name),
        isin=(rng.choice(("Codice ISIN", "ISIN")), deal.isin or ""),
        market=(rng.choice(("Mercato", "Sede di esecuzione")), instrument.market),
        trade_date=(rng.choice(("Data operazione", "Data eseguito")), dates.fmt(deal.trade_date, "uk")),
        time=("Ora esecuzione", dates.clock(rng)),
        settle=("Data valuta", dates.fmt(deal.settlement_date, "uk")),
        quantity=(rng.choice(("Valore nominale", "Nominale")) if bond else "Quantità", quantity),
        price=(
            rng.choice(("Prezzo", "Prezzo %", "Corso secco")) if bond else "Prezzo",
            money.fmt(deal.price, "eu", decimals=places),
        ),
        gross=("Controvalore", eur(deal.gross_amount)),
        accrued=accrued,
        charges=charges,
        net=(net, eur(deal.net_amount)),
        account=(rng.choice(("Dossier titoli", "Dossier", "Deposito titoli", "Conto")), deal.account or ""),
        ref=(rng.choice(("Numero ordine", "Riferimento", "Rif. operazione", "N. eseguito")), deal.trade_ref or ""),
        bond_terms=bond_terms,
    )


def _client(rng: random.Random) -> tuple[str, list[str]]:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    post, city, province = rng.choice(_CITIES)
    tax_code = (
        f"{noise.letters(rng, 6)}{noise.digits(rng, 2)}{rng.choice('ABCDEHLMPRST')}{noise.digits(rng, 2)}"
        f"{noise.letters(rng, 1)}{noise.digits(rng, 3)}{noise.letters(rng, 1)}"
    )
    return tax_code, [name.upper(), f"{rng.choice(_STREETS)} {rng.randint(1, 180)}", f"{post} {city} {province}"]


def _letterhead(sheet: Sheet, rng: random.Random, bank: Bank, deal: Deal) -> float:
    """The bank, the client's address, the branch and the title; returns the y below."""
    sheet.text(LEFT, 50, bank.brand, font="Times-Bold", size=18)
    sheet.text(LEFT, 63, f"{bank.legal_name} - {' - '.join(bank.address)}", size=7.5)
    toll_free = f"800 {noise.digits(rng, 3)} {noise.digits(rng, 3)}"
    sheet.text(
        LEFT, 73, f"Tel. {bank.area} {noise.digits(rng, 7)} - Numero verde {toll_free} - www.{bank.web}", size=7.5
    )
    tax_code, client = _client(rng)
    sheet.text(330, 105, rng.choice(("Spett.le", "Gentile Cliente")), size=8)
    sheet.lines(330, 117, client, leading=11, size=9)
    sheet.text(LEFT, 105, f"Filiale di {bank.city} - Ag. {rng.randint(1, 40)}", size=8)
    sheet.text(LEFT, 117, f"{bank.city}, {dates.fmt(deal.trade_date, 'uk')}", size=8)
    sheet.text(LEFT, 129, f"Codice cliente {noise.digits(rng, 8)}", size=8)
    sheet.text(LEFT, 141, f"Cod. fiscale {tax_code}", size=8)
    title = rng.choice(("NOTA INFORMATIVA - ESEGUITO", "CONFERMA DI ESEGUITO", "ESEGUITO DI BORSA"))
    sheet.text(LEFT, 185, title, font="Helvetica-Bold", size=12)
    day = dates.fmt(deal.trade_date, "uk")
    intro = f"Vi informiamo di aver eseguito in data {day} il seguente ordine per Vostro conto:"
    sheet.text(LEFT, 199, intro, size=8.5)
    return 222


def _two_columns(sheet: Sheet, printed: Printed, y: float) -> float:
    """Label and value on each line, then the amounts right-aligned under a rule."""
    rows = [printed.side, printed.name, printed.isin, printed.market, printed.trade_date, printed.time]
    rows += [printed.settle, printed.quantity, printed.price, *printed.bond_terms, printed.account, printed.ref]
    for label, value in rows:
        sheet.text(LEFT, y, label, size=8.5)
        sheet.text(190, y, value, size=8.5)
        y += 13
    y += 8
    sheet.rule(LEFT, y - 10, RIGHT)
    for label, value in [printed.gross, *printed.accrued, *printed.charges]:
        sheet.text(LEFT, y, label, size=8.5)
        sheet.text(420, y, "EUR", size=8.5)
        sheet.right(RIGHT, y, value, size=8.5)
        y += 13
    sheet.rule(400, y - 9, RIGHT)
    label, value = printed.net
    sheet.text(LEFT, y + 3, f"{label} valuta {printed.settle[1]}", font="Helvetica-Bold", size=9)
    sheet.text(420, y + 3, "EUR", font="Helvetica-Bold", size=9)
    sheet.right(RIGHT, y + 3, value, font="Helvetica-Bold", size=9)
    return y + 28


def _box_row(sheet: Sheet, y: float, cells: list[Cell], weights: tuple[int, ...] | None = None) -> float:
    """One row of boxes, the label small at the top of each and the value below, both shrunk to fit."""
    weights = weights or tuple(1 for _ in cells)
    unit = (RIGHT - LEFT) / sum(weights)
    x = LEFT
    for (label, value), weight in zip(cells, weights, strict=True):
        width = unit * weight
        sheet.box(x, y, width, 30)
        label_size, value_size = 6.5, 9.0
        while sheet.measure(label.upper(), size=label_size) > width - 8:
            label_size -= 0.25
        while sheet.measure(value, font="Helvetica-Bold", size=value_size) > width - 8:
            value_size -= 0.25
        sheet.text(x + 4, y + 9, label.upper(), size=label_size)
        sheet.text(x + 4, y + 23, value, font="Helvetica-Bold", size=value_size)
        x += width
    return y + 30


def _grid(sheet: Sheet, printed: Printed, y: float) -> float:
    y = _box_row(sheet, y, [printed.side, printed.trade_date, printed.settle, printed.market])
    y = _box_row(sheet, y, [printed.name, printed.isin], (3, 1))
    sizes = [printed.quantity, printed.price, *printed.bond_terms]
    if len(sizes) == 2:
        sizes += [("Divisa", "EUR"), printed.time]
    y = _box_row(sheet, y, sizes)
    amounts = [printed.gross, *printed.accrued, *printed.charges]
    for start in range(0, len(amounts), 4):
        y = _box_row(sheet, y, amounts[start : start + 4])
    return _box_row(sheet, y, [printed.account, printed.ref, printed.net], (1, 1, 2)) + 24


def _table(sheet: Sheet, printed: Printed, y: float) -> float:
    """The dates and references stacked in three columns, then two tables of one row each."""
    pairs = [printed.trade_date, printed.time, printed.settle, printed.market, printed.account, printed.ref]
    for index, (label, value) in enumerate(pairs):
        x, row = LEFT + 170 * (index % 3), y + 26 * (index // 3)
        sheet.text(x, row, label, size=7)
        sheet.text(x, row + 11, value, font="Helvetica-Bold", size=8.5)
    y += 62
    columns = [printed.side, printed.quantity, printed.name, printed.isin, printed.price, printed.gross]
    y = _one_row_table(sheet, y, columns, (52, 68, 170, 80, 55, 70))
    y += 14
    money_cells = [*printed.accrued, *printed.charges, printed.net]
    width = (RIGHT - LEFT) / len(money_cells)
    y = _one_row_table(sheet, y, money_cells, tuple(width for _ in money_cells))
    if printed.bond_terms:
        terms = "   ".join(f"{label}: {value}" for label, value in printed.bond_terms)
        sheet.text(LEFT, y + 14, terms, size=8)
        y += 14
    return y + 24


def _one_row_table(sheet: Sheet, y: float, cells: list[Cell], widths: tuple[float, ...]) -> float:
    """A grey header row of column titles (wrapped when long) and one row of values, also wrapped."""
    heads = [simpleSplit(label, "Helvetica-Bold", 7, w - 6) for (label, _), w in zip(cells, widths, strict=True)]
    bodies = [simpleSplit(value, "Helvetica", 8, w - 6) for (_, value), w in zip(cells, widths, strict=True)]
    head_height = 6 + 8 * max(len(lines) for lines in heads)
    body_height = 8 + 10 * max(len(lines) for lines in bodies)
    x = LEFT
    for width, head, body in zip(widths, heads, bodies, strict=True):
        sheet.box(x, y, width, head_height, fill=0.88)
        sheet.box(x, y + head_height, width, body_height)
        sheet.lines(x + 3, y + 9, head, leading=8, font="Helvetica-Bold", size=7)
        sheet.lines(x + 3, y + head_height + 11, body, leading=10, size=8)
        x += width
    return y + head_height + body_height


def _legal(rng: random.Random, bank: Bank, deal: Deal) -> list[str]:
    d = noise.digits
    fiscal = d(rng, 11)
    sentences = [
        f"{bank.legal_name} - Sede legale {', '.join(bank.address)} - Capitale sociale Euro "
        f"{rng.randint(20, 900)}.{d(rng, 3)}.{d(rng, 3)},00 i.v. - Codice Fiscale e iscrizione al Registro delle "
        f"Imprese di {bank.city} n. {fiscal} - Partita IVA {fiscal} - Iscritta all'Albo delle Banche al n. "
        f"{rng.randint(1000, 8999)} - Codice ABI {d(rng, 5)} - Aderente al Fondo Interbancario di Tutela dei "
        "Depositi e al Fondo Nazionale di Garanzia.",
        "Documento emesso ai sensi dell'art. 59 del Regolamento Delegato (UE) 2017/565 e dell'art. 60 del "
        "Regolamento Intermediari adottato con delibera Consob n. 20307 del 15/02/2018.",
        f"Condizioni economiche come da contratto per la prestazione dei servizi di investimento sottoscritto il "
        f"{noise.old_date(rng, 'uk')}. In mancanza di reclamo scritto entro {rng.choice((30, 60, 90))} giorni "
        "dal ricevimento, il contenuto della presente si intende approvato.",
        f"Reclami: Ufficio Reclami, {bank.address[0]}, {bank.address[1]}, PEC reclami@pec.{bank.web}. È possibile "
        "rivolgersi all'Arbitro per le Controversie Finanziarie (ACF), delibera Consob n. 19602 del 04/05/2016.",
    ]
    if deal.taxes is not None:
        sentences.append(
            "Imposta sulle transazioni finanziarie applicata ai sensi dell'art. 1, commi 491-500, della Legge "
            "24/12/2012 n. 228; per i titoli esteri secondo la normativa dello Stato di emissione."
        )
    return sentences


def build(rng: random.Random) -> Document:
    bank = rng.choice(BANKS)
    deal, instrument = make_deal(rng, bank)
    sheet = Sheet(title="Nota informativa", author=bank.legal_name)
    y = _letterhead(sheet, rng, bank, deal)
    printed = _printed(rng, deal, instrument)
    draw = rng.choice((_two_columns, _grid, _table))
    y = draw(sheet, printed, y)
    moved = "Addebito" if deal.is_buy else "Accredito"
    digits = f"IT{noise.digits(rng, 2)}{noise.letters(rng, 1)}{noise.digits(rng, 22)}"
    iban = " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    sheet.text(LEFT, y, f"{moved} sul c/c n. {noise.digits(rng, 12)} - IBAN {iban}", size=8)
    y += 22
    for sentence in _legal(rng, bank, deal):
        y = sheet.paragraph(LEFT, y, RIGHT - LEFT, sentence, size=6.5) + 2
    form = f"Mod. {noise.digits(rng, 4)}/{rng.choice('ABC')} - ed. {rng.randint(1, 12):02d}/{rng.randint(2018, 2022)}"
    sheet.text(LEFT, 812, form, size=6.5)
    sheet.right(RIGHT, 812, "Pag. 1 di 1", size=7)
    return Document(sheet.finish(), "confirmation", [deal.truth()])


LAYOUT = Layout(
    name="it_confirm",
    kind="pdf",
    heldout=False,
    build=build,
    description="Italian bank's nota informativa in Italian: 1.234,56, 14/03/2025, EUR, shares with Tobin tax and "
    "BTPs with rateo; two columns, boxed grid or one-row table",
    single_page_pdf=True,
)
