"""Nordic contract notes: the avräkningsnota / avregningsnota (sluttseddel) / afregningsnota of a Scandinavian bank.

Six invented banks and online brokers (two each in Stockholm, Oslo and Copenhagen) send the note as a PDF in
Swedish, Norwegian or Danish, or in English for clients abroad. Local conventions: a decimal comma with a space, a
no-break space or a point between thousands (some English notes print 1,234.56), dates 2025-03-14 in Sweden and
14.03.2025 in Norway and Denmark (English notes either, or 14 Mar 2025). Home shares trade on XSTO, XOSL or XCSE in
the local currency; neighbouring and foreign shares (XHEL, XNYS, XNAS, XETR, XPAR, XLON) in their own currency,
with the exchange rate printed and the amounts either in two columns (trade currency and local currency) or with
only the net amount converted. The truth always takes the trade currency.

Most notes hold one trade; some (a "samlingsnota") hold two to four, each with its own deal number, sometimes
listed first in a summary table, running over a second page when they need it. Each trade is printed either as a
two-column key/value block (references and dates on the left, quantity, price and money on the right) or as a
small table row with the charges under it. Courtage / Kurtasje / Kurtage (the commission) is a percentage with a
minimum, printed in some notes with the rate and the minimum in its label; fees are the currency exchange fee, a
flat foreign-trade fee, the SEC fee on US sales and a VP/VPS/clearing fee; taxes are the French financial
transaction tax and UK stamp duty on purchases. The trade reference is the deal number (Affärsnr, Handelsnr,
Sluttseddelnr, Deal no.); the order number, a note or document number, the client number, the bank's address and
organisation number, an ISK/ASK tax sentence and a disclaimer full of dates, percentages and amounts are noise.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.utils import simpleSplit

from .. import dates, identifiers, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

LEFT, RIGHT = 48.0, 547.0
MID = 305.0  # where the right-hand column of a key/value block starts
LOCAL_COL = RIGHT  # right edge of the local-currency column
TRADE_COL = 468.0  # right edge of the trade-currency column when two are printed
BOTTOM = 752.0


@dataclass(frozen=True)
class Bank:
    country: str  # SE, NO or DK
    legal_name: str
    brand: str
    address: tuple[str, ...]
    org: str
    phone: str
    web: str
    currency: str
    home: str  # MIC of the home market


BANKS = (
    Bank(
        "SE",
        "Skärgårdsbanken AB (publ)",
        "SKÄRGÅRDSBANKEN",
        ("Box 7141", "103 87 Stockholm"),
        "Org.nr 556412-7390",
        "+46 8 410 27 00",
        "www.skargardsbanken.example.se",
        "SEK",
        "XSTO",
    ),
    Bank(
        "SE",
        "Vindö Fondkommission AB",
        "Vindö",
        ("Kungsgatan 37", "111 56 Stockholm"),
        "Org.nr 559087-4415",
        "+46 8 505 318 00",
        "www.vindo.example.se",
        "SEK",
        "XSTO",
    ),
    Bank(
        "NO",
        "Fjordkyst Sparebank",
        "FJORDKYST SPAREBANK",
        ("Postboks 1180 Sentrum", "0107 Oslo"),
        "Foretaksregisteret NO 937 418 226 MVA",
        "+47 915 04 400",
        "www.fjordkyst.example.no",
        "NOK",
        "XOSL",
    ),
    Bank(
        "NO",
        "Norrøna Investor ASA",
        "Norrøna Investor",
        ("Dronning Eufemias gate 16", "0191 Oslo"),
        "Org.nr. 981 663 509 MVA",
        "+47 22 98 71 00",
        "www.norrona-investor.example.no",
        "NOK",
        "XOSL",
    ),
    Bank(
        "DK",
        "Kronborg Bank A/S",
        "KRONBORG BANK",
        ("Stengade 18", "3000 Helsingør"),
        "CVR-nr. 24 81 67 30",
        "+45 49 21 13 00",
        "www.kronborgbank.example.dk",
        "DKK",
        "XCSE",
    ),
    Bank(
        "DK",
        "Øresund Invest Fondsmæglerselskab A/S",
        "ØRESUND INVEST",
        ("Kalvebod Brygge 45", "1560 København V"),
        "CVR-nr. 38 20 94 15",
        "+45 33 44 80 80",
        "www.oresundinvest.example.dk",
        "DKK",
        "XCSE",
    ),
)


@dataclass(frozen=True)
class Market:
    mic: str
    name: str
    currency: str
    country: str


MARKETS = {
    "XSTO": Market("XSTO", "Nasdaq Stockholm", "SEK", "SE"),
    "XOSL": Market("XOSL", "Oslo Børs", "NOK", "NO"),
    "XCSE": Market("XCSE", "Nasdaq Copenhagen", "DKK", "DK"),
    "XHEL": Market("XHEL", "Nasdaq Helsinki", "EUR", "FI"),
    "XNYS": Market("XNYS", "New York Stock Exchange", "USD", "US"),
    "XNAS": Market("XNAS", "Nasdaq US", "USD", "US"),
    "XETR": Market("XETR", "Xetra", "EUR", "DE"),
    "XPAR": Market("XPAR", "Euronext Paris", "EUR", "FR"),
    "XLON": Market("XLON", "London Stock Exchange", "GBP", "GB"),
}
FOREIGN = ("XNYS", "XNYS", "XNAS", "XNAS", "XETR", "XPAR", "XLON", "XHEL")
# Rough value of one unit in SEK: cross rates are drawn around these.
_IN_SEK = {"SEK": 1.0, "NOK": 0.98, "DKK": 1.52, "EUR": 11.3, "USD": 10.5, "GBP": 13.2}
_MINIMUMS = {
    "SEK": ("1", "39", "69", "99"),
    "NOK": ("49", "79", "99"),
    "DKK": ("29", "39", "99"),
    "EUR": ("1", "5", "9", "12"),
    "USD": ("1", "9", "15"),
    "GBP": ("1", "8", "10"),
}
_RATES = ("0.00069", "0.00079", "0.0008", "0.001", "0.0015", "0.0025", "0.0012")

_ROOTS = {
    "SE": ("Brännholm", "Kvarnsjö", "Älvdalen", "Stensund", "Björkvik", "Lövsta", "Granhammar", "Ekeby"),
    "NO": ("Frostrup", "Hvalstad", "Skjervøy", "Lysefjord", "Tromsnes", "Helgøya", "Bjørndal", "Kvitfjell"),
    "DK": ("Skovlund", "Rødby", "Thyholm", "Mariager", "Fanø", "Hjortshøj", "Vesterbro", "Hornbæk"),
    "FI": ("Kallio", "Järvenpää", "Saimaa", "Kuusamo", "Lapinlahti", "Vaskiluoto"),
}
_SECTORS = {
    "SE": ("Industri", "Fastigheter", "Bygg", "Medical", "Tech", "Skog", "Gruv", "Invest"),
    "NO": ("Seafood", "Shipping", "Offshore", "Kraft", "Eiendom", "Energy", "Havbruk", "Tankers"),
    "DK": ("Pharma", "Vind", "Shipping", "Foods", "Bank", "Biotech", "Logistik", "Medico"),
    "FI": ("Forest", "Metals", "Energia", "Tech", "Cranes", "Paper"),
}
_FORMS = {"SE": "AB", "NO": "ASA", "DK": "A/S", "FI": "Oyj"}

# Labels per language: every document picks one of the alternatives of each.
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "title": ("AVRÄKNINGSNOTA", "Avräkningsnota", "AVRÄKNINGSNOTA AKTIER"),
        "multi_title": ("SAMLINGSNOTA", "Avräkningsnota - samlingsnota", "AVRÄKNINGSNOTA"),
        "buy": ("Köp", "Köpt"),
        "sell": ("Sälj", "Sålt"),
        "side": ("Affär", "Transaktion", "Affärstyp"),
        "security": ("Värdepapper", "Instrument", "Aktie"),
        "ticker": ("Kortnamn", "Ticker"),
        "market": ("Marknadsplats", "Handelsplats"),
        "trade_date": ("Handelsdag", "Affärsdag", "Handelsdatum"),
        "settle": ("Likviddag", "Likviddatum"),
        "time": ("Tid", "Handelstid"),
        "order": ("Ordernr", "Ordernummer"),
        "deal": ("Affärsnr", "Affärsnummer", "Avslutsnr"),
        "note": ("Notanr", "Nota nr", "Dokumentnr"),
        "client": ("Kundnr", "Kundnummer"),
        "date": ("Datum", "Utskriftsdatum"),
        "quantity": ("Antal",),
        "price": ("Kurs", "Pris"),
        "gross": ("Belopp", "Affärsvärde"),
        "currency": ("Valuta",),
        "commission": ("Courtage",),
        "fx_fee": ("Valutaväxlingsavgift", "Valutaavgift"),
        "foreign_fee": ("Utlandsavgift", "Avgift utländsk handel"),
        "sec_fee": ("SEC-avgift", "Transaktionsavgift (SEC)"),
        "local_fee": ("Clearingavgift", "Avgift"),
        "ftt": ("Fransk transaktionsskatt", "Fransk finansskatt"),
        "stamp": ("Brittisk stämpelskatt", "Stämpelskatt (UK)"),
        "net_buy": ("Likvid", "Att betala", "Likvidbelopp"),
        "net_sell": ("Likvid", "Att erhålla", "Likvidbelopp"),
        "net": ("Likvid", "Likvidbelopp"),
        "rate": ("Valutakurs", "Växelkurs"),
        "equivalent": ("Likvid i {0}", "Motvärde {0}", "Belopp i {0}"),
        "page": ("Sida {0} av {1}",),
        "summary": ("Sammanställning av affärer", "Affärer på denna nota"),
        "of": ("Affär {0} av {1}",),
        "min": ("min",),
        "intro_buy": ("Vi har för er räkning köpt följande värdepapper:", "Enligt uppdrag har vi genomfört:"),
        "intro_sell": ("Vi har för er räkning sålt följande värdepapper:", "Enligt uppdrag har vi genomfört:"),
        "intro_multi": ("Enligt uppdrag har vi genomfört följande affärer:",),
    },
    "no": {
        "title": ("AVREGNINGSNOTA", "SLUTTSEDDEL", "Sluttseddel / avregningsnota"),
        "multi_title": ("SAMLESLUTTSEDDEL", "AVREGNINGSNOTA", "Sluttseddel - flere handler"),
        "buy": ("Kjøp", "Kjøpt"),
        "sell": ("Salg", "Solgt"),
        "side": ("Transaksjon", "Type", "Handel"),
        "security": ("Verdipapir", "Instrument", "Aksje"),
        "ticker": ("Ticker", "Kortnavn"),
        "market": ("Markedsplass", "Handelsplass"),
        "trade_date": ("Handelsdato", "Handelsdag"),
        "settle": ("Oppgjørsdato", "Oppgjørsdag"),
        "time": ("Tidspunkt", "Handelstid"),
        "order": ("Ordrenr", "Ordrenummer"),
        "deal": ("Sluttseddelnr", "Handelsnr", "Kontraktsnr"),
        "note": ("Dokumentnr", "Notanr", "Referanse"),
        "client": ("Kundenr", "Kundenummer"),
        "date": ("Dato", "Utskriftsdato"),
        "quantity": ("Antall",),
        "price": ("Kurs", "Pris"),
        "gross": ("Kursverdi", "Beløp", "Handelsbeløp"),
        "currency": ("Valuta",),
        "commission": ("Kurtasje",),
        "fx_fee": ("Valutapåslag", "Valutavekslingsgebyr"),
        "foreign_fee": ("Utenlandsgebyr", "Gebyr utenlandsk handel"),
        "sec_fee": ("SEC-gebyr", "Transaksjonsgebyr (SEC)"),
        "local_fee": ("VPS-gebyr", "Oppgjørsgebyr"),
        "ftt": ("Fransk transaksjonsskatt", "Fransk finansskatt"),
        "stamp": ("Britisk stempelavgift", "Stempelavgift (UK)"),
        "net_buy": ("Å betale", "Oppgjørsbeløp", "Til belastning"),
        "net_sell": ("Til gode", "Oppgjørsbeløp", "Til utbetaling"),
        "net": ("Oppgjørsbeløp", "Oppgjør"),
        "rate": ("Valutakurs", "Vekslingskurs"),
        "equivalent": ("Oppgjør i {0}", "Beløp i {0}", "Motverdi {0}"),
        "page": ("Side {0} av {1}",),
        "summary": ("Oversikt over handler", "Handler på denne sluttseddelen"),
        "of": ("Handel {0} av {1}",),
        "min": ("min.",),
        "intro_buy": ("Vi bekrefter følgende kjøp for Deres regning:", "I henhold til Deres ordre har vi utført:"),
        "intro_sell": ("Vi bekrefter følgende salg for Deres regning:", "I henhold til Deres ordre har vi utført:"),
        "intro_multi": ("I henhold til Deres ordre har vi utført følgende handler:",),
    },
    "da": {
        "title": ("AFREGNINGSNOTA", "Fondsafregning", "Afregningsnota"),
        "multi_title": ("SAMLENOTA", "AFREGNINGSNOTA", "Fondsafregning - samlet"),
        "buy": ("Køb", "Købt"),
        "sell": ("Salg", "Solgt"),
        "side": ("Handel", "Transaktion", "Type"),
        "security": ("Værdipapir", "Fondsnavn", "Aktie"),
        "ticker": ("Fondskode", "Ticker"),
        "market": ("Markedsplads", "Handelsplads"),
        "trade_date": ("Handelsdato", "Handelsdag"),
        "settle": ("Afviklingsdato", "Valørdato", "Valør"),
        "time": ("Tidspunkt", "Handelstid"),
        "order": ("Ordrenr.", "Ordrenummer"),
        "deal": ("Handelsnr.", "Handelsnummer", "Nota nr."),
        "note": ("Dokumentnr.", "Bilagsnr.", "Løbenr."),
        "client": ("Kundenr.", "Kundenummer"),
        "date": ("Dato", "Udskrevet"),
        "quantity": ("Antal", "Stk."),
        "price": ("Kurs",),
        "gross": ("Kursværdi", "Handelsværdi"),
        "currency": ("Valuta",),
        "commission": ("Kurtage",),
        "fx_fee": ("Valutagebyr", "Valutatillæg"),
        "foreign_fee": ("Udlandsgebyr", "Gebyr udenlandsk handel"),
        "sec_fee": ("SEC-gebyr", "Transaktionsgebyr (SEC)"),
        "local_fee": ("VP-gebyr", "Afviklingsgebyr"),
        "ftt": ("Fransk transaktionsskat", "Fransk finansskat"),
        "stamp": ("Britisk stempelafgift", "Stempelafgift (UK)"),
        "net_buy": ("Afregningsbeløb", "At betale", "Afregnet beløb"),
        "net_sell": ("Afregningsbeløb", "Til udbetaling", "Til Deres disposition"),
        "net": ("Afregningsbeløb", "Afregnet"),
        "rate": ("Valutakurs", "Omregningskurs"),
        "equivalent": ("Afregnet i {0}", "Modværdi {0}", "Beløb i {0}"),
        "page": ("Side {0} af {1}",),
        "summary": ("Oversigt over handler", "Handler på denne nota"),
        "of": ("Handel {0} af {1}",),
        "min": ("min.",),
        "intro_buy": ("Vi har for Deres regning købt:", "I henhold til Deres ordre har vi udført:"),
        "intro_sell": ("Vi har for Deres regning solgt:", "I henhold til Deres ordre har vi udført:"),
        "intro_multi": ("I henhold til Deres ordrer har vi udført følgende handler:",),
    },
    "en": {
        "title": ("CONTRACT NOTE", "Contract note", "SETTLEMENT NOTE"),
        "multi_title": ("CONTRACT NOTE", "COLLECTIVE CONTRACT NOTE", "Contract note - several trades"),
        "buy": ("Buy", "Bought"),
        "sell": ("Sell", "Sold"),
        "side": ("Transaction", "Type", "Side"),
        "security": ("Security", "Instrument"),
        "ticker": ("Ticker", "Symbol"),
        "market": ("Market place", "Trading venue", "Venue"),
        "trade_date": ("Trade date", "Trading day"),
        "settle": ("Settlement date", "Value date"),
        "time": ("Time", "Execution time"),
        "order": ("Order no.", "Order ID"),
        "deal": ("Deal no.", "Trade no.", "Contract no."),
        "note": ("Document no.", "Note no.", "Reference"),
        "client": ("Client no.", "Customer no."),
        "date": ("Date", "Printed"),
        "quantity": ("Quantity", "Number of shares"),
        "price": ("Price",),
        "gross": ("Amount", "Trade value", "Consideration"),
        "currency": ("Currency",),
        "commission": ("Brokerage", "Commission", "Courtage"),
        "fx_fee": ("Currency exchange fee", "FX fee"),
        "foreign_fee": ("Foreign trade fee", "Foreign market fee"),
        "sec_fee": ("SEC fee", "Transaction fee (SEC)"),
        "local_fee": ("Clearing fee", "Settlement fee"),
        "ftt": ("French FTT", "French transaction tax"),
        "stamp": ("UK stamp duty", "Stamp duty (UK)"),
        "net_buy": ("Amount to be debited", "Total to pay", "Settlement amount"),
        "net_sell": ("Amount to be credited", "Net proceeds", "Settlement amount"),
        "net": ("Settlement amount", "Net amount"),
        "rate": ("Exchange rate", "FX rate"),
        "equivalent": ("Settlement in {0}", "Equivalent in {0}", "Amount in {0}"),
        "page": ("Page {0} of {1}",),
        "summary": ("Summary of trades", "Trades on this note"),
        "of": ("Trade {0} of {1}",),
        "min": ("min.",),
        "intro_buy": ("On your instructions we have bought:", "We confirm the following purchase:"),
        "intro_sell": ("On your instructions we have sold:", "We confirm the following sale:"),
        "intro_multi": ("On your instructions we have executed the following trades:",),
    },
}
_LANGUAGE = {"SE": "sv", "NO": "no", "DK": "da"}
_NATIONALITY = {"SE": "Swedish", "NO": "Norwegian", "DK": "Danish"}
_ACCOUNT_LABELS = {
    ("sv", "SE"): ("Depå", "Depånr", "ISK", "Investeringssparkonto"),
    ("no", "NO"): ("VPS-konto", "Aksjesparekonto", "Depot"),
    ("da", "DK"): ("VP-konto", "Depot", "Depotnr."),
    ("en", "SE"): ("Custody account", "ISK account"),
    ("en", "NO"): ("VPS account", "Custody account", "ASK account"),
    ("en", "DK"): ("VP account", "Custody account"),
}
_CLIENT_NAMES = {
    "SE": (("Anna", "Lindqvist"), ("Erik", "Sandberg"), ("Karin", "Holmström"), ("Johan", "Ekström"), ("Maja", "Berg")),
    "NO": (("Ole", "Haugland"), ("Ingrid", "Bakke"), ("Lars", "Kristiansen"), ("Kari", "Nordby"), ("Sindre", "Lie")),
    "DK": (("Mette", "Søndergaard"), ("Rasmus", "Kjærgaard"), ("Sofie", "Dahl"), ("Henrik", "Møller"), ("Ida", "Krog")),
}
_CLIENT_STREETS = {
    "SE": (
        ("Storgatan", "114 55 Stockholm"),
        ("Vasagatan", "411 24 Göteborg"),
        ("Södra Förstadsgatan", "211 43 Malmö"),
    ),
    "NO": (("Bygdøy allé", "0262 Oslo"), ("Kongens gate", "7011 Trondheim"), ("Strandkaien", "5013 Bergen")),
    "DK": (("Nørregade", "8000 Aarhus C"), ("Vestergade", "5000 Odense C"), ("Strandvejen", "2900 Hellerup")),
}


@dataclass(frozen=True)
class Lot:
    """One trade on the note and what is printed beside it."""

    deal: Deal
    market: Market
    rate: Decimal | None  # local currency per unit of the trade currency; None when they are the same
    order_no: str
    time: str
    commission_rate: Decimal
    minimum: Decimal
    fx_fee_rate: Decimal | None


@dataclass(frozen=True)
class Look:
    """Per-document choices: language, labels, number and date formats."""

    lang: str
    labels: dict[str, str]
    number: str
    date_style: str
    bank: Bank

    def amount(self, value: Decimal) -> str:
        return money.fmt(value, self.number, decimals=2)

    def price(self, value: Decimal) -> str:
        exponent = value.as_tuple().exponent
        places = max(2, -exponent) if isinstance(exponent, int) else 2
        return money.fmt(value, self.number, decimals=places)

    def quantity(self, value: Decimal) -> str:
        return money.fmt(value, self.number)

    def day(self, value: date) -> str:
        return dates.fmt(value, self.date_style)

    def rate(self, value: Decimal) -> str:
        return money.fmt(value, self.number)


@dataclass(frozen=True)
class Block:
    height: float
    draw: Callable[[Sheet, float], None]


def _security(rng: random.Random, market: Market) -> tuple[str, str, str | None]:
    """(name as printed, ISIN, ticker)."""
    if market.country in _ROOTS:
        root, sector = rng.choice(_ROOTS[market.country]), rng.choice(_SECTORS[market.country])
        name = f"{root} {sector} {_FORMS[market.country]}"
        if market.country == "SE" and rng.random() < 0.45:
            name += rng.choice((" ser. B", " B", " ser. A"))
        isin = identifiers.isin(market.country, identifiers.national_number(rng, market.country))
        letters = [ch for ch in root.upper() if ch.isascii() and ch.isalpha()]
        ticker = "".join(letters[:3]) + sector[0].upper()
        return (name.upper() if rng.random() < 0.3 else name), isin, ticker
    sec = securities.equity(rng, market.country)
    name = sec.upper_name if rng.random() < 0.4 else sec.name
    return name, sec.isin, sec.ticker


def _rate(rng: random.Random, trade_ccy: str, local_ccy: str) -> Decimal:
    if (trade_ccy, local_ccy) == ("EUR", "DKK"):  # the peg
        return money.places(Decimal(str(rng.uniform(7.43, 7.47))), 4)
    raw = _IN_SEK[trade_ccy] / _IN_SEK[local_ccy] * rng.uniform(0.94, 1.06)
    return money.places(Decimal(str(raw)), 4 if raw > 2 else rng.choice((4, 6)))


def make_lot(
    rng: random.Random,
    bank: Bank,
    mic: str,
    *,
    trade_date: date,
    account: str,
    show_isin: bool,
    show_ticker: bool,
    commission_rate: str,
    rates: dict[str, Decimal],
) -> Lot:
    market = MARKETS[mic]
    currency = market.currency
    name, isin, ticker = _security(rng, market)

    def unit_price(r: random.Random) -> Decimal:
        if currency in ("SEK", "NOK", "DKK"):
            return trades.price(r, decimals=r.choice((2, 2, 2, 3, 4)), whole_digits=r.choice((1, 2, 2, 3, 3, 4)))
        return trades.price(r, decimals=r.choice((2, 2, 3, 4)), whole_digits=r.choice((1, 2, 2, 3)))

    def quantity(r: random.Random) -> Decimal:
        return Decimal(r.choice((r.randint(1, 99), r.randint(10, 2500), r.randint(1, 80) * 50)))

    low = Decimal(3000) if currency in ("SEK", "NOK", "DKK") else Decimal(300)
    q, p, gross = trades.draw(rng, currency, quantity, unit_price, minimum=low, maximum=Decimal(4_000_000))
    side = trades.side(rng)
    market_code = "US" if market.country == "US" else "EU"
    settle = dates.add_business_days(trade_date, dates.settlement_lag(rng, trade_date, market=market_code))
    minimum = rng.choice(_MINIMUMS[currency])
    charges = [Charge(COMMISSION, "commission", trades.rate_of(gross, commission_rate, currency, minimum=minimum))]
    foreign = currency != bank.currency
    fx_fee_rate = rng.choice(("0.0025", "0.0015", "0.005")) if foreign and rng.random() < 0.65 else None
    if fx_fee_rate is not None:
        charges.append(Charge(FEE, "fx_fee", trades.rate_of(gross, fx_fee_rate, currency)))
    if market.country not in ("SE", "NO", "DK", "FI") and rng.random() < 0.3:
        charges.append(Charge(FEE, "foreign_fee", Decimal(rng.choice(("5.00", "7.50", "10.00")))))
    if market.country == "US" and side == "SELL" and rng.random() < 0.75:
        charges.append(Charge(FEE, "sec_fee", trades.sec_fee(gross, trade_date)))
    if not foreign and rng.random() < 0.2:
        charges.append(Charge(FEE, "local_fee", Decimal(rng.choice(("9.00", "15.00", "25.00", "0.50")))))
    if side == "BUY" and market.country == "FR":
        rate = "0.004" if trade_date >= date(2025, 4, 1) else "0.003"
        charges.append(Charge(TAX, "ftt", trades.rate_of(gross, rate, currency)))
    if side == "BUY" and market.country == "GB":
        charges.append(Charge(TAX, "stamp", trades.rate_of(gross, "0.005", currency)))
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
        account=account,
        counterparty=bank.legal_name,
        trade_ref=rng.choice(
            (noise.digits(rng, 9), noise.digits(rng, 10), f"{noise.digits(rng, 6)}-{noise.digits(rng, 3)}")
        ),
        isin=isin if show_isin else None,
        ticker=ticker if show_ticker else None,
    )
    order_no = rng.choice(
        (noise.digits(rng, 8), f"{noise.digits(rng, 4)}{noise.letters(rng, 2)}{noise.digits(rng, 4)}")
    )
    rate_value = None
    if foreign:  # one rate per currency on a note
        rate_value = rates.setdefault(currency, _rate(rng, currency, bank.currency))
    return Lot(
        deal,
        market,
        rate_value,
        order_no,
        dates.clock(rng),
        Decimal(commission_rate),
        Decimal(minimum),
        Decimal(fx_fee_rate) if fx_fee_rate is not None else None,
    )


def _account(rng: random.Random, bank: Bank) -> str:
    if bank.country == "SE":
        return rng.choice(
            (noise.digits(rng, 7), f"{noise.digits(rng, 4)}-{noise.digits(rng, 7)}", noise.digits(rng, 8))
        )
    if bank.country == "NO":
        return rng.choice(
            (
                noise.digits(rng, 12),
                f"{noise.digits(rng, 4)}.{noise.digits(rng, 2)}.{noise.digits(rng, 5)}",
                f"0{noise.digits(rng, 4)} {noise.digits(rng, 7)}",
            )
        )
    return rng.choice(
        (
            f"{noise.digits(rng, 4)} {noise.digits(rng, 10)}",
            f"{noise.digits(rng, 4)}-{noise.digits(rng, 6)}-{noise.digits(rng, 2)}",
        )
    )


def _look(rng: random.Random, bank: Bank, lang: str) -> Look:
    labels = {key: rng.choice(options) for key, options in LABELS[lang].items()}
    labels["account"] = rng.choice(_ACCOUNT_LABELS[(lang, bank.country)])
    if lang == "en":
        number = rng.choice(("us", "us", "fr", "eu"))
        date_style = rng.choice(("iso", "dot", "short"))
    elif bank.country == "DK":
        number, date_style = rng.choice(("eu", "eu", "eu", "fr")), "dot"
    elif bank.country == "NO":
        number, date_style = rng.choice(("fr", "fr", "fr_nbsp", "eu")), rng.choice(("dot", "dot", "dot", "iso"))
    else:
        number, date_style = rng.choice(("fr", "fr", "fr_nbsp")), rng.choice(("iso", "iso", "iso", "dot"))
    return Look(lang, labels, number, date_style, bank)


def _side(look: Look, deal: Deal) -> str:
    return look.labels["buy"] if deal.is_buy else look.labels["sell"]


def _percent(look: Look, rate: Decimal) -> str:
    style = "plain" if look.number == "us" else "plain_comma"
    return f"{money.fmt((rate * 100).normalize(), style)} %"


def _charge_label(look: Look, lot: Lot, charge: Charge, with_rate: str) -> str:
    """The charge's label; with_rate "rate" adds the percentage, "min" the percentage and the minimum."""
    label = look.labels[charge.label]
    if charge.kind == COMMISSION and with_rate == "min":
        minimum = money.fmt(lot.minimum, look.number)
        return f"{label} ({_percent(look, lot.commission_rate)}, {look.labels['min']} {minimum} {lot.deal.currency})"
    if charge.kind == COMMISSION and with_rate == "rate":
        return f"{label} {_percent(look, lot.commission_rate)}"
    if charge.label == "fx_fee" and with_rate and lot.fx_fee_rate is not None:
        return f"{label} {_percent(look, lot.fx_fee_rate)}"
    return label


