"""Online-banking "export to Excel": a bank's or broker's portal transaction list, as clients forward it.

Six invented portals (two Swiss private banks, a German Bankhaus, an Italian bank, a French bank, a British online
broker) export one custody account's transactions over a month or a quarter. Most files are what Excel's "Unicode
text" gives: UTF-16 LE with a byte-order mark, tab-separated; some are UTF-8 with a byte-order mark and semicolons,
some Windows-1252 (tab or semicolon) with accented headers. Lines end CRLF. Above the header sit a title row
("Transaktionen — Depot 12345-67 — 01.03.2025 bis 31.03.2025", in some files led by the bank's name or with the bank
on a row of its own) and filter rows ("Filter: alle Transaktionsarten", "Exportiert am ..."). The header is in
German, French, Italian or English, per file and with per-file wording (Buchungsdatum / Abschlussdatum, Valuta,
Transaktion, Titel, ISIN, Anzahl, Kurs, Währung, Kurswert, Courtage, Spesen, Stempelsteuer, Stückzinsen, Betrag;
Date d'opération, Opération, Titre, Quantité, Cours, Devise, Courtage, Frais, Droit de timbre / TTF, Montant;
Data operazione, Operazione, Titolo, Quantità, Prezzo, Divisa, Commissioni, Spese, Tobin tax, Importo; English).

Numbers follow the portal's locale (1'234.56, 1.234,56, 1 234,56 with a space or a no-break space, 1,234.56) or
Excel's plain style without grouping (1234.56 / 1234,56). Dates are 14.03.2025, 14/03/2025, 2025-03-14 or, in the
files an export library wrote from raw cell values, Excel serial day numbers (45730 = 14.03.2025, 1900 date system)
together with ungrouped numbers; the title row's period stays readable text there. The booking date of a trade is
its trade date (the portals book on trade date); the value date is the settlement date.

Trades (shares, funds in fractional units, in some files bonds in percent of par with accrued interest) are mixed
with dividends (the holding and, in some files, the rate per share in the price column), bond coupons, custody and
account fees, credit interest, cash transfers and securities delivered in free of payment. The amount column is the
net amount, signed from the account's side in most files (a purchase negative); the charges are commission, other
fees (exchange, third-party) and a tax column where the portal has one (Swiss stamp duty, French or Italian FTT, UK
stamp duty); a charge column prints 0.00, a dash or nothing where nothing is charged (the truth: "0.00" for a
printed zero, null for a dash or a blank). Some files quote every cell, some names carry quotes ('"B"' share
classes) and descriptions the delimiter, so the csv writer quotes them. Some files add a reference column (the
trade reference), an account column, a blank "notes" or nameless column, a trailing delimiter on every line, or
pad the title rows to the table's width as Excel does; most end with a totals row per currency.

Truth: the counterparty is the bank when a row above the header names it, else null; the account is the one the
title, a filter row or a column names, else null. The gross is quantity x price whether or not a gross column
is printed, as the contract defines it.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's 1900 date system, leap-year bug included, for dates after Feb 1900


@dataclass(frozen=True)
class Portal:
    key: str
    legal_name: str
    country: str
    languages: tuple[str, ...]  # drawn from, repeats as weights
    styles: tuple[str, ...]  # the locale's number styles
    date_styles: tuple[str, ...]
    markets: tuple[str, ...]  # equity markets, repeats as weights
    tax: str  # "ch_stamp", "ftt", "uk_stamp" or ""
    commission: tuple[str, str]  # rate, minimum
    bonds: bool


PORTALS = (
    Portal(
        "limmat",
        "Limmatbank AG",
        "CH",
        ("de", "de", "de", "fr", "it", "en"),
        ("ch", "ch", "ch"),
        ("dot", "dot", "iso"),
        ("CH", "CH", "CH", "DE", "FR", "NL", "US"),
        "ch_stamp",
        ("0.008", "40"),
        True,
    ),
    Portal(
        "leman",
        "Banque Léman Privée SA",
        "CH",
        ("fr", "fr", "fr", "de", "en"),
        ("ch", "ch"),
        ("dot", "dot"),
        ("CH", "CH", "FR", "US", "DE"),
        "ch_stamp",
        ("0.01", "60"),
        True,
    ),
    Portal(
        "ellerbrock",
        "Bankhaus Ellerbrock KGaA",
        "DE",
        ("de", "de", "de", "en"),
        ("eu", "eu"),
        ("dot", "dot", "iso"),
        ("DE", "DE", "DE", "FR", "NL", "IT", "US"),
        "ftt",
        ("0.0025", "9.90"),
        True,
    ),
    Portal(
        "valtellese",
        "Banca Valtellese S.p.A.",
        "IT",
        ("it", "it", "it", "en"),
        ("eu",),
        ("uk", "uk", "iso"),
        ("IT", "IT", "IT", "DE", "FR", "US"),
        "ftt",
        ("0.0019", "12"),
        True,
    ),
    Portal(
        "rhodanien",
        "Crédit Rhodanien SA",
        "FR",
        ("fr", "fr", "fr", "en"),
        ("fr", "fr_nbsp", "fr_nnbsp"),
        ("uk", "uk", "iso"),
        ("FR", "FR", "FR", "NL", "DE", "US"),
        "ftt",
        ("0.005", "7.50"),
        False,
    ),
    Portal(
        "harrowgate",
        "Harrowgate Direct Ltd",
        "GB",
        ("en",),
        ("us", "us"),
        ("uk", "uk", "iso", "short"),
        ("GB", "GB", "GB", "US"),
        "uk_stamp",
        ("0", "8.95"),
        False,
    ),
)
CURRENCY = {"CH": "CHF", "DE": "EUR", "FR": "EUR", "NL": "EUR", "IT": "EUR", "US": "USD", "GB": "GBP"}

# Per language, each column's wordings (one is drawn per file).
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "trade": ("Buchungsdatum", "Abschlussdatum", "Handelstag", "Datum"),
        "value": ("Valuta", "Valutadatum", "Valuta-Datum"),
        "kind": ("Transaktion", "Buchungsart", "Geschäftsart"),
        "name": ("Titel", "Wertpapier", "Bezeichnung", "Titelbezeichnung"),
        "isin": ("ISIN",),
        "quantity": ("Anzahl", "Stück", "Anzahl/Nominal"),
        "price": ("Kurs", "Ausführungskurs"),
        "ccy": ("Währung", "Whrg."),
        "gross": ("Kurswert",),
        "commission": ("Courtage", "Provision", "Kommission"),
        "fees": ("Spesen", "Fremde Spesen", "Börsengebühren"),
        "accrued": ("Stückzinsen",),
        "net": ("Betrag", "Nettobetrag", "Buchungsbetrag"),
        "ref": ("Referenz", "Auftragsnummer", "Belegnr."),
        "account": ("Depot", "Depotnummer", "Konto"),
        "note": ("Bemerkung", "Notiz"),
    },
    "fr": {
        "trade": ("Date d'opération", "Date de transaction", "Date"),
        "value": ("Date valeur", "Valeur"),
        "kind": ("Opération", "Type d'opération"),
        "name": ("Titre", "Libellé", "Désignation"),
        "isin": ("ISIN", "Code ISIN"),
        "quantity": ("Quantité", "Nombre", "Quantité/Nominal"),
        "price": ("Cours", "Prix d'exécution"),
        "ccy": ("Devise", "Monnaie"),
        "gross": ("Montant brut",),
        "commission": ("Courtage", "Commission"),
        "fees": ("Frais", "Frais de tiers", "Frais de bourse"),
        "accrued": ("Intérêts courus",),
        "net": ("Montant", "Montant net"),
        "ref": ("Référence", "N° d'ordre"),
        "account": ("Compte", "Compte titres", "Dépôt"),
        "note": ("Remarque",),
    },
    "it": {
        "trade": ("Data operazione", "Data contabile", "Data"),
        "value": ("Data valuta",),
        "kind": ("Operazione", "Tipo operazione", "Causale"),
        "name": ("Titolo", "Descrizione"),
        "isin": ("ISIN", "Codice ISIN"),
        "quantity": ("Quantità", "Nominale/Quantità"),
        "price": ("Prezzo", "Corso"),
        "ccy": ("Divisa",),
        "gross": ("Controvalore",),
        "commission": ("Commissioni", "Commissione"),
        "fees": ("Spese", "Altri oneri"),
        "accrued": ("Rateo", "Rateo interessi"),
        "net": ("Importo", "Importo netto"),
        "ref": ("Riferimento", "N. ordine"),
        "account": ("Deposito", "Dossier titoli", "Conto"),
        "note": ("Note",),
    },
    "en": {
        "trade": ("Trade date", "Booking date", "Transaction date", "Date"),
        "value": ("Value date", "Settlement date"),
        "kind": ("Transaction", "Type", "Transaction type"),
        "name": ("Security", "Description", "Instrument"),
        "isin": ("ISIN",),
        "quantity": ("Quantity", "Units", "Quantity/Nominal"),
        "price": ("Price", "Execution price"),
        "ccy": ("Currency", "Ccy"),
        "gross": ("Gross amount", "Consideration"),
        "commission": ("Commission", "Brokerage"),
        "fees": ("Fees", "Other fees", "Third-party fees"),
        "accrued": ("Accrued interest",),
        "net": ("Amount", "Net amount"),
        "ref": ("Reference", "Order no."),
        "account": ("Account", "Portfolio"),
        "note": ("Notes",),
    },
}
TAX_HEADERS = {
    ("ch_stamp", "de"): ("Stempelsteuer", "Eidg. Umsatzabgabe", "Stempelabgabe"),
    ("ch_stamp", "fr"): ("Droit de timbre", "Timbre fédéral"),
    ("ch_stamp", "it"): ("Tassa di bollo", "Tassa di negoziazione"),
    ("ch_stamp", "en"): ("Stamp duty", "Swiss stamp duty"),
    ("ftt", "de"): ("Finanztransaktionssteuer", "FTT"),
    ("ftt", "fr"): ("TTF", "Taxe sur les transactions financières"),
    ("ftt", "it"): ("Tobin tax", "Imposta FTT"),
    ("ftt", "en"): ("FTT", "Transaction tax"),
    ("uk_stamp", "en"): ("Stamp duty", "Stamp duty/SDRT"),
}
WORDS = {
    "de": {
        "buy": ("Kauf", "Börsenkauf", "Wertpapierkauf"),
        "sell": ("Verkauf", "Börsenverkauf", "Wertpapierverkauf"),
        "dividend": "Dividende",
        "coupon": "Zinszahlung",
        "custody": "Depotgebühr",
        "account_fee": "Kontoführungsgebühr",
        "interest": "Habenzins",
        "cash_in": "Einzahlung",
        "cash_out": "Auszahlung",
        "delivery": "Einlieferung",
        "total": "Summe",
    },
    "fr": {
        "buy": ("Achat", "Achat bourse"),
        "sell": ("Vente", "Vente bourse"),
        "dividend": "Dividende",
        "coupon": "Paiement de coupon",
        "custody": "Droits de garde",
        "account_fee": "Frais de tenue de compte",
        "interest": "Intérêts créditeurs",
        "cash_in": "Versement",
        "cash_out": "Retrait",
        "delivery": "Livraison de titres reçue",
        "total": "Total",
    },
    "it": {
        "buy": ("Acquisto", "Acquisto titoli"),
        "sell": ("Vendita", "Vendita titoli"),
        "dividend": "Dividendo",
        "coupon": "Stacco cedola",
        "custody": "Commissioni di custodia",
        "account_fee": "Spese tenuta conto",
        "interest": "Interessi attivi",
        "cash_in": "Bonifico in entrata",
        "cash_out": "Bonifico in uscita",
        "delivery": "Trasferimento titoli in entrata",
        "total": "Totale",
    },
    "en": {
        "buy": ("Buy", "Purchase", "Bought"),
        "sell": ("Sell", "Sale", "Sold"),
        "dividend": "Dividend",
        "coupon": "Coupon payment",
        "custody": "Custody fee",
        "account_fee": "Account fee",
        "interest": "Credit interest",
        "cash_in": "Cash transfer in",
        "cash_out": "Cash transfer out",
        "delivery": "Securities transfer in",
        "total": "Total",
    },
}
TITLE = {
    "de": ("Transaktionen", "Depot", "bis", "Filter: alle Transaktionsarten", "Exportiert am"),
    "fr": ("Transactions", "Compte", "au", "Filtre : tous les types d'opération", "Exporté le"),
    "it": ("Movimenti", "Deposito", "al", "Filtro: tutte le operazioni", "Esportato il"),
    "en": ("Transactions", "Account", "to", "Filter: all types", "Exported on"),
}
VAT = {  # the VAT words of a fee row, per (country, language)
    ("CH", "de"): "inkl. MWST 8.1%",
    ("CH", "fr"): "TVA 8.1% incluse",
    ("CH", "it"): "IVA 8.1% inclusa",
    ("CH", "en"): "incl. VAT 8.1%",
    ("DE", "de"): "zzgl. MwSt.",
    ("DE", "en"): "plus VAT",
    ("IT", "it"): "IVA inclusa",
    ("IT", "en"): "VAT included",
    ("FR", "fr"): "TVA 20 % incluse",
    ("FR", "en"): "incl. VAT 20%",
    ("GB", "en"): "incl. VAT",
}


@dataclass(frozen=True)
class Options:
    """What one export looks like."""

    language: str
    encoding: str  # "utf-16" (LE with BOM), "utf-8-sig" or "cp1252"
    delimiter: str
    style: str  # money.STYLES key
    date_style: str  # dates.fmt style or "serial"
    title_date_style: str
    signed: bool  # amounts negative when cash leaves the account
    signed_charges: bool
    zero: str  # how a nil charge prints: "number", "dash" or "blank"
    bank_in_title: str  # "", "title" or "row"
    account_where: str  # "title", "filter", "column", "title+column" or ""
    isin: bool
    gross: bool
    fees: bool
    tax: bool
    bonds: bool
    funds: bool
    ref: bool
    note: str  # "", "named" or "blank": an empty column
    trailing: bool  # a trailing delimiter on every line
    pad: bool  # the rows above the header padded to the table's width
    quote_all: bool
    totals: bool
    newest_first: bool
    name_style: str  # "plain", "upper" or "class"
    buy_word: str
    sell_word: str
    headers: dict[str, str]
    account: str


def _options(rng: random.Random, portal: Portal) -> Options:
    roll = rng.random()
    if roll < 0.55:
        encoding, delimiter = "utf-16", "\t"
    elif roll < 0.8:
        encoding, delimiter = "utf-8-sig", ";"
    else:
        encoding, delimiter = "cp1252", rng.choice(("\t", ";"))
    languages = portal.languages
    if encoding == "cp1252" and set(languages) - {"en"}:
        languages = tuple(lang for lang in languages if lang != "en")  # the accented headers of the old export
    language = rng.choice(languages)
    raw = rng.random() < 0.12  # an export library writing raw cell values: serial dates, ungrouped numbers
    style = rng.choice(portal.styles)
    if raw or rng.random() < 0.25:  # Excel-style, no grouping
        style = "plain" if money.STYLES[style][1] == "." else "plain_comma"
    if encoding == "cp1252" and style == "fr_nnbsp":
        style = "fr_nbsp"
    date_style = rng.choice(portal.date_styles)
    where = rng.choice(("title", "title", "filter", "column", "title+column", ""))
    words = HEADERS[language]
    headers = {key: rng.choice(choices) for key, choices in words.items()}
    tax = portal.tax != "" and (portal.tax == "ch_stamp" or rng.random() < 0.8)
    if tax:
        headers["tax"] = rng.choice(TAX_HEADERS[(portal.tax, language)])
    if portal.country == "CH" and language == "de":
        headers["accrued"] = rng.choice(("Marchzins", "Marchzinsen", "Stückzinsen"))
    bonds = portal.bonds and rng.random() < 0.35
    if bonds and "/" not in headers["quantity"]:
        headers["quantity"] = {"de": "Anzahl/Nominal", "fr": "Quantité/Nominal", "it": "Nominale/Quantità"}.get(
            language, "Quantity/Nominal"
        )
    which = rng.randrange(len(WORDS[language]["buy"]))
    signed = rng.random() < 0.75
    return Options(
        language=language,
        encoding=encoding,
        delimiter=delimiter,
        style=style,
        date_style="serial" if raw else date_style,
        title_date_style=date_style,
        signed=signed,
        signed_charges=signed and rng.random() < 0.25,
        zero=rng.choice(("number", "number", "dash", "blank")),
        bank_in_title=rng.choice(("title", "title", "row", "")),
        account_where=where,
        isin=rng.random() < 0.85,
        gross=rng.random() < 0.5,
        fees=rng.random() < 0.6,
        tax=tax,
        bonds=bonds,
        funds=rng.random() < 0.3,
        ref=rng.random() < 0.5,
        note=rng.choice(("", "", "", "named", "blank")),
        trailing=rng.random() < 0.2,
        pad=rng.random() < 0.3,
        quote_all=rng.random() < 0.15,
        totals=rng.random() < 0.8,
        newest_first=rng.random() < 0.55,
        name_style=rng.choice(("plain", "upper", "class")),
        buy_word=WORDS[language]["buy"][which],
        sell_word=WORDS[language]["sell"][which],
        headers=headers,
        account=_account(rng, portal),
    )


def _account(rng: random.Random, portal: Portal) -> str:
    d = lambda n: noise.digits(rng, n)  # noqa: E731
    return {
        "limmat": lambda: f"{d(5)}-{d(2)}",
        "leman": lambda: f"C-{d(6)}.{rng.choice(('001', '002', '010'))}",
        "ellerbrock": lambda: f"{d(3)} {d(7)} {d(2)}",
        "valtellese": lambda: f"{d(2)}/{d(6)}",
        "rhodanien": lambda: f"{d(5)} {d(11)}",
        "harrowgate": lambda: f"KD{d(7)}",
    }[portal.key]()


@dataclass
class Row:
    day: date
    value: date
    kind: str
    word: str
    name: str = ""
    isin: str = ""
    currency: str = ""
    quantity: Decimal | None = None
    price: Decimal | None = None
    gross: Decimal | None = None
    commission: Decimal | None = None
    fees: Decimal | None = None
    tax: Decimal | None = None
    accrued: Decimal | None = None
    net: Decimal | None = None  # signed: cash in positive
    ref: str = ""
    deal: Deal | None = None


# --- securities -----------------------------------------------------------------------------------------------


def _share_name(rng: random.Random, security: securities.Security, opts: Options) -> str:
    if opts.name_style == "upper":
        name = security.upper_name
    elif opts.name_style == "class" and security.share_class:
        name = f"{security.name} {security.share_class}"
    else:
        name = security.name
    if rng.random() < 0.1:
        name += rng.choice((' "B"', ' "A"', ' Cat. "B"'))  # share classes printed in quotes
    return name


def _coupon_text(coupon: Decimal, opts: Options) -> str:
    text = format(coupon.normalize() if coupon != coupon.to_integral() else coupon.quantize(Decimal(1)), "f")
    return text.replace(".", money.STYLES[opts.style][1])


def _bond_name(security: securities.Security, opts: Options) -> str:
    assert security.coupon is not None and security.maturity is not None
    end = security.maturity.year if opts.name_style != "upper" else dates.fmt(security.maturity, "dot")
    name = f"{_coupon_text(security.coupon, opts)}% {security.name} {end}"
    return name.upper() if opts.name_style == "upper" else name


# --- trades -----------------------------------------------------------------------------------------------------


def _trade(rng: random.Random, portal: Portal, opts: Options, day: date, account: str | None, bank: str | None) -> Row:
    roll = rng.random()
    side = trades.side(rng)
    accrued = None
    percent = False
    if opts.bonds and roll < 0.3:
        market = portal.country if rng.random() < 0.6 else rng.choice(("DE", "FR", "NL"))
        security = securities.bond(rng, market, day)
        currency = CURRENCY[market]
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1, 100) * 5_000),
            trades.percent_price,
            percent=True,
            minimum=Decimal(5_000),
            maximum=Decimal(2_000_000),
        )
        settle = dates.add_business_days(day, 2)
        assert security.coupon is not None and security.maturity is not None
        days = trades.accrued_days(security.maturity, settle)
        accrued = trades.accrued_interest(q, security.coupon, days, currency)
        name = _bond_name(security, opts)
        commission = trades.rate_of(gross, rng.choice(("0.002", "0.003", "0.004")), currency, minimum="50")
        percent = True
    elif opts.funds and roll < 0.55:
        market = rng.choice(("LU", "IE"))
        security = securities.fund(rng, market)
        named = [ccy for ccy in ("EUR", "GBP", "USD", "CHF") if ccy in security.name.split()]
        currency = named[0] if named else rng.choice((CURRENCY.get(portal.country, "EUR"), "EUR", "USD"))
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1_000, 4_000_000)).scaleb(-3),
            lambda r: trades.price(r, decimals=r.choice((2, 2, 4)), whole_digits=r.choice((2, 2, 3))),
            minimum=Decimal(100),
            maximum=Decimal(250_000),
        )
        settle = dates.add_business_days(day, rng.choice((2, 3, 3, 4)))
        name = security.name
        commission = trades.rate_of(gross, "0.01", currency, minimum="0")
        if rng.random() < 0.4:
            commission = Decimal("0.00")  # funds bought without an issue charge
    else:
        market = rng.choice(portal.markets)
        security = securities.equity(rng, market)
        currency = CURRENCY[market]
        q, p, gross = trades.draw(
            rng,
            currency,
            lambda r: Decimal(r.randint(1, 500) * r.choice((1, 1, 5, 10, 50))),
            lambda r: trades.price(r, decimals=r.choice((2, 2, 2, 3)), whole_digits=r.choice((1, 2, 2, 3))),
            minimum=Decimal(800),
            maximum=Decimal(1_500_000),
        )
        settle = dates.add_business_days(day, dates.settlement_lag(rng, day, market=market))
        name = _share_name(rng, security, opts)
        rate, floor = portal.commission
        commission = trades.rate_of(gross, rate, currency, minimum=floor)
        if portal.key == "harrowgate":
            commission = Decimal(floor if market == "GB" else "11.95")
    tax = _tax(portal, security, side, gross, currency, day)
    fees = Decimal("0.00")
    if opts.fees and security.kind != "fund":
        domestic = security.market == portal.country
        if not domestic and rng.random() < 0.8:
            fees = Decimal(rng.choice(("7.50", "12.00", "15.00", "25.00", "4.90")))
        elif domestic and rng.random() < 0.6:
            fees = trades.rate_of(gross, "0.0001", currency, minimum="1.50")
    if not opts.tax:  # an export without a tax column books the tax with the other fees, or the bank bears it
        fees = fees + tax if opts.fees else fees
        tax = Decimal("0.00")
    charges = _charges(opts, commission, fees, tax)
    ref = _ref(rng, portal, day) if opts.ref else ""
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        accrued_interest=accrued,
        account=account,
        counterparty=bank,
        trade_ref=ref or None,
        isin=security.isin if opts.isin else None,
        percent=percent,
    )
    word = opts.buy_word if deal.is_buy else opts.sell_word
    return Row(
        day=day,
        value=settle,
        kind="trade",
        word=word,
        name=name,
        isin=security.isin,
        currency=currency,
        quantity=q,
        price=p,
        gross=gross,
        commission=commission,
        fees=fees if opts.fees else None,
        tax=tax if opts.tax else None,
        accrued=accrued,
        net=-deal.net_amount if deal.is_buy else deal.net_amount,
        ref=ref,
        deal=deal,
    )


def _tax(portal: Portal, security: securities.Security, side: str, gross: Decimal, currency: str, day: date) -> Decimal:
    """The portal's transaction tax on this trade; zero where it does not apply."""
    if portal.tax == "ch_stamp":  # the bank's half of the Swiss turnover tax, on both sides
        return trades.rate_of(gross, "0.00075" if security.market == "CH" else "0.0015", currency)
    if security.kind != "equity" or side != "BUY":
        return Decimal("0.00")
    if portal.tax == "ftt" and security.market == "FR":
        return trades.rate_of(gross, "0.004" if day >= date(2025, 4, 1) else "0.003", currency)
    if portal.tax == "ftt" and security.market == "IT":
        return trades.rate_of(gross, "0.001", currency)
    if portal.tax == "uk_stamp" and security.market == "GB":
        return trades.rate_of(gross, "0.005", currency)
    return Decimal("0.00")


