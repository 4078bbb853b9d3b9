"""Converting documents with LibreOffice (legacy .doc, .odt, .rtf to .docx; samples to .pdf/.odt/.html).

Each conversion runs headless in its own temporary folder with a private profile and a time limit,
so concurrent runs never share a profile and nothing is ever written beside the input.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .model import ExtractionError, UnsupportedHere

TIMEOUT = 120.0  # seconds; a first run also creates the private profile

# target extension -> LibreOffice export filter (named, so HTML input is written by Writer too)
FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "doc": "doc:MS Word 97",
    "odt": "odt:writer8",
    "rtf": "rtf:Rich Text Format",
    "pdf": "pdf:writer_pdf_Export",
    "html": "html:HTML (StarWriter)",
}

INSTALL_HINT = (
    "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; "
    "other systems: libreoffice.org) so that `soffice` is on PATH, or set PLAN_INGEST_SOFFICE"
)

_KNOWN_PLACES = [
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
]


def soffice() -> str | None:
    """The LibreOffice program: $PLAN_INGEST_SOFFICE, else `soffice`/`libreoffice` on PATH or usual places."""
    chosen = os.environ.get("PLAN_INGEST_SOFFICE")
    if chosen:
        return chosen if Path(chosen).exists() else shutil.which(chosen)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN_PLACES if Path(p).exists()), None)


def available() -> bool:
    return soffice() is not None


@contextmanager
def converted(path: str | Path, target: str, timeout: float = TIMEOUT) -> Iterator[Path]:
    """The file converted to `target` (docx, pdf, odt, html, ...), valid inside the `with` block only."""
    with tempfile.TemporaryDirectory(prefix="plan-ingest-lo-") as tmp:
        yield convert(path, target, Path(tmp), timeout=timeout)


def convert(path: str | Path, target: str, workdir: Path, timeout: float = TIMEOUT) -> Path:
    """Convert `path` into `workdir` (which must be empty and private); returns the converted file."""
    program = soffice()
    source = Path(path)
    if program is None:
        raise UnsupportedHere(
            f"reading {source.suffix or 'this'} files needs LibreOffice, which is not installed: {INSTALL_HINT}"
        )
    if target not in FILTERS:
        raise ValueError(f"cannot convert to {target!r}: choose from {', '.join(FILTERS)}")
    inbox, outbox, profile = workdir / "in", workdir / "out", workdir / "profile"
    for folder in (inbox, outbox, profile):
        folder.mkdir(parents=True, exist_ok=True)
    # a plain copy: LibreOffice never sees odd characters in the name, nor writes lock files beside the original
    copy = inbox / f"document{source.suffix.lower()}"
    shutil.copyfile(source, copy)
    command = [
        program, f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
        "--convert-to", FILTERS[target], "--outdir", str(outbox), str(copy),
    ]
    env = dict(os.environ, HOME=str(workdir))
    proc = subprocess.Popen(
        command, cwd=workdir, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ExtractionError(f"LibreOffice did not finish converting within {timeout:.0f} s") from None
    result = outbox / f"document.{target}"
    if proc.returncode != 0 or not result.exists() or result.stat().st_size == 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()
        detail = [line for line in detail if "javaldx" not in line]
        reason = detail[-1] if detail else f"exit status {proc.returncode}"
        raise ExtractionError(f"LibreOffice could not convert this file to {target} ({reason})")
    return result


def _kill_group(proc: subprocess.Popen) -> None:
    """Stop the conversion and any helper process it started (soffice forks soffice.bin)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.communicate()