@dataclass(frozen=True)
class MoneyRow:
    label: str
    trade: str
    local: str | None
    bold: bool = False


def _money_rows(look: Look, lot: Lot, dual: bool, with_rate: str) -> list[MoneyRow]:
    deal = lot.deal

    def local(value: Decimal) -> str | None:
        if not dual or lot.rate is None:
            return None
        return look.amount(money.to_money(value * lot.rate, look.bank.currency))

    rows = [MoneyRow(look.labels["gross"], look.amount(deal.gross_amount), local(deal.gross_amount))]
    for charge in deal.charges:
        label = _charge_label(look, lot, charge, with_rate)
        rows.append(MoneyRow(label, look.amount(charge.amount), local(charge.amount)))
    net_label = look.labels["net_buy"] if deal.is_buy else look.labels["net_sell"]
    rows.append(MoneyRow(net_label, look.amount(deal.net_amount), local(deal.net_amount), bold=True))
    return rows


def _fx_lines(look: Look, lot: Lot, dual: bool) -> list[tuple[str, str]]:
    """The exchange-rate line, and the converted net when only that is converted."""
    if lot.rate is None:
        return []
    pair = f"{lot.deal.currency}/{look.bank.currency}"
    lines = [(f"{look.labels['rate']} {pair}", look.rate(lot.rate))]
    if not dual:
        local = money.to_money(lot.deal.net_amount * lot.rate, look.bank.currency)
        label = look.labels["equivalent"].format(look.bank.currency)
        lines.append((label, f"{look.amount(local)} {look.bank.currency}"))
    return lines


