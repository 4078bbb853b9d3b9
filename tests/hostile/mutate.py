"""Mutants of the samples for fuzzing: bytes flipped, files cut short, and for zip packages the
XML inside edited (tags dropped, attributes garbled, numbers blown up). Deterministic from a seed."""
from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

ZIPPED = {".docx", ".xlsx", ".odt", ".ods"}
_NUMBER = re.compile(rb'="(\d+)"')
_TAG = re.compile(rb"<[^<>]{1,80}>")


def _flip(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 20)):
        out[rnd.randrange(len(out))] = rnd.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rnd: random.Random) -> bytes:
    return data[: rnd.randrange(1, max(2, len(data)))]


def _xml_edit(xml: bytes, rnd: random.Random) -> bytes:
    choice = rnd.randrange(5)
    if choice == 0:  # drop some tags
        tags = list(_TAG.finditer(xml))
        for m in sorted(rnd.sample(tags, min(len(tags), rnd.randint(1, 10))), key=lambda m: -m.start()):
            xml = xml[: m.start()] + xml[m.end():]
        return xml
    if choice == 1:  # blow numbers up or make them words
        return _NUMBER.sub(lambda m: b'="' + rnd.choice([b"99999999999", b"-1", b"x", b"0", b"1e9"]) + b'"'
                           if rnd.random() < 0.3 else m.group(0), xml)
    if choice == 2:  # cut the part short
        return xml[: rnd.randrange(1, max(2, len(xml)))]
    if choice == 3:  # odd characters in the text
        return xml.replace(b">", b">\xed\xa0\x80", 3) if rnd.random() < 0.5 else xml.replace(b"<w:t>", b"<w:t>\x01", 5)
    return _flip(xml, rnd)


def _zip_edit(data: bytes, rnd: random.Random) -> bytes:
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        infos = src.infolist()
    except zipfile.BadZipFile:
        return _flip(data, rnd)
    xml = [i for i in infos if i.filename.endswith(".xml")]
    target = rnd.choice(xml).filename if xml else None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in infos:
            body = src.read(info.filename)
            out.writestr(info.filename, _xml_edit(body, rnd) if info.filename == target else body)
    return buf.getvalue()


def mutant(source: Path, rnd: random.Random) -> tuple[bytes, str]:
    """One mutant of `source` and the kind of mutation."""
    data = source.read_bytes()
    kinds = ["flip", "truncate"] + (["xml"] * 3 if source.suffix in ZIPPED else [])
    kind = rnd.choice(kinds)
    if kind == "flip":
        return _flip(data, rnd), kind
    if kind == "truncate":
        return _truncate(data, rnd), kind
    return _zip_edit(data, rnd), kind


def write_mutants(samples: list[Path], folder: Path, n: int, seed: int) -> dict[str, str]:
    """n mutants of the samples into `folder`; file name -> mutation kind."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    kinds = {}
    for k in range(n):
        source = samples[k % len(samples)]
        data, kind = mutant(source, rnd)
        name = f"m{seed}_{k:05d}_{kind}{source.suffix}"
        (folder / name).write_bytes(data)
        kinds[name] = kind
    return kinds
