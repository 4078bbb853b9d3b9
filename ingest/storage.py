"""Where documents come from and outputs go: a local path, or any fsspec URL (s3://, gcs://, abfs://...).

Local paths use the standard library only; a URL needs fsspec and its filesystem's package installed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def is_url(value: str | Path) -> bool:
    """True for a remote URL; `file://` URLs count as local paths."""
    return isinstance(value, str) and "://" in value and not value.startswith("file://")


def as_local(value: str | Path) -> Path:
    if isinstance(value, str) and value.startswith("file://"):
        return Path(value[len("file://"):])
    return Path(value)


def url_filesystem(url: str):
    """(filesystem, path inside it) for a URL; a readable error when fsspec is missing."""
    try:
        from fsspec.core import url_to_fs
    except ImportError as exc:  # fsspec comes with the dask extra
        raise RuntimeError(
            f"{url}: reading or writing URLs needs fsspec (pip install 'plan-ingest[dask]')"
        ) from exc
    return url_to_fs(url)


def find_url_files(url: str) -> tuple[list[tuple[str, str]], bool]:
    """Files under a URL as (url, path relative to it), sorted; and whether the URL exists at all.

    A URL naming a single file gives that file, relative name = its own name."""
    fs, root = url_filesystem(url)
    if not fs.exists(root):
        return [], False
    if fs.isfile(root):
        return [(url, root.rstrip("/").rsplit("/", 1)[-1])], True
    root = root.rstrip("/")
    found = []
    for path in sorted(fs.find(root)):
        relative = path[len(root):].lstrip("/")
        found.append((fs.unstrip_protocol(path), relative))
    return found, True


def check_writable(out: str | Path) -> None:
    """Fail early, in words, when OUTDIR can't take the outputs: it is a file, or can't be written."""
    from .settings import UsageError

    if is_url(out):
        return
    folder = as_local(out)
    probe = folder
    while not probe.exists():
        if probe.is_symlink():
            raise UsageError(f"the output folder {out} is a broken symbolic link")
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        if probe == folder:
            raise UsageError(f"the output folder {out} is a file; give a folder")
        raise UsageError(f"cannot make the output folder {out}: {probe} is a file")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write to the output folder {out}: permission denied")


def file_sha256(location: Path | str) -> str:
    digest = hashlib.sha256()
    opener = url_filesystem(location)[0].open if is_url(location) else open
    with opener(location if is_url(location) else as_local(location), "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def local_copy(location: Path | str) -> Iterator[Path]:
    """A local path for the document: the path itself, or a temporary copy of a URL's bytes."""
    if not is_url(location):
        yield as_local(location)
        return
    fs, path = url_filesystem(str(location))
    # the copy keeps the file's name: extractors read the format, and sometimes a title, from it
    folder = Path(tempfile.mkdtemp(prefix="plan-ingest-"))
    try:
        target = folder / Path(path).name
        fs.get_file(path, str(target))
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Store:
    """A folder of small files (the cache) on local disk or at a URL; every write is atomic."""

    def __init__(self, root: Path | str):
        self.url = is_url(root)
        if self.url:
            self.fs, self.root = url_filesystem(str(root))
            self.root = self.root.rstrip("/")
        else:
            self.fs, self.root = None, as_local(root)
        self.folders: set[Path] = set()  # folders known to exist, so a write need not ask again

    def _join(self, name: str) -> str:
        return f"{self.root}/{name}"

    def read(self, name: str) -> bytes | None:
        try:
            if self.url:
                return self.fs.cat_file(self._join(name))
            return (self.root / name).read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None

    def write(self, name: str, data: bytes, private: bool = False) -> None:
        """Write a file atomically; `private` makes it readable by its owner only (a key)."""
        if self.url:
            # object stores make a single put atomic: readers see the old object or the whole new one
            self.fs.pipe_file(self._join(name), data)
            return
        target = self.root / name
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)

    def touch(self, name: str) -> None:
        if not self.url:
            try:
                os.utime(self.root / name)
            except OSError:
                pass

    def modified(self, name: str) -> float | None:
        """When a file was last written or used (seconds since the epoch); None when unknown."""
        try:
            if self.url:
                info = self.fs.info(self._join(name))
                when = info.get("mtime") or info.get("LastModified")
                return when.timestamp() if hasattr(when, "timestamp") else float(when) if when else None
            return (self.root / name).stat().st_mtime
        except (OSError, ValueError, TypeError):
            return None

    def names(self, folder: str = "") -> list[str]:
        """Names directly inside `folder` (files and folders)."""
        if self.url:
            base = self._join(folder).rstrip("/")
            if not self.fs.exists(base):
                return []
            return sorted(p.rstrip("/").rsplit("/", 1)[-1] for p in self.fs.ls(base, detail=False))
        base = self.root / folder
        return sorted(p.name for p in base.iterdir()) if base.is_dir() else []

    def remove(self, name: str) -> None:
        if self.url:
            if self.fs.exists(self._join(name)):
                self.fs.rm(self._join(name), recursive=True)
            return
        target = self.root / name
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        elif target.exists():
            target.unlink()