def _draw_money(
    sheet: Sheet,
    y: float,
    rows: list[MoneyRow],
    fx: list[tuple[str, str]],
    trade_ccy: str | None,
    local_ccy: str,
    beside: int,
) -> float:
    """The money column from MID to RIGHT: with trade_ccy, two value columns under currency headings. beside is the
    number of left-hand rows it sits next to; returns the y under both."""
    top = y
    if trade_ccy is not None:
        sheet.right(TRADE_COL, y, trade_ccy, font="Helvetica-Bold", size=8)
        sheet.right(LOCAL_COL, y, local_ccy, font="Helvetica-Bold", size=8)
        y += 13
    for row in rows:
        font = "Helvetica-Bold" if row.bold else "Helvetica"
        if row.bold:
            sheet.rule(MID, y - 10, RIGHT, weight=0.6)
        edge = TRADE_COL if trade_ccy is not None else RIGHT
        room = edge - MID - sheet.measure(row.trade, font=font, size=8.5) - 8
        size = 8.5
        while size > 6 and sheet.measure(row.label, font=font, size=size) > room:
            size -= 0.5
        sheet.text(MID, y, row.label, font=font, size=size)
        sheet.right(edge, y, row.trade, font=font, size=8.5)
        if trade_ccy is not None and row.local is not None:
            sheet.right(LOCAL_COL, y, row.local, font=font, size=8.5)
        y += 13
    y = max(y, top + 13 * beside)
    for label, value in fx:
        sheet.text(MID, y, label, size=8)
        sheet.right(RIGHT, y, value, size=8)
        y += 13
    return y


