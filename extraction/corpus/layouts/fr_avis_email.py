"""Avis d'opéré by email, in French: private banks and online brokers in France, French-speaking Belgium,
Geneva and Luxembourg.

Mostly a plain-text body (quoted-printable or 8bit UTF-8), now and then with a minimal HTML alternative. The
advice comes as aligned "Libellé : valeur" lines (plain, dotted leaders or right-aligned amounts), as several
such blocks one after the other, or as a small text table of executions ("Sens | Quantité | Valeur | Cours |
Montant brut | Courtage | Frais | TTF | Net"). Numbers are 1 234,56 (space, no-break space or narrow no-break
space) in France, 1.234,56 in Belgium and Luxembourg, 1'234.56 or 1.234,56 in Geneva; dates 14/03/2025,
14.03.2025 or "vendredi 14 mars 2025"; sides Achat/Vente, Souscription/Rachat for funds. Charges: courtage with
a minimum (commission), frais de bourse, de place or de correspondant (fees), the French TTF on purchases of
large French caps, the Belgian TOB and the Swiss federal stamp duty (taxes).

Noise: execution time, order type with a limit price, a Swiss bank's exchange rate and CHF countervalue of a
EUR trade, a table's net balance, a signature with telephone numbers and a long legal notice with registration
numbers, capital and guarantee amounts. Some messages are a client's reply quoting the advice with ">" under
"Le 14/03/2025 à 18:12, ... a écrit :", or a forward ("Message transféré", Outlook's "De : / Envoyé : / Objet :")
below a short note with numbers of its own. About one in six is a cover note with no trade: a statement, a tax
form or an advice is available online, or the tariff changes.
"""

from __future__ import annotations

import html
import random
import re
import textwrap
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage

from .. import dates, identifiers, mail, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

Row = tuple[str, str, str]  # key, label, value


@dataclass(frozen=True)
class Bank:
    key: str  # fr_private, fr_online, be, ch, lu
    country: str  # FR, BE, CH or LU
    legal_name: str
    brand: str
    address: tuple[str, ...]
    domain: str
    styles: tuple[str, ...]  # number styles
    date_styles: tuple[str, ...]
    markets: tuple[str, ...]  # where its clients' shares come from

    @property
    def city(self) -> str:
        return self.address[-1].split(" ", 1)[1]


BANKS = (
    Bank(
        "fr_private",
        "FR",
        "Banque Delorme-Vasseur SA",
        "Banque Delorme-Vasseur",
        ("12, rue de la Chaussée-d'Antin", "75009 Paris"),
        "delorme-vasseur.example.fr",
        ("fr", "fr_nbsp", "fr_nnbsp"),
        ("uk", "uk", "long", "long_weekday"),
        ("FR", "FR", "FR", "NL", "DE", "BE"),
    ),
    Bank(
        "fr_online",
        "FR",
        "Cartelis Bourse SAS",
        "Cartelis Bourse",
        ("41, quai Saint-Antoine", "69002 Lyon"),
        "cartelis-bourse.example.fr",
        ("fr", "fr_nnbsp", "fr_nbsp"),
        ("uk", "uk", "uk", "long"),
        ("FR", "FR", "FR", "FR", "NL", "DE"),
    ),
    Bank(
        "be",
        "BE",
        "Banque Hesbaye & Condroz SA",
        "Banque Hesbaye & Condroz",
        ("Boulevard d'Avroy 112", "4000 Liège"),
        "hesbaye-condroz.example.be",
        ("eu", "eu", "fr"),
        ("uk", "dot", "long"),
        ("BE", "BE", "FR", "FR", "NL"),
    ),
    Bank(
        "ch",
        "CH",
        "Banque Privée Lémanique SA",
        "Banque Privée Lémanique",
        ("Quai du Mont-Blanc 9", "1201 Genève"),
        "lemanique-bp.example.ch",
        ("ch", "ch", "eu"),
        ("dot", "dot", "uk", "long"),
        ("CH", "CH", "CH", "DE", "FR"),
    ),
    Bank(
        "lu",
        "LU",
        "Banque de l'Alzette S.A.",
        "Banque de l'Alzette",
        ("24, boulevard Royal", "L-2449 Luxembourg"),
        "alzette-bank.example.lu",
        ("eu", "fr", "fr_nbsp"),
        ("uk", "dot", "long"),
        ("FR", "DE", "BE", "NL"),
    ),
)

