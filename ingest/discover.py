"""Finding the documents to process: files given directly, glob patterns, and folders walked recursively.

Every file gets the path analysts see in the output: relative to the INPUT folder it came from.
An INPUT may also be an fsspec URL (s3://bucket/plans/), walked the same way.

Every input found gets a row, even one that can't be read: a named pipe, a device, a broken or
looping symbolic link, a folder that can't be opened. Such an InputFile carries its `problem`,
and the batch reports it as a `failed` row without opening it.

Symbolic links: a file given by name is read wherever its link points. Inside a folder, a link is
followed when its target lies inside that INPUT folder (it is read once, under its own path); a
link that leads out of the folder is reported, not followed, so a folder handed to a batch can't
make it read files elsewhere on the machine.
"""
from __future__ import annotations

import glob
import os
import stat
import sys
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from plan_ingest.extractors import SUFFIXES

from .storage import as_local, find_url_files, is_url

STATE_FOLDER = ".plan-ingest"  # a run's own cache and staging, never an input


@dataclass(frozen=True)
class InputFile:
    path: Path | str  # a local Path, or the fsspec URL of a remote document
    source_file: str  # relative to the INPUT folder it was found in; the name for a file given directly
    problem: str = ""  # why it can't be opened at all, in words for a person ("" when it can)


@dataclass(frozen=True)
class Selection:
    """Which files found in folders and glob patterns to take, by `fnmatch` patterns on the path
    relative to the INPUT (`**/appendix*`, `*.pdf`); a file named directly is always taken."""

    include: tuple[str, ...] = ()  # when given, a file must match one of these
    exclude: tuple[str, ...] = ()  # a file matching one of these is left out

    def takes(self, relative: str) -> bool:
        name = relative.rsplit("/", 1)[-1]

        def matches(pattern: str) -> bool:
            return fnmatch(relative, pattern) or fnmatch(name, pattern)

        if self.include and not any(matches(p) for p in self.include):
            return False
        return not any(matches(p) for p in self.exclude)


@dataclass
class Discovery:
    files: list[InputFile] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # files in folders whose type we do not read
    missing: list[str] = field(default_factory=list)  # inputs that do not exist


def bundled_samples() -> Path:
    """The samples `plan-ingest run` reads with no INPUT: inside the installed package, or in the
    checkout beside it."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "samples", package.parent / "samples"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the bundled samples are not installed (looked in {package / 'samples'}); give an INPUT"
    )


def read_file_list(source: str) -> list[str]:
    """Paths listed one per line in a file, or on standard input for `-`; blank lines and lines
    starting with # are ignored."""
    if source == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(source).read_text(encoding="utf-8-sig", errors="surrogateescape")
        except OSError as exc:
            raise FileNotFoundError(f"cannot read the file list {source}: {_reason(exc)}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def shown(name: str) -> str:
    """A path as text that every output can hold: bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace") if _has_surrogates(name) else name


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _reason(exc: OSError) -> str:
    import errno

    reasons = {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
               errno.ELOOP: "a symbolic link loop", errno.ENOENT: "it does not exist",
               errno.ENAMETOOLONG: "the name is too long"}
    return reasons.get(exc.errno, (exc.strerror or "an input/output error").lower())


def _kind_problem(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe); not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device); not read"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket); not read"
    return ""


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


class _Walk:
    """One INPUT's files, with the paths and problems the batch reports."""

    def __init__(self, found: Discovery, seen: set, selection: Selection):
        self.found, self.seen, self.selection = found, seen, selection

    def add(self, path: Path, relative: str, problem: str = "") -> None:
        relative = shown(relative)
        if problem:
            self.found.files.append(InputFile(path, relative, problem))
            return
        if path.suffix.lower() not in SUFFIXES:
            self.found.skipped.append(path)
            return
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            real = path
        if real not in self.seen:
            self.seen.add(real)
            self.found.files.append(InputFile(path, relative))

    def folder(self, root: Path) -> None:
        top = root.resolve()
        self._folder(root, top, root)

    def _folder(self, folder: Path, top: Path, root: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            relative = folder.relative_to(root).as_posix() if folder != root else folder.name
            self.found.files.append(InputFile(folder, shown(relative + "/"),
                                              f"cannot read this folder: {_reason(exc)}"))
            return
        for entry in entries:
            path = Path(entry.path)
            relative = path.relative_to(root).as_posix()
            if entry.name == STATE_FOLDER:
                continue
            if not self.selection.takes(relative) and not entry.is_dir(follow_symlinks=False):
                continue
            if entry.is_symlink():
                self._link(path, relative, top, root)
            elif entry.is_dir(follow_symlinks=False):
                self._folder(path, top, root)
            elif entry.is_file(follow_symlinks=False):
                self.add(path, relative)
            else:
                problem = _kind_problem(entry.stat(follow_symlinks=False).st_mode)
                self.add(path, relative, problem or "not a regular file; not read")

    def _link(self, path: Path, relative: str, top: Path, root: Path) -> None:
        try:
            target = path.resolve(strict=True)
        except FileNotFoundError:
            self.add(path, relative, "a broken symbolic link: what it points to does not exist")
            return
        except (OSError, RuntimeError):  # RuntimeError: Python < 3.13 reports a loop so
            self.add(path, relative, "a symbolic link loop; not followed")
            return
        if not target.is_relative_to(top):
            self.add(path, relative, "a symbolic link to a file outside the input folder; not followed")
        elif target.is_dir():
            pass  # a folder inside this INPUT: walked under its own path
        else:
            mode = target.stat().st_mode
            self.add(path, relative, _kind_problem(mode))


def discover(inputs: list[str | Path], selection: Selection | None = None) -> Discovery:
    """Files to process, in a stable order: inputs in the order given, each folder sorted by path."""
    found = Discovery()
    seen: set[Path | str] = set()
    walk = _Walk(found, seen, selection or Selection())
    for item in inputs:
        if is_url(item):
            _discover_url(str(item), found, seen, walk.selection)
            continue
        path = as_local(item)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            if isinstance(item, str) and _is_glob(item):
                _discover_glob(item, walk)
            elif path.is_symlink():
                walk.add(path, path.name, "a broken symbolic link: what it points to does not exist")
            else:
                found.missing.append(shown(str(item)))
            continue
        except OSError as exc:
            walk.add(path, shown(path.name), f"cannot open this input: {_reason(exc)}")
            continue
        if stat.S_ISDIR(mode):
            walk.folder(path)
        elif stat.S_ISREG(mode):
            walk.add(path, path.name)
        else:
            walk.add(path, path.name, _kind_problem(mode))
    return found


def _discover_glob(pattern: str, walk: _Walk) -> None:
    """`plans/**/*.pdf`: each match relative to the pattern's folder part (`plans/`)."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if _is_glob(part)), len(parts))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        walk.found.missing.append(pattern)
    for match in matches:
        path = Path(match)
        relative = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name
        if path.is_dir() or not walk.selection.takes(relative):
            continue
        walk.add(path, relative)


def _discover_url(url: str, found: Discovery, seen: set[Path | str], selection: Selection) -> None:
    files, exists = find_url_files(url)
    if not exists:
        found.missing.append(url)
    for location, relative in files:
        if STATE_FOLDER in relative.split("/") or not selection.takes(relative):
            continue
        if Path(relative).suffix.lower() not in SUFFIXES:
            found.skipped.append(Path(relative))
        elif location not in seen:
            seen.add(location)
            found.files.append(InputFile(location, relative))
