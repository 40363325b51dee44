"""The starter library of letter templates, in force until an administrator
saves the desk's own: one template of each kind, in Arabic and English,
written as a service desk would send them. Kept as a document, so it is read
by the same parser (and checked by the same test) as any library."""

from __future__ import annotations

from typing import Any

from desk_app.services.letter_templates import TemplateLibrary, parse_library

_AR_OPENING = (
    "حضرة {{customer_title}} {{customer_name}} المحترم/ة،\nالسلام عليكم ورحمة الله وبركاته، وبعد:"
)
_AR_CLOSING = (
    "وتفضلوا بقبول فائق الاحترام والتقدير،\n{{agent_name}}\nخدمة العملاء — {{branch_name}}"
)
_EN_OPENING = "Dear {{customer_title}} {{customer_name}},"
_EN_CLOSING = "Yours sincerely,\n{{agent_name}}\nCustomer Service, {{branch_name}}"


def _letter(opening: str, middle: str, closing: str) -> str:
    return f"{opening}\n\n{middle}\n\n{closing}"


STARTER_DOCUMENT: dict[str, Any] = {
    "templates": [
        {
            "id": "acknowledgement",
            "kind": "acknowledgement",
            "name": {"ar": "إشعار باستلام الطلب", "en": "Acknowledgement"},
            "ar": {
                "subject": "استلام طلبكم رقم {{ticket_number}}",
                "body": _letter(
                    _AR_OPENING,
                    "نفيدكم باستلام طلبكم بشأن «{{ticket_subject}}» بتاريخ {{opened_date}} "
                    "الموافق {{opened_date_hijri}}، وقد سُجّل برقم {{ticket_number}}. "
                    "وسنوافيكم بالرد في موعد أقصاه {{due_date}}.",
                    _AR_CLOSING,
                ),
            },
            "en": {
                "subject": "Your request {{ticket_number}} has been received",
                "body": _letter(
                    _EN_OPENING,
                    "We have received your request about \u201c{{ticket_subject}}\u201d of "
                    "{{opened_date}}; it is registered as {{ticket_number}}. "
                    "We will reply by {{due_date}} at the latest.",
                    _EN_CLOSING,
                ),
            },
        },
        {
            "id": "request-for-information",
            "kind": "request_for_information",
            "name": {"ar": "طلب معلومات", "en": "Request for information"},
            "ar": {
                "subject": "طلب معلومات بشأن الطلب رقم {{ticket_number}}",
                "body": _letter(
                    _AR_OPENING,
                    "إشارة إلى طلبكم رقم {{ticket_number}} بشأن «{{ticket_subject}}»، "
                    "نرجو التكرم بتزويدنا بما يلي لنتمكن من إكمال معالجته:\n{{free_text}}",
                    _AR_CLOSING,
                ),
            },
            "en": {
                "subject": "Information needed for your request {{ticket_number}}",
                "body": _letter(
                    _EN_OPENING,
                    "To complete your request {{ticket_number}} about "
                    "\u201c{{ticket_subject}}\u201d, please send us the following:\n{{free_text}}",
                    _EN_CLOSING,
                ),
            },
        },
        {
            "id": "follow-up",
            "kind": "follow_up",
            "name": {"ar": "متابعة", "en": "Follow-up"},
            "ar": {
                "subject": "متابعة الطلب رقم {{ticket_number}}",
                "body": _letter(
                    _AR_OPENING,
                    "نود إحاطتكم بآخر ما تم بشأن طلبكم رقم {{ticket_number}}:\n{{free_text}}",
                    _AR_CLOSING,
                ),
            },
            "en": {
                "subject": "Update on your request {{ticket_number}}",
                "body": _letter(
                    _EN_OPENING,
                    "Here is the latest on your request {{ticket_number}}:\n{{free_text}}",
                    _EN_CLOSING,
                ),
            },
        },
        {
            "id": "resolution",
            "kind": "resolution",
            "name": {"ar": "إفادة بالحل", "en": "Resolution"},
            "ar": {
                "subject": "حل الطلب رقم {{ticket_number}}",
                "body": _letter(
                    _AR_OPENING,
                    "يسعدنا إفادتكم بأنه تمت معالجة طلبكم رقم {{ticket_number}} "
                    "بشأن «{{ticket_subject}}»:\n{{free_text}}\n"
                    "وإن كان لديكم أي استفسار فنحن في خدمتكم.",
                    _AR_CLOSING,
                ),
            },
            "en": {
                "subject": "Your request {{ticket_number}} is resolved",
                "body": _letter(
                    _EN_OPENING,
                    "Your request {{ticket_number}} about \u201c{{ticket_subject}}\u201d "
                    "has been resolved:\n{{free_text}}\n"
                    "Please contact us if anything is still not right.",
                    _EN_CLOSING,
                ),
            },
        },
        {
            "id": "rejection",
            "kind": "rejection",
            "name": {"ar": "اعتذار عن قبول الطلب", "en": "Rejection"},
            "ar": {
                "subject": "بشأن طلبكم رقم {{ticket_number}}",
                "body": _letter(
                    _AR_OPENING,
                    "بعد دراسة طلبكم رقم {{ticket_number}} بشأن «{{ticket_subject}}»، "
                    "نأسف لإفادتكم بتعذّر قبوله للسبب الآتي:\n{{free_text}}",
                    _AR_CLOSING,
                ),
            },
            "en": {
                "subject": "About your request {{ticket_number}}",
                "body": _letter(
                    _EN_OPENING,
                    "We have reviewed your request {{ticket_number}} about "
                    "\u201c{{ticket_subject}}\u201d and regret that we cannot accept it, "
                    "for this reason:\n{{free_text}}",
                    _EN_CLOSING,
                ),
            },
        },
        {
            "id": "complaint-response",
            "kind": "complaint_response",
            "name": {"ar": "رد على شكوى", "en": "Complaint response"},
            "ar": {
                "subject": "ردّنا على شكواكم رقم {{ticket_number}}",
                "body": _letter(
                    _AR_OPENING,
                    "نشكر لكم تواصلكم، ونأسف لما واجهتموه. بعد مراجعة شكواكم رقم "
                    "{{ticket_number}} نفيدكم بما يلي:\n{{free_text}}",
                    _AR_CLOSING,
                ),
            },
            "en": {
                "subject": "Our reply to your complaint {{ticket_number}}",
                "body": _letter(
                    _EN_OPENING,
                    "Thank you for telling us, and we are sorry for what happened. "
                    "Having looked into your complaint {{ticket_number}}:\n{{free_text}}",
                    _EN_CLOSING,
                ),
            },
        },
        {
            "id": "internal-memo",
            "kind": "internal_memo",
            "name": {"ar": "مذكرة داخلية", "en": "Internal memo"},
            "ar": {
                "subject": "مذكرة بشأن الطلب رقم {{ticket_number}}",
                "body": "الموضوع: {{ticket_subject}}\nالتاريخ: {{today}} الموافق {{today_hijri}}"
                "\n\n{{free_text}}\n\n{{agent_name}} — {{branch_name}}",
            },
            "en": {
                "subject": "Memo about request {{ticket_number}}",
                "body": "Subject: {{ticket_subject}}\nDate: {{today}}\n\n{{free_text}}"
                "\n\n{{agent_name}}, {{branch_name}}",
            },
        },
    ]
}


def starter_library() -> TemplateLibrary:
    return parse_library(STARTER_DOCUMENT)