def _charges(opts: Options, commission: Decimal, fees: Decimal, tax: Decimal) -> list[Charge]:
    """The charges as printed: a nil one printed as a dash or a blank is not printed."""
    columns = [(COMMISSION, "commission", commission, True), (FEE, "fees", fees, opts.fees)]
    columns.append((TAX, "tax", tax, opts.tax))
    charges = []
    for kind, label, amount, shown in columns:
        if not shown:
            assert amount == 0 or kind == COMMISSION, "a charge the file does not print"
            continue
        if amount == 0 and opts.zero != "number":
            continue
        charges.append(Charge(kind, label, amount))
    return charges


def _ref(rng: random.Random, portal: Portal, day: date) -> str:
    if portal.country == "CH":
        return f"{day:%Y%m%d}/{noise.digits(rng, 6)}"
    if portal.country == "GB":
        return f"{noise.letters(rng, 2)}{noise.digits(rng, 8)}"
    return f"{noise.digits(rng, 10)}"


# --- rows that are not trades -----------------------------------------------------------------------------------


def _cash(rng: random.Random, portal: Portal, opts: Options, kind: str, day: date, first: date, last: date) -> Row:
    words = WORDS[opts.language]
    lang = opts.language
    home = CURRENCY.get(portal.country, "EUR")
    semi = "; " if rng.random() < 0.6 else ", "
    row = Row(day, day, kind, words[kind], currency=home)
    if opts.ref:
        row.ref = _ref(rng, portal, day)
    if kind == "dividend":
        market = rng.choice(portal.markets)
        security = securities.equity(rng, market)
        row.currency = CURRENCY[market]
        held = Decimal(rng.randint(1, 300) * 10)
        rate = Decimal(rng.randint(10, 450)).scaleb(-2)
        gross = money.to_money(held * rate, row.currency)
        withholding = {"CH": "0.35", "DE": "0.26375", "FR": "0.25", "IT": "0.26", "US": "0.15"}.get(market, "0")
        net = gross - money.to_money(gross * Decimal(withholding), row.currency)
        row.name, row.isin, row.quantity, row.gross, row.net = (
            _share_name(rng, security, opts),
            security.isin,
            held,
            gross,
            net,
        )
        if rng.random() < 0.5:
            row.price = rate
        row.value = dates.add_business_days(day, rng.choice((0, 1, 2)))
        return row
    if kind == "coupon":
        security = securities.bond(rng, portal.country if portal.country != "GB" else "DE", day)
        assert security.coupon is not None
        nominal = Decimal(rng.randint(2, 100) * 5_000)
        row.currency = CURRENCY.get(security.market, "EUR")
        amount = money.to_money(nominal * max(security.coupon, Decimal("0.5")) / 100, row.currency)
        row.name, row.isin, row.quantity, row.gross, row.net = (
            _bond_name(security, opts),
            security.isin,
            nominal,
            amount,
            amount,
        )
        return row
    if kind in ("custody", "account_fee"):
        period = f"{_title_day(first, opts)}–{_title_day(last, opts)}"
        vat = VAT[(portal.country, lang)] if (portal.country, lang) in VAT else VAT[(portal.country, "en")]
        text = {"de": "Depotgebühr", "fr": "Droits de garde", "it": "Custodia titoli", "en": "Custody fee"}[lang]
        if kind == "account_fee":
            text = words["account_fee"]
        row.name = f"{text} {period}{semi}{vat}"
        amount = Decimal(rng.randint(500, 95_000)).scaleb(-2)
        row.net = -amount
        row.day = row.value = last if last.weekday() < 5 else dates.previous_business_day(last)
        if opts.ref:
            row.ref = _ref(rng, portal, row.day)
        return row
    if kind == "interest":
        rate = money.fmt(noise.scaled(rng, 10, 250, 2), "plain").replace(".", money.STYLES[opts.style][1])
        row.name = {
            "de": f"Zinsabschluss{semi}Satz {rate}%",
            "fr": f"Bouclement d'intérêts{semi}taux {rate}%",
            "it": f"Liquidazione interessi{semi}tasso {rate}%",
            "en": f"Interest{semi}rate {rate}% p.a.",
        }[lang]
        row.net = Decimal(rng.randint(5, 40_000)).scaleb(-2)
        return row
    if kind in ("cash_in", "cash_out"):
        amount = Decimal(rng.randint(2, 800) * 50)
        who = noise.person(rng, institutions=False)
        iban = f"{portal.country}{noise.digits(rng, 2)} **** **** {noise.digits(rng, 4)}"
        row.name = f"{who}{semi}{iban}"
        row.net = amount if kind == "cash_in" else -amount
        return row
    security = securities.equity(rng, rng.choice(portal.markets))  # a delivery free of payment
    row.name, row.isin, row.currency = _share_name(rng, security, opts), security.isin, ""
    row.quantity = Decimal(rng.randint(1, 200) * 10)
    return row


