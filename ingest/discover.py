"""Finding the documents to process: files given directly, and folders walked recursively.

Every file gets the path analysts see in the output: relative to the INPUT folder it came from.
An INPUT may also be an fsspec URL (s3://bucket/plans/), walked the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractors import SUFFIXES

from .storage import as_local, find_url_files, is_url


@dataclass(frozen=True)
class InputFile:
    path: Path | str  # a local Path, or the fsspec URL of a remote document
    source_file: str  # relative to the INPUT folder it was found in; the name for a file given directly


@dataclass
class Discovery:
    files: list[InputFile] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # files in folders whose type we do not read
    missing: list[str] = field(default_factory=list)  # inputs that do not exist


def bundled_samples() -> Path:
    here = Path(__file__).resolve().parent.parent / "samples"
    return here if here.is_dir() else Path.cwd() / "samples"


def discover(inputs: list[str | Path]) -> Discovery:
    """Files to process, in a stable order: inputs in the order given, each folder sorted by path."""
    found = Discovery()
    seen: set[Path | str] = set()
    for item in inputs:
        if is_url(item):
            _discover_url(str(item), found, seen)
            continue
        path = as_local(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() not in SUFFIXES:
                    found.skipped.append(child)
                    continue
                if child.resolve() not in seen:
                    seen.add(child.resolve())
                    found.files.append(InputFile(child, child.relative_to(path).as_posix()))
        elif path.is_file():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                found.files.append(InputFile(path, path.name))
        else:
            found.missing.append(str(item))
    return found


def _discover_url(url: str, found: Discovery, seen: set[Path | str]) -> None:
    files, exists = find_url_files(url)
    if not exists:
        found.missing.append(url)
    for location, relative in files:
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if Path(relative).suffix.lower() not in SUFFIXES:
            found.skipped.append(Path(relative))
        elif location not in seen:
            seen.add(location)
            found.files.append(InputFile(location, relative))
