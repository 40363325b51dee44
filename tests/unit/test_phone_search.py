"""A phone number is found in whatever common form it is typed or written:
national with the trunk zero, grouped with spaces, dashes or dots, in
brackets, "+966…", "00966…", in Arabic-Indic digits; both as the customer's
stored phone and written inside a ticket's subject or description
(services.phone_search, migration 0009)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desk_app.services.context import WriteContext
from desk_app.services.intake import create_ticket, write_ticket
from desk_app.services.phone_search import phone_keys_in_text, phone_query_keys
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.text import index_form, normalise
from desk_app.services.ticket_list import TicketFilter, TicketQuery, count, fetch_page
from desk_app.storage import migrate
from desk_app.storage.db import SCHEMA_HEAD, Database, make_engine, open_database
from tests.unit.helpers import form, later_ticket_columns

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _groups(nsn: str) -> tuple[str, str, str]:
    return nsn[:2], nsn[2:5], nsn[5:]


# Every common way of writing a Saudi mobile number, given its national
# significant number ("501234567").
FORMS: dict[str, Callable[[str], str]] = {
    "national": lambda n: "0" + n,
    "national spaced": lambda n: "0{} {} {}".format(*_groups(n)),
    "national dashed": lambda n: "0{}-{}-{}".format(*_groups(n)),
    "national dotted": lambda n: "0{}.{}.{}".format(*_groups(n)),
    "national bracketed": lambda n: "(0{}) {}-{}".format(*_groups(n)),
    "e164": lambda n: "+966" + n,
    "international spaced": lambda n: "+966 {} {} {}".format(*_groups(n)),
    "international dashed": lambda n: "+966-{}-{}-{}".format(*_groups(n)),
    "double zero": lambda n: "00966" + n,
    "double zero spaced": lambda n: "00966 {} {} {}".format(*_groups(n)),
    "arabic digits": lambda n: ("0" + n).translate(ARABIC_DIGITS),
    "arabic digits international": lambda n: ("+966" + n).translate(ARABIC_DIGITS),
}
# One number per written form, so a search says which ticket it found.
NUMBERS = {name: f"5{i:02d}71{i:02d}38" for i, name in enumerate(FORMS)}


@pytest.mark.parametrize(("written", "typed"), list(itertools.product(FORMS, FORMS)))
def test_any_written_form_meets_any_typed_form(written: str, typed: str) -> None:
    nsn = NUMBERS[written]
    stored = set(phone_keys_in_text(normalise(f"اتصل على {FORMS[written](nsn)} مساءً")))
    wanted = set(phone_query_keys(normalise(FORMS[typed](nsn)), "SA"))
    assert wanted, f"{FORMS[typed](nsn)!r} is a phone query"
    assert stored & wanted, (written, typed)


@pytest.mark.parametrize(
    "typed",
    ["0501", "050 12", "printer 0501234567", "ACC-77812", "HQ-000123", "2026", "a@b.sa", ""],
)
def test_what_is_not_a_whole_phone_number_is_no_phone_query(typed: str) -> None:
    assert phone_query_keys(normalise(typed), "SA") == []


def test_a_number_glued_to_one_before_it_is_still_read() -> None:
    keys = phone_keys_in_text(normalise("تذكرة 12 050 123 4567 عاجلة"))
    assert "501234567" in keys


def test_the_word_index_carries_the_keys_beside_the_text() -> None:
    indexed = index_form("Call me on +966 50 123 4567 please")
    assert indexed.startswith("call me on +966 50 123 4567 please")
    assert "501234567" in indexed.split()


def test_a_region_with_a_leading_zero_in_its_numbers_keeps_it() -> None:
    # Italian numbers keep their zero after the country code.
    stored = set(phone_keys_in_text(normalise("tel. 06 1234 5678")))
    for typed in ("06 1234 5678", "+39 06 1234 5678", "0039 0612345678"):
        assert stored & set(phone_query_keys(normalise(typed), "IT")), typed


def _found(db: Database, typed: str, region: str = "SA") -> list[int]:
    with db.reading() as s:
        query = TicketQuery(TicketFilter(search=typed, phone_region=region))
        return sorted(r.row_no for r in fetch_page(s.connection(), query, limit=100).rows)


def test_customer_phone_and_phone_in_text_found_by_any_form(
    db: Database, ctx: WriteContext
) -> None:
    in_subject: dict[str, int] = {}
    in_description: dict[str, int] = {}
    of_customer: dict[str, int] = {}
    with db.writing() as s:
        for name, write in FORMS.items():
            nsn = NUMBERS[name]
            in_subject[name] = create_ticket(
                s, ctx, form(subject=f"اتصل بالعميل على {write(nsn)}", customer_name="")
            ).row_no
            in_description[name] = create_ticket(
                s,
                ctx,
                form(
                    subject="Call back",
                    description=f"The caller asks for a call on {write('6' + nsn[1:])}.",
                    customer_name="",
                ),
            ).row_no
            of_customer[name] = create_ticket(
                s,
                ctx,
                form(subject="طلب", customer_name=f"عميل {name}", phone=write("4" + nsn[1:])),
            ).row_no
    for name in FORMS:
        for typed, write in FORMS.items():
            nsn = NUMBERS[name]
            assert _found(db, write(nsn)) == [in_subject[name]], (name, typed)
            assert _found(db, write("6" + nsn[1:])) == [in_description[name]], (name, typed)
            assert _found(db, write("4" + nsn[1:])) == [of_customer[name]], (name, typed)
    with db.reading() as s:
        spaced = TicketFilter(search="+966 " + NUMBERS["national"], phone_region="SA")
        assert count(s.connection(), spaced) == 1


def test_the_region_does_not_change_what_the_filter_selects() -> None:
    assert TicketFilter(phone_region="SA") == TicketFilter()


def test_upgrade_to_0009_indexes_phones_of_tickets_written_before(tmp_path: Path) -> None:
    """A desk at 0008 indexed text without phone keys; after the upgrade the
    numbers in its tickets and its customers' phones are found in any form."""
    path = tmp_path / "desk.sqlite3"
    engine = make_engine(path)
    config = migrate.alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0008")
        conn.commit()
    engine.dispose()
    old = Database(path)  # opened without upgrading
    with later_ticket_columns(old):
        with old.writing() as s:
            ctx = ensure_local_setup(s, BranchProfile(), "agent1", "Agent One")
        with old.writing() as s:
            # write_ticket: a 0008 desk had no rights tables to check against.
            written = write_ticket(
                s,
                ctx,
                form(subject="الطابعة معطلة", description="رقمه ٠٥٥ ٤٤٤ ٣٣٢٢", customer_name=""),
            )
            customer = write_ticket(s, ctx, form(subject="طلب", phone="055 777 8899"))
        with old.writing() as s:
            # What the 0008 code stored: the normalised text, the codes as typed.
            s.execute(text("DELETE FROM ticket_fts"))
            s.execute(text("DELETE FROM ticket_code_fts"))
            s.execute(
                text(
                    "INSERT INTO ticket_fts(rowid, subject, description, customer)"
                    " SELECT row_no, maktab_norm(subject), maktab_norm(description),"
                    " maktab_norm(customer_name) FROM ticket"
                )
            )
            s.execute(
                text(
                    "INSERT INTO ticket_code_fts(rowid, codes) SELECT t.row_no,"
                    " t.number || ' ' || c.phone FROM ticket t LEFT JOIN customer c"
                    " ON c.id = t.customer_id"
                )
            )
        assert _found(old, "+966554443322") == []
        assert _found(old, "0557778899") == []
    old.close()

    db = open_database(path)
    try:
        with db.reading() as s:
            revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
            indexed = s.execute(text("SELECT count(*) FROM ticket_code_fts")).scalar()
        assert revision == SCHEMA_HEAD
        assert indexed == 2, "every ticket is indexed again, none twice"
        for typed in ("+966554443322", "00966 55 444 3322", "0554443322", "055-444-3322"):
            assert _found(db, typed) == [written.row_no], typed
        for typed in ("+966557778899", "0557778899", "055 777 8899", "00966557778899"):
            assert _found(db, typed) == [customer.row_no], typed
        assert _found(db, "الطابعة") == [written.row_no]
        assert _found(db, written.number) == [written.row_no]
    finally:
        db.close()