class OutputFolder:
    """OUTDIR as the run sees it: a local staging folder to write into, then an atomic publish.

    Local: staging lives in OUTDIR/.plan-ingest/tmp, so the final rename never crosses a disk.
    URL: staging is a local temporary folder and publishing uploads each finished file."""

    HIDDEN = ".plan-ingest"

    def __init__(self, out: Path | str, wait: float = 600.0):
        self.url = is_url(out)
        self.out = str(out).rstrip("/") if self.url else as_local(out)
        self.lock_fd: int | None = None
        if self.url:
            self.staging = Path(tempfile.mkdtemp(prefix="plan-ingest-out-"))
            self.state = Store(f"{self.out}/{self.HIDDEN}")
        else:
            hidden = self.out / self.HIDDEN
            hidden.mkdir(parents=True, exist_ok=True)
            self.lock_fd = _lock(hidden / "lock", str(self.out), wait)  # one run writes a folder at a time
            _remove_abandoned(hidden / "tmp")
            self.staging = hidden / "tmp" / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
            self.staging.mkdir(parents=True, exist_ok=True)
            self.state = Store(hidden)
        self.cache = Store(f"{self.out}/{self.HIDDEN}/cache" if self.url else self.out / self.HIDDEN / "cache")

    def publish(self, staged: list[Path]) -> list[Path | str]:
        """Put a run's finished files in place as one set.

        Locally the staging folder becomes OUTDIR/.plan-ingest/sets/<run>, and one rename of the
        link OUTDIR/.plan-ingest/current switches every output at once; OUTDIR/actions.csv and the
        others are links into `current`, so a reader sees the whole old set or the whole new one,
        and a run killed before the switch leaves the old set. Where links can't be made
        (some Windows setups) and at a URL, each file is renamed into place, documents.csv last."""
        if self.url:
            return [self._upload(path) for path in staged]
        try:
            return self._switch(staged)
        except (OSError, NotImplementedError):
            out = []
            for path in staged:
                target = self.out / path.name
                if target.is_symlink():
                    target.unlink()
                os.replace(path, target)
                out.append(target)
            return out

    def _switch(self, staged: list[Path]) -> list[Path]:
        hidden = self.out / self.HIDDEN
        sets = hidden / "sets"
        sets.mkdir(parents=True, exist_ok=True)
        run = self.staging.name
        os.replace(self.staging, sets / run)  # the staging folder holds exactly the set
        link = hidden / f".current-{run}"
        os.symlink(f"sets/{run}", link)
        os.replace(link, hidden / "current")  # the one step that switches every output
        names = [path.name for path in staged if not path.name.startswith(".")]
        for name in names:
            top = self.out / name
            want = f"{self.HIDDEN}/current/{name}"
            if not (top.is_symlink() and os.readlink(top) == want):
                temp = self.out / f".{name}.{run}.link"
                os.symlink(want, temp)
                os.replace(temp, top)
        for old in sets.iterdir():  # sets no longer current; a reader holding one open keeps it
            if old.name != run:
                shutil.rmtree(old, ignore_errors=True)
        for top in self.out.iterdir():  # links to outputs this run did not write
            if top.is_symlink() and os.readlink(top).startswith(f"{self.HIDDEN}/current/") and top.name not in names:
                top.unlink()
        return [hidden / "current" / path.name if path.name.startswith(".") else self.out / path.name
                for path in staged]

    def _upload(self, staged: Path) -> str:
        fs, root = url_filesystem(self.out)
        target, part = f"{root}/{staged.name}", f"{root}/.{staged.name}.part"
        fs.put_file(str(staged), part)
        fs.mv(part, target)
        staged.unlink()
        return f"{self.out}/{staged.name}"

    def stat(self, name: str) -> list | None:
        """Size and modification time of an output file; None when it is missing."""
        try:
            if self.url:
                fs, root = url_filesystem(self.out)
                info = fs.info(f"{root}/{name}")
                return [info.get("size"), str(info.get("mtime") or info.get("LastModified") or "")]
            st = self._local(name).stat()
            return [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            return None

    def outputs(self, names: list[str]) -> dict[str, Path | str]:
        """{format, "documents" or "layout": location} for output file names, as a run reports them."""
        located = {}
        for name in names:
            key = {"documents.csv": "documents", ".layout.jsonl": "layout"}.get(name) or name.rsplit(".", 1)[-1]
            located[key] = f"{self.out}/{name}" if self.url else self._local(name)
        return located

    def _local(self, name: str) -> Path:
        """A published file: a hidden one (the layout) lives in the current set, with no link."""
        if name.startswith("."):
            inside = self.out / self.HIDDEN / "current" / name
            if inside.exists():
                return inside
        return self.out / name

    def last_run(self):
        from .cache import RunRecord

        return RunRecord.decode(self.state.read("last-run.json"))

    def record_run(self, record) -> None:
        self.state.write("last-run.json", record.encode())

    def cleanup(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        if not self.url:
            tmp = self.out / self.HIDDEN / "tmp"
            if tmp.is_dir() and not any(tmp.iterdir()):
                tmp.rmdir()
        if self.lock_fd is not None:
            os.close(self.lock_fd)  # closing the file lets the lock go
            self.lock_fd = None


def _lock(path: Path, out: str, wait: float) -> int | None:
    """Hold OUTDIR's lock, waiting up to `wait` seconds for a run that holds it; then refuse,
    clearly. Where the system has no file locks (Windows), runs are not kept apart."""
    try:
        import fcntl
    except ImportError:
        return None
    import logging
    import time

    from .settings import UsageError

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            return fd
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            if time.monotonic() >= deadline:
                os.close(fd)
                raise UsageError(f"another plan-ingest run (pid {holder}) is writing to {out}; "
                                 "try again when it has finished, or choose another output folder") from None
            if not told:
                message = f"plan-ingest: waiting for another run (pid {holder}) to finish writing to {out}"
                logging.getLogger("plan_ingest").warning(message)
                print(message, file=sys.stderr)
                told = True
            time.sleep(0.2)


def _remove_abandoned(tmp: Path) -> None:
    """Staging folders of runs that were killed before publishing: nothing in them is final."""
    if not tmp.is_dir():
        return
    for folder in tmp.iterdir():
        pid = folder.name.split("-", 1)[0]
        if not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # Windows' os.kill would end the process it probes
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True
