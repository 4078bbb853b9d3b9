"""The result cache in OUTDIR/.plan-ingest/cache: one JSON file per document processed.

An entry is keyed by the file's content hash and its name in the run, under a folder named for the
pipeline's fingerprint (code, lexicons, library versions, settings): any change there misses.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import asdict, dataclass, fields
from datetime import date
from importlib import metadata
from pathlib import Path

from plan_ingest.extractors.ocr import tesseract_version
from plan_ingest.normalise import Action, DocumentInfo

from .job import FileResult, JobSettings
from .progress import Tally
from .storage import Store

# the code that makes the actions (packages or single modules); its source is hashed into the fingerprint
PIPELINE_SOURCES = ("extractors", "normalise", "ingest/job.py", "ingest/storage.py")
# the libraries whose versions can change what a file gives: the readers and the normaliser's
LIBRARIES = ("pypdfium2", "lxml", "openpyxl", "xlrd", "spacy", "dateparser", "rapidfuzz", "PyYAML")
CACHED_STATUSES = {"ok", "no_actions"}  # failures are tried again: a time-out may not recur


def pipeline_fingerprint(settings: JobSettings) -> str:
    """A hash of everything besides the file that decides a job's result."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    for source in PIPELINE_SOURCES:
        top = root / source
        for path in sorted(top.rglob("*")) if top.is_dir() else [top]:
            if path.suffix in {".py", ".yaml", ".yml", ".json"} and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    digest.update(f"tesseract={tesseract_version()}".encode())
    # The password is left out: it only decides whether a file opens (a failure, never cached), and
    # anything derived from it in the output folder would let a reader test guesses against it.
    digest.update(json.dumps({k: v for k, v in asdict(settings).items() if k != "password"},
                             sort_keys=True).encode())
    return digest.hexdigest()[:20]


def _date_fields(cls) -> set[str]:
    return {f.name for f in fields(cls) if "date" in str(f.type)}


_ACTION_DATES = _date_fields(Action)
_INFO_DATES = _date_fields(DocumentInfo)