_MONTHS = tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())
_SHORT_MONTHS = tuple("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split())
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FIRST = (
    "Jean-Marc",
    "Sophie",
    "Philippe",
    "Isabelle",
    "Laurent",
    "Catherine",
    "Olivier",
    "Nathalie",
    "Pierre-Yves",
    "Véronique",
    "Thierry",
    "Anne-Sophie",
    "Benoît",
    "Élodie",
    "Grégoire",
    "Martine",
)
_LAST = (
    "Lefèvre",
    "Dubois",
    "Marchal",
    "Girardin",
    "Vandenberghe",
    "Rochat",
    "Fontaine",
    "Mercier",
    "Duchêne",
    "Perrin",
    "Lambert",
    "Wauters",
    "Favre",
    "Schmit",
    "Keller",
    "Bonnard",
)
_FUND_ROOTS = ("Vauban", "Mistral", "Ardennes", "Quercy", "Léman", "Morvan", "Ermitage", "Beaulieu", "Sévigné")
_FUND_THEMES = (
    "Actions Europe",
    "Obligations Court Terme",
    "Patrimoine",
    "Sélection PME",
    "Monétaire",
    "Actions Monde",
    "Flexible",
)
_FUND_SHARES = ("Part C", "Part D", "Part I", "Classe A Cap", "Classe B Dis", "R EUR Acc")
_VENUES = {
    "FR": ("Euronext Paris",),
    "NL": ("Euronext Amsterdam",),
    "BE": ("Euronext Bruxelles", "Euronext Brussels"),
    "DE": ("Xetra", "Xetra", "Bourse de Francfort"),
    "CH": ("SIX Swiss Exchange", "SIX Swiss Exchange", "BX Swiss"),
}


# --- dates and numbers ---------------------------------------------------------------------------------------


def fdate(day: date, style: str) -> str:
    if style in ("long", "long_weekday"):
        first = "1er" if day.day == 1 else str(day.day)
        text = f"{first} {_MONTHS[day.month - 1]} {day.year}"
        return f"{_WEEKDAYS[day.weekday()]} {text}" if style == "long_weekday" else text
    return dates.fmt(day, style)


def _short_date(day: date, style: str) -> str:
    """Table headers and quote lines: the numeric form of the document's style."""
    return dates.fmt(day, "dot" if style == "dot" else "uk")


class Printer:
    """The bank's number style and where it puts the currency."""

    def __init__(self, rng: random.Random, bank: Bank, currency: str) -> None:
        self.style = rng.choice(bank.styles)
        self.currency = currency
        if bank.country == "CH":
            choices = ("prefix", "prefix", "suffix", "bare")
        else:
            choices = ("suffix", "suffix", "sign", "bare")
        self.placement = rng.choice(choices)
        if self.placement == "sign" and currency != "EUR":
            self.placement = "suffix"

    def number(self, value: Decimal, *, decimals: int | None = None) -> str:
        return money.fmt(value, self.style, decimals=decimals)

    def bare(self, value: Decimal, *, unit: bool = False) -> str:
        exponent = value.as_tuple().exponent
        decimals = max(2, -exponent) if unit and isinstance(exponent, int) else 2
        return money.fmt(value, self.style, decimals=decimals)

    def amount(self, value: Decimal, *, unit: bool = False, currency: str | None = None) -> str:
        text = self.bare(value, unit=unit)
        code = currency or self.currency
        if self.placement == "prefix":
            return f"{code} {text}"
        if self.placement == "sign":
            return f"{text} €"
        if self.placement == "bare" and currency is None:
            return text
        return f"{text} {code}"


class Template:
    """A bank's template for one message: every label, word and order is drawn once and reused, so the several
    advices of one message read alike."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.chosen: dict[str, object] = {}

    def pick(self, key: str, options: tuple[str, ...]) -> str:
        if key not in self.chosen:
            self.chosen[key] = self.rng.choice(options)
        return str(self.chosen[key])

    def flag(self, key: str, chance: float) -> bool:
        key = f"flag:{key}"
        if key not in self.chosen:
            self.chosen[key] = self.rng.random() < chance
        return bool(self.chosen[key])


# --- the trades ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Execution:
    deal: Deal
    instrument: Instrument
    venue: str
    fund: bool
    time: str
    limit: Decimal | None  # the order's limit price, None for a market order
    order_kind: str  # "market", "best", "limit"


def _account(rng: random.Random, bank: Bank) -> str:
    d = noise.digits
    shapes = {
        "fr_private": (lambda: d(rng, 11), lambda: f"{d(rng, 5)} {d(rng, 6)}", lambda: f"{d(rng, 8)}-{d(rng, 2)}"),
        "fr_online": (lambda: f"{d(rng, 8)}{noise.letters(rng, 1)}", lambda: d(rng, 9)),
        "be": (lambda: f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 2)}", lambda: f"{d(rng, 4)} {d(rng, 4)} {d(rng, 4)}"),
        "ch": (lambda: f"{d(rng, 4)}.{d(rng, 6)}.{d(rng, 2)}", lambda: f"{d(rng, 3)}-{d(rng, 6)}.{d(rng, 3)}"),
        "lu": (lambda: f"{d(rng, 7)}-{d(rng, 2)}-{d(rng, 3)}", lambda: f"{d(rng, 4)}/{d(rng, 7)}"),
    }
    return rng.choice(shapes[bank.key])()


def _reference(rng: random.Random, bank: Bank, day: date, shape: int | None = None) -> str:
    d = noise.digits
    shapes = {
        "fr_private": (lambda: f"OP{d(rng, 10)}", lambda: f"{day:%Y%m%d}-{d(rng, 6)}"),
        "fr_online": (lambda: d(rng, 9), lambda: f"CB{d(rng, 8)}"),
        "be": (lambda: f"{d(rng, 4)}/{d(rng, 6)}", lambda: f"AO-{d(rng, 8)}"),
        "ch": (lambda: d(rng, 8), lambda: f"BPL-{d(rng, 7)}"),
        "lu": (lambda: f"{noise.letters(rng, 2)}{d(rng, 8)}", lambda: f"{day:%y%m%d}/{d(rng, 5)}"),
    }
    options = shapes[bank.key]
    return options[shape % len(options)]() if shape is not None else rng.choice(options)()


@dataclass(frozen=True)
class Instrument:
    name: str  # as printed
    isin: str
    ticker: str | None
    market: str  # FR, NL, BE, DE, CH; "FUND" for a fund
    large_cap: bool  # a French company worth more than a billion: its purchases pay the TTF


def _share(rng: random.Random, tpl: Template, bank: Bank) -> Instrument:
    market = rng.choice(bank.markets)
    security = securities.equity(rng, market)
    name = security.name
    if market == "FR":
        name += tpl.pick("fr_class", ("", "", " ACT.", " (ACT)"))
    elif market == "CH":
        name += tpl.pick("ch_class", ("", " N", " nom."))
    if tpl.flag("upper", 0.5):
        name = name.upper()
    ticker = security.ticker if bank.country == "FR" and tpl.flag("ticker", 0.35) else None
    return Instrument(name, security.isin, ticker, market, market == "FR" and rng.random() < 0.75)


def _fund(rng: random.Random, bank: Bank) -> Instrument:
    country = rng.choice(("FR", "LU")) if bank.country != "CH" else rng.choice(("LU", "CH"))
    kind = rng.choice(("", "", "FCP ", "SICAV "))
    name = f"{kind}{rng.choice(_FUND_ROOTS)} {rng.choice(_FUND_THEMES)} {rng.choice(_FUND_SHARES)}"
    isin = identifiers.isin(country, ("00" if country == "FR" else "") + noise.digits(rng, 7 if country == "FR" else 9))
    return Instrument(name, isin, None, "FUND", False)


def _currency(instrument: Instrument, bank: Bank) -> str:
    if instrument.market == "CH" or (instrument.market == "FUND" and instrument.isin.startswith("CH")):
        return "CHF"
    return "EUR"


def _courtage(rng: random.Random, bank: Bank, gross: Decimal, currency: str) -> Decimal:
    if bank.key == "fr_online":
        if gross <= 500:
            return Decimal("1.99")
        if gross <= 2000:
            return Decimal("3.90")
        if gross <= 10_000:
            return Decimal("8.90")
        return trades.rate_of(gross, "0.0009", currency)
    rate, floor = {
        "fr_private": (("0.0055", "16.50"), ("0.0045", "12.00"), ("0.0060", "20.00")),
        "be": (("0.0050", "24.20"), ("0.0040", "19.95")),
        "ch": (("0.0080", "80.00"), ("0.0065", "60.00")),
        "lu": (("0.0045", "35.00"), ("0.0050", "25.00")),
    }[bank.key][rng.randrange(2)]
    return trades.rate_of(gross, rate, currency, minimum=floor)


def _ttf_rate(day: date) -> tuple[str, str]:
    return ("0.004", "0,4") if day >= date(2025, 4, 1) else ("0.003", "0,3")


def _charges(
    rng: random.Random,
    tpl: Template,
    bank: Bank,
    instrument: Instrument,
    side: str,
    gross: Decimal,
    currency: str,
    day: date,
) -> list[Charge]:
    """The advice's charge lines, each with its own label."""
    buy = side == "BUY"
    charges: list[Charge] = []
    if instrument.market == "FUND":
        if buy and rng.random() < 0.7:
            rate = rng.choice(("0.01", "0.02", "0.025", "0.005"))
            label = tpl.pick("entry", ("Commission de souscription", "Droits d'entrée", "Commission de placement"))
            charges.append(Charge(COMMISSION, label, trades.rate_of(gross, rate, currency)))
        elif not buy and rng.random() < 0.3:
            charges.append(Charge(FEE, "Frais de transaction", Decimal(rng.choice(("15.00", "25.00", "30.00")))))
        if bank.country == "BE" and not buy and "Cap" in instrument.name:
            tob = trades.rate_of(gross, "0.0132", currency, maximum="4000")
            label = tpl.pick("tob_fund", ("TOB (1,32 %)", "Taxe sur les opérations de bourse"))
            charges.append(Charge(TAX, label, tob))
        return charges
    label = tpl.pick("courtage", ("Courtage", "Courtage", "Commission de courtage", "Frais de courtage", "Commission"))
    charges.append(Charge(COMMISSION, label, _courtage(rng, bank, gross, currency)))
    foreign = instrument.market not in {"FR": ("FR",), "BE": ("BE",), "CH": ("CH",), "LU": ()}[bank.country]
    if bank.country == "CH":
        charges.append(Charge(FEE, "Frais de bourse", trades.rate_of(gross, "0.00015", currency, minimum="1.00")))
    elif bank.key != "fr_online" and rng.random() < 0.5:
        label = tpl.pick("market_fee", ("Frais de bourse", "Frais de marché", "Frais de règlement-livraison"))
        charges.append(Charge(FEE, label, trades.rate_of(gross, "0.0001", currency, minimum="0.90")))
    if foreign and bank.key != "fr_online" and rng.random() < 0.6:
        label = tpl.pick("foreign_fee", ("Frais de place étrangère", "Frais de correspondant", "Frais de tiers"))
        charges.append(Charge(FEE, label, Decimal(rng.choice(("9.50", "14.50", "18.00", "25.00")))))
    if bank.country == "BE":
        tob = trades.rate_of(gross, "0.0035", currency, maximum="1600")
        label = tpl.pick("tob", ("TOB", "Taxe sur les opérations de bourse", "TOB (0,35 %)", "Taxe boursière"))
        charges.append(Charge(TAX, label, tob))
    if bank.country == "CH":
        rate, printed = ("0.00075", "0,075") if instrument.market == "CH" else ("0.0015", "0,15")
        label = tpl.pick("stamp", ("Droit de timbre fédéral", "Timbre fédéral de négociation", "Droit de timbre"))
        label = f"{label} ({printed} %)" if label == "Droit de timbre" else label
        charges.append(Charge(TAX, label, trades.rate_of(gross, rate, currency)))
    if buy and instrument.large_cap:
        rate, printed = _ttf_rate(day)
        label = tpl.pick("ttf", ("TTF", "Taxe sur les transactions financières", "TTF (rate)", "TTF France"))
        label = label.replace("rate", f"{printed} %")
        charges.append(Charge(TAX, label, trades.rate_of(gross, rate, currency)))
    return charges


def make_execution(
    rng: random.Random,
    tpl: Template,
    bank: Bank,
    *,
    account: str,
    day: date,
    instrument: Instrument | None = None,
    side: str | None = None,
    fund: bool = False,
    lag: int | None = None,
) -> Execution:
    if instrument is None:
        instrument = _fund(rng, bank) if fund else _share(rng, tpl, bank)
    fund = instrument.market == "FUND"
    currency = _currency(instrument, bank)
    if fund:
        units, unit_price = trades.fund_units, lambda r: trades.price(r, decimals=2, whole_digits=r.choice((2, 3, 4)))
    else:
        units = trades.shares

        def unit_price(r: random.Random) -> Decimal:
            whole = r.choice((1, 2, 2, 3))
            return trades.price(r, decimals=r.choice((2, 2, 3)) if whole > 1 else r.choice((3, 4)), whole_digits=whole)

    floor = Decimal(2500 if bank.country == "CH" else 800)
    q, p, gross = trades.draw(rng, currency, units, unit_price, minimum=floor, maximum=Decimal(1_800_000))
    side = side or trades.side(rng)
    if lag is None:
        lag = rng.choice((1, 2, 3)) if fund else (2 if rng.random() < 0.93 else 3)
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=instrument.name,
        trade_date=day,
        settlement_date=dates.add_business_days(day, lag),
        gross_amount=gross,
        charges=tuple(_charges(rng, tpl, bank, instrument, side, gross, currency, day)),
        account=account,
        counterparty=bank.legal_name,
        trade_ref=_reference(rng, bank, day, int(tpl.pick("ref_shape", ("0", "1")))),
        isin=instrument.isin,
        ticker=instrument.ticker,
    )
    venue = (
        rng.choice(("Agent de transfert", "Hors marché - valeur liquidative", "Centralisateur"))
        if fund
        else rng.choice(_VENUES[instrument.market])
    )
    kind = "market" if fund else rng.choice(("market", "best", "limit", "limit"))
    limit = None
    if kind == "limit":
        factor = Decimal(rng.choice(("1.002", "1.01", "1.025") if side == "BUY" else ("0.998", "0.99", "0.975")))
        limit = money.places(p * factor, 2)
    return Execution(deal, instrument, venue, fund, dates.clock(rng), limit, kind)


