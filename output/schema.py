"""The output columns, in contract order (../shared/CONTRACT.md), and how each is typed.

Names, types and meanings live in columns.yaml, the column dictionary: the order here, the
`columns` sheet of actions.xlsx and docs/columns.md all come from it.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_DICTIONARY = Path(__file__).with_name("columns.yaml")


@cache
def column_dictionary() -> dict[str, list[tuple[str, str, str]]]:
    """{"actions": [(column, type, meaning), ...], "documents": [...]}, in file order."""
    data = yaml.safe_load(_DICTIONARY.read_text(encoding="utf-8"))
    return {part: [tuple(entry) for entry in data[part]] for part in ("actions", "documents")}


ACTION_COLUMNS = [name for name, _, _ in column_dictionary()["actions"]]
DOCUMENT_COLUMNS = [name for name, _, _ in column_dictionary()["documents"]]
LIST_COLUMNS = {"responsible_roles", "responsible_roles_expanded"}
DATE_COLUMNS = {"start_date", "end_date"}
INT_COLUMNS = {"page", "table"}
FORMATS = ("csv", "parquet", "xlsx", "jsonl")


def columns_markdown() -> str:
    """The column dictionary as docs/columns.md shows it."""
    out = ["# Output columns", "",
           "Made from `output/columns.yaml`, like the `columns` sheet of `actions.xlsx`; the contract",
           "is `../shared/CONTRACT.md`.", ""]
    titles = {"actions": "actions.csv, .parquet, .xlsx, .jsonl: one row per action",
              "documents": "documents.csv: one row per input file"}
    for part, rows in column_dictionary().items():
        out += [f"## {titles[part]}", "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{name}` | {kind} | {meaning} |" for name, kind, meaning in rows]
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":  # python -m plan_ingest.output.schema > docs/columns.md
    print(columns_markdown(), end="")
