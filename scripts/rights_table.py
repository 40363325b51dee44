"""Writes (or checks) the README's table of rights per SFIA level, from
``permissions.table_rows`` so the README never says other than the code.

python scripts/rights_table.py           rewrite the table in README.md
python scripts/rights_table.py --check   fail when README.md's table is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.services.permissions import LEVELS, Right, RightsTable, table_rows  # noqa: E402

README = ROOT / "README.md"
BEGIN = "<!-- rights-table: begin (scripts/rights_table.py writes it) -->"
END = "<!-- rights-table: end -->"

# What each right lets a person do, as the README says it.
WORDS: dict[Right, str] = {
    Right.TAKE_CALLS: "take calls: create tickets, log contacts, add notes",
    Right.EDIT_OWN: "edit a ticket assigned to me",
    Right.EDIT_QUEUE: "edit (and pick) a ticket in one of my queues",
    Right.EDIT_ANY: "edit any ticket",
    Right.ROUTE: "send a ticket to another queue",
    Right.ASSIGN_OTHERS: "assign a ticket to someone else",
    Right.BULK_CHANGE: "change many tickets at once",
    Right.MERGE_SPLIT: "merge and split tickets",
    Right.SET_PRIORITY_1: "set priority 1 (enterprise failure)",
    Right.RESOLVE: "resolve, close and reopen",
    Right.ESCALATE_WITHIN_TIER: "escalate within a tier",
    Right.ESCALATE_UP: "escalate to a higher tier",
    Right.DE_ESCALATE: "de-escalate (return to a lower tier)",
    Right.KB_WRITE: "write knowledge articles",
    Right.KB_PUBLISH: "publish knowledge articles",
    Right.REPORTS_TEAM: "see my team's reports",
    Right.REPORTS_ALL: "see all branches' reports",
    Right.CONFIGURE_SLA: "configure service levels, working hours, holidays",
    Right.CONFIGURE_CATALOGUE: "configure the category catalogue",
    Right.CONFIGURE_TEMPLATES: "configure templates",
    Right.CONFIGURE_QUEUES: "configure queues and their members",
    Right.MANAGE_USERS: "manage people",
    Right.MANAGE_DEVICES: "manage devices",
    Right.EDIT_RIGHTS: "change this table",
    Right.READ_AUDIT: "read the audit log",
}


def render(table: RightsTable | None = None) -> str:
    rows = [
        "| right | " + " | ".join(str(level) for level in range(1, len(LEVELS) + 1)) + " |",
        "|---|" + ":-:|" * len(LEVELS),
    ]
    for right, held in table_rows(table or RightsTable.sfia()):
        marks = " | ".join("✓" if h else "" for h in held)
        rows.append(f"| {WORDS[right]} (`{right.value}`) | {marks} |")
    return "\n".join([BEGIN, *rows, END])


def with_table(readme: str) -> str:
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    return readme[:start] + render() + readme[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    wanted = with_table(text)
    if args.check:
        if wanted != text:
            print("README.md's rights table is stale: run scripts/rights_table.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