# --- the advice as label lines --------------------------------------------------------------------------------


def _side_word(tpl: Template, execution: Execution) -> str:
    deal = execution.deal
    if execution.fund:
        return "Souscription" if deal.is_buy else "Rachat"
    word = "Achat" if deal.is_buy else "Vente"
    form = tpl.pick("side_form", ("plain", "plain", "comptant", "upper"))
    return {"plain": word, "comptant": f"{word} au comptant", "upper": word.upper()}[form]


def _order_text(tpl: Template, execution: Execution, out: Printer) -> str:
    if execution.order_kind == "market":
        return "Au marché" if not execution.fund else "À cours inconnu"
    if execution.order_kind == "best":
        return "À la meilleure limite"
    assert execution.limit is not None
    return f"{tpl.pick('limit', ('À cours limité', 'Limite'))} {out.amount(execution.limit, unit=True)}"


def _rows(
    rng: random.Random,
    tpl: Template,
    bank: Bank,
    execution: Execution,
    out: Printer,
    date_style: str,
    *,
    shared: bool,
) -> list[Row]:
    """One advice's label lines. shared: the account and the dates are printed once above several advices."""
    deal, fund = execution.deal, execution.fund
    pick = tpl.pick
    side = pick("side", ("Opération", "Sens", "Nature de l'opération", "Type d'opération"))
    instrument: list[Row] = [
        ("side", side, _side_word(tpl, execution)),
        ("security", pick("security", ("Valeur", "Libellé de la valeur", "Titre", "Instrument")), deal.security_name),
        ("isin", pick("isin", ("Code ISIN", "ISIN", "Code valeur (ISIN)")), deal.isin or ""),
    ]
    if deal.ticker:
        instrument.append(("ticker", pick("ticker", ("Mnémonique", "Mnémo", "Code mnémonique")), deal.ticker))
    execution_rows: list[Row] = [
        ("venue", pick("venue", ("Lieu d'exécution", "Place d'exécution", "Marché")), execution.venue),
    ]
    if not shared:
        label = pick("trade_date", ("Date d'exécution", "Date d'opération", "Date de négociation"))
        execution_rows.append(("trade_date", label, fdate(deal.trade_date, date_style)))
    if tpl.flag("time", 0.6):
        execution_rows.append(("time", pick("time", ("Heure d'exécution", "Heure")), execution.time))
    if tpl.flag("order", 0.5):
        label = pick("order", ("Type d'ordre", "Modalité", "Ordre"))
        execution_rows.append(("order", label, _order_text(tpl, execution, out)))
    if not shared:
        label = pick(
            "settle", ("Date de règlement", "Date de valeur", "Date de livraison", "Date de règlement-livraison")
        )
        execution_rows.append(("settle", label, fdate(deal.settlement_date, date_style)))
    amounts: list[Row] = []
    if out.placement == "bare" and not shared:
        amounts.append(("currency", pick("currency", ("Devise", "Monnaie")), deal.currency))
    quantity = ("Nombre de parts", "Quantité", "Nombre de parts") if fund else ("Quantité", "Nombre de titres")
    price = ("Valeur liquidative", "VL", "Prix de la part") if fund else ("Cours", "Cours d'exécution", "Prix unitaire")
    gross = ("Montant brut", "Montant négocié", "Montant de l'opération", "Montant brut de la transaction")
    amounts += [
        ("quantity", pick(f"quantity{fund}", quantity), out.number(deal.quantity)),
        ("price", pick(f"price{fund}", price), out.amount(deal.price, unit=True)),
        ("gross", pick("gross", gross), out.amount(deal.gross_amount)),
    ]
    amounts += [("charge", charge.label, out.amount(charge.amount)) for charge in deal.charges]
    if deal.is_buy:
        net = ("Montant net", "Net à débiter", "Net à votre débit", "Montant net porté au débit de votre compte")
    else:
        net = ("Montant net", "Net à créditer", "Net en votre faveur", "Montant net porté au crédit de votre compte")
    amounts.append(("net", pick(f"net{deal.side}", net), out.amount(deal.net_amount)))
    label = pick("ref", ("Référence de l'opération", "N° d'opéré", "Référence", "N° d'opération"))
    refs: list[Row] = [("ref", label, deal.trade_ref or "")]
    if not shared:
        label = {
            "fr_private": ("Compte-titres", "N° de compte", "Compte-titres ordinaire"),
            "fr_online": ("Compte", "N° de compte-titres"),
            "be": ("Compte-titres", "N° de compte titres", "Dossier titres"),
            "ch": ("Portefeuille", "Relation", "N° de portefeuille"),
            "lu": ("Compte-titres", "Compte", "Dépôt titres"),
        }[bank.key]
        refs.insert(int(pick("account_at", ("0", "1"))), ("account", pick("account", label), deal.account or ""))
    middle = [instrument, execution_rows] if tpl.flag("instrument_first", 0.6) else [execution_rows, instrument]
    rows = [*middle[0], *middle[1], *amounts]
    if rng.random() < 0.25 and bank.country == "CH" and deal.currency != "CHF":
        rate = Decimal(rng.randint(9_150, 9_950)).scaleb(-4)
        countervalue = money.to_money(deal.net_amount * rate, "CHF")
        rows += [
            ("fx", f"Cours de change {deal.currency}/CHF", out.number(rate)),
            ("fx_net", "Contre-valeur nette", out.amount(countervalue, currency="CHF")),
        ]
    return refs + rows if tpl.flag("refs_first", 0.65) else rows + refs