# --- printing ---------------------------------------------------------------------------------------------------


def _day(day: date, opts: Options) -> str:
    if opts.date_style == "serial":
        return str((day - EXCEL_EPOCH).days)
    return dates.fmt(day, opts.date_style)


def _title_day(day: date, opts: Options) -> str:
    return dates.fmt(day, opts.title_date_style)


def _amount(value: Decimal | None, opts: Options, *, signed: bool = True) -> str:
    if value is None:
        return ""
    return money.fmt(value, opts.style, decimals=2, sign=signed)


def _charge(value: Decimal | None, opts: Options) -> str:
    if value is None:
        return ""
    if value == 0 and opts.zero != "number":
        return "-" if opts.zero == "dash" else ""
    return _amount(-value if opts.signed_charges else value, opts)


def _columns(rng: random.Random, opts: Options) -> list[str]:
    keys = ["trade", "value", "kind", "name"]
    if opts.isin:
        keys.insert(4 if rng.random() < 0.7 else 3, "isin")
    keys += ["quantity", "price", "ccy"]
    if rng.random() < 0.3:  # the currency before the price
        keys.remove("ccy")
        keys.insert(keys.index("price"), "ccy")
    if opts.gross:
        keys.append("gross")
    keys.append("commission")
    if opts.fees:
        keys.append("fees")
    if opts.tax:
        keys.append("tax")
    if opts.bonds:
        keys.append("accrued")
    keys.append("net")
    if opts.ref:
        keys.insert(0, "ref") if rng.random() < 0.4 else keys.append("ref")
    if "column" in opts.account_where:
        keys.insert(0, "account") if rng.random() < 0.5 else keys.append("account")
    if opts.note:
        keys.insert(rng.randint(3, len(keys)), "note")
    return keys


