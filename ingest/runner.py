"""The batch: every file extracted and normalised on its own, failures turned into rows, outputs written.

`run()` is the Python API behind `plan-ingest run`; a notebook can call it the same way.
"""
from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from extractors import ExtractionError, extract, format_of
from normalise import Action, DocumentInfo
from output import FORMATS, write_outputs

from .discover import InputFile, bundled_samples, discover


@dataclass
class RunResult:
    documents: list[DocumentInfo] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    written: dict[str, Path] = field(default_factory=dict)
    skipped: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> list[DocumentInfo]:
        return [d for d in self.documents if d.status == "failed"]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def process_file(item: InputFile, password: str | None = None) -> tuple[DocumentInfo, list[Action]]:
    """One file through extraction and normalisation; any failure becomes a `failed` row, never a raise."""
    from normalise import normalise

    start = time.perf_counter()
    fmt = format_of(item.path) or item.path.suffix.lstrip(".").lower()
    info = DocumentInfo(source_file=item.source_file, source_format=fmt)
    actions: list[Action] = []
    try:
        info.sha256 = _sha256(item.path)
        doc = extract(item.path, password=password)
        result = normalise(doc, source_file=item.source_file)
        info, actions = result.info, result.actions
        info.sha256 = info.sha256 or _sha256(item.path)
    except ExtractionError as exc:
        info.status, info.error = "failed", str(exc)
    except MemoryError:
        info.status, info.error = "failed", "ran out of memory reading this file"
    except Exception as exc:  # a bug or a file shape we never met: report it, keep the batch going
        info.status, info.error = "failed", f"internal error: {exc.__class__.__name__}: {exc}"
    info.seconds = time.perf_counter() - start
    return info, actions


def run(
    inputs: Iterable[str | Path] | None = None,
    out: str | Path = "out",
    formats: Iterable[str] = FORMATS,
    password: str | None = None,
    progress: Callable[[int, int, DocumentInfo], None] | None = None,
) -> RunResult:
    """Process files and folders (the bundled samples when none) and write every output into `out`."""
    from normalise.ids import unique_ids

    inputs = list(inputs or [bundled_samples()])
    formats = list(formats)
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
    found = discover(inputs)
    if found.missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(found.missing)}")
    result = RunResult(skipped=found.skipped)
    per_document: list[list[Action]] = []
    for n, item in enumerate(found.files, start=1):
        info, actions = process_file(item, password=password)
        result.documents.append(info)
        per_document.append(actions)
        if progress:
            progress(n, len(found.files), info)
    unique_ids(per_document)
    result.actions = [a for actions in per_document for a in actions]
    result.written = write_outputs(result.actions, result.documents, out, formats)
    return result


def print_progress(n: int, total: int, info: DocumentInfo) -> None:
    detail = info.error if info.status == "failed" else f"{info.actions} actions"
    print(f"[{n}/{total}] {info.source_file}: {info.status}, {detail} ({info.seconds:.1f}s)", file=sys.stderr)
