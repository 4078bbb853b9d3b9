"""The tracking database: documents, actions (keyed by action_id) and action_changes, upserted
from each run, through SQLAlchemy. SQLite is the embedded default (`--db plans.db`); PostgreSQL
works through the same option (`--db postgresql://...`, with the `postgres` extra).

Each document is one transaction. Its actions are matched to the actions the database holds for
the same plan (the same title; the file name when there is none): by action_id, then by the best
fuzzy match of ref and text (output.changes), so an action keeps its identity when a re-issue
rewords it. Kept actions get `last_seen`; every change to a tracked field is a row of
action_changes with the run it was seen in; new actions are `added`, actions the plan no longer
prints are `removed`. A document read before, byte for byte, writes nothing, and a failed file
never deletes the actions it gave last time. The schema carries its version, for later migrations.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

from .changes import TRACKED, Change, match

SCHEMA_VERSION = 1


def _tables(sa):
    meta = sa.MetaData()
    text, json_type = sa.Text, sa.JSON
    sa.Table("schema_version", meta, sa.Column("version", sa.Integer, nullable=False))
    sa.Table("runs", meta,
             sa.Column("run_id", sa.String(40), primary_key=True),
             sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
             sa.Column("note", text))
    sa.Table("documents", meta,
             sa.Column("document_id", sa.String(16), primary_key=True),
             sa.Column("plan_key", text, nullable=False, index=True),
             sa.Column("source_file", text), sa.Column("source_format", text), sa.Column("status", text),
             sa.Column("error", text), sa.Column("document_title", text), sa.Column("organisation", text),
             sa.Column("period_start", sa.Date), sa.Column("period_end", sa.Date), sa.Column("author", text),
             sa.Column("pages", sa.Integer), sa.Column("tables", sa.Integer), sa.Column("actions", sa.Integer),
             sa.Column("sha256", sa.String(64)), sa.Column("first_seen", text), sa.Column("last_seen", text))
    sa.Table("actions", meta,
             sa.Column("action_id", sa.String(40), primary_key=True),
             sa.Column("plan_key", text, nullable=False, index=True),
             sa.Column("document_id", sa.String(16), index=True),
             sa.Column("source_file", text), sa.Column("page", sa.Integer), sa.Column("table_no", sa.Integer),
             sa.Column("section", text), sa.Column("ref", text), sa.Column("action", text),
             sa.Column("responsible", text), sa.Column("responsible_roles", json_type),
             sa.Column("responsible_roles_expanded", json_type), sa.Column("timeframe", text),
             sa.Column("timeframe_kind", text), sa.Column("start_date", sa.Date), sa.Column("end_date", sa.Date),
             sa.Column("recurrence", text), sa.Column("outcome", text), sa.Column("linkage", text),
             sa.Column("status", text), sa.Column("extra", json_type), sa.Column("review", text),
             sa.Column("current_id", sa.String(40)),  # the id the latest issue gives it (fuzzy matches differ)
             sa.Column("first_seen", text, nullable=False), sa.Column("last_seen", text, nullable=False),
             sa.Column("removed_in", text))
    sa.Table("action_changes", meta,
             sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
             sa.Column("run_id", text, nullable=False, index=True),
             sa.Column("action_id", sa.String(40), nullable=False, index=True),
             sa.Column("change", text, nullable=False), sa.Column("field", text), sa.Column("old_value", text),
             sa.Column("new_value", text), sa.Column("matched_by", text), sa.Column("seen_at", sa.DateTime(timezone=True)))
    return meta


def plan_key(title: str, source_file: str) -> str:
    """Which plan a document is an issue of: its title, in a form that survives re-typesetting."""
    key = re.sub(r"[^a-z0-9]+", " ", (title or "").lower()).strip()
    if not key:
        key = re.sub(r"[^a-z0-9]+", " ", source_file.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()).strip()
    return key or source_file


class TrackingDatabase:
    """`upsert(run_id, documents, actions)` per run; `changes(run_id)` reads back what it recorded."""

    def __init__(self, url: str):
        import sqlalchemy as sa

        self.sa = sa
        if "://" not in url:
            url = f"sqlite:///{url}"
        elif url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        args: dict[str, Any] = {}
        if url.startswith("sqlite"):
            args["connect_args"] = {"timeout": 60}  # another run writing: wait for it, don't fail
        self.engine = sa.create_engine(url, **args)
        self.sqlite = self.engine.dialect.name == "sqlite"
        if self.sqlite:
            @sa.event.listens_for(self.engine, "begin")
            def _immediate(conn):  # one writer at a time, decided when the transaction starts
                conn.exec_driver_sql("BEGIN IMMEDIATE")

            @sa.event.listens_for(self.engine, "connect")
            def _no_autobegin(dbapi, record):
                dbapi.isolation_level = None
        self.meta = _tables(sa)
        self.t = self.meta.tables
        self._migrate()

    def _migrate(self) -> None:
        sa = self.sa
        with self.engine.begin() as conn:
            self._lock(conn, "schema")
            self.meta.create_all(conn, checkfirst=True)
            version = conn.execute(sa.select(self.t["schema_version"].c.version)).scalar()
            if version is None:
                conn.execute(self.t["schema_version"].insert().values(version=SCHEMA_VERSION))
            elif version > SCHEMA_VERSION:
                raise RuntimeError(f"the database's schema is version {version}; this plan-ingest knows "
                                   f"{SCHEMA_VERSION}: upgrade plan-ingest")

    def _lock(self, conn, key: str) -> None:
        """PostgreSQL: one writer per plan at a time (SQLite's BEGIN IMMEDIATE already holds one)."""
        if not self.sqlite:
            conn.execute(self.sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(key.encode())})

    def upsert(self, run_id: str, documents: Iterable[Any], actions: Iterable[Any]) -> int:
        """Load one run's records; returns how many changes it recorded."""
        by_doc: dict[str, list[Any]] = {}
        for action in actions:
            by_doc.setdefault(_row(action)["document_id"], []).append(action)
        return sum(self.load(run_id, info, by_doc.get(_row(info)["document_id"], [])) for info in documents)

    def load(self, run_id: str, info: Any, actions: Iterable[Any]) -> int:
        """One document and its actions, in one transaction; returns how many changes it recorded."""
        doc = _row(info)
        if doc["status"] not in ("ok", "no_actions"):
            return 0  # a failed file never deletes what it gave last time
        with self.engine.begin() as conn:
            return self._document(conn, run_id, datetime.now(timezone.utc), doc, [_row(a) for a in actions])

    def _document(self, conn, run_id: str, now: datetime, doc: dict, rows: list[dict]) -> int:
        sa, t = self.sa, self.t
        key = plan_key(doc.get("document_title", ""), doc.get("source_file", ""))
        self._lock(conn, key)
        if conn.execute(sa.select(t["documents"].c.document_id)
                        .where(t["documents"].c.document_id == doc["document_id"])).first() is not None:
            return 0  # this very file was loaded before: nothing to write
        if conn.execute(sa.select(t["runs"].c.run_id).where(t["runs"].c.run_id == run_id)).first() is None:
            conn.execute(t["runs"].insert().values(run_id=run_id, started_at=now))
        values = {c: doc.get(c) for c in t["documents"].c.keys() if c in doc}
        values.update(plan_key=key, first_seen=run_id, last_seen=run_id,
                      period_start=_day(doc.get("period_start")), period_end=_day(doc.get("period_end")))
        conn.execute(t["documents"].insert().values(**values))
        held = [dict(r._mapping) for r in conn.execute(
            sa.select(t["actions"]).where(t["actions"].c.plan_key == key, t["actions"].c.removed_in.is_(None)))]
        old = [{**h, "action_id": h["current_id"] or h["action_id"], "_key": h["action_id"]} for h in held]
        pairs, added, removed = match(old, rows)
        changes: list[tuple[str, Change]] = []
        for before, after, how in pairs:
            fields = {}
            for name in TRACKED:
                was, now_value = _compare(before.get(name)), _compare(after.get(name))
                if was != now_value:
                    fields[name] = after.get(name)
                    changes.append((before["_key"], Change("changed", after["action_id"], after.get("ref") or "",
                                                           after.get("action") or "", name, was, now_value, how)))
            update = {**_action_values(after, key), **fields, "last_seen": run_id, "current_id": after["action_id"]}
            update.pop("action_id", None)
            conn.execute(t["actions"].update().where(t["actions"].c.action_id == before["_key"]).values(**update))
        for action in added:
            conn.execute(t["actions"].insert().values(**_action_values(action, key), current_id=action["action_id"],
                                                     first_seen=run_id, last_seen=run_id))
            changes.append((action["action_id"], Change("added", action["action_id"], action.get("ref") or "",
                                                        action.get("action") or "")))
        for action in removed:
            conn.execute(t["actions"].update().where(t["actions"].c.action_id == action["_key"])
                         .values(removed_in=run_id))
            changes.append((action["_key"], Change("removed", action["action_id"], action.get("ref") or "",
                                                   action.get("action") or "")))
        for action_id, change in changes:
            conn.execute(t["action_changes"].insert().values(
                run_id=run_id, action_id=action_id, change=change.change, field=change.field or None,
                old_value=change.old or None, new_value=change.new or None, matched_by=change.matched_by or None,
                seen_at=now))
        return len(changes)

    def changes(self, run_id: str | None = None) -> list[dict]:
        t = self.t["action_changes"]
        query = self.sa.select(t).order_by(t.c.id)
        if run_id is not None:
            query = query.where(t.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def actions(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(self.sa.select(self.t["actions"]))]

    def close(self) -> None:
        self.engine.dispose()


def _row(record: Any) -> dict:
    return dict(vars(record)) if hasattr(record, "__dataclass_fields__") else dict(record)


def _day(value) -> date | None:
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _compare(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(map(str, value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _action_values(action: dict, key: str) -> dict:
    review = action.get("review")
    return {
        "action_id": action["action_id"], "plan_key": key, "document_id": action.get("document_id"),
        "source_file": action.get("source_file"), "page": action.get("page"), "table_no": action.get("table"),
        "section": action.get("section"), "ref": action.get("ref"), "action": action.get("action"),
        "responsible": action.get("responsible"), "responsible_roles": list(action.get("responsible_roles") or []),
        "responsible_roles_expanded": list(action.get("responsible_roles_expanded") or []),
        "timeframe": action.get("timeframe"), "timeframe_kind": action.get("timeframe_kind"),
        "start_date": _day(action.get("start_date")), "end_date": _day(action.get("end_date")),
        "recurrence": action.get("recurrence"), "outcome": action.get("outcome"), "linkage": action.get("linkage"),
        "status": action.get("status"), "extra": dict(action.get("extra") or {}),
        "review": "; ".join(review) if isinstance(review, list) else review,
    }