def _header(opts: Options, keys: list[str]) -> list[str]:
    return ["" if key == "note" and opts.note == "blank" else opts.headers[key] for key in keys]


def _cells(row: Row, opts: Options, keys: list[str]) -> list[str]:
    net = row.net if row.net is None or opts.signed else abs(row.net)
    cells = {
        "trade": _day(row.day, opts),
        "value": _day(row.value, opts),
        "kind": row.word,
        "name": row.name,
        "isin": row.isin,
        "quantity": "" if row.quantity is None else money.fmt(row.quantity, opts.style),
        "price": "" if row.price is None else money.fmt(row.price, opts.style),
        "ccy": row.currency,
        "gross": _amount(row.gross, opts, signed=False),
        "commission": _charge(row.commission, opts),
        "fees": _charge(row.fees, opts),
        "tax": _charge(row.tax, opts),
        "accrued": _amount(row.accrued, opts, signed=False),
        "net": _amount(net, opts),
        "ref": row.ref,
        "account": opts.account,
        "note": "",
    }
    return [cells[key] for key in keys]


def _totals(rows: list[Row], opts: Options, keys: list[str]) -> list[list[str]]:
    currencies: list[str] = []
    for row in rows:
        if row.currency and row.net is not None and row.currency not in currencies:
            currencies.append(row.currency)
    word = WORDS[opts.language]["total"]
    out = []
    for currency in sorted(currencies):
        mine = [row for row in rows if row.currency == currency]
        cells = dict.fromkeys(keys, "")
        cells[keys[0]] = word if len(currencies) == 1 else f"{word} {currency}"
        cells["ccy"] = currency
        commission = sum((r.commission or Decimal(0) for r in mine), Decimal("0.00"))
        cells["commission"] = _amount(-commission if opts.signed_charges else commission, opts)
        if opts.signed:
            cells["net"] = _amount(sum((r.net or Decimal(0) for r in mine), Decimal("0.00")), opts)
        out.append([cells[key] for key in keys])
    return out