def _label_lines(rng: random.Random, rows: list[Row], look: str, span: list[Row] | None = None) -> list[str]:
    """The rows as text; span: all the rows of the message, whose widest label sets the column."""
    span = span or rows
    width = max(len(label) for _, label, _ in span)
    money_keys = ("gross", "charge", "net", "price", "fx_net")
    if look == "colon":
        return [f"{label} : {value}" for _, label, value in rows]
    if look == "aligned":
        return [f"{label:<{width}} : {value}" for _, label, value in rows]
    if look == "dotted":
        return [f"{label} ".ljust(width + 4, ".") + f" : {value}" for _, label, value in rows]
    amounts = max((len(value) for key, _, value in span if key in money_keys), default=0)
    return [f"{label:<{width}}  {value.rjust(amounts) if key in money_keys else value}" for key, label, value in rows]


# --- the advice as a table of executions ----------------------------------------------------------------------


def _table(
    rng: random.Random, bank: Bank, executions: list[Execution], out: Printer
) -> tuple[list[str], list[dict[str, object]]]:
    """The text table, and per row what the truth says differently from the deal: a charge printed as 0,00, an
    identifier or a reference the table leaves out."""
    taxes = {"FR": "TTF", "BE": "TOB", "CH": "Timbre", "LU": "Taxes"}[bank.country]
    if bank.country == "BE" and any(len([c for c in e.deal.charges if c.kind == TAX]) > 1 for e in executions):
        taxes = "Taxes"
    zero = out.bare(Decimal("0.00"))
    blank = rng.choice((zero, "-", ""))
    with_ref = rng.random() < 0.7
    with_isin = rng.random() < 0.65
    head = ["Réf."] if with_ref else []
    head += ["Sens", rng.choice(("Quantité", "Qté")), "Valeur"]
    head += ["Code ISIN"] if with_isin else []
    head += ["Cours", "Montant brut", "Courtage", "Frais", taxes, "Net"]
    printed: list[dict[str, object]] = []
    body = []
    for execution in executions:
        deal = execution.deal
        shown: dict[str, object] = {}
        if not with_ref:
            shown["trade_ref"] = None
        if not with_isin:
            shown["isin"] = None
        cells = [deal.trade_ref or ""] if with_ref else []
        cells += ["Achat" if deal.is_buy else "Vente", out.number(deal.quantity), deal.security_name]
        cells += [deal.isin or ""] if with_isin else []
        cells += [out.bare(deal.price, unit=True), out.bare(deal.gross_amount)]
        for field, value in (("commission", deal.commission), ("fees", deal.fees), ("taxes", deal.taxes)):
            if value is None:
                cells.append(blank)
                if blank == zero:
                    shown[field] = "0.00"
            else:
                cells.append(out.bare(value))
        cells.append(out.bare(deal.net_amount))
        body.append(cells)
        printed.append(shown)
    numeric = {i for i, name in enumerate(head) if name not in ("Réf.", "Sens", "Valeur", "Code ISIN")}
    widths = [max(len(head[i]), *(len(row[i]) for row in body)) for i in range(len(head))]

    def line(cells: list[str], sep: str) -> str:
        parts = [c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return sep.join(parts).rstrip()

    piped = rng.random() < 0.6
    sep = " | " if piped else "  "
    rule = ("-+-" if piped else "  ").join("-" * w for w in widths)
    lines = [line(head, sep), rule, *(line(cells, sep) for cells in body)]
    if rng.random() < 0.5:
        lines.append(rule)
        balance = sum((e.deal.net_amount if e.deal.is_buy else -e.deal.net_amount) for e in executions)
        word = "débiteur" if balance > 0 else "créditeur"
        lines.append(f"Solde net {word} : {out.amount(abs(balance), currency=executions[0].deal.currency)}")
    return lines, printed


# --- the text around the advice -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def civility(self) -> str:
        return "Madame" if self.female else "Monsieur"


_FEMALE = {"Sophie", "Isabelle", "Catherine", "Nathalie", "Véronique", "Anne-Sophie", "Élodie", "Martine"}


def _person(rng: random.Random) -> Person:
    first = rng.choice(_FIRST)
    return Person(first, rng.choice(_LAST), first in _FEMALE)


def _email(person: Person, domain: str) -> str:
    plain = str.maketrans("éèêëàçîïôû", "eeeeaciiou")
    return f"{person.first.lower().translate(plain)}.{person.last.lower().translate(plain)}@{domain}"


def _phone(rng: random.Random, bank: Bank) -> str:
    d = noise.digits
    return {
        "FR": lambda: f"+33 {rng.choice(('1', '4'))} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        "BE": lambda: f"+32 4 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
        "CH": lambda: f"+41 22 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
        "LU": lambda: f"+352 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}-{d(rng, 1)}",
    }[bank.country]()


def _signature(rng: random.Random, bank: Bank) -> list[str]:
    adviser = _person(rng)
    team = rng.choice(
        (
            "Service Titres - Back-office",
            "Conseiller en gestion de patrimoine",
            "Banquier privé",
            "Middle-office Bourse",
            "Service Clients Bourse",
        )
    )
    lines = [rng.choice(("Cordialement,", "Bien cordialement,", "Avec nos salutations distinguées,")), ""]
    if bank.key != "fr_online" or rng.random() < 0.3:
        lines += [adviser.name, team]
    else:
        lines += [f"L'équipe {bank.brand}"]
    lines += [bank.brand, ", ".join(bank.address), f"Tél. {_phone(rng, bank)}"]
    if rng.random() < 0.5:
        lines[-1] += f" | Fax {_phone(rng, bank)}"
    lines.append(f"www.{bank.domain}")
    return lines


def _legal(rng: random.Random, bank: Bank) -> list[str]:
    d = noise.digits
    capital = f"{rng.randint(8, 240)} {d(rng, 3)} {d(rng, 3)}"
    if bank.country == "FR":
        form = "société anonyme" if bank.legal_name.endswith("SA") else "société par actions simplifiée"
        specific = [
            f"{bank.legal_name}, {form} au capital de {capital} euros, siège social {', '.join(bank.address)}, "
            f"RCS {bank.city} B {d(rng, 3)} {d(rng, 3)} {d(rng, 3)}. Établissement de crédit et prestataire de "
            f"services d'investissement agréé par l'ACPR (CIB {d(rng, 5)}) et contrôlé par l'AMF. "
            f"ORIAS n° {d(rng, 2)} {d(rng, 3)} {d(rng, 3)}.",
            "Les avoirs sont couverts par le Fonds de Garantie des Dépôts et de Résolution à hauteur de 70 000 euros "
            "par investisseur pour les titres et de 100 000 euros pour les espèces.",
            f"Politique d'exécution des ordres mise à jour le {noise.old_date(rng, 'uk')}, disponible sur "
            f"www.{bank.domain}/mif2. Médiateur de l'AMF : 17, place de la Bourse, 75082 Paris Cedex 02.",
        ]
    elif bank.country == "BE":
        specific = [
            f"{bank.legal_name}, {', '.join(bank.address)}, RPM Liège, TVA BE 0{d(rng, 3)}.{d(rng, 3)}.{d(rng, 3)}, "
            f"IBAN BE{d(rng, 2)} {d(rng, 4)} {d(rng, 4)} {d(rng, 4)}. Établissement de crédit agréé par la Banque "
            "nationale de Belgique et contrôlé par la FSMA.",
            "Fonds de garantie pour les services financiers : dépôts couverts jusqu'à 100 000 euros, instruments "
            "financiers jusqu'à 20 000 euros par client.",
            f"Ombudsfin, North Gate II, boulevard du Roi Albert II 8, 1000 Bruxelles. Conditions générales du "
            f"{noise.old_date(rng, 'uk')}.",
        ]
    elif bank.country == "CH":
        specific = [
            f"{bank.legal_name}, {', '.join(bank.address)}, IDE CHE-{d(rng, 3)}.{d(rng, 3)}.{d(rng, 3)} TVA, "
            f"capital-actions CHF {capital}. Banque soumise à la surveillance de la FINMA.",
            f"Toute contestation doit nous parvenir dans les {rng.choice((10, 30))} jours; à défaut, l'avis est "
            "réputé approuvé. Les dépôts sont protégés par esisuisse jusqu'à CHF 100 000.",
            f"Conditions générales et règlement de dépôt du {noise.old_date(rng, 'dot')}.",
        ]
    else:
        specific = [
            f"{bank.legal_name}, {', '.join(bank.address)}, R.C.S. Luxembourg B {d(rng, 6)}, "
            f"TVA LU{d(rng, 8)}, capital social EUR {capital}. Établissement de crédit agréé et surveillé par la CSSF.",
            "Les investisseurs sont couverts par le Système d'indemnisation des investisseurs Luxembourg (SIIL) "
            "jusqu'à 20 000 euros et le FGDL jusqu'à 100 000 euros.",
            f"Conditions générales en vigueur depuis le {noise.old_date(rng, 'uk')}.",
        ]
    common = [
        "Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs "
        "destinataires. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le "
        "détruire. Toute utilisation non autorisée est interdite.",
        f"Toute réclamation relative à cet avis doit être formulée dans un délai de {rng.choice((2, 3, 5))} jours "
        "ouvrés à compter de sa réception; passé ce délai, l'opération est réputée acceptée.",
        "Conformément à la directive 2014/65/UE (MIF II), le détail des coûts et frais ex post vous sera adressé "
        f"annuellement. Conservez ce document pendant au moins {rng.choice((5, 6, 10))} ans.",
        "Nous ne vous demanderons jamais vos codes d'accès par e-mail ou par téléphone. Les messages "
        "électroniques ne sont pas sécurisés et peuvent être altérés.",
    ]
    return specific + rng.sample(common, k=rng.randint(2, 4))


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        kept = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", paragraph)  # 100 000 stays on one line
        lines += textwrap.wrap(kept, width, break_on_hyphens=False, break_long_words=False)
        lines.append("")
    return lines[:-1]


def _greeting(rng: random.Random, client: Person) -> str:
    return rng.choice(
        (
            "Madame, Monsieur,",
            f"{client.civility},",
            f"Chère Madame {client.last}," if client.female else f"Cher Monsieur {client.last},",
            f"Bonjour {client.civility} {client.last},",
        )
    )


def _intro(rng: random.Random, executions: list[Execution], date_style: str) -> str:
    day = fdate(executions[0].deal.trade_date, "long" if date_style == "long_weekday" else date_style)
    if len(executions) > 1:
        return rng.choice(
            (
                f"Nous vous prions de trouver ci-dessous le détail des opérations exécutées le {day} sur votre compte.",
                f"Voici le récapitulatif des {len(executions)} exécutions de la séance du {day} :",
                "Veuillez trouver ci-après les avis d'opéré de vos ordres exécutés ce jour.",
            )
        )
    fund = executions[0].fund
    return rng.choice(
        (
            "Nous avons le plaisir de vous confirmer l'exécution de l'opération suivante :",
            f"Votre ordre a été exécuté le {day}. Vous trouverez ci-dessous votre avis d'opéré.",
            "Veuillez trouver ci-dessous l'avis d'opéré relatif à votre "
            + ("souscription :" if fund and executions[0].deal.is_buy else "ordre :"),
            "Nous vous informons de l'exécution de votre ordre dans les conditions suivantes :",
        )
    )


def _closing(rng: random.Random, bank: Bank) -> str:
    return rng.choice(
        (
            "Cet avis d'opéré est également disponible dans votre espace client, rubrique Documents.",
            "Nous restons à votre disposition pour tout renseignement complémentaire.",
            f"Pour toute question, votre conseiller est joignable au {_phone(rng, bank)}, du lundi au vendredi "
            "de 8h30 à 18h00.",
            "Le montant net sera porté sur votre compte espèces à la date de règlement indiquée.",
        )
    )


def _title(rng: random.Random, several: bool) -> list[str]:
    title = rng.choice(
        ("AVIS D'OPÉRÉ", "Avis d'opéré", "AVIS D'EXÉCUTION", "CONFIRMATION D'OPÉRATION", "Détail de l'opération")
    )
    if several:
        title = rng.choice(("RÉCAPITULATIF DES OPÉRATIONS", "Avis d'opéré - exécutions du jour", "AVIS D'OPÉRÉ"))
    underline = rng.choice(("=", "-", ""))
    return [title, underline * len(title)] if underline else [title]


@dataclass(frozen=True)
class Advice:
    subject: str
    lines: list[str]  # the whole body, signature and notice included
    html: str | None  # a minimal HTML alternative
    trades: list[dict[str, object]]
    when: datetime
    sender: str


def _offset(day: date) -> int:
    return 2 if 4 <= day.month <= 10 else 1


def _html(bank: Bank, body: list[str], rows: list[Row] | None = None, after: list[str] | None = None) -> str:
    """The minimal alternative: the whole text in a <pre>, or the lines before the advice, the advice as a
    two-column table and the lines after it as paragraphs."""
    if rows is None:
        text = html.escape("\n".join(body))
        return f'<html><body><pre style="font-family:Consolas,monospace;font-size:12px">{text}</pre></body></html>\n'

    def paragraphs(lines: list[str]) -> str:
        return "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line)

    cells = "\n".join(
        f"<tr><td>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>" for _, label, value in rows
    )
    return (
        f'<html><head><meta charset="utf-8"><title>{html.escape(bank.brand)}</title></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:13px">\n{paragraphs(body)}\n'
        f'<table border="1" cellpadding="3">\n{cells}\n</table>\n{paragraphs(after or [])}\n</body></html>\n'
    )


def advice(rng: random.Random, bank: Bank, client: Person) -> Advice:
    """The bank's message: one advice, several advices as blocks, or a table of executions."""
    day = dates.trade_day(rng)
    account = _account(rng, bank)
    date_style = rng.choice(bank.date_styles)
    form = rng.choices(("single", "blocks", "table"), weights=(6, 2, 3))[0]
    tpl = Template(rng)
    if form == "single":
        executions = [make_execution(rng, tpl, bank, account=account, day=day, fund=rng.random() < 0.2)]
    else:
        lag = 2 if rng.random() < 0.93 else 3
        executions = [make_execution(rng, tpl, bank, account=account, day=day, lag=lag)]
        for _ in range(rng.randint(1, 3)):
            first = executions[0]
            if rng.random() < 0.3:  # another fill of the same order
                fill = make_execution(
                    rng, tpl, bank, account=account, day=day, instrument=first.instrument, side=first.deal.side, lag=lag
                )
            else:
                fill = make_execution(rng, tpl, bank, account=account, day=day, lag=lag)
            if fill.deal.currency == first.deal.currency:  # a table is in one currency
                executions.append(fill)
    out = Printer(rng, bank, executions[0].deal.currency)
    truths: list[dict[str, object]] = []
    block: list[str] = []
    html_rows: list[Row] | None = None
    if form == "single":
        rows = _rows(rng, tpl, bank, executions[0], out, date_style, shared=False)
        block = [
            *_title(rng, False),
            "",
            *_label_lines(rng, rows, rng.choice(("colon", "aligned", "dotted", "amounts"))),
        ]
        html_rows = rows
        truths = [executions[0].deal.truth()]
    else:
        first = executions[0].deal
        head = [
            f"{rng.choice(('Compte-titres', 'Compte', 'Portefeuille'))} : {account}",
            f"{rng.choice(('Date d’exécution', 'Date de négociation', 'Séance du'))} : {fdate(day, date_style)}",
            f"{rng.choice(('Date de règlement', 'Date de valeur'))} : {fdate(first.settlement_date, date_style)}",
        ]
        if out.placement == "bare" or form == "table":
            head.append(f"Devise : {first.currency}")
        look = rng.choice(("colon", "aligned", "dotted", "amounts"))
        block = [*_title(rng, True), "", *head, ""]
        if form == "table":
            lines, printed = _table(rng, bank, executions, out)
            block += lines
            truths = [execution.deal.truth(**shown) for execution, shown in zip(executions, printed, strict=True)]
        else:
            blocks = [_rows(rng, tpl, bank, execution, out, date_style, shared=True) for execution in executions]
            span = [row for rows in blocks for row in rows]
            numbered = rng.random() < 0.5
            for index, (execution, rows) in enumerate(zip(executions, blocks, strict=True)):
                heading = f"Opération {index + 1}/{len(executions)}" if numbered else f"Exécution n° {index + 1}"
                block += [heading, "-" * len(heading), *_label_lines(rng, rows, look, span), ""]
                truths.append(execution.deal.truth())
            block = block[:-1]
    when = mail.sent_at(rng, day, utc_offset_hours=_offset(day))
    if rng.random() < 0.25:  # the advices of the day go out the next morning
        after = dates.add_business_days(day, 1)
        when = mail.sent_at(rng, after, utc_offset_hours=_offset(after)).replace(hour=rng.randint(6, 9))
    greeting, intro = _greeting(rng, client), _intro(rng, executions, date_style)
    signature, notice = _signature(rng, bank), _legal(rng, bank)
    legal = _wrap(notice, rng.choice((72, 76, 78)))
    closing = _closing(rng, bank)
    lines = [greeting, "", intro, "", *block, "", closing, "", *signature, ""]
    lines += ["-- ", *legal] if rng.random() < 0.5 else ["_" * 60, *legal]
    deal = executions[0].deal
    word = _side_word(tpl, executions[0]).split()[0].capitalize()
    short_day = _short_date(day, date_style)
    subject = rng.choice(
        (
            f"Avis d'opéré - {word} {deal.security_name}",
            f"Votre avis d'opéré du {short_day}",
            f"[{bank.brand}] Exécution de votre ordre",
            f"Avis d'opéré n° {deal.trade_ref}",
        )
    )
    if len(executions) > 1:
        subject = rng.choice((f"Vos avis d'opéré du {short_day}", f"Récapitulatif des opérations - {short_day}"))
    page = None
    if rng.random() < 0.2:
        if html_rows is not None and rng.random() < 0.5:
            page = _html(bank, [greeting, intro], html_rows, [closing, *signature, *notice])
        else:
            page = _html(bank, lines)
    box = rng.choice(("avis-operes", "ne-pas-repondre", "titres", "bourse"))
    sender = f"{bank.brand} <{box}@{bank.domain}>"
    return Advice(subject, lines, page, truths, when, sender)


# --- replies, forwards and cover notes ------------------------------------------------------------------------


def _quote_header(rng: random.Random, when: datetime, who: str, address: str) -> str:
    stamp = f"{when.day:02d}/{when.month:02d}/{when.year}"
    clock = f"{when.hour:02d}:{when.minute:02d}"
    long = f"{_WEEKDAYS[when.weekday()][:3]}. {when.day} {_SHORT_MONTHS[when.month - 1]} {when.year}"
    return rng.choice(
        (
            f"Le {stamp} à {clock}, {who} <{address}> a écrit :",
            f"Le {long} à {clock}, {who} <{address}> a écrit :",
            f"{who} <{address}> a écrit le {stamp} à {clock} :",
        )
    )


def _client_reply(rng: random.Random, bank: Bank, client: Person, original: Advice) -> list[str]:
    first = original.trades[0]
    buy = first["side"] == "BUY"
    limit = money.places(Decimal(str(first["price"])) * Decimal("0.985" if buy else "1.015"), 2)
    level = "élevé" if buy else "bas"
    note = rng.choice(
        (
            [
                "Bonjour,",
                "",
                "Merci pour cet avis. Pourriez-vous me confirmer que les titres seront bien inscrits sur mon PEA "
                "et non sur le compte-titres ordinaire ?"
                if bank.country == "FR"
                else "Merci pour cet avis. Les titres sont-ils bien déposés sur le compte joint et non sur mon "
                "compte personnel ?",
            ],
            [
                "Bonjour,",
                "",
                f"Le cours me semble {level} : j'avais fixé une limite à {money.fmt(limit, 'plain_comma')} le "
                "matin. Pouvez-vous vérifier ?",
            ],
            [
                "Merci.",
                "",
                f"Pouvez-vous aussi m'envoyer le relevé de portefeuille au 31/12/{original.when.year - 1} "
                "pour ma déclaration ?",
            ],
        )
    )
    header = _quote_header(rng, original.when, original.sender.split(" <")[0], original.sender.split("<")[1][:-1])
    quoted = [f"> {line}".rstrip() for line in original.lines]
    return [*note, "", client.name, "", header, *quoted]


def _forward_block(rng: random.Random, original: Advice, to: str) -> list[str]:
    when = original.when
    stamp = f"{fdate(when.date(), 'long_weekday')} {when.hour:02d}:{when.minute:02d}"
    style = rng.choice(("outlook", "thunderbird", "gmail", "apple"))
    if style == "outlook":
        header = [
            "-----Message d'origine-----",
            f"De : {original.sender}",
            f"Envoyé : {stamp}",
            f"À : {to}",
            f"Objet : {original.subject}",
        ]
    elif style == "thunderbird":
        header = [
            "-------- Message transféré --------",
            f"Sujet : \t{original.subject}",
            f"Date : \t{when.day:02d}/{when.month:02d}/{when.year} {when.hour:02d}:{when.minute:02d}",
            f"De : \t{original.sender}",
            f"Pour : \t{to}",
        ]
    elif style == "gmail":
        header = [
            "---------- Forwarded message ---------",
            f"De : {original.sender}",
            f"Date: {stamp}",
            f"Subject: {original.subject}",
            f"To: {to}",
        ]
    else:
        header = [
            "Début du message réexpédié :",
            "",
            f"De: {original.sender}",
            f"Objet: {original.subject}",
            f"Date: {stamp}",
            f"À: {to}",
        ]
    return [*header, "", *original.lines]


def _forward_note(rng: random.Random, client: Person, recipient: Person, adviser: bool) -> list[str]:
    d = noise.digits
    if adviser:
        return [
            f"Bonjour {client.civility} {client.last},",
            "",
            rng.choice(
                (
                    "Comme convenu au téléphone, je vous transmets ci-dessous l'avis d'opéré de votre ordre.",
                    "Pour information, voici l'avis d'opéré reçu de notre back-office ce matin.",
                )
            ),
            f"Votre liquidité disponible après l'opération s'élève à environ {rng.randint(2, 90)} {d(rng, 3)} euros.",
            "",
            "Bien à vous,",
            recipient.name,
        ]
    return [
        f"Bonjour {recipient.first},",
        "",
        rng.choice(
            (
                "Pour la comptabilité de la SCI, ci-dessous l'avis d'opéré reçu de la banque.",
                "Je te transfère l'avis d'opéré, à classer avec les documents fiscaux de l'année.",
                f"Ci-dessous l'avis de la banque ; j'ai viré {rng.randint(2, 40)} {d(rng, 3)} € sur le compte "
                "espèces la veille.",
            )
        ),
        "",
        client.first,
    ]


def _cover(rng: random.Random, bank: Bank, client: Person) -> tuple[str, list[str], datetime]:
    """A message with no trade in it."""
    day = dates.trade_day(rng)
    d = noise.digits
    account = _account(rng, bank)
    first, last = dates.month_of(day - timedelta(days=28))
    kind = rng.choice(("statement", "tariff", "tax", "online"))
    if kind == "statement":
        subject = f"Votre relevé de portefeuille au {dates.fmt(last, 'uk')} est disponible"
        text = [
            f"Votre relevé de portefeuille du compte-titres {account} arrêté au {fdate(last, 'long')} est disponible "
            "dans votre espace client, rubrique Documents > Relevés.",
            "Il présente vos positions valorisées au dernier cours connu et les mouvements du "
            f"{dates.fmt(first, 'uk')} au {dates.fmt(last, 'uk')}.",
        ]
    elif kind == "tariff":
        start = (day + timedelta(days=70)).replace(day=1)
        subject = f"Évolution de nos conditions tarifaires au {dates.fmt(start, 'uk')}"
        floor = rng.choice(("7,50", "9,90", "12,00", "15,00"))
        home, unit = ("SIX Swiss Exchange", "CHF") if bank.country == "CH" else ("Euronext", "€")
        text = [
            f"Nous vous informons qu'à compter du {fdate(start, 'long')}, nos conditions tarifaires évoluent :",
            "",
            f"  - courtage sur {home} : 0,{rng.randint(35, 60)} % du montant brut (minimum {floor} {unit}) ;",
            f"  - courtage sur marchés étrangers : 0,{rng.randint(60, 90)} % "
            f"(minimum {rng.randint(20, 45)},00 {unit}) ;",
            f"  - droits de garde : {rng.choice(('0,20', '0,25', '0,30'))} % par an, "
            f"plafonnés à {d(rng, 3)} {unit} HT.",
            "",
            "Vous disposez d'un délai de deux mois pour refuser ces modifications en résiliant votre convention "
            "sans frais.",
        ]
    elif kind == "tax":
        document = {
            "FR": "Imprimé Fiscal Unique (IFU)",
            "BE": "attestation fiscale",
            "CH": "relevé fiscal",
            "LU": "certificat fiscal",
        }[bank.country]
        subject = f"Votre {document} {day.year - 1} est disponible"
        text = [
            f"Votre {document} relatif à l'année {day.year - 1} pour le compte {account} est disponible en ligne.",
            f"Il récapitule les dividendes, coupons et cessions de valeurs mobilières réalisés du 01/01/{day.year - 1} "
            f"au 31/12/{day.year - 1}. Montant total des cessions : {rng.randint(3, 300)} {d(rng, 3)},{d(rng, 2)} EUR.",
        ]
    else:
        subject = "Un nouveau document est disponible dans votre espace client"
        text = [
            f"Un nouvel avis d'opéré (réf. {_reference(rng, bank, day)}) daté du {dates.fmt(day, 'uk')} a été "
            "déposé dans votre espace client.",
            "Pour des raisons de sécurité, le détail de l'opération n'est pas repris dans ce message. Connectez-vous "
            f"sur www.{bank.domain} pour le consulter.",
        ]
    lines = [_greeting(rng, client), "", *text, "", *_signature(rng, bank), "", "-- "]
    lines += _wrap(_legal(rng, bank), 76)
    return subject, lines, mail.sent_at(rng, day, utc_offset_hours=_offset(day))


def _set_text(rng: random.Random, msg: EmailMessage, lines: list[str], page: str | None) -> None:
    text = "\n".join(lines) + "\n"
    msg.set_content(text, cte=rng.choice(("quoted-printable", "quoted-printable", "8bit")))
    if page is not None:
        msg.add_alternative(page, subtype="html", cte="quoted-printable")


def build(rng: random.Random) -> Document:
    bank = rng.choice(BANKS)
    client = _person(rng)
    mailbox = rng.choice(("orange.example.fr", "free.example.fr", "skynet.example.be", "bluewin.example.ch"))
    client_address = _email(client, mailbox)
    client_header = f"{client.name} <{client_address}>"
    if rng.random() < 1 / 6:
        subject, lines, when = _cover(rng, bank, client)
        box = rng.choice(("ne-pas-repondre", "information", "documents"))
        msg = mail.message(
            rng,
            sender=f"{bank.brand} <{box}@{bank.domain}>",
            to=client_header,
            subject=subject,
            when=when,
            domain=bank.domain,
        )
        page = _html(bank, lines) if rng.random() < 0.2 else None
        _set_text(rng, msg, lines, page)
        return Document(mail.finish(msg, rng), "email", [])
    original = advice(rng, bank, client)
    wrapper = rng.choices(("direct", "reply", "forward_adviser", "forward_client"), weights=(10, 2, 2, 1))[0]
    if wrapper == "direct":
        msg = mail.message(
            rng,
            sender=original.sender,
            to=client_header,
            subject=original.subject,
            when=original.when,
            domain=bank.domain,
        )
        _set_text(rng, msg, original.lines, original.html)
        return Document(mail.finish(msg, rng), "email", original.trades)
    later = original.when + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    if wrapper == "reply":
        lines = _client_reply(rng, bank, client, original)
        msg = mail.message(
            rng,
            sender=client_header,
            to=original.sender,
            subject=f"{rng.choice(('RE: ', 'Re: ', 'RE : '))}{original.subject}",
            when=later,
            domain=mailbox,
        )
    elif wrapper == "forward_adviser":
        adviser = _person(rng)
        lines = [*_forward_note(rng, client, adviser, True), "", *_forward_block(rng, original, client_header)]
        msg = mail.message(
            rng,
            sender=f"{adviser.name} <{_email(adviser, bank.domain)}>",
            to=client_header,
            subject=f"{rng.choice(('TR: ', 'Fwd: ', 'TR : '))}{original.subject}",
            when=later,
            domain=bank.domain,
        )
    else:
        accountant = _person(rng)
        lines = [*_forward_note(rng, client, accountant, False), "", *_forward_block(rng, original, client_header)]
        msg = mail.message(
            rng,
            sender=client_header,
            to=f"{accountant.name} <{_email(accountant, 'cabinet-compta.example.fr')}>",
            subject=f"{rng.choice(('TR: ', 'Fwd: '))}{original.subject}",
            when=later,
            domain=mailbox,
        )
    _set_text(rng, msg, lines, None)
    return Document(mail.finish(msg, rng), "email", original.trades)


LAYOUT = Layout(
    name="fr_avis_email",
    kind="eml",
    heldout=False,
    build=build,
    description="French-language avis d'opéré email from French, Belgian, Swiss or Luxembourg banks: 1 234,56 / "
    "1.234,56 / 1'234.56, 14/03/2025 or 14 mars 2025, label lines or an execution table, TTF/TOB/timbre, replies, "
    "forwards and cover notes",
)
