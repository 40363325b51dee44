"""Finding the caller while the agent types: by name in any Arabic spelling, by
phone as people say it, by email, national id or account number."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.models import Customer
from desk_app.services.context import WriteContext
from desk_app.services.setup import BranchProfile, ensure_local_setup
from desk_app.services.ticket_detail import lookup_customers
from desk_app.storage.db import Database, open_database
from tests.unit.helpers import create

PEOPLE = {
    "ahmad": {
        "customer_name": "أحمد علي",
        "phone": "0501234567",
        "email": "Ahmad.Ali@Example.com",
        "national_id": "1023456789",
        "account_number": "ACC-100",
    },
    "ibrahim": {
        "customer_name": "إبراهيم خليل",
        "phone": "+966 55 111 2222",
        "email": "ibrahim@example.com",
        "national_id": "2098765432",
        "account_number": "ACC-200",
    },
    "zainab": {
        "customer_name": "Zainab Hassan",
        "phone": "011 234 5678",
        "email": "zainab_h@example.com",
    },
    "decoy": {"customer_name": "Zainabx Hamid", "email": "zainabxh@example.com"},
    "percent": {"customer_name": "100% Services", "account_number": "50%OFF"},
    "arabic_digits": {
        "customer_name": "سارة",
        "phone": "٠٥٦٧٨٩٠١٢٣",
        "national_id": "١١٢٢٣٣٤٤٥٥",
        "account_number": "٧٧٨٨٩٩",
    },
    "gone": {"customer_name": "Ahmad Gone", "email": "gone@example.com"},
}


@pytest.fixture(scope="module")
def people_db(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[tuple[Database, dict[str, str]]]:
    """A database of the people above (built once; the tests only read it) and
    their customer ids; 'gone' is a tombstone."""
    path = tmp_path_factory.mktemp("lookup") / "desk.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    with db.writing() as session:
        ctx = ensure_local_setup(session, BranchProfile(), "agent1", "Agent One")
    ids = {}
    for key, values in PEOPLE.items():
        create(db, ctx, **values)
        with db.reading() as session:
            ids[key] = session.execute(
                select(Customer.id).where(Customer.name == values["customer_name"])
            ).scalar_one()
    with db.writing() as session:
        gone = session.get(Customer, ids["gone"])
        assert gone is not None
        gone.deleted_at = datetime.now(UTC)
    yield db, ids
    db.close()


@pytest.fixture
def people(people_db: tuple[Database, dict[str, str]]) -> Database:
    return people_db[0]


def lookup(db: Database, typed: str, limit: int = 12) -> set[str]:
    with db.reading() as session:
        return {m.name for m in lookup_customers(session, typed, limit)}


def names(*keys: str) -> set[str]:
    return {str(PEOPLE[k]["customer_name"]) for k in keys}


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        # Arabic names without (or with) harakat, any alef form, second word
        ("احمد", names("ahmad")),
        ("أحمَد", names("ahmad")),
        ("أحمد علي", names("ahmad")),
        ("علي", names("ahmad")),
        ("ابراهيم", names("ibrahim")),
        ("إبراهيم", names("ibrahim")),
        ("خليل", names("ibrahim")),
        ("ساره", names("arabic_digits")),
        # Latin names, any case, start of a word
        ("zainab", names("zainab", "decoy")),
        ("ZAINAB H", names("zainab")),
        ("hassan", names("zainab")),
        ("ainab", set()),  # names match from the start of a word
        # phones: with the trunk zero, as E.164, fragments, Arabic-Indic digits
        ("0501234567", names("ahmad")),
        ("050123", names("ahmad")),
        ("+96650123", names("ahmad")),
        ("966501234567", names("ahmad")),
        ("٠٥٠١٢٣٤", names("ahmad")),
        ("055 111", names("ibrahim")),
        ("1112222", names("ibrahim")),
        ("0567890", names("arabic_digits")),
        ("٠٥٦٧٨٩٠", names("arabic_digits")),
        # email prefix, any case
        ("ahmad.al", names("ahmad")),
        ("AHMAD.ALI@EXAMPLE", names("ahmad")),
        ("ibrahim@", names("ibrahim")),
        # national id and account number prefixes
        ("1023456", names("ahmad")),
        ("20987", names("ibrahim")),
        ("acc-2", names("ibrahim")),
        ("ACC-", names("ahmad", "ibrahim")),
        # too short to be worth a query
        ("a", set()),
        ("", set()),
        ("   ", set()),
        # tombstones are not offered
        ("gone@", set()),
        ("ahmad gone", set()),
    ],
)
def test_lookup(people: Database, typed: str, found: set[str]) -> None:
    assert lookup(people, typed) == found


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("a%", set()),  # would match every name/email starting with 'a' as a pattern
        ("%a", set()),
        ("%%", set()),
        ("__", set()),
        ("zainab_", names("zainab")),  # '_' is an underscore, not any character
        ("100%", names("percent")),
        ("50%", names("percent")),
        ("50_", set()),
        ("/%", set()),  # the escape character itself is literal too
    ],
)
def test_like_wildcards_are_literal(people: Database, typed: str, found: set[str]) -> None:
    assert lookup(people, typed) == found


@pytest.mark.parametrize(
    "typed", ["١١٢٢٣٣", "112233", "٧٧٨٨", "7788"], ids=["id-ar", "id-ascii", "acc-ar", "acc-ascii"]
)
def test_codes_typed_in_arabic_digits_are_found_either_way(people: Database, typed: str) -> None:
    """An Arabic keyboard types Arabic-Indic digits: a national id or account
    number entered that way must be found whichever digits the next agent types."""
    assert lookup(people, typed) == names("arabic_digits")


def test_lookup_respects_the_limit(db: Database, ctx: WriteContext) -> None:
    for i in range(8):
        create(db, ctx, customer_name=f"Customer {i}")
    with db.reading() as session:
        matches = lookup_customers(session, "customer", limit=5)
    assert [m.name for m in matches] == [f"Customer {i}" for i in range(5)]


def test_match_carries_contact_details(people_db: tuple[Database, dict[str, str]]) -> None:
    db, ids = people_db
    with db.reading() as session:
        (match,) = lookup_customers(session, "ibrahim@")
    assert match.id == ids["ibrahim"]
    assert (match.phone, match.email, match.national_id, match.account_number) == (
        "+966 55 111 2222",
        "ibrahim@example.com",
        "2098765432",
        "ACC-200",
    )