def _kv_block(rng: random.Random, look: Look, lot: Lot, *, caption: str | None, per_block_account: bool) -> Block:
    """Header bar, then references and dates on the left, quantity, price and money on the right."""
    deal, labels = lot.deal, look.labels
    dual = lot.rate is not None and rng.random() < 0.55
    with_rate = rng.choice(("", "", "", "rate", "min"))
    suffix = rng.random() < 0.5 and not dual
    market = rng.choice((lot.market.mic, lot.market.name, f"{lot.market.name} ({lot.market.mic})"))
    left: list[tuple[str, str]] = []
    if deal.isin:
        left.append(("ISIN", deal.isin))
    if deal.ticker:
        left.append((labels["ticker"], deal.ticker))
    left += [
        (labels["market"], market),
        (labels["trade_date"], look.day(deal.trade_date)),
        (labels["time"], lot.time),
        (labels["settle"], look.day(deal.settlement_date)),
        (labels["order"], lot.order_no),
        (labels["deal"], deal.trade_ref or ""),
    ]
    if not suffix and not dual:
        left.insert(1, (labels["currency"], deal.currency))
    if per_block_account:
        left.append((labels["account"], deal.account or ""))
    if rng.random() < 0.3:
        tail = left[-3:]
        rng.shuffle(tail)
        left[-3:] = tail
    code = f" {deal.currency}" if suffix else ""
    right = [
        MoneyRow(labels["quantity"], look.quantity(deal.quantity), None),
        MoneyRow(labels["price"], look.price(deal.price) + code, None),
    ]
    for row in _money_rows(look, lot, dual, with_rate):
        right.append(MoneyRow(row.label, row.trade + code, row.local, row.bold))
    fx = _fx_lines(look, lot, dual)
    shaded = rng.random() < 0.6
    title = f"{_side(look, deal)}   {deal.security_name}"
    rows = max(len(left), len(right) + (1 if dual else 0))
    height = 26 + 13 * rows + 13 * len(fx) + 14 + (12 if caption else 0)

    def draw(sheet: Sheet, y: float) -> None:
        if caption:
            sheet.text(LEFT, y, caption, font="Helvetica-Oblique", size=7.5)
            y += 12
        if shaded:
            sheet.box(LEFT, y - 11, RIGHT - LEFT, 17, fill=0.88)
        else:
            sheet.rule(LEFT, y + 6, RIGHT, weight=0.8)
        sheet.text(LEFT + 5, y + 1, title, font="Helvetica-Bold", size=10)
        y += 22
        for i, (label, value) in enumerate(left):
            sheet.text(LEFT, y + 13 * i, label, size=8.5)
            sheet.text(LEFT + 105, y + 13 * i, value, size=8.5)
        _draw_money(sheet, y, right, fx, deal.currency if dual else None, look.bank.currency, len(left))

    return Block(height, draw)


