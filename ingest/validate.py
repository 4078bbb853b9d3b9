"""Results checked before the parent writes or caches them: whatever a worker (or a cache entry)
hands back must be the record types with values of the right types and text every writer can
encode. Anything else becomes that file's `failed` row; the parent never dies for one file."""
from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import Any

from plan_ingest.normalise import Action, DocumentInfo

from .job import FileResult

_STATUSES = {"ok", "no_actions", "failed", "unsupported"}


class Malformed(ValueError):
    """A result that is not what the pipeline gives."""


def _text(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise Malformed(f"{where} is {type(value).__name__}, not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Malformed(f"{where} holds characters no file can store") from None


def _check(record: Any, cls: type, where: str) -> None:
    if type(record) is not cls:
        raise Malformed(f"{where} is {type(record).__name__}, not {cls.__name__}")
    for f in fields(cls):
        value = getattr(record, f.name)
        kind = str(f.type)
        name = f"{where}.{f.name}"
        if value is None and "None" in kind:
            continue
        if kind.startswith("str"):
            _text(value, name)
        elif kind.startswith("int"):
            if not isinstance(value, int) or isinstance(value, bool):
                raise Malformed(f"{name} is not a whole number")
        elif kind.startswith("float"):
            if not isinstance(value, int | float):
                raise Malformed(f"{name} is not a number")
        elif kind.startswith("date"):
            if not isinstance(value, date):
                raise Malformed(f"{name} is not a date")
        elif kind.startswith("list[float]"):
            if not isinstance(value, list) or not all(isinstance(v, int | float) for v in value):
                raise Malformed(f"{name} is not a list of numbers")
        elif kind.startswith("list"):
            if not isinstance(value, list):
                raise Malformed(f"{name} is not a list")
            for item in value:
                _text(item, name)
        elif kind.startswith("dict"):
            if not isinstance(value, dict):
                raise Malformed(f"{name} is not a mapping")
            for k, v in value.items():
                _text(k, name)
                _text(v, name)


def check(result: Any) -> FileResult:
    """`result` when it is a well-formed FileResult; raises Malformed otherwise."""
    if type(result) is not FileResult:
        raise Malformed(f"a {type(result).__name__} came back, not a FileResult")
    _check(result.info, DocumentInfo, "document")
    if result.info.status not in _STATUSES:
        raise Malformed(f"status {result.info.status!r} is none of {', '.join(sorted(_STATUSES))}")
    if not isinstance(result.actions, list):
        raise Malformed("the actions are not a list")
    for n, action in enumerate(result.actions):
        _check(action, Action, f"action {n + 1}")
    if not isinstance(result.tables, list) or not all(isinstance(t, dict) for t in result.tables):
        raise Malformed("the table places are not a list of mappings")
    try:
        json.dumps(result.tables)
    except (TypeError, ValueError):
        raise Malformed("the table places hold values no file can store") from None
    return result