def _above(rng: random.Random, portal: Portal, opts: Options, first: date, last: date, made: date) -> list[list[str]]:
    """The title and filter rows above the header."""
    what, account_word, until, filter_text, exported = TITLE[opts.language]
    dash = rng.choice((" — ", " – ", " - "))
    period = f"{_title_day(first, opts)} {until} {_title_day(last, opts)}"
    if opts.language == "fr":
        period = f"du {period}"
    elif opts.language == "it":
        period = f"dal {period}"
    parts = [what]
    if "title" in opts.account_where:
        parts.append(f"{account_word} {opts.account}")
    parts.append(period)
    if opts.bank_in_title == "title":
        parts.insert(0, portal.legal_name)
    rows = []
    if opts.bank_in_title == "row":
        rows.append([f"{portal.legal_name}{rng.choice((' · E-Banking', ' – Online', ''))}"])
    rows.append([dash.join(parts)])
    stamp = f"{_title_day(made, opts)} {dates.clock(rng)[:5]}"
    filters = []
    if rng.random() < 0.5:
        label, _, value = filter_text.partition(":")
        filters.append([label + ":", value.strip()])
    else:
        filters.append([filter_text])
    if opts.account_where == "filter":
        filters.append([f"{account_word}:", opts.account])
    if rng.random() < 0.6:
        filters.append([f"{exported}:", stamp] if rng.random() < 0.5 else [f"{exported} {stamp}"])
    rows += filters
    if rng.random() < 0.7:
        rows.append([])
    return rows