def _table_block(rng: random.Random, look: Look, lot: Lot, *, caption: str | None, per_block_account: bool) -> Block:
    """Name and ISIN line, a one-row table of the trade, the charges under it and the references."""
    deal, labels = lot.deal, look.labels
    dual = lot.rate is not None and rng.random() < 0.5
    with_rate = rng.choice(("", "", "", "rate", "min"))
    heads = [labels["side"], labels["trade_date"], labels["settle"], labels["quantity"], labels["price"]]
    values = [
        _side(look, deal),
        look.day(deal.trade_date),
        look.day(deal.settlement_date),
        look.quantity(deal.quantity),
        look.price(deal.price),
    ]
    heads += [labels["currency"], labels["gross"]]
    values += [deal.currency, look.amount(deal.gross_amount)]
    # column right edges (text columns are left-aligned at the previous edge + 4)
    edges = [LEFT + 62, LEFT + 140, LEFT + 218, LEFT + 300, LEFT + 380, LEFT + 420, RIGHT]
    right_aligned = [False, False, False, True, True, False, True]
    money_rows = _money_rows(look, lot, dual, with_rate)[1:]
    fx = _fx_lines(look, lot, dual)
    refs = [(labels["order"], lot.order_no), (labels["deal"], deal.trade_ref or ""), (labels["time"], lot.time)]
    if per_block_account:
        refs.append((labels["account"], deal.account or ""))
    rng.shuffle(refs)
    market = rng.choice((lot.market.mic, lot.market.name))
    ident = []
    if deal.isin:
        ident.append(f"ISIN {deal.isin}")
    if deal.ticker:
        ident.append(f"{labels['ticker']} {deal.ticker}")
    ident.append(f"{labels['market']} {market}")
    height = 16 + 12 + 32 + 13 * (len(money_rows) + (1 if dual else 0) + len(fx)) + 20 + (12 if caption else 0)

    def draw(sheet: Sheet, y: float) -> None:
        if caption:
            sheet.text(LEFT, y, caption, font="Helvetica-Oblique", size=7.5)
            y += 12
        sheet.text(LEFT, y, deal.security_name, font="Helvetica-Bold", size=10)
        y += 12
        sheet.text(LEFT, y, "   ".join(ident), size=7.5)
        y += 8
        sheet.box(LEFT, y, RIGHT - LEFT, 13, fill=0.9)
        start = LEFT
        for head, value, edge, flush in zip(heads, values, edges, right_aligned, strict=True):
            if flush:
                sheet.right(edge - 3, y + 9.5, head, font="Helvetica-Bold", size=7.5)
                sheet.right(edge - 3, y + 25, value, size=8.5)
            else:
                sheet.text(start + 3, y + 9.5, head, font="Helvetica-Bold", size=7.5)
                sheet.text(start + 3, y + 25, value, size=8.5)
            start = edge
        sheet.rule(LEFT, y + 30, RIGHT, weight=0.3)
        y += 44
        y = _draw_money(sheet, y, money_rows, fx, deal.currency if dual else None, look.bank.currency, 0)
        sheet.text(LEFT, y + 2, "    ".join(f"{label}: {value}" for label, value in refs), size=7.5)

    return Block(height, draw)


