"""Errors in words for people: what a `failed` row's `error` says. No exception class names, no
errno text, no absolute paths; the developer's detail goes to the log (`--verbose`, `--log-file`)."""
from __future__ import annotations

import os
import re

_ERRNO = re.compile(r"\[Errno -?\d+\]\s*|\[WinError \d+\]\s*")
_EXCEPTION = re.compile(r"\b(?:[a-z_]+\.)*[A-Z][A-Za-z]*(?:Error|Exception|Warning|Exit|Interrupt)\b:?\s*")
_ABSOLUTE = re.compile(r"(?<![\w.])(?:/[^\s'\"():,;]+)+|[A-Za-z]:\\[^\s'\"():,;]+")


def for_people(message: str, path: str | os.PathLike | None = None) -> str:
    """`message` with the file's own path shown as its name, other absolute paths as `…`, and
    Python's exception names and errno codes taken out."""
    text = str(message)
    if path is not None:
        full = os.fspath(path)
        for form in {full, os.path.abspath(full)}:
            if form and len(form) > 1:
                text = text.replace(form, os.path.basename(form))
    text = _ERRNO.sub("", text)
    text = _EXCEPTION.sub("", text)
    text = _ABSOLUTE.sub(lambda m: os.path.basename(m.group(0).rstrip("/")) or "…", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" :;,")
    return text or "this file could not be read"
