"""Hong Kong brokers' bilingual contract notes / 成交單據: English labels with Traditional Chinese beside or under.

Four invented houses, each with its letterhead in English and Chinese, its SFC CE number, its stock-code width
(0700 or 00700), its date style, its brokerage tariff and its way of rounding the levies to the cent (half up,
up or down). A note covers one client account (A/C No.) and one trading day, with one to six trades, each with
its own contract number (the trade reference). Two templates: a key/value block per trade on A4 portrait (the
Chinese label beside the English one, or in smaller type under it), or a landscape trade table with a column
per charge (the Chinese header above or under the English one). An order filled in several executions is one
trade at its average price, the executions listed under it with their times, quantities, prices and amounts.
Charges: brokerage (the commission), SFC transaction levy 0.0027%, AFRC transaction levy 0.00015%, HKEX
trading fee 0.00565% and, at some houses, the CCASS settlement fee 0.002% (min 2, max 100) as fees; stamp duty
(0.13% to 16 Nov 2023, 0.1% after, rounded up to the dollar, none on ETFs) as the tax. Mostly HKD counters,
some CNY ("RMB" at some houses) 8xxxx counters and USD 9xxxx ETF counters. Stock names in English (the full
name or the exchange's short name) with the Chinese name on its own line. Noise: the AE code, the SFC CE
number, per-currency totals payable or due, the page footer "Page 1 of 2 第 1 頁，共 2 頁", a long English
disclaimer with numbers and a Chinese one.

The Chinese text is drawn with reportlab's built-in CID font STSong-Light (not embedded, UniGB-UCS2-H
encoding), which pdfplumber extracts back as the right Traditional characters; MSung-Light extracts as
garbage and is not used.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from .. import dates, identifiers, money, noise
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout
from ..pdfdraw import Sheet

CJK = "STSong-Light"
if CJK not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(UnicodeCIDFont(CJK))

CENT = Decimal("0.01")
STAMP_CUT = date(2023, 11, 17)  # stamp duty 0.13% before, 0.1% from this day


@dataclass(frozen=True)
class House:
    legal_name: str
    chinese_name: str
    brand: str
    chinese_brand: str
    address: tuple[str, ...]
    phone: str
    web: str
    ce_number: str
    code_width: int  # 4: 0700, 5: 00700
    date_style: str
    levy_rounding: str
    tariff: tuple[str, str]  # brokerage rate, minimum in HKD
    ccass: bool  # charges the CCASS settlement fee
    cny_word: str  # how the note names the renminbi
    short_names: bool  # prints the exchange's short name rather than the full name
    isin: bool  # prints the ISIN
    ref: Callable[[random.Random, date, int], str]


HOUSES = (
    House(
        "Harbour Crest Securities Limited",
        "港峰證券有限公司",
        "HARBOUR CREST SECURITIES",
        "港峰證券",
        ("Room 1203, 12/F, Wing On Plaza", "62 Queen's Road Central, Hong Kong"),
        "+852 2555 0183",
        "www.harbourcrest.example.hk",
        "AHC218",
        5,
        "uk",
        ROUND_HALF_UP,
        ("0.0025", "100"),
        True,
        "RMB",
        False,
        True,
        lambda rng, day, seq: f"HC{day:%y%m%d}-{seq:05d}",
    ),
    House(
        "Kowloon Pearl Brokerage Limited",
        "九龍明珠經紀有限公司",
        "KOWLOON PEARL",
        "九龍明珠",
        ("Unit 805, 8/F, Nathan Commercial Centre", "333 Nathan Road, Yau Ma Tei, Kowloon"),
        "+852 2555 0417",
        "www.kowloonpearl.example.hk",
        "BKP064",
        4,
        "slash_iso",
        ROUND_UP,
        ("0.0015", "60"),
        True,
        "CNY",
        True,
        False,
        lambda rng, day, seq: f"CN{noise.digits(rng, 9)}",
    ),
    House(
        "Lantau Summit Securities Company Limited",
        "大嶼峰證券有限公司",
        "LANTAU SUMMIT",
        "大嶼峰證券",
        ("23/F, Island Gateway Tower", "88 Hennessy Road, Wan Chai, Hong Kong"),
        "+852 2555 0952",
        "www.lantausummit.example.hk",
        "ALS775",
        5,
        "dmy_mon",
        ROUND_DOWN,
        ("0.0008", "38"),
        False,
        "RMB",
        True,
        True,
        lambda rng, day, seq: f"LS{day:%Y%m%d}{seq:04d}",
    ),
    House(
        "Victoria Tideway Capital (HK) Limited",
        "維港潮匯資本(香港)有限公司",
        "VICTORIA TIDEWAY CAPITAL",
        "維港潮匯",
        ("Suite 3608, 36/F, Tower Two, Cheung Kong Place", "18 Harcourt Road, Admiralty, Hong Kong"),
        "+852 2555 0321",
        "www.vtcapital.example.hk",
        "BVT519",
        4,
        "iso",
        ROUND_HALF_UP,
        ("0.002", "88"),
        True,
        "CNY",
        False,
        False,
        lambda rng, day, seq: f"VT/{day:%y%m}/{noise.digits(rng, 6)}",
    ),
)

# Invented issuers: the English root and its Chinese rendering.
_ROOTS = (
    ("Brightwater", "明泉"),
    ("Harbourview", "港景"),
    ("Jadeite", "翠玉"),
    ("Golden Crane", "金鶴"),
    ("Silver Junk", "銀帆"),
    ("Lion Crest", "獅峰"),
    ("Sunrise Peak", "旭峰"),
    ("Green Bamboo", "青竹"),
    ("Morning Tide", "晨潮"),
    ("Vermilion Bird", "朱雀"),
    ("Azure Bay", "碧灣"),
    ("Red Lantern", "紅燈籠"),
    ("Plum Blossom", "梅花"),
    ("Cloud Gate", "雲門"),
    ("Pine Ridge", "松嶺"),
    ("Crystal Spring", "晶泉"),
    ("Jade Phoenix", "玉鳳"),
    ("Eastern Lotus", "東蓮"),
)
# (English sector, exchange short form, Chinese)
_SECTORS = (
    ("Shipping", "SHIP", "航運"),
    ("Biotech", "BIO", "生物科技"),
    ("Foods", "FOODS", "食品"),
    ("Semiconductor", "SEMI", "半導體"),
    ("Logistics", "LOGIS", "物流"),
    ("Energy", "ENERGY", "能源"),
    ("Mining", "MINING", "礦業"),
    ("Retail", "RETAIL", "零售"),
    ("Software", "SOFT", "軟件"),
    ("Pharmaceutical", "PHARMA", "製藥"),
    ("Property", "PPT", "地產"),
    ("Telecom", "TEL", "電訊"),
    ("Hotels", "HOTELS", "酒店"),
    ("Water", "WATER", "水務"),
    ("Insurance", "INS", "保險"),
    ("Media", "MEDIA", "傳媒"),
    ("Chemicals", "CHEM", "化工"),
    ("Auto", "AUTO", "汽車"),
    ("Education", "EDU", "教育"),
    ("Healthcare", "HEALTH", "醫療"),
)
_FORMS = (
    ("Holdings Limited", "控股"),
    ("Group Limited", "集團"),
    ("International Holdings Ltd", "國際控股"),
    ("Company Limited", ""),
    ("Group Holdings Ltd", "集團控股"),
)
_ETF_THEMES = (
    ("Asia Bond", "ABOND", "亞洲債券"),
    ("Money Market", "MMKT", "貨幣市場"),
    ("US Treasury", "UST", "美國國庫債券"),
    ("China Tech", "CNTECH", "中國科技"),
)
# HKEX spread table: (price from, price to, tick)
_TICKS = (
    ("0.25", "0.50", "0.005"),
    ("0.50", "10", "0.01"),
    ("10", "20", "0.02"),
    ("20", "100", "0.05"),
    ("100", "200", "0.1"),
    ("200", "500", "0.2"),
    ("500", "1000", "0.5"),
)
_BOARD_LOTS = (100, 200, 400, 500, 1000, 2000)
_MINIMUM_BROKERAGE = {"HKD": Decimal(1), "CNY": Decimal("0.9"), "USD": Decimal("0.13")}  # x the HKD minimum
_CURRENCY_ZH = {"HKD": "港元", "CNY": "人民幣", "USD": "美元"}

LABELS = {
    "trade_date": ("Trade Date", "交易日期"),
    "settle": ("Settlement Date", "交收日期"),
    "print_date": ("Print Date", "列印日期"),
    "account": ("A/C No.", "賬戶號碼"),
    "ae": ("AE Code", "客戶主任編號"),
    "contract": ("Contract No.", "成交單據編號"),
    "code": ("Stock Code", "股份代號"),
    "name": ("Stock Name", "股份名稱"),
    "isin": ("ISIN", "國際證券識別編碼"),
    "market": ("Market", "市場"),
    "currency": ("Currency", "貨幣"),
    "qty": ("Quantity", "數量"),
    "price": ("Price", "價格"),
    "avg": ("Average Price", "平均價"),
    "executions": ("Executions", "成交明細"),
    "consideration": ("Consideration", "成交金額"),
    "brokerage": ("Brokerage", "佣金"),
    "sfc": ("SFC Transaction Levy", "證監會交易徵費"),
    "afrc": ("AFRC Transaction Levy", "會財局交易徵費"),
    "trading": ("Trading Fee", "交易費"),
    "stamp": ("Stamp Duty", "印花稅"),
    "ccass": ("CCASS Settlement Fee", "中央結算費"),
    "net": ("Net Amount", "淨額"),
}
_CHARGE_KEYS = ("brokerage", "sfc", "afrc", "trading", "stamp", "ccass")
_KIND = {"brokerage": COMMISSION, "stamp": TAX}
_SIDE = {"BUY": ("BUY", "買入"), "SELL": ("SELL", "賣出")}
_PAYABLE = {"BUY": ("Payable by You", "客戶應付"), "SELL": ("Due to You", "客戶應收")}


@dataclass(frozen=True)
class Stock:
    code: str  # as printed
    name: str  # English, as printed
    chinese: str
    currency: str
    isin: str
    board_lot: int
    etf: bool


@dataclass(frozen=True)
class Fill:
    time: str
    quantity: Decimal
    price: Decimal


@dataclass(frozen=True)
class Trade:
    deal: Deal
    stock: Stock
    keys: tuple[str, ...]  # the charge keys of deal.charges, in order
    fills: tuple[Fill, ...]  # more than one when the order was filled in several executions
    show_isin: bool


@dataclass(frozen=True)
class Plan:
    house: House
    client: noise.Client
    account: str
    ae: str
    trade_date: date
    settle: date
    print_date: date
    trades: tuple[Trade, ...]
    template: str  # "blocks" or "table"
    placement: str  # blocks: "beside" or "under"; table: "under" or "above"
    title: tuple[str, str]
    disclaimer: tuple[str, ...]
    chinese_disclaimer: str


def _stock(rng: random.Random, house: House, currency: str, short_names: bool) -> Stock:
    root, root_zh = rng.choice(_ROOTS)
    if currency == "USD":
        theme, short, theme_zh = rng.choice(_ETF_THEMES)
        manager, manager_zh = rng.choice((("Tideline", "潮線"), ("Peakstone", "峰石"), ("Banyan", "榕樹")))
        name = f"{manager.upper()} {short} ETF" if short_names else f"{manager} {theme} ETF"
        number = rng.randint(9000, 9899) * 10 + rng.randint(0, 9)
        isin = identifiers.isin("HK", "0000" + noise.digits(rng, 5))
        return Stock(f"{number:05d}", name, f"{manager_zh}{theme_zh}ETF", currency, isin, rng.choice((50, 100)), True)
    sector, short, sector_zh = rng.choice(_SECTORS)
    form, form_zh = rng.choice(_FORMS)
    if short_names:
        name = f"{root.split()[0].upper()} {short}"
        if rng.random() < 0.3:
            name += "-W" if rng.random() < 0.5 else " H"
    else:
        name = f"{root} {sector} {form}"
    chinese = f"{root_zh}{sector_zh}{form_zh}"
    if currency == "CNY":
        code = f"8{rng.randint(0, 9999):04d}"
    else:
        value = rng.randint(1, 3999) if rng.random() < 0.6 else rng.randint(6000, 9999)
        code = f"{value:0{house.code_width}d}"
    domicile = rng.choice(("HK", "KY", "KY", "BM"))
    if domicile == "HK":
        isin = identifiers.isin("HK", "0000" + noise.digits(rng, 5))
    else:
        isin = identifiers.isin(domicile, "G" + noise.digits(rng, 8))
    return Stock(code, name, chinese, currency, isin, rng.choice(_BOARD_LOTS), False)


def _price_band(rng: random.Random, etf: bool) -> tuple[Decimal, Decimal, Decimal]:
    bands = _TICKS[1:4] if etf else _TICKS
    low, high, tick = rng.choice(bands)
    return Decimal(low), Decimal(high), Decimal(tick)


def _ticked(rng: random.Random, low: Decimal, high: Decimal, tick: Decimal) -> Decimal:
    steps = int((high - low) / tick)
    return (low + tick * rng.randint(1, steps - 1)).quantize(Decimal("0.001"))


def _execution(rng: random.Random, stock: Stock) -> tuple[Decimal, Decimal, tuple[Fill, ...]]:
    """(quantity, price, fills): one fill at a three-decimal price, or several with their average to 4 places."""
    while True:
        low, high, tick = _price_band(rng, stock.etf)
        several = rng.random() < 0.3
        if not several:
            lots = rng.choice((1, 2, 3, 4, 5, 10, 20, 25, 40, 50, 100)) * rng.randint(1, 4)
            quantity, price = Decimal(lots * stock.board_lot), _ticked(rng, low, high, tick)
            fills = (Fill(dates.clock(rng), quantity, price),)
        else:
            # total lots divide tick x 10^4, so the average price has at most four places
            unit = int(tick * 10_000)
            count = rng.randint(2, 4)
            totals = [
                k for k in (2, 4, 5, 8, 10, 16, 20, 25, 40, 50, 80, 100, 125, 200) if k >= count and unit % k == 0
            ]
            if not totals:
                continue
            total = rng.choice(totals)
            cuts = sorted(rng.sample(range(1, total), count - 1))
            parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
            centre = _ticked(rng, low + 4 * tick, high - 4 * tick, tick) if (high - low) / tick > 10 else None
            if centre is None:
                continue
            times = sorted(dates.clock(rng) for _ in parts)
            fills = tuple(
                Fill(moment, Decimal(part * stock.board_lot), centre + tick * rng.randint(-3, 3))
                for moment, part in zip(times, parts, strict=True)
            )
            quantity = Decimal(total * stock.board_lot)
            value = sum((f.quantity * f.price for f in fills), Decimal(0))
            price = (value / quantity).quantize(Decimal("0.0001"))
            assert price * quantity == value, (value, quantity)
        gross = money.gross_of(quantity, price, stock.currency)
        if Decimal(3000) <= gross <= Decimal(20_000_000):
            return quantity, price, fills


def _round(value: Decimal, mode: str) -> Decimal:
    return max(value.quantize(CENT, rounding=mode), CENT)


def _charges(house: House, stock: Stock, gross: Decimal, trade_date: date) -> list[tuple[str, Decimal]]:
    rate, minimum = house.tariff
    brokerage = money.to_money(
        max(gross * Decimal(rate), Decimal(minimum) * _MINIMUM_BROKERAGE[stock.currency]), stock.currency
    )
    rows = [
        ("brokerage", brokerage),
        ("sfc", _round(gross * Decimal("0.000027"), house.levy_rounding)),
        ("afrc", _round(gross * Decimal("0.0000015"), house.levy_rounding)),
        ("trading", _round(gross * Decimal("0.0000565"), house.levy_rounding)),
    ]
    if stock.etf:
        stamp = Decimal("0.00")
    else:
        rate_sd = Decimal("0.0013") if trade_date < STAMP_CUT else Decimal("0.001")
        stamp = (gross * rate_sd).quantize(Decimal(1), rounding=ROUND_CEILING).quantize(CENT)
    rows.append(("stamp", stamp))
    if house.ccass:
        scale = _MINIMUM_BROKERAGE[stock.currency]
        ccass = min(max(gross * Decimal("0.00002"), 2 * scale), 100 * scale)
        rows.append(("ccass", money.to_money(ccass, stock.currency)))
    return rows


def _trade(
    rng: random.Random, house: House, plan_day: date, settle: date, account: str, seq: int, short_names: bool
) -> Trade:
    currency = rng.choices(("HKD", "CNY", "USD"), weights=(84, 9, 7))[0]
    stock = _stock(rng, house, currency, short_names)
    quantity, price, fills = _execution(rng, stock)
    side = "BUY" if rng.random() < 0.55 else "SELL"
    gross = money.gross_of(quantity, price, currency)
    rows = _charges(house, stock, gross, plan_day)
    show_isin = house.isin and rng.random() < 0.7
    deal = Deal(
        side=side,
        quantity=quantity,
        price=price,
        currency=currency,
        security_name=stock.name,
        trade_date=plan_day,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(Charge(_KIND.get(key, FEE), LABELS[key][0], amount) for key, amount in rows),
        account=account,
        counterparty=house.legal_name,
        trade_ref=house.ref(rng, plan_day, seq),
        isin=stock.isin if show_isin else None,
        ticker=stock.code,
    )
    return Trade(deal, stock, tuple(key for key, _ in rows), fills if len(fills) > 1 else (), show_isin)


def _disclaimer(rng: random.Random, house: House) -> tuple[tuple[str, ...], str]:
    english = [
        f"{house.legal_name} is a licensed corporation under the Securities and Futures Ordinance (Cap. 571), "
        f"CE No. {house.ce_number}, and an Exchange Participant of The Stock Exchange of Hong Kong Limited "
        f"(Participant No. {noise.digits(rng, 4)}).",
        "This contract note is issued subject to the rules, regulations, customs and usages of the Exchange and "
        "its clearing house, and to our Client Agreement, as amended from time to time.",
        f"Purchases must be settled in cleared funds by {rng.choice(('10:00 a.m.', '11:00 a.m.', 'noon'))} on "
        f"the settlement date; overdue amounts bear interest at {rng.choice((8, 9, 10))}% over the prime rate "
        f"and positions may be sold without further notice after {rng.choice((2, 3))} business days.",
        "Stamp duty is payable at 0.1% of the consideration (0.13% before 17 November 2023), rounded up to the "
        "nearest dollar; SFC transaction levy at 0.0027%, AFRC transaction levy at 0.00015% and HKEX trading fee "
        "at 0.00565% of the consideration.",
        "Investor Compensation Fund: compensation is limited to HK$500,000 per investor for each default.",
        "Where this note and its Chinese version differ, the English version shall prevail.",
    ]
    extra = [
        f"This note is issued subject to our Terms of Business dated {noise.old_date(rng, 'uk')}. Any discrepancy "
        f"must be reported to your Account Executive or to {house.phone} within {rng.choice((2, 3, 7))} days.",
        f"Client money is held in a segregated account with a licensed bank in Hong Kong; interest of up to "
        f"{rng.choice(('0.25', '0.5', '1.0'))}% p.a. may be retained by us. Office hours 09:00-18:00 HKT.",
        f"Our complaints procedure is available at {house.web}; "
        f"reference {noise.letters(rng, 3)}-{noise.digits(rng, 4)}.",
        f"Retain this note for at least {rng.choice((6, 7))} years. Unit prices of CNY and USD counters are quoted "
        "in the counter's currency.",
    ]
    english += rng.sample(extra, k=rng.randint(2, 4))
    chinese = (
        f"{house.chinese_name}為證券及期貨事務監察委員會持牌法團（中央編號{house.ce_number}），"
        "並為香港聯合交易所有限公司之交易所參與者。"
        f"客戶如發現本成交單據有任何錯漏，請於收到後{rng.choice(('兩', '三', '七'))}個營業日內通知本公司，"
        "否則本成交單據所載資料將被視為正確無誤。"
        "買入股份之款項須於交收日或之前以即時可用資金繳付。印花稅按成交金額百分之零點一計算，不足一元亦作一元計。"
        "本成交單據之中英文版本如有歧義，概以英文版本為準。"
    )
    return tuple(english), chinese


def _plan(rng: random.Random) -> Plan:
    house = rng.choice(HOUSES)
    client = noise.client(rng, "HK")
    account = rng.choice(
        (
            f"C{noise.digits(rng, 6)}",
            f"{noise.digits(rng, 2)}-{noise.digits(rng, 6)}-{noise.digits(rng, 1)}",
            f"{noise.digits(rng, 7)}-01",
        )
    )
    ae = rng.choice(
        (f"A{noise.digits(rng, 2)}", f"AE-{noise.digits(rng, 4)}", f"{noise.letters(rng, 1)}{noise.digits(rng, 3)}")
    )
    day = dates.trade_day(rng)
    settle = dates.add_business_days(day, 2)
    count = rng.choices((1, 2, 3, 4, 5, 6), weights=(32, 24, 18, 12, 8, 6))[0]
    first = rng.randint(1, 9000)
    template = rng.choice(("blocks", "table"))
    short_names = house.short_names or template == "table"
    trades_ = tuple(_trade(rng, house, day, settle, account, first + i, short_names) for i in range(count))
    placement = rng.choice(("beside", "under") if template == "blocks" else ("under", "above"))
    title = rng.choice(
        (
            ("CONTRACT NOTE", "成交單據"),
            ("CONTRACT NOTE / DAILY STATEMENT", "成交單據及日結單"),
            ("TRADE CONFIRMATION", "交易確認書"),
        )
    )
    english, chinese = _disclaimer(rng, house)
    return Plan(
        house,
        client,
        account,
        ae,
        day,
        settle,
        day if rng.random() < 0.6 else dates.add_business_days(day, 1),
        trades_,
        template,
        placement,
        title,
        english,
        chinese,
    )


def _wrap_cjk(sheet: Sheet, value: str, width: float, size: float) -> list[str]:
    """Chinese text has no spaces: break it wherever the line is full."""
    lines, line = [], ""
    for ch in value:
        if line and sheet.measure(line + ch, font=CJK, size=size) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


class Flow:
    """The note being drawn page by page; total is the page count (0 on the measuring pass)."""

    def __init__(self, plan: Plan, total: int) -> None:
        self.plan, self.total = plan, total
        portrait = plan.template == "blocks"
        self.pagesize = A4 if portrait else landscape(A4)
        self.sheet = Sheet(title=f"{plan.title[0].title()}", author=plan.house.legal_name, pagesize=self.pagesize)
        self.left = 40.0 if portrait else 28.0
        self.right = self.sheet.width - self.left
        self.bottom = self.sheet.height - 62
        self.page = 1
        self.y = self.first_header()

    def date(self, day: date) -> str:
        return dates.fmt(day, self.plan.house.date_style)

    def pair(
        self, x: float, y: float, en: str, zh: str, *, size: float = 8, bold: bool = False, under: bool = False
    ) -> None:
        """English text with its Chinese beside it or under it."""
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.sheet.text(x, y, en, font=font, size=size)
        if under:
            self.sheet.text(x, y + size + 1, zh, font=CJK, size=size - 1)
        else:
            self.sheet.text(x + self.sheet.measure(en, font=font, size=size) + 4, y, zh, font=CJK, size=size)

    def pair_centred(self, y: float, en: str, zh: str, size: float) -> None:
        width = (
            self.sheet.measure(en, font="Helvetica-Bold", size=size) + 6 + self.sheet.measure(zh, font=CJK, size=size)
        )
        x = (self.sheet.width - width) / 2
        self.pair(x, y, en, zh, size=size, bold=True)

    def first_header(self) -> float:
        plan, house, sheet = self.plan, self.plan.house, self.sheet
        sheet.text(self.left, 44, house.brand, font="Helvetica-Bold", size=15)
        sheet.text(
            self.left + sheet.measure(house.brand, font="Helvetica-Bold", size=15) + 10,
            44,
            house.chinese_brand,
            font=CJK,
            size=14,
        )
        sheet.text(self.left, 57, house.legal_name, size=8)
        sheet.text(self.left + sheet.measure(house.legal_name, size=8) + 6, 57, house.chinese_name, font=CJK, size=8)
        self.pair(self.left, 67, f"Licensed by the SFC, CE No. {house.ce_number}", "證監會中央編號", size=7)
        sheet.text(self.left, 77, f"{', '.join(house.address)}   Tel {house.phone}   {house.web}", size=7)
        sheet.rule(self.left, 83, self.right, weight=0.8)
        self.pair_centred(102, *plan.title, 12)
        y = sheet.lines(
            self.left,
            122,
            [plan.client.name.upper(), *(line.upper() for line in plan.client.address)],
            leading=10,
            size=8.5,
        )
        info = [
            ("account", plan.account),
            ("ae", plan.ae),
            ("trade_date", self.date(plan.trade_date)),
            ("settle", self.date(plan.settle)),
            ("print_date", self.date(plan.print_date)),
        ]
        x_label = self.right - 250
        info_y = 122.0
        for key, value in info:
            en, zh = LABELS[key]
            self.pair(x_label, info_y, en, zh, size=8)
            sheet.text(x_label + 150, info_y, value, font="Helvetica-Bold", size=8.5)
            info_y += 11
        return max(y, info_y) + 14

    def continuation_header(self) -> float:
        plan = self.plan
        self.sheet.text(self.left, 40, plan.house.brand, font="Helvetica-Bold", size=10)
        self.pair(self.left + 200, 40, f"{plan.title[0]} (continued)", f"{plan.title[1]}（續）", size=8)
        self.pair(self.right - 170, 40, f"A/C No. {plan.account}", "賬戶號碼", size=8)
        self.sheet.rule(self.left, 46, self.right)
        return 64.0

    def footer(self) -> None:
        sheet, y = self.sheet, self.sheet.height - 40
        sheet.rule(self.left, y - 10, self.right, weight=0.3)
        self.pair(self.left, y, "E.& O.E.", "如有錯漏，以本公司紀錄為準", size=6.5)
        self.pair(
            self.left,
            y + 9,
            "This is a computer-generated document. No signature is required.",
            "此乃電腦編印文件，毋須簽署。",
            size=6.5,
        )
        page_en = f"Page {self.page} of {self.total}"
        page_zh = f"第 {self.page} 頁，共 {self.total} 頁"
        width = sheet.measure(page_en, size=7) + 4 + sheet.measure(page_zh, font=CJK, size=7)
        self.pair(self.right - width, y, page_en, page_zh, size=7)

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.footer()
            self.sheet.next_page()
            self.page += 1
            self.y = self.continuation_header()

    def finish(self) -> tuple[bytes, int]:
        self.footer()
        return self.sheet.finish(), self.page


def _amount(value: Decimal) -> str:
    return money.fmt(value, decimals=2)


def _price(value: Decimal) -> str:
    return money.fmt(value)


def _draw_block(flow: Flow, trade: Trade) -> None:
    """One trade: a band with the contract number, the stock across the block, then two columns of label/value
    rows (quantity and price on the left, the money on the right)."""
    plan, sheet, deal, stock = flow.plan, flow.sheet, trade.deal, trade.stock
    under = plan.placement == "under"
    row = 19.0 if under else 12.0
    left, value_x, x_label = flow.left, flow.left + (100 if under else 135), flow.left + 275
    currency = plan.house.cny_word if deal.currency == "CNY" else deal.currency
    left_rows: list[tuple[str, str]] = [("market", "SEHK")]
    if trade.show_isin:
        left_rows.append(("isin", stock.isin))
    left_rows += [("qty", money.fmt(deal.quantity)), ("avg" if trade.fills else "price", _price(deal.price))]
    right_rows = [("consideration", deal.gross_amount)]
    right_rows += [(key, charge.amount) for key, charge in zip(trade.keys, deal.charges, strict=True)]
    left_height = row * len(left_rows) + (12 + 10 * len(trade.fills) if trade.fills else 0)
    right_height = row * (len(right_rows) + 1) + 24
    height = 28 + 2 * row + 10 + max(left_height, right_height) + 12
    flow.need(height)
    y = flow.y
    sheet.box(left, y, flow.right - left, 16, fill=0.9)
    en, zh = LABELS["contract"]
    flow.pair(left + 5, y + 11, en, zh, size=8)
    sheet.text(left + 130, y + 11, deal.trade_ref or "", font="Helvetica-Bold", size=9)
    side_en, side_zh = _SIDE[deal.side]
    flow.pair(left + 300, y + 11, side_en, side_zh, size=9, bold=True)
    en, zh = LABELS["currency"]
    flow.pair(flow.right - 110, y + 11, f"{en}: {currency}", _CURRENCY_ZH[deal.currency], size=8)
    y += 28
    for key, value in (("code", stock.code), ("name", stock.name)):
        en, zh = LABELS[key]
        flow.pair(left + 4, y, en, zh, size=7.5, under=under)
        sheet.text(value_x, y, value, font="Helvetica-Bold", size=8.5)
        y += row
    sheet.text(value_x, y - row + 10.5, stock.chinese, font=CJK, size=8)
    y += 0 if under else 10
    top = y
    for key, value in left_rows:
        en, zh = LABELS[key]
        flow.pair(left + 4, y, en, zh, size=7.5, under=under)
        sheet.text(value_x, y, value, font="Helvetica-Bold", size=8.5)
        y += row
    if trade.fills:
        en, zh = LABELS["executions"]
        flow.pair(left + 4, y, en, zh, size=7)
        y += 11
        for fill in trade.fills:
            sheet.text(left + 14, y, fill.time, size=7)
            sheet.right(left + 110, y, money.fmt(fill.quantity), size=7)
            sheet.text(left + 114, y, "@", size=7)
            sheet.right(left + 165, y, _price(fill.price), size=7)
            sheet.right(left + 235, y, _amount(money.to_money(fill.quantity * fill.price, deal.currency)), size=7)
            y += 10
    left_end = y
    y = top
    for key, amount in right_rows:
        en, zh = LABELS[key]
        flow.pair(x_label, y, en, zh, size=7.5, under=under)
        sheet.right(flow.right - 4, y, _amount(amount), size=8.5)
        y += row
    sheet.rule(x_label, y - row + (12 if under else 3), flow.right)
    y += 4
    en, zh = LABELS["net"]
    flow.pair(x_label, y, en, zh, size=8, bold=True, under=under)
    sheet.right(flow.right - 4, y, f"{currency} {_amount(deal.net_amount)}", font="Helvetica-Bold", size=9)
    pay_en, pay_zh = _PAYABLE[deal.side]
    flow.pair(x_label + 8, y + (19 if under else 10), f"({pay_en})", f"{pay_zh}", size=6.5)
    y += row + 12
    flow.y = max(left_end, y) + 10
    sheet.rule(left, flow.y - 6, flow.right, weight=0.3)


# table columns: (key, English header, Chinese header, x, right-aligned)
_COLUMNS = (
    ("contract", "Contract No.", "單據編號", 28, False),
    ("code", "Code", "代號", 98, False),
    ("name", "Stock Name", "股份名稱", 128, False),
    ("side", "B/S", "買/賣", 264, False),
    ("currency", "CCY", "貨幣", 300, False),
    ("qty", "Quantity", "數量", 362, True),
    ("price", "Price", "價格", 400, True),
    ("consideration", "Consideration", "成交金額", 454, True),
    ("brokerage", "Brokerage", "佣金", 492, True),
    ("sfc", "SFC Levy", "證監會徵費", 530, True),
    ("afrc", "AFRC Levy", "會財局徵費", 570, True),
    ("trading", "Trading Fee", "交易費", 610, True),
    ("stamp", "Stamp Duty", "印花稅", 652, True),
    ("ccass", "CCASS Fee", "中央結算費", 696, True),
    ("net", "Net Amount", "淨額", 752, True),
    ("settle", "Settle Date", "交收日期", 762, False),
)
X = {key: x for key, _, _, x, _ in _COLUMNS}


def _table_header(flow: Flow) -> None:
    sheet, above = flow.sheet, flow.plan.placement == "above"
    y = flow.y
    sheet.box(flow.left, y - 9, flow.right - flow.left, 22, fill=0.92)
    for key, en, zh, x, right in _COLUMNS:
        if key == "ccass" and not flow.plan.house.ccass:
            continue
        draw = sheet.right if right else sheet.text
        en_y, zh_y = (y + 9, y) if above else (y, y + 9)
        draw(x, en_y, en, font="Helvetica-Bold", size=6.5)
        draw(x, zh_y, zh, font=CJK, size=6.5)
    flow.y = y + 26


def _draw_table(flow: Flow) -> None:
    plan, sheet = flow.plan, flow.sheet
    _table_header(flow)
    for trade in plan.trades:
        deal, stock = trade.deal, trade.stock
        height = 20 + 9 * len(trade.fills) + (9 if trade.show_isin else 0)
        if flow.y + height > flow.bottom:
            flow.need(height)
            _table_header(flow)
        amounts = dict(zip(trade.keys, deal.charges, strict=True))
        side_en, side_zh = _SIDE[deal.side]
        cells = {
            "contract": deal.trade_ref or "",
            "code": stock.code,
            "name": stock.name,
            "currency": plan.house.cny_word if deal.currency == "CNY" else deal.currency,
            "qty": money.fmt(deal.quantity),
            "price": _price(deal.price),
            "consideration": _amount(deal.gross_amount),
            "net": _amount(deal.net_amount),
            "settle": flow.date(deal.settlement_date),
        }
        for key, charge in amounts.items():
            cells[key] = _amount(charge.amount)
        y = flow.y
        for key, _, _, x, right in _COLUMNS:
            if key == "side":
                flow.pair(x, y, side_en, side_zh[0], size=7)
            elif key in cells:
                (sheet.right if right else sheet.text)(x, y, cells[key], size=7)
        y += 9
        sheet.text(X["name"], y, stock.chinese, font=CJK, size=6.5)
        if trade.show_isin:
            y += 9
            sheet.text(X["name"], y, f"ISIN {stock.isin}", size=6.5)
        if trade.fills:
            flow.pair(X["side"], y, f"Average of {len(trade.fills)} fills", "平均價", size=6)
        for fill in trade.fills:
            y += 9
            sheet.text(X["name"] + 12, y, f"- {fill.time}", size=6.5)
            sheet.right(X["qty"], y, money.fmt(fill.quantity), size=6.5)
            sheet.right(X["price"], y, _price(fill.price), size=6.5)
            sheet.right(
                X["consideration"], y, _amount(money.to_money(fill.quantity * fill.price, deal.currency)), size=6.5
            )
        sheet.rule(flow.left, y + 4, flow.right, weight=0.25)
        flow.y = y + 14


def _draw_totals(flow: Flow) -> None:
    plan, sheet = flow.plan, flow.sheet
    totals: dict[str, Decimal] = {}
    for trade in plan.trades:
        deal = trade.deal
        totals[deal.currency] = totals.get(deal.currency, Decimal(0)) + (
            deal.net_amount if deal.is_buy else -deal.net_amount
        )
    flow.need(14 * len(totals) + 26)
    y = flow.y + 4
    for currency, total in totals.items():
        word = plan.house.cny_word if currency == "CNY" else currency
        en, zh = (
            ("Total Amount Payable by You", "客戶應付總額")
            if total >= 0
            else ("Total Amount Due to You", "客戶應收總額")
        )
        flow.pair(flow.right - 330, y, f"{en} ({word})", zh, size=8.5, bold=True)
        sheet.right(flow.right - 4, y, f"{word} {_amount(abs(total))}", font="Helvetica-Bold", size=9)
        y += 14
    flow.need(y - flow.y + 14)
    flow.pair(flow.left, y + 2, f"Payment / delivery due on {flow.date(plan.settle)}", "交收日期", size=7.5)
    flow.y = y + 18


def _draw_disclaimer(flow: Flow) -> None:
    sheet = flow.sheet
    width = flow.right - flow.left
    lines: list[tuple[str, str]] = []
    for sentence in flow.plan.disclaimer:
        lines += [("Helvetica", line) for line in simpleSplit(sentence, "Helvetica", 6.5, width)]
    lines += [(CJK, line) for line in _wrap_cjk(sheet, flow.plan.chinese_disclaimer, width, 6.5)]
    flow.need(30)
    en, zh = ("Important Notes", "重要事項")
    flow.pair(flow.left, flow.y, en, zh, size=7.5, bold=True)
    flow.y += 11
    for font, line in lines:
        flow.need(9)
        sheet.text(flow.left, flow.y, line, font=font, size=6.5)
        flow.y += 8.5


def _render(plan: Plan, total: int) -> tuple[bytes, int]:
    flow = Flow(plan, total)
    if plan.template == "blocks":
        for trade in plan.trades:
            _draw_block(flow, trade)
    else:
        _draw_table(flow)
        if any(trade.fills for trade in plan.trades):
            flow.need(12)
            flow.pair(
                flow.left,
                flow.y,
                "Orders filled in several executions are shown at their average price.",
                "分多次成交之指示以平均價顯示。",
                size=6.5,
            )
            flow.y += 12
    _draw_totals(flow)
    _draw_disclaimer(flow)
    return flow.finish()


def build(rng: random.Random) -> Document:
    plan = _plan(rng)
    _, pages = _render(plan, 0)
    content, drawn = _render(plan, pages)
    assert drawn == pages
    return Document(content, "confirmation", [trade.deal.truth() for trade in plan.trades])


LAYOUT = Layout(
    name="hk_bilingual_note",
    kind="pdf",
    heldout=False,
    build=build,
    description="HK bilingual contract notes 成交單據: English + Chinese labels, 0700/00700 codes, HKD/RMB/USD "
    "counters, levies, stamp duty rounded up, fills at average price, blocks or table, 1-6 trades",
)