def _json_default(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in the cache")


def _revive(data: dict, dates: set[str]) -> dict:
    for name in dates:
        if data.get(name):
            data[name] = date.fromisoformat(data[name])
    return data


def encode(result: FileResult) -> bytes:
    # vars(), not asdict(): the records hold plain values, and a deep copy per action is costly
    payload = {"info": vars(result.info), "actions": [vars(a) for a in result.actions], "tables": result.tables}
    return json.dumps(payload, ensure_ascii=False, default=_json_default).encode("utf-8")


def decode(raw: bytes) -> FileResult:
    payload = json.loads(raw)
    info = DocumentInfo(**_revive(payload["info"], _INFO_DATES))
    actions = [Action(**_revive(a, _ACTION_DATES)) for a in payload["actions"]]
    return FileResult(info, actions, tables=payload.get("tables", []))


KEY_FILE = "key"  # in the cache folder: the secret that signs its entries
_SIGNED = b"plan-ingest-cache 1 "
UNUSED_DAYS = 30  # an entry no run has used for this long is dropped


class ResultCache:
    """get/put FileResults by (content hash, source file); `read=False` ignores what is stored
    (a forced full run) but still refreshes it.

    Every entry is signed with a key kept in the cache folder (HMAC-SHA256): an entry edited by
    hand, copied from another folder, or planted, does not verify and the file is read again. A
    result is validated against the record types before it is taken."""

    def __init__(self, store: Store, fingerprint: str, read: bool = True):
        self.store, self.folder, self.read = store, fingerprint, read
        self.used: set[str] = set()
        self._secret: bytes | None = None

    def _key(self) -> bytes:
        if self._secret is None:
            secret = self.store.read(KEY_FILE)
            if secret is None or len(secret) != 32:
                secret = os.urandom(32)
                self.store.write(KEY_FILE, secret, private=True)
            self._secret = secret
        return self._secret

    def _sign(self, payload: bytes) -> bytes:
        mac = hmac.new(self._key(), payload, hashlib.sha256).hexdigest().encode()
        return _SIGNED + mac + b"\n" + payload

    def _verified(self, raw: bytes) -> bytes | None:
        if not raw.startswith(_SIGNED):
            return None
        mac, _, payload = raw[len(_SIGNED):].partition(b"\n")
        good = hmac.new(self._key(), payload, hashlib.sha256).hexdigest().encode()
        return payload if hmac.compare_digest(mac, good) else None

    @staticmethod
    def key(sha256: str, source_file: str) -> str:
        # the name is part of the key: a document without a title takes its ids from its name
        return hashlib.sha256(f"{sha256}\x1f{source_file}".encode()).hexdigest()[:32]

    def _name(self, key: str) -> str:
        return f"{self.folder}/{key[:2]}/{key}.json"

    def get(self, key: str) -> FileResult | None:
        self.used.add(key)
        if not self.read:
            return None
        raw = self.store.read(self._name(key))
        payload = self._verified(raw) if raw is not None else None
        if payload is None:
            return None  # missing, or not signed by this folder's key: the file is read again
        from .validate import Malformed, check

        try:
            result = check(decode(payload))
        except (ValueError, KeyError, TypeError, AttributeError, Malformed):
            return None  # a damaged or hand-made entry is a miss: the file is read again
        # only what a run would cache is taken from it: a planted failure is tried again
        return result if result.info.status in CACHED_STATUSES else None

    def load(self, key: str) -> FileResult:
        """An entry this run has just stored (a result that arrived before its turn to be written)."""
        raw = self.store.read(self._name(key))
        payload = self._verified(raw) if raw is not None else None
        if payload is None:
            raise RuntimeError(f"cache entry {key} vanished or changed during the run")
        return decode(payload)

    def put(self, key: str, result: FileResult) -> bool:
        """Store a result worth keeping; False when it is not (a failure)."""
        if result.info.status not in CACHED_STATUSES:
            return False
        self.used.add(key)
        self.store.write(self._name(key), self._sign(encode(result)))
        return True

    def prune(self) -> None:
        """After a complete run: drop the entries of older pipelines, and entries no run has used
        for UNUSED_DAYS. Entries of other inputs stay: two batches that share an output folder
        keep each other's cache."""
        for name in self.store.names():
            if name not in (self.folder, KEY_FILE):
                self.store.remove(name)
        cutoff = time.time() - UNUSED_DAYS * 86400
        for shard in self.store.names(self.folder):
            for entry in self.store.names(f"{self.folder}/{shard}"):
                name = f"{self.folder}/{shard}/{entry}"
                if entry.removesuffix(".json") in self.used:
                    self.store.touch(name)
                elif (self.store.modified(name) or cutoff) < cutoff:
                    self.store.remove(name)


def run_signature(fingerprint: str, formats: list[str], keys: list[str]) -> str:
    """A hash of one run's whole input: pipeline, formats, and each file's key in run order."""
    digest = hashlib.sha256(f"{fingerprint}\x1f{','.join(formats)}".encode())
    for key in keys:
        digest.update(f"\x1f{key}".encode())
    return digest.hexdigest()


@dataclass
class RunRecord:
    """What the last complete run wrote: the signature of its input, its counts, and the size and
    time of each output file, so a re-run with nothing changed can leave the outputs as they are."""

    signature: str
    counts: dict
    outputs: dict[str, list]  # file name -> its stat when written

    @classmethod
    def of(cls, signature: str, tally: Tally, names: list[str], folder) -> RunRecord:
        return cls(signature, asdict(tally), {name: folder.stat(name) for name in names})

    @property
    def names(self) -> list[str]:
        return list(self.outputs)

    def describes(self, signature: str, folder) -> bool:
        """True when this record's outputs are still those of `signature`'s input: the same
        input, no failure to try again, and no output file changed or removed since."""
        return (signature == self.signature and self.counts.get("failed", 1) == 0
                and all(folder.stat(name) == list(stat) for name, stat in self.outputs.items()))

    def tally(self) -> Tally:
        counts = dict(self.counts)
        counts["cached"] = counts["files"]
        return Tally(**counts)

    def encode(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @classmethod
    def decode(cls, raw: bytes | None) -> RunRecord | None:
        try:
            return cls(**json.loads(raw)) if raw else None
        except (ValueError, TypeError):
            return None
