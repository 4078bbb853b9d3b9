"""Bad .docx input fails with a clear reason and never takes the batch down: renamed files, broken
packages, zip bombs, and XML declaring entities (XXE), which are never resolved.
"""
from __future__ import annotations

import struct
import zipfile
import zlib

import pytest
from lxml import etree

from plan_ingest.extractors import ExtractionError, extract
from plan_ingest.extractors.package import _PARSER, MAX_UNCOMPRESSED, Package

from conftest import SAMPLES

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = f"<w:document {W}><w:body><w:p><w:r><w:t>Plan</w:t></w:r></w:p></w:body></w:document>"
SECRET = "TOP-SECRET-XXE-CANARY"


def _zip(path, members: dict[str, bytes | str]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def deflate_bomb(path, gib: int = 3) -> None:
    """A .docx whose one media part inflates to `gib` GiB from a few MB, built without inflating it.

    Deflate blocks after a full flush start from a clean state, so one compressed MiB of zeros can be
    repeated; the sizes in the archive are honest (the CRC is not: the extractor never gets that far).
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    mib = packer.compress(b"\0" * 2**20) + packer.flush(zlib.Z_FULL_FLUSH)
    data = mib * (gib * 1024) + packer.flush(zlib.Z_FINISH)
    size = gib * 2**30
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", DOCUMENT)
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename), i) for i in z.infolist()]
    out = bytearray()
    central = bytearray()
    for name, raw, info in members + [("word/media/padding.bin", None, None)]:
        name_b = name.encode()
        if raw is not None:
            body = zlib.compressobj(6, zlib.DEFLATED, -15)
            payload = body.compress(raw) + body.flush()
            crc, usize = zlib.crc32(raw), len(raw)
        else:
            payload, crc, usize = data, 0, size
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(payload), usize, len(name_b), 0)
        out += name_b + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(payload), usize,
                               len(name_b), 0, 0, 0, 0, 0, offset) + name_b
    count = len(members) + 1
    path.write_bytes(bytes(out) + bytes(central)
                     + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), 0))


def xxe_document(secret_path) -> str:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret_path.as_uri()}">]>\n'
            f"<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahahahaha">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
          + f"]><w:document {W}><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>")


def _cases(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    pdf = (SAMPLES / "halton_delivery_plan.pdf").read_bytes()
    return {
        "renamed PDF": (lambda p: p.write_bytes(pdf), "PDF with a .docx name"),
        "empty file": (lambda p: p.write_bytes(b""), "empty"),
        "plain text": (lambda p: p.write_bytes(b"Action plan\tLead\n"), "not a readable Word .docx"),
        "legacy .doc renamed": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
                                "legacy Office file"),
        "password-protected": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64
                                                       + "EncryptedPackage".encode("utf-16-le")), "password"),
        "zip without a document": (lambda p: _zip(p, {"readme.txt": "hello"}), "no document part"),
        "truncated zip": (lambda p: p.write_bytes((SAMPLES / "word_features_plan.docx").read_bytes()[:3000]),
                          "not a readable Word .docx"),
        "broken XML": (lambda p: _zip(p, {"word/document.xml": "<w:document"}), "not well-formed"),
        "zip bomb": (lambda p: deflate_bomb(p), "zip bomb"),
        "external entity (XXE)": (lambda p: _zip(p, {"word/document.xml": xxe_document(secret)}), "DTD"),
        "entity expansion (billion laughs)": (lambda p: _zip(p, {"word/document.xml": LAUGHS}), "DTD"),
    }


CASE_NAMES = [
    "renamed PDF", "empty file", "plain text", "legacy .doc renamed", "password-protected", "zip without a document",
    "truncated zip", "broken XML", "zip bomb", "external entity (XXE)", "entity expansion (billion laughs)",
]


@pytest.mark.parametrize("case", CASE_NAMES)
def test_bad_docx_fails_with_a_clear_reason(tmp_path, case):
    make, reason = _cases(tmp_path)[case]
    path = tmp_path / "plan.docx"
    make(path)
    with pytest.raises(ExtractionError, match=reason) as failure:
        extract(path)
    assert SECRET not in str(failure.value)


def test_zip_bomb_is_tiny_and_refused_before_inflating(tmp_path):
    path = tmp_path / "bomb.docx"
    deflate_bomb(path, gib=3)
    assert path.stat().st_size < 4 * 2**20
    with zipfile.ZipFile(path) as z:
        assert sum(i.file_size for i in z.infolist()) > 3 * 2**30 > MAX_UNCOMPRESSED
    with pytest.raises(ExtractionError, match=r"inflates to 3072 MiB"):
        extract(path)


def test_a_part_that_lies_about_its_size_is_never_inflated_past_it(tmp_path):
    """Reads stop at the declared size: a part claiming 1 KiB that holds 8 MiB is damaged, not read."""
    path = tmp_path / "liar.docx"
    _zip(path, {"word/document.xml": DOCUMENT + " " * (8 * 2**20)})
    raw = bytearray(path.read_bytes())
    # patch the declared uncompressed size (local header and central directory) down to 1 KiB
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = raw.index(signature)
        raw[at + offset:at + offset + 4] = struct.pack("<I", 1024)
    path.write_bytes(bytes(raw))
    with pytest.raises(ExtractionError, match="damaged|not well-formed"):
        extract(path)


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "docProps/core.xml", "_rels/.rels"])
def test_external_entity_in_any_part_is_refused(tmp_path, part):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    members = {"word/document.xml": DOCUMENT, "word/styles.xml": f"<w:styles {W}/>"}
    root = {"_rels/.rels": "Relationships"}.get(part, part.split("/")[-1].split(".")[0])
    members[part] = (f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
                     f"<{root}>&xxe;</{root}>") if part != "word/document.xml" else xxe_document(secret)
    if part == "word/styles.xml":
        members["word/_rels/document.xml.rels"] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
            ' Target="styles.xml"/></Relationships>')
    path = _zip(tmp_path / "plan.docx", members)
    with pytest.raises(ExtractionError, match="DTD") as failure:
        extract(path)
    assert SECRET not in str(failure.value)


@pytest.mark.parametrize("parser", [_PARSER, "python-docx"], ids=["ours", "python-docx"])
def test_the_xml_parsers_never_expand_an_external_entity(tmp_path, parser):
    """Below the DTD refusal: neither our parser nor python-docx's would read the file an entity names."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    if parser == "python-docx":
        from docx.oxml.parser import oxml_parser as parser
    try:
        root = etree.fromstring(xxe_document(secret).encode(), parser)
    except etree.XMLSyntaxError:
        return  # refusing to parse is as good as not expanding
    assert SECRET not in etree.tostring(root, encoding="unicode")


def test_package_refuses_too_many_parts(tmp_path, monkeypatch):
    from plan_ingest.extractors import package

    monkeypatch.setattr(package, "MAX_MEMBERS", 5)
    path = _zip(tmp_path / "many.docx", {f"word/media/{i}.bin": b"x" for i in range(6)} | {"word/document.xml": DOCUMENT})
    with pytest.raises(ExtractionError, match="parts"):
        Package(path, "Word .docx")


def test_batch_turns_bad_files_into_failed_rows(tmp_path):
    """The issue's three bad inputs beside a good plan: three failed rows with reasons, one ok row."""
    from plan_ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    cases = _cases(tmp_path)
    for name, case in [("renamed.docx", "renamed PDF"), ("bomb.docx", "zip bomb"), ("xxe.docx", "external entity (XXE)")]:
        cases[case][0](folder / name)
    (folder / "good.docx").write_bytes((SAMPLES / "word_features_plan.docx").read_bytes())
    result = ingest.run([folder], out=tmp_path / "out", formats=["csv"])
    status = {d.source_file: (d.status, d.error) for d in result.documents}
    assert status["good.docx"][0] == "ok"
    for name, reason in [("renamed.docx", "PDF"), ("bomb.docx", "zip bomb"), ("xxe.docx", "DTD")]:
        assert status[name][0] == "failed" and reason in status[name][1], status[name]
    assert result.exit_code == 1