def _summary_block(rng: random.Random, look: Look, lots: list[Lot]) -> Block:
    """A table listing the note's trades (net amount or trade value) before the trades themselves."""
    labels = look.labels
    net = labels["net"] if rng.random() < 0.7 else labels["gross"]
    heads = [labels["deal"], labels["security"], labels["side"], labels["quantity"], labels["currency"], net]
    rows = []
    for lot in lots:
        deal = lot.deal
        rows.append(
            [
                deal.trade_ref or "",
                deal.security_name,
                _side(look, deal),
                look.quantity(deal.quantity),
                deal.currency,
                look.amount(deal.net_amount if net == labels["net"] else deal.gross_amount),
            ]
        )
    xs = [LEFT, LEFT + 80, LEFT + 290, LEFT + 390, LEFT + 400, RIGHT]
    height = 14 + 13 + 12 * len(rows) + 16

    def draw(sheet: Sheet, y: float) -> None:
        sheet.text(LEFT, y, labels["summary"], font="Helvetica-Bold", size=9)
        y += 14
        sheet.rule(LEFT, y - 9, RIGHT, weight=0.4)
        for i, head in enumerate(heads):
            if i in (3, 5):
                sheet.right(xs[i], y, head, font="Helvetica-Bold", size=7.5)
            else:
                sheet.text(xs[i], y, head, font="Helvetica-Bold", size=7.5)
        sheet.rule(LEFT, y + 3, RIGHT, weight=0.4)
        y += 13
        for row in rows:
            for i, cell in enumerate(row):
                if i in (3, 5):
                    sheet.right(xs[i], y, cell, size=8)
                else:
                    sheet.text(xs[i] + (4 if i == 4 else 0), y, cell[:42], size=8)
            y += 12
        sheet.rule(LEFT, y - 8, RIGHT, weight=0.4)

    return Block(height, draw)


