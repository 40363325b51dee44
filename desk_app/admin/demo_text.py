"""Vocabulary of the demo data: people, places, products and the problems a desk
hears about, in Arabic and English, and the small generators that combine them.

Arabic text is sometimes written the way people really type it: with harakat,
with tatweel, with ه for a final ة or ا for أ. That is what the search
normaliser exists for, so the demo data must exercise it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# ---------------------------------------------------------------- people ----

# (Arabic, Latin transliteration for e-mail addresses)
AR_MALE = (
    ("محمد", "mohammed"),
    ("أحمد", "ahmed"),
    ("عبدالله", "abdullah"),
    ("خالد", "khaled"),
    ("فهد", "fahad"),
    ("سعد", "saad"),
    ("عمر", "omar"),
    ("يوسف", "youssef"),
    ("إبراهيم", "ibrahim"),
    ("علي", "ali"),
    ("حسن", "hassan"),
    ("مصطفى", "mostafa"),
    ("محمود", "mahmoud"),
    ("طارق", "tarek"),
    ("ماجد", "majed"),
    ("سلطان", "sultan"),
    ("ناصر", "nasser"),
    ("فيصل", "faisal"),
    ("عبدالرحمن", "abdulrahman"),
    ("تركي", "turki"),
    ("كريم", "karim"),
    ("وليد", "waleed"),
)
AR_FEMALE = (
    ("فاطمة", "fatima"),
    ("نورة", "noura"),
    ("سارة", "sara"),
    ("مريم", "maryam"),
    ("عائشة", "aisha"),
    ("هند", "hind"),
    ("ريم", "reem"),
    ("لطيفة", "latifa"),
    ("منى", "mona"),
    ("أسماء", "asmaa"),
    ("هدى", "huda"),
    ("دعاء", "doaa"),
    ("ياسمين", "yasmin"),
    ("رنا", "rana"),
    ("شيماء", "shaimaa"),
)
AR_FAMILY_SA = (
    ("العتيبي", "alotaibi"),
    ("القحطاني", "alqahtani"),
    ("الشهري", "alshehri"),
    ("الغامدي", "alghamdi"),
    ("الزهراني", "alzahrani"),
    ("الدوسري", "aldosari"),
    ("المطيري", "almutairi"),
    ("الحربي", "alharbi"),
    ("السبيعي", "alsubaie"),
    ("العنزي", "alanazi"),
    ("الشمري", "alshammari"),
    ("البلوي", "albalawi"),
)
AR_FAMILY_EG = (
    ("عبد الفتاح", "abdelfattah"),
    ("حسنين", "hassanein"),
    ("الشناوي", "elshenawy"),
    ("منصور", "mansour"),
    ("سليمان", "soliman"),
    ("النجار", "elnaggar"),
    ("الخطيب", "elkhatib"),
    ("البنا", "elbanna"),
    ("عبد الحميد", "abdelhamid"),
    ("فرج", "farag"),
)
EN_FIRST = (
    "James",
    "Emily",
    "Daniel",
    "Sophie",
    "Michael",
    "Olivia",
    "David",
    "Hannah",
    "Thomas",
    "Grace",
    "Ryan",
    "Laura",
)
EN_FAMILY = (
    "Carter",
    "Watson",
    "Hughes",
    "Bennett",
    "Reid",
    "Foster",
    "Morgan",
    "Turner",
    "Ellis",
    "Palmer",
)
PL_NAMES = (
    ("Katarzyna", "Nowak"),
    ("Piotr", "Kowalski"),
    ("Agnieszka", "Wiśniewska"),
    ("Tomasz", "Wójcik"),
    ("Łukasz", "Kamiński"),
    ("Małgorzata", "Lewandowska"),
    ("Paweł", "Zieliński"),
    ("Magdalena", "Szymańska"),
    ("Krzysztof", "Woźniak"),
    ("Joanna", "Dąbrowska"),
    ("Michał", "Kozłowski"),
    ("Anna", "Jankowska"),
)
_PL_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")

MAIL_DOMAINS_SA = ("gmail.com", "hotmail.com", "outlook.sa", "stc.com.sa", "yahoo.com")
MAIL_DOMAINS_EG = ("gmail.com", "yahoo.com", "outlook.com", "te.eg")
MAIL_DOMAINS_EN = ("gmail.com", "outlook.com", "icloud.com", "proton.me")
MAIL_DOMAINS_PL = ("wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl")

# Agents of the desk: (username, display name, role, group index in DEFAULT_GROUPS)
AGENTS = (
    ("n.alotaibi", "نورة العتيبي", "agent", 0),
    ("m.alharbi", "محمد الحربي", "agent", 0),
    ("s.wojcik", "Sylwia Wójcik", "intake", 0),
    ("k.hassanein", "كريم حسنين", "senior_agent", 1),
    ("j.carter", "James Carter", "agent", 1),
    ("f.alqahtani", "فهد القحطاني", "agent", 1),
    ("r.alshehri", "ريم الشهري", "agent", 2),
    ("e.watson", "Emily Watson", "senior_agent", 2),
    ("o.mansour", "عمر منصور", "team_lead", 3),
    ("h.elbanna", "هدى البنا", "supervisor", 3),
    ("t.nowak", "Tomasz Nowak", "agent", 1),
    ("a.aldosari", "عبدالله الدوسري", "agent", 0),
)


def pick(rng: random.Random, seq: Sequence[T]) -> T:
    """rng.choice, without its overhead (it matters at a million tickets)."""
    return seq[int(rng.random() * len(seq))]


@dataclass(frozen=True)
class Person:
    name: str
    language: str  # "ar" or "en": the language the customer writes in
    phone: str
    phone_e164: str
    email: str
    national_id: str


def person(rng: random.Random) -> Person:
    """A customer: Saudi, Egyptian, English-speaking or Polish."""
    kind = rng.random()
    if kind < 0.45:
        return _arab(rng, AR_FAMILY_SA, MAIL_DOMAINS_SA, _saudi_phone, _saudi_id)
    if kind < 0.70:
        return _arab(rng, AR_FAMILY_EG, MAIL_DOMAINS_EG, _egyptian_phone, _egyptian_id)
    if kind < 0.88:
        first, family = pick(rng, EN_FIRST), pick(rng, EN_FAMILY)
        phone, e164 = _saudi_phone(rng) if rng.random() < 0.7 else _polish_phone(rng)
        email = f"{first.lower()}.{family.lower()}@{pick(rng, MAIL_DOMAINS_EN)}"
        return Person(f"{first} {family}", "en", phone, e164, email, _saudi_id(rng, resident=True))
    first, family = pick(rng, PL_NAMES)
    phone, e164 = _polish_phone(rng)
    local = f"{first}.{family}".lower().translate(_PL_ASCII)
    email = f"{local}@{pick(rng, MAIL_DOMAINS_PL)}"
    return Person(f"{first} {family}", "en", phone, e164, email, _pesel(rng))


def _arab(
    rng: random.Random,
    families: tuple[tuple[str, str], ...],
    domains: tuple[str, ...],
    phone: Callable[[random.Random], tuple[str, str]],
    national_id: Callable[[random.Random], str],
) -> Person:
    first = pick(rng, AR_MALE if rng.random() < 0.6 else AR_FEMALE)
    father = pick(rng, AR_MALE)
    if father == first:
        father = AR_MALE[(AR_MALE.index(father) + 1) % len(AR_MALE)]
    family = pick(rng, families)
    name = (
        f"{first[0]} {father[0]} {family[0]}" if rng.random() < 0.5 else f"{first[0]} {family[0]}"
    )
    number, e164 = phone(rng)
    sep = pick(rng, (".", "_", ""))
    email = f"{first[1]}{sep}{family[1].replace(' ', '')}{rng.randint(1, 99)}@{pick(rng, domains)}"
    has_email = rng.random() < 0.75
    return Person(name, "ar", number, e164, email if has_email else "", national_id(rng))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _saudi_phone(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.85:
        operator, rest = pick(rng, ("50", "53", "54", "55", "56", "58", "59")), _digits(rng, 7)
        return f"0{operator} {rest[:3]} {rest[3:]}", f"+966{operator}{rest}"
    rest = _digits(rng, 7)  # Riyadh landline
    return f"011 {rest[:3]} {rest[3:]}", f"+96611{rest}"


def _egyptian_phone(rng: random.Random) -> tuple[str, str]:
    operator, rest = pick(rng, ("10", "11", "12", "15")), _digits(rng, 8)
    return f"0{operator} {rest[:4]} {rest[4:]}", f"+20{operator}{rest}"


def _polish_phone(rng: random.Random) -> tuple[str, str]:
    head = pick(rng, ("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"))
    rest = _digits(rng, 7)
    number = head + rest
    return f"+48 {number[:3]} {number[3:6]} {number[6:]}", f"+48{number}"


def _saudi_id(rng: random.Random, resident: bool = False) -> str:
    return ("2" if resident or rng.random() < 0.3 else "1") + _digits(rng, 9)


def _egyptian_id(rng: random.Random) -> str:
    year = rng.randint(55, 99) if rng.random() < 0.7 else rng.randint(0, 5)
    century = "2" if year >= 55 else "3"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    governorate = pick(rng, ("01", "02", "12", "13", "21", "88"))
    return f"{century}{year:02d}{month:02d}{day:02d}{governorate}{_digits(rng, 5)}"


def _pesel(rng: random.Random) -> str:
    year, month, day = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{year:02d}{month:02d}{day:02d}{_digits(rng, 4)}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


def account_number(rng: random.Random) -> str:
    return f"AC-{rng.randint(10_000_000, 99_999_999)}"


# ---------------------------------------------------------- organisations ----

ORG_AR_KIND = ("شركة", "مؤسسة", "مجموعة", "مستشفى", "مدارس", "مصنع")
ORG_AR_CORE = (
    "النخيل",
    "الأفق",
    "الرواد",
    "الواحة",
    "المستقبل",
    "النيل",
    "الدلتا",
    "الجزيرة",
    "البيان",
    "السلام",
    "الفجر",
    "الأمل",
)
ORG_AR_TRADE = ("للتجارة", "للمقاولات", "للخدمات الطبية", "للتقنية", "للنقل", "للأغذية", "")
ORG_EN = (
    "Gulf Logistics Co.",
    "Delta Textiles",
    "Red Sea Hotels",
    "Nile Valley Foods",
    "Arabian Steel Works",
    "Desert Rose Clinics",
    "Horizon Engineering",
    "Wisła Logistics Sp. z o.o.",
    "Baltic Software S.A.",
    "Crescent Trading LLC",
)


def organisation_name(rng: random.Random, serial: int) -> str:
    if rng.random() < 0.65:
        parts = (pick(rng, ORG_AR_KIND), pick(rng, ORG_AR_CORE), pick(rng, ORG_AR_TRADE))
        name = " ".join(p for p in parts if p)
    else:
        name = pick(rng, ORG_EN)
    # Branches of one company are separate organisations in the directory.
    return f"{name} ({serial})" if serial >= 30 else name


# ----------------------------------------------------------------- assets ----

# (product, model number, licensed software?)
PRODUCTS = (
    ("HP LaserJet Pro M404dn", "W1A53A", False),
    ("Canon imageRUNNER 2630i", "3808C004", False),
    ("Epson EcoTank L3250", "C11CJ67", False),
    ("Zebra ZD421 label printer", "ZD4A042", False),
    ("Cisco Catalyst 9200", "C9200-24T", False),
    ("Fortinet FortiGate 60F", "FG-60F", False),
    ("Dell Latitude 5440", "N015L5440", False),
    ("Lenovo ThinkPad T14", "21HD0041", False),
    ("Yealink T46U IP phone", "SIP-T46U", False),
    ("APC Smart-UPS 1500", "SMT1500I", False),
    ("Microsoft 365 Business Standard", "KLQ-00211", True),
    ("Sage 300 ERP", "S300-2024", True),
    ("Kaspersky Endpoint Security", "KL4863", True),
    ("Odoo Enterprise", "ODOO-17", True),
)
LOCATIONS = (
    "الرياض – العليا، الدور 3، غرفة الخوادم",
    "الرياض – حي الملز، مبنى الإدارة",
    "جدة – شارع التحلية، الدور الثاني",
    "الدمام – حي الشاطئ، المستودع",
    "القاهرة – مدينة نصر، مبنى B",
    "الإسكندرية – سموحة، الدور الأرضي",
    "Riyadh – King Fahd Rd, Tower 2, floor 14",
    "Jeddah – Tahlia St, reception",
    "Cairo – Smart Village, building 7",
    "Kraków – ul. Długa 12, piętro 1",
    "Warszawa – al. Jerozolimskie 100, open space",
)


def serial_number(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(pick(rng, letters) for _ in range(3)) + _digits(rng, 7)


def licence_key(rng: random.Random) -> str:
    return "LIC-" + "-".join(_digits(rng, 4) for _ in range(3))


# --------------------------------------------------------------- problems ----


@dataclass(frozen=True)
class Topic:
    key: str
    category: str
    group: int  # index into DEFAULT_GROUPS
    weight: float
    equipment: bool  # does the ticket carry asset data?
    subjects_ar: tuple[str, ...]
    subjects_en: tuple[str, ...]
    details_ar: tuple[str, ...]
    details_en: tuple[str, ...]


TOPICS = (
    Topic(
        "printer",
        "hardware",
        1,
        14,
        True,
        (
            "الطابعة لا تطبع",
            "انحشار الورق في الطابعة في {place}",
            "الطابعة تطبع صفحات فارغة",
            "حبر الطابعة ينفد بسرعة",
            "الطابعة غير متصلة بالشبكة",
        ),
        (
            "Printer not printing",
            "Paper jam in the printer on {place_en}",
            "Printer prints blank pages",
            "Toner runs out too fast",
            "Printer shows offline",
        ),
        (
            "الطابعة في {place} تظهر رسالة خطأ عند الطباعة.",
            "تم تغيير الحبر لكن المشكلة ما زالت قائمة.",
            "الطابعة المشتركة لا تستقبل أوامر الطباعة من أجهزة القسم.",
        ),
        (
            "The shared printer on {place_en} shows an error when printing.",
            "The toner was replaced but the problem is still there.",
            "Print jobs stay in the queue and never come out.",
        ),
    ),
    Topic(
        "network",
        "network",
        1,
        12,
        True,
        (
            "انقطاع الإنترنت في {place}",
            "الشبكة اللاسلكية بطيئة جدا",
            "لا يمكن الاتصال بالشبكة الافتراضية الخاصة",
            "انقطاع متكرر في الاتصال بالخادم",
        ),
        (
            "Internet outage on {place_en}",
            "Wi-Fi very slow",
            "Cannot connect to the VPN",
            "Connection to the file server keeps dropping",
        ),
        (
            "جميع الأجهزة في {place} بدون اتصال بالإنترنت.",
            "الاتصال ينقطع كل بضع دقائق ثم يعود.",
            "تمت إعادة تشغيل جهاز التوجيه دون فائدة.",
        ),
        (
            "All computers on {place_en} lost the internet connection.",
            "The connection drops every few minutes and comes back.",
            "Restarting the router did not help.",
        ),
    ),
    Topic(
        "billing",
        "billing",
        2,
        14,
        False,
        (
            "اعتراض على فاتورة شهر {month}",
            "خصم المبلغ مرتين من البطاقة",
            "طلب استرداد مبلغ",
            "الفاتورة لا تطابق العقد",
            "استفسار عن رسوم إضافية في الفاتورة",
        ),
        (
            "Dispute on the {month_en} invoice",
            "Charged twice on my card",
            "Refund request",
            "Invoice does not match the contract",
            "Question about extra fees on the invoice",
        ),
        (
            "يعترض العميل على مبلغ {amount} ريال في فاتورة شهر {month}.",
            "العميل يطلب نسخة مفصلة من الفاتورة.",
            "تم الدفع عن طريق التحويل البنكي ولم يظهر في الحساب.",
        ),
        (
            "The customer disputes {amount} SAR on the {month_en} invoice.",
            "The customer asks for an itemised copy of the invoice.",
            "Paid by bank transfer but the payment does not show on the account.",
        ),
    ),
    Topic(
        "access",
        "access",
        0,
        12,
        False,
        (
            "طلب صلاحية دخول إلى {system}",
            "إعادة تعيين كلمة المرور",
            "الحساب مقفل بعد محاولات دخول فاشلة",
            "طلب إنشاء حساب لموظف جديد",
        ),
        (
            "Access request for {system_en}",
            "Password reset",
            "Account locked after failed sign-in attempts",
            "New starter needs an account",
        ),
        (
            "الموظف انتقل إلى {place} ويحتاج صلاحيات جديدة.",
            "تمت الموافقة على الطلب من المدير المباشر.",
            "لا تصل رسالة التحقق إلى الجوال.",
        ),
        (
            "The employee moved to {place_en} and needs new permissions.",
            "The request was approved by the line manager.",
            "The verification text message never arrives.",
        ),
    ),
    Topic(
        "licence",
        "licence",
        0,
        7,
        True,
        (
            "تجديد ترخيص {software}",
            "انتهاء صلاحية الترخيص",
            "نقل الترخيص إلى جهاز جديد",
        ),
        (
            "Renew the {software} licence",
            "Licence expired",
            "Move the licence to a new computer",
        ),
        (
            "يظهر تنبيه بانتهاء الترخيص خلال {days} يوما.",
            "البرنامج يعمل في وضع القراءة فقط.",
        ),
        (
            "A warning says the licence expires in {days} days.",
            "The program runs in read-only mode.",
        ),
    ),
    Topic(
        "complaint",
        "complaint",
        3,
        8,
        False,
        (
            "شكوى من تأخر الرد",
            "شكوى بخصوص جودة الخدمة",
            "شكوى من عدم الالتزام بموعد الزيارة",
            "شكوى من تكرار المشكلة بعد إغلاق البلاغ",
        ),
        (
            "Complaint about slow response",
            "Complaint about service quality",
            "Complaint: technician missed the appointment",
            "Complaint: the problem came back after the ticket was closed",
        ),
        (
            "العميل غير راض ويطلب التواصل مع المشرف.",
            "هذه ثالث مرة يتواصل فيها العميل بخصوص نفس الموضوع.",
        ),
        (
            "The customer is unhappy and asks to speak to a supervisor.",
            "This is the third time the customer contacts us about the same matter.",
        ),
    ),
    Topic(
        "computer",
        "hardware",
        1,
        12,
        True,
        (
            "الحاسوب المحمول لا يعمل",
            "الشاشة لا تعرض أي صورة",
            "بطء شديد في الجهاز",
            "لوحة المفاتيح لا تستجيب",
        ),
        (
            "Laptop does not turn on",
            "Screen stays black",
            "Computer is extremely slow",
            "Keyboard not responding",
        ),
        (
            "الجهاز يصدر صوت تنبيه عند التشغيل.",
            "تم تحديث النظام أمس وبدأت المشكلة بعدها.",
        ),
        (
            "The machine beeps when it starts.",
            "The system was updated yesterday and the problem started after that.",
        ),
    ),
    Topic(
        "email",
        "software",
        1,
        9,
        False,
        (
            "لا تصل رسائل البريد الإلكتروني",
            "صندوق البريد ممتلئ",
            "رسائل العملاء تذهب إلى البريد المزعج",
        ),
        (
            "E-mails are not arriving",
            "Mailbox full",
            "Customer e-mails go to spam",
        ),
        (
            "آخر رسالة وصلت كانت يوم {month}.",
            "تظهر رسالة تفيد بتجاوز المساحة المسموحة.",
        ),
        (
            "The last message arrived in {month_en}.",
            "A message says the mailbox is over its quota.",
        ),
    ),
    Topic(
        "phone",
        "telephony",
        0,
        6,
        True,
        (
            "الهاتف الثابت لا يعمل",
            "تحويل المكالمات لا يعمل",
            "انقطاع الصوت أثناء المكالمات",
        ),
        (
            "Desk phone is dead",
            "Call forwarding does not work",
            "Audio drops during calls",
        ),
        ("المشكلة في جميع هواتف {place}.",),
        ("Every phone on {place_en} has the problem.",),
    ),
    # Rare problems: a handful per hundred thousand tickets, so the search
    # benchmarks have a rare word with a known, small match set.
    Topic(
        "generator",
        "facilities",
        3,
        0.06,
        True,
        ("المولد الاحتياطي لا يعمل", "عطل في المولد بعد انقطاع الكهرباء"),
        ("Backup generator does not start", "Generator failed after a power cut"),
        ("المولد لم يعمل تلقائيا عند انقطاع التيار.",),
        ("The generator did not start by itself when the power went off.",),
    ),
    Topic(
        "water_leak",
        "facilities",
        3,
        0.04,
        False,
        ("تسرب مياه في غرفة الخوادم",),
        ("Water leak in the server room",),
        ("يوجد تسرب من مكيف الهواء فوق الخزائن.",),
        ("The air conditioner above the racks is leaking.",),
    ),
)

PLACES_AR = (
    "الدور الأول",
    "الدور الثاني",
    "قسم المحاسبة",
    "قسم الموارد البشرية",
    "الاستقبال",
    "فرع جدة",
    "فرع الدمام",
    "مكتب المدير",
    "المستودع",
)
PLACES_EN = (
    "the first floor",
    "the second floor",
    "Accounts",
    "HR",
    "reception",
    "the Jeddah branch",
    "the Dammam branch",
    "the manager's office",
    "the warehouse",
)
MONTHS_AR = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
MONTHS_EN = (
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
SYSTEMS_AR = ("نظام الموارد البشرية", "نظام ساب", "البوابة الإلكترونية", "نظام الأرشفة")
SYSTEMS_EN = ("the HR system", "SAP", "the customer portal", "the document archive")
SOFTWARE = ("Microsoft 365", "Sage 300", "Kaspersky", "Odoo", "AutoCAD")

OPENINGS_AR = (
    "اتصل العميل وأفاد بأن",
    "أفادت العميلة بأن",
    "ورد بلاغ من العميل يفيد بأن",
    "حسب إفادة العميل،",
    "أرسل العميل رسالة يذكر فيها أن",
)
OPENINGS_EN = (
    "The customer called to say:",
    "Reported by the customer:",
    "The customer wrote in:",
    "Caller reports:",
)
CLOSINGS_AR = (
    "المشكلة تؤثر على عمل القسم بالكامل.",
    "العمل متوقف بشكل جزئي.",
    "يرجى الحل بأسرع وقت ممكن.",
    "بدأت المشكلة منذ {days} أيام.",
    "العميل متاح للتواصل على الجوال.",
    "",
)
CLOSINGS_EN = (
    "The whole department is affected.",
    "Work is partly stopped.",
    "Please fix as soon as possible.",
    "It started {days} days ago.",
    "The customer can be reached on the mobile.",
    "",
)
NOTES_AR = (
    "تم التواصل مع العميل وطلب منه إعادة تشغيل الجهاز.",
    "بانتظار قطعة الغيار من المورد.",
    "تمت إحالة البلاغ إلى الفريق المختص.",
    "تم حل المشكلة عن بعد وتأكد العميل من ذلك.",
    "العميل لم يرد على الاتصال، سيتم المحاولة لاحقا.",
    "تمت زيارة الموقع وتبديل الكابل.",
)
NOTES_EN = (
    "Called the customer and asked them to restart the device.",
    "Waiting for the spare part from the supplier.",
    "Passed to the specialist team.",
    "Fixed remotely; the customer confirmed it works.",
    "No answer from the customer, will try again later.",
    "Visited the site and replaced the cable.",
)

# ------------------------------------------------------- the way people type ----

_HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0651", "\u0652")
_TATWEEL = "\u0640"
_ARABIC_LETTER = range(0x0621, 0x064B)
# Letters that do not join to the next one: a tatweel after them would float.
_NON_JOINING = set("اأإآدذرزوؤءة")


def _is_arabic_word(word: str) -> bool:
    return any(ord(ch) in _ARABIC_LETTER for ch in word)


def as_typed(text: str, rng: random.Random, typed: dict[str, str] | None = None) -> str:
    """Arabic text as it comes from real keyboards and pasted documents:
    some words with harakat or tatweel, ة written ه, أ/إ written ا.

    ``typed`` remembers how each word was written, so a word repeated in the
    subject and the description is spelled the same way in both, as one person
    typing both would."""
    typed = {} if typed is None else typed
    words = text.split(" ")
    for i, word in enumerate(words):
        if word in typed:
            words[i] = typed[word]
            continue
        if not _is_arabic_word(word) or rng.random() > 0.45:
            typed[word] = word
            continue
        variant = word
        kind = rng.random()
        if kind < 0.45:
            for _ in range(1 + len(variant) // 3):
                at = rng.randint(1, len(variant))
                if ord(variant[at - 1]) in _ARABIC_LETTER:
                    variant = variant[:at] + pick(rng, _HARAKAT) + variant[at:]
        elif kind < 0.65 and len(variant) >= 4:
            at = rng.randint(1, len(variant) - 2)
            if variant[at - 1] not in _NON_JOINING and ord(variant[at]) in _ARABIC_LETTER:
                variant = variant[:at] + _TATWEEL * rng.randint(1, 3) + variant[at:]
        elif kind < 0.85 and variant.endswith("ة"):
            variant = variant[:-1] + "ه"
        else:
            variant = variant.replace("أ", "ا").replace("إ", "ا")
        typed[word] = words[i] = variant
    return " ".join(words)


def fill(template: str, rng: random.Random) -> str:
    if "{" not in template:
        return template
    return template.format(
        place=pick(rng, PLACES_AR),
        place_en=pick(rng, PLACES_EN),
        month=pick(rng, MONTHS_AR),
        month_en=pick(rng, MONTHS_EN),
        system=pick(rng, SYSTEMS_AR),
        system_en=pick(rng, SYSTEMS_EN),
        software=pick(rng, SOFTWARE),
        amount=rng.randrange(50, 25_000, 5),
        days=rng.randint(2, 30),
    )


def problem_text(topic: Topic, language: str, rng: random.Random) -> tuple[str, str]:
    """A subject and a description of one problem, in the customer's language."""
    if language == "ar":
        subject = fill(pick(rng, topic.subjects_ar), rng)
        parts = [pick(rng, OPENINGS_AR), subject + ".", fill(pick(rng, topic.details_ar), rng)]
        parts.append(fill(pick(rng, CLOSINGS_AR), rng))
        description = " ".join(p for p in parts if p)
        if rng.random() < 0.25:
            typed: dict[str, str] = {}
            subject = as_typed(subject, rng, typed)
            description = as_typed(description, rng, typed)
        return subject, description
    subject = fill(pick(rng, topic.subjects_en), rng)
    parts = [pick(rng, OPENINGS_EN), subject + ".", fill(pick(rng, topic.details_en), rng)]
    parts.append(fill(pick(rng, CLOSINGS_EN), rng))
    return subject, " ".join(p for p in parts if p)