def build(rng: random.Random) -> Document:
    portal = rng.choice(PORTALS)
    opts = _options(rng, portal)
    start = dates.trade_day(rng)
    months = rng.choice((1, 1, 1, 3))
    first = start.replace(day=1)
    if months == 3:
        first = first.replace(month=3 * ((first.month - 1) // 3) + 1)
    last = first
    for _ in range(months):
        last = dates.month_of(last)[1] + timedelta(days=1)
    last -= timedelta(days=1)
    account = opts.account if opts.account_where else None
    bank = portal.legal_name if opts.bank_in_title else None

    rows = [
        _trade(rng, portal, opts, dates.weekday_in(rng, first, last), account, bank) for _ in range(rng.randint(2, 14))
    ]
    kinds = ["dividend", "dividend", "custody", "account_fee", "interest", "cash_in", "cash_out", "delivery"]
    if opts.bonds:
        kinds.append("coupon")
    for kind in rng.sample(kinds, k=rng.randint(1, 6)):
        rows.append(_cash(rng, portal, opts, kind, dates.weekday_in(rng, first, last), first, last))
    rows.sort(key=lambda row: (row.day, row.kind, row.name))
    if opts.newest_first:
        rows.reverse()

    keys = _columns(rng, opts)
    made = dates.add_business_days(last, rng.randint(1, 15))
    above = _above(rng, portal, opts, first, last, made)
    table = [_header(opts, keys)] + [_cells(row, opts, keys) for row in rows]
    if opts.totals:
        table += _totals(rows, opts, keys)
    width = len(keys)
    if opts.pad:
        above = [line + [""] * (width - len(line)) for line in above]
    lines = above + table
    if opts.trailing:
        lines = [line + [""] for line in lines]

    out = io.StringIO()
    quoting = csv.QUOTE_ALL if opts.quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(out, delimiter=opts.delimiter, quoting=quoting, lineterminator="\r\n")
    writer.writerows(lines)
    text = out.getvalue()
    if opts.encoding == "utf-16":
        content = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        content = text.encode(opts.encoding)
    truth = [row.deal.truth() for row in rows if row.deal is not None]
    return Document(content, "confirmation", truth)


LAYOUT = Layout(
    name="portal_export_tsv",
    kind="csv",
    heldout=False,
    build=build,
    description="Online-banking portal 'export to Excel': UTF-16 LE tab-separated (or UTF-8 BOM ;, cp1252), "
    "title and filter rows, DE/FR/IT/EN headers, locale numbers, Excel serial dates in some, cash rows, totals",
)