def _disclaimer(rng: random.Random, look: Look, lots: list[Lot]) -> list[str]:
    bank, lang = look.bank, look.lang
    policy = noise.old_date(rng, look.date_style)
    days = rng.choice((2, 3, 5, 8))
    year = lots[0].deal.trade_date.year
    pct = money.fmt(Decimal(rng.randint(150, 290)).scaleb(-2), "plain_comma" if lang != "en" else "plain")
    deadline = look.day(dates.add_business_days(lots[0].deal.trade_date, days))
    if lang == "sv":
        sentences = [
            f"Affären har utförts i enlighet med riktlinjerna för orderutförande hos {bank.legal_name}, gällande "
            f"från {policy}. Eventuella fel på denna avräkningsnota ska anmälas senast {deadline}, dvs. inom {days} "
            "bankdagar, annars anses innehållet godkänt.",
            f"För investeringssparkonto (ISK) beräknas schablonintäkt på kapitalunderlaget med statslåneräntan "
            f"{pct} % plus 1 procentenhet för {year}; ingen skatt tas ut på enskilda affärer.",
            f"Courtaget framgår av gällande prislista; minsta courtage är {rng.choice(_MINIMUMS['SEK'])} SEK per "
            f"affär. Utländska affärer växlas till SEK med en avgift om {rng.choice(('0,25', '0,15', '0,50'))} %.",
            f"{bank.legal_name} står under tillsyn av Finansinspektionen (institutnr {rng.randint(10000, 99999)}). "
            f"Kontoförande institut: {bank.legal_name}, {', '.join(bank.address)}.",
        ]
    elif lang == "no":
        sentences = [
            f"Handelen er gjennomført i henhold til {bank.legal_name} sine retningslinjer for ordreutførelse datert "
            f"{policy}. Eventuelle feil må meldes innen {days} virkedager, senest {deadline}.",
            f"Gevinst på aksjesparekonto (ASK) skattlegges først ved uttak. Skjermingsrenten for {year - 1} var "
            f"{pct} %, og oppjusteringsfaktoren for aksjeinntekt er 1,72 ({year}).",
            f"Minste kurtasje er NOK {rng.choice(_MINIMUMS['NOK'])},00 per handel. Handler i utenlandsk valuta "
            f"veksles med et påslag på {rng.choice(('0,25', '0,15', '0,50'))} %.",
            f"{bank.legal_name} er under tilsyn av Finanstilsynet og er medlem av Verdipapirsentralen (VPS), "
            f"kontofører nr. {rng.randint(1000, 9999)}.",
        ]
    elif lang == "da":
        sentences = [
            f"Handlen er gennemført i henhold til ordreudførelsespolitikken for {bank.legal_name} af {policy}. "
            f"Eventuelle fejl bedes meddelt inden {days} bankdage, dvs. senest {deadline}.",
            f"Gevinst og tab på aktier beskattes som aktieindkomst med 27 % op til 79.400 kr. og 42 % herover "
            f"({year}). På aktiesparekonto beskattes afkastet med 17 % efter lagerprincippet.",
            f"Kurtagen er {pct} promille, dog min. DKK {rng.choice(_MINIMUMS['DKK'])},00 pr. handel. "
            f"Udenlandske handler afregnes til bankens valutakurs tillagt {rng.choice(('0,25', '0,15', '0,50'))} %.",
            f"{bank.legal_name} er under tilsyn af Finanstilsynet (FT-nr. {rng.randint(1000, 9999)}) og er "
            f"kontoførende institut i Euronext Securities Copenhagen (VP).",
        ]
    else:
        sentences = [
            f"The trade was executed in accordance with the order execution policy of {bank.legal_name} dated "
            f"{policy}. Please report any error within {days} business days, at the latest on {deadline}.",
            f"Minimum brokerage is {bank.currency} {rng.choice(_MINIMUMS[bank.currency])} per trade. Trades in a "
            f"foreign currency are converted at our rate plus a margin of {rng.choice(('0.25', '0.15', '0.50'))}%.",
            f"We do not withhold tax on the proceeds of sales. Your annual statement for {year} is available from "
            f"{rng.randint(15, 31)} January {year + 1} in the online service.",
            f"{bank.legal_name} is supervised by the {_NATIONALITY[bank.country]} "
            f"Financial Supervisory Authority, reference {rng.randint(10000, 99999)}.",
        ]
    return sentences[:1] + rng.sample(sentences[1:], k=rng.randint(1, 3))


def _paragraph_height(text: str, width: float, size: float) -> float:
    return len(simpleSplit(text, "Helvetica", size, width)) * (size + 2)


def _client_lines(rng: random.Random, bank: Bank, lang: str) -> list[str]:
    if lang == "en":
        client = noise.client(rng, rng.choice(("GB", "US", "DE", "IE")))
        return [client.name, *client.address]
    first, last = rng.choice(_CLIENT_NAMES[bank.country])
    street, city = rng.choice(_CLIENT_STREETS[bank.country])
    line = f"{street} {rng.randint(2, 88)}"
    if bank.country == "DK" and rng.random() < 0.5:
        line += f", {rng.randint(1, 5)}. {rng.choice(('th.', 'tv.', 'mf.'))}"
    name = f"{first} {last}"
    if rng.random() < 0.4:
        name = name.upper()
        city = city.upper()
    return [name, line, city]


