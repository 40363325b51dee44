"""Internal memos (issue 15, item 6): a note to a person, a queue or a
department, on a ticket or standalone, written from a memo template.

A memo is a register entry of direction internal and channel memo: it has a
reference like a letter, is searched like one and is journalled on its
ticket, but it never goes to a customer: the letter and e-mail paths refuse
it, and a template for customers cannot make one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk_app.models import RegisterEntry
from desk_app.services.context import WriteContext
from desk_app.services.letter_templates import LetterKind, TemplateLibrary
from desk_app.services.letters import NOT_A_MEMO_TEMPLATE, UNKNOWN_TEMPLATE, template_library
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.services.register import (
    EntryDraft,
    RegisterChannel,
    RegisterDirection,
    register,
    validate,
)


@dataclass(frozen=True)
class MemoRequest:
    addressee: str  # a person, a queue or a department, as typed
    subject: str
    body: str
    ticket_id: str | None = None
    template_id: str = ""
    language: str = ""


def memo_templates(library: TemplateLibrary) -> tuple[str, ...]:
    """The ids of the library's memo templates."""
    return tuple(t.id for t in library.of_kind(LetterKind.INTERNAL_MEMO))


def write_memo(
    session: Session,
    ctx: WriteContext,
    request: MemoRequest,
    library: TemplateLibrary | None = None,
) -> RegisterEntry:
    """Register a memo (TAKE_CALLS) and journal it on its ticket.
    ValidationFailed (nothing written) for bad input: no addressee, no
    subject, a template that is not a memo's."""
    errors: list[FieldError] = []
    if request.template_id:
        template = (library or template_library(session)).get(request.template_id)
        if template is None:
            errors.append(FieldError("template", UNKNOWN_TEMPLATE))
        elif template.kind is not LetterKind.INTERNAL_MEMO:
            errors.append(FieldError("template", NOT_A_MEMO_TEMPLATE))
    draft = EntryDraft(
        direction=RegisterDirection.INTERNAL,
        channel=RegisterChannel.MEMO,
        subject=request.subject,
        body=request.body,
        ticket_id=request.ticket_id,
        language=request.language,
        template_id=request.template_id,
        addressee=request.addressee,
    )
    errors.extend(validate(session, draft, ctx.now()))
    if errors:
        raise ValidationFailed(errors)
    return register(session, ctx, draft)
