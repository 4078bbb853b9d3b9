"""Opening zip-based Office packages (.docx, .xlsx) safely, and naming what a file really is.

Zip bombs are refused from the sizes the archive declares (reads never go past them); XML parts
are parsed with entities unresolved, DTDs unloaded and no network, and a part declaring a DTD is refused.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path
from typing import Self

from lxml import etree

from .model import ExtractionError

# no real plan comes near these; a package past them is a zip bomb or not a document
MAX_UNCOMPRESSED = 512 * 1024 * 1024
MAX_PART = 256 * 1024 * 1024
MAX_MEMBERS = 20_000

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)

# a DTD can only come before the root element; past this many bytes a prolog is not a real document's
_PROLOG = 64 * 1024
_DOCTYPE = re.compile(rb"<!(DOCTYPE|ENTITY)\b")

_MAGIC = [
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # an empty zip archive
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # legacy Office / encrypted OOXML
    (b"{\\rtf", "rtf"),
]
_HTML_HEAD = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|table|meta)\b", re.IGNORECASE | re.DOTALL
)
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

NAMES = {
    "pdf": "a PDF", "zip": "a zip package", "rtf": "an RTF document", "html": "an HTML page",
    "ole": "a legacy Office file (.doc/.xls)", "encrypted": "a password-protected Office file",
}


def sniff(path: str | Path) -> str:
    """What the first bytes say the file is: pdf, zip, ole, encrypted, rtf, html, or text."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "ole" and _ENCRYPTED in Path(path).read_bytes()[: 64 * 1024 * 1024]:
                return "encrypted"
            return kind
    text = head.lstrip(b"\xef\xbb\xbf")
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    if _HTML_HEAD.match(text):
        return "html"
    return "text"


def wrong_kind(path: str | Path, expected: str, label: str) -> ExtractionError:
    """The error for a file whose bytes are not the format its name says."""
    kind = sniff(path)
    if kind == "encrypted":
        return ExtractionError(f"{label} file is password-protected; save an unprotected copy to read it")
    suffix = {"pdf": ".pdf", "ole": ".doc or .xls", "rtf": ".rtf", "html": ".html", "zip": ".zip"}.get(kind)
    if kind == expected or suffix is None:
        return ExtractionError(f"not a readable {label} file")
    return ExtractionError(f"file is {NAMES[kind]} with a {Path(path).suffix} name; rename it to {suffix}")


class Package:
    """A zip package whose parts are read within size limits and parsed without entities."""

    def __init__(self, path: str | Path, label: str) -> None:
        self.path = Path(path)
        self.label = label
        try:
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
            # NotImplementedError: a damaged header asking for a zip version no reader knows
            raise wrong_kind(self.path, "zip", label) from None
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ExtractionError(f"refused: package holds {len(infos)} parts (limit {MAX_MEMBERS})")
        total = sum(info.file_size for info in infos)
        if total > MAX_UNCOMPRESSED:
            raise ExtractionError(
                f"refused: package inflates to {total / 2**20:.0f} MiB "
                f"(limit {MAX_UNCOMPRESSED // 2**20} MiB); it looks like a zip bomb"
            )
        self.sizes = {info.filename: info.file_size for info in infos}

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.zip.close()

    def has(self, name: str) -> bool:
        return name in self.sizes

    def read(self, name: str) -> bytes:
        """A part's bytes, inflated a chunk at a time: a part that inflates past the size the
        archive declares (a zip that lies about its sizes) is refused before memory goes on it."""
        declared = self.sizes[name]
        if declared > MAX_PART:
            raise ExtractionError(f"refused: {name} inflates to {declared / 2**20:.0f} MiB")
        chunks: list[bytes] = []
        got = 0
        try:
            with self.zip.open(name) as fh:
                while chunk := fh.read(1 << 20):
                    got += len(chunk)
                    if got > declared or got > MAX_PART:
                        raise ExtractionError(
                            f"refused: {name} inflates past the size the package declares for it; "
                            "it looks like a zip bomb")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError, zlib.error, ValueError):
            raise ExtractionError(f"damaged {self.label} file: {name} cannot be unpacked") from None
        return b"".join(chunks)

    def xml(self, name: str, aliases: dict[bytes, bytes] | None = None):
        """A part parsed safely; None when the package has no such part."""
        if not self.has(name):
            return None
        data = self.read(name)
        self._refuse_dtd(name, data[:_PROLOG])
        for old, new in (aliases or {}).items():
            data = data.replace(old, new)
        try:
            tree = etree.ElementTree(etree.fromstring(data, _PARSER))
        except etree.XMLSyntaxError as exc:
            reason = "nested too deeply" if "depth" in str(exc).lower() else "not well-formed XML"
            raise ExtractionError(f"damaged {self.label} file: {name} is {reason}") from None
        if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
            raise ExtractionError(
                f"refused: {name} declares a DTD (<!DOCTYPE>), which Office never writes; "
                "its entities were not resolved"
            )
        return tree.getroot()

    def _refuse_dtd(self, name: str, head: bytes) -> None:
        # a UTF-16 part spells its markup with NULs between the letters
        if _DOCTYPE.search(head.replace(b"\0", b"") if b"\0" in head else head):
            raise ExtractionError(
                f"refused: {name} declares a DTD (<!DOCTYPE>), which Office never writes; "
                "its entities were not resolved"
            )

    def check_no_dtd(self, name: str) -> None:
        """Refuse a part that declares a DTD, reading only as far as its root element."""
        try:
            with self.zip.open(name) as fh:
                self._refuse_dtd(name, fh.read(_PROLOG))
            with self.zip.open(name) as fh:
                events = etree.iterparse(
                    fh, events=("start",), resolve_entities=False, no_network=True, load_dtd=False
                )
                for _, element in events:
                    info = element.getroottree().docinfo
                    if info.doctype or info.internalDTD is not None:
                        raise ExtractionError(
                            f"refused: {name} declares a DTD (<!DOCTYPE>), which Office never writes; "
                            "its entities were not resolved"
                        )
                    break
        except etree.XMLSyntaxError:
            raise ExtractionError(f"damaged {self.label} file: {name} is not well-formed XML") from None
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError, zlib.error, ValueError):
            raise ExtractionError(f"damaged {self.label} file: {name} cannot be unpacked") from None

    def relationships(self, part: str) -> list[tuple[str, str, str]]:
        """(id, type, target part name) of a part's relationships; '' for the package itself."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        root = self.xml(rels_name)
        if root is None:
            return []
        out = []
        for rel in root:
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            out.append((rel.get("Id", ""), rel.get("Type", ""), name))
        return out

    def related(self, part: str, rel_suffix: str) -> list[str]:
        """Parts related to `part` by a relationship type ending in `rel_suffix` (transitional or strict)."""
        return [name for _, kind, name in self.relationships(part) if kind.endswith(rel_suffix)]