def build(rng: random.Random) -> Document:
    bank = rng.choice(BANKS)
    lang = "en" if rng.random() < 0.22 else _LANGUAGE[bank.country]
    look = _look(rng, bank, lang)
    count = 1 if rng.random() < 0.68 else rng.choice((2, 2, 3, 4))
    account = _account(rng, bank)
    trade_date = dates.trade_day(rng)
    show_isin = rng.random() < 0.85
    show_ticker = rng.random() < 0.35
    commission_rate = rng.choice(_RATES)
    lots = []
    rates: dict[str, Decimal] = {}
    for _ in range(count):
        roll = rng.random()
        if roll < 0.55:
            mic = bank.home
        elif roll < 0.7:
            mic = rng.choice([m for m in ("XSTO", "XOSL", "XCSE", "XHEL") if m != bank.home])
        else:
            mic = rng.choice(FOREIGN)
        lots.append(
            make_lot(
                rng,
                bank,
                mic,
                trade_date=trade_date,
                account=account,
                show_isin=show_isin,
                show_ticker=show_ticker,
                commission_rate=commission_rate,
                rates=rates,
            )
        )
    note_date = dates.add_business_days(trade_date, rng.choice((0, 0, 1)))
    client_no = noise.digits(rng, rng.choice((6, 7, 8)))
    if count == 1 and rng.random() < 0.5:
        note_no = lots[0].deal.trade_ref or ""
    else:
        note_no = f"{note_date.year}{noise.digits(rng, 7)}"
    style = rng.choice(("kv", "table"))
    per_block_account = rng.random() < 0.3
    blocks: list[Block] = []
    if count > 1 and rng.random() < 0.5:
        blocks.append(_summary_block(rng, look, lots))
    for i, lot in enumerate(lots):
        caption = look.labels["of"].format(i + 1, count) if count > 1 else None
        chosen = style if rng.random() < 0.85 else ("table" if style == "kv" else "kv")
        maker = _kv_block if chosen == "kv" else _table_block
        blocks.append(maker(rng, look, lot, caption=caption, per_block_account=per_block_account))
    sentences = _disclaimer(rng, look, lots)
    disclaimer_height = sum(_paragraph_height(s, RIGHT - LEFT, 6.8) + 3 for s in sentences) + 10
    if count == 1:
        intro = look.labels["intro_buy"] if lots[0].deal.is_buy else look.labels["intro_sell"]
    else:
        intro = look.labels["intro_multi"]
    client_lines = _client_lines(rng, bank, lang)
    org, phone = bank.org, bank.phone
    title = look.labels["title"] if count == 1 else look.labels["multi_title"]
    doc_code = f"{rng.choice(('AVN', 'NOTA', 'SN', 'FA'))}{noise.digits(rng, 4)}-{noise.digits(rng, 2)}"
    letterhead_right = rng.random() < 0.5

    # pagination: first page body starts under the address window, later pages under a short header
    first_top, later_top = 268.0, 112.0
    pages: list[list[tuple[Block, float]]] = [[]]
    y = first_top + 16

    def draw_disclaimer(sheet: Sheet, y: float) -> None:
        sheet.rule(LEFT, y - 2, RIGHT, weight=0.3)
        y += 4
        for sentence in sentences:
            y = sheet.paragraph(LEFT, y + 3, RIGHT - LEFT, sentence, size=6.8)

    for block in [*blocks, Block(disclaimer_height, draw_disclaimer)]:
        if y + block.height > BOTTOM and pages[-1]:
            pages.append([])
            y = later_top
        pages[-1].append((block, y))
        y += block.height + 8
    total = len(pages)

    sheet = Sheet(title=f"{title} {note_no}", author=bank.legal_name)
    meta = [
        (look.labels["date"], look.day(note_date)),
        (look.labels["client"], client_no),
        (look.labels["account"], account),
        (look.labels["note"], note_no),
    ]
    for number, placed in enumerate(pages, start=1):
        if number > 1:
            sheet.next_page()
        _letterhead(sheet, bank, org, phone, right=letterhead_right, full=number == 1)
        if number == 1:
            sheet.lines(LEFT, 150, client_lines, leading=12, size=9.5)
            for i, (label, value) in enumerate(meta):
                sheet.text(360, 150 + 12 * i, label, size=8)
                sheet.right(RIGHT, 150 + 12 * i, value, size=8)
            sheet.text(LEFT, 248, title, font="Helvetica-Bold", size=14)
            sheet.text(LEFT, first_top, intro, size=8.5)
        else:
            sheet.text(LEFT, 92, f"{title}  {note_no}", font="Helvetica-Bold", size=10)
            sheet.right(RIGHT, 92, f"{look.labels['account']} {account}", size=8)
        for block, top in placed:
            block.draw(sheet, top)
        sheet.rule(LEFT, 790, RIGHT, weight=0.5)
        sheet.text(LEFT, 800, f"{bank.legal_name}  ·  {', '.join(bank.address)}  ·  {org}", size=6.5)
        sheet.text(LEFT, 809, f"{bank.web}  ·  {phone}  ·  {doc_code}", size=6.5)
        sheet.right(RIGHT, 809, look.labels["page"].format(number, total), size=7)
    return Document(sheet.finish(), "confirmation", [lot.deal.truth() for lot in lots])


def _letterhead(sheet: Sheet, bank: Bank, org: str, phone: str, *, right: bool, full: bool) -> None:
    if right:
        sheet.right(RIGHT, 52, bank.brand, font="Helvetica-Bold", size=17)
        if full:
            sheet.lines(LEFT, 44, [bank.legal_name, *bank.address, phone], leading=9.5, size=7.5)
    else:
        sheet.text(LEFT, 52, bank.brand, font="Helvetica-Bold", size=17)
        if full:
            for i, line in enumerate([bank.legal_name, *bank.address, phone]):
                sheet.right(RIGHT, 40 + 9.5 * i, line, size=7.5)
    sheet.rule(LEFT, 76 if not full else 96, RIGHT, weight=1.0)
    if full:
        sheet.text(LEFT, 106, org, size=6.5)


LAYOUT = Layout(
    name="nordic_contract_note",
    kind="pdf",
    heldout=False,
    build=build,
    description="Swedish/Norwegian/Danish bank contract note PDF (sv/no/da/en), courtage, FX rate and dual currency, "
    "1 234,56 / 1.234,56, one to four trades",
    single_page_pdf=False,
)