def note_text(language: str, rng: random.Random) -> str:
    return pick(rng, NOTES_AR) if language == "ar" else pick(rng, NOTES_EN)


# Why it happened and what solved it, recorded when a ticket is resolved.
RESOLUTIONS_AR = (
    ("عطل في الجهاز", "استُبدلت القطعة التالفة وجُرّب الجهاز مع العميل."),
    ("خطأ في الإعدادات", "صُحّحت الإعدادات وأُعيد تشغيل الخدمة."),
    ("خطأ من المستخدم", "شُرحت الطريقة الصحيحة للعميل خطوة بخطوة."),
    ("انقطاع في الشبكة", "أعاد مزوّد الخدمة الاتصال وتأكدنا من عمله."),
    ("خطأ في الفاتورة", "صُحّحت الفاتورة وأُرسلت نسخة جديدة للعميل."),
    ("انتهاء الترخيص", "جُدّد الترخيص وفُعّل على الجهاز."),
)
RESOLUTIONS_EN = (
    ("Hardware fault", "Replaced the faulty part and tested it with the customer."),
    ("Misconfiguration", "Corrected the settings and restarted the service."),
    ("User error", "Walked the customer through the right steps."),
    ("Network outage", "The provider restored the link; confirmed it works."),
    ("Billing error", "Corrected the invoice and sent the customer a new copy."),
    ("Licence expired", "Renewed the licence and activated it on the device."),
)


def resolution(language: str, rng: random.Random) -> tuple[str, str]:
    return pick(rng, RESOLUTIONS_AR if language == "ar" else RESOLUTIONS_EN)
