"""Legacy and open formats through LibreOffice: a private profile, a time limit, nothing left beside the
input, and a clear error naming what to install when LibreOffice is missing.

Tests marked `libreoffice` run the real program and skip without it; the rest use a stand-in script.
"""
from __future__ import annotations

import os
import stat
import sys
import textwrap
import time
from pathlib import Path

import pytest

from plan_ingest.extractors import ExtractionError, extract
from plan_ingest.extractors.convert import available, convert, converted

from conftest import FIXTURES, SAMPLES

libreoffice = pytest.mark.skipif(
    not available(), reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
)
HARINGEY = SAMPLES / "haringey_procurement_action_plan"


def fake_soffice(tmp_path: Path, behaviour: str) -> Path:
    """A stand-in `soffice`: records its arguments, then converts, fails, or hangs with a child process."""
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir(exist_ok=True)
    script.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import json, os, subprocess, sys, time
        from pathlib import Path
        args = sys.argv[1:]
        Path({str(tmp_path / "args.json")!r}).write_text(json.dumps(args))
        behaviour = {behaviour!r}
        if behaviour == "fail":
            print("Error: source file could not be loaded", file=sys.stderr)
            sys.exit(1)
        if behaviour == "hang":
            child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
            Path({str(tmp_path / "pids")!r}).write_text(f"{{os.getpid()}} {{child.pid}}")
            time.sleep(60)
        outdir, source = Path(args[args.index("--outdir") + 1]), Path(args[-1])
        target = args[args.index("--convert-to") + 1].split(":")[0]
        (outdir / (source.stem + "." + target)).write_bytes(source.read_bytes())
        Path("lockfile~").write_text("written in the working folder")
        """))
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_missing_libreoffice_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_INGEST_SOFFICE", str(tmp_path / "no-such-soffice"))
    path = tmp_path / "plan.doc"
    path.write_bytes((FIXTURES / "haringey_procurement_action_plan.doc").read_bytes())
    with pytest.raises(ExtractionError, match="needs LibreOffice.*apt-get install libreoffice-writer-nogui"):
        extract(path)


def test_conversion_uses_a_private_profile_and_leaves_nothing_beside_the_input(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_INGEST_SOFFICE", str(fake_soffice(tmp_path, "convert")))
    folder = tmp_path / "plans"
    folder.mkdir()
    source = folder / "My Plan (final).rtf"
    source.write_bytes(b"{\\rtf1 hello}")
    with converted(source, "docx") as result:
        work = result.parent.parent
        assert result.read_bytes() == b"{\\rtf1 hello}"
    args = __import__("json").loads((tmp_path / "args.json").read_text())
    profile = next(a for a in args if a.startswith("-env:UserInstallation="))
    assert profile.startswith(f"-env:UserInstallation={work.as_uri()}/")
    assert "--headless" in args and args[args.index("--convert-to") + 1] == "docx:MS Word 2007 XML"
    assert not work.exists()  # the whole private folder, profile included, is gone
    assert sorted(p.name for p in folder.iterdir()) == ["My Plan (final).rtf"]


def test_failed_conversion_says_why(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_INGEST_SOFFICE", str(fake_soffice(tmp_path, "fail")))
    path = tmp_path / "plan.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 not really")
    with pytest.raises(ExtractionError, match="could not convert.*source file could not be loaded"):
        extract(path)


def test_hung_conversion_is_stopped_with_its_children(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_INGEST_SOFFICE", str(fake_soffice(tmp_path, "hang")))
    source = tmp_path / "plan.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    with pytest.raises(ExtractionError, match="did not finish"):
        convert(source, "docx", tmp_path / "work", timeout=1.0)
    for pid in map(int, (tmp_path / "pids").read_text().split()):
        with pytest.raises(ProcessLookupError):
            for _ in range(50):  # the kernel may take a moment to reap
                os.kill(pid, 0)
                time.sleep(0.05)


@pytest.mark.parametrize("name, content, reason", [
    ("plan.doc", b"%PDF-1.4 a PDF", "PDF with a .doc name"),
    ("plan.odt", b"%PDF-1.4 a PDF", "PDF with a .odt name"),
    ("plan.odt", b"just some text", "not a readable .odt"),
    ("plan.rtf", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le"),
     "password-protected"),
], ids=["PDF named .doc", "PDF named .odt", "text named .odt", "encrypted"])
def test_wrong_content_fails_before_any_conversion(tmp_path, monkeypatch, name, content, reason):
    monkeypatch.setenv("PLAN_INGEST_SOFFICE", str(tmp_path / "never-called"))
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExtractionError, match=reason):
        extract(path)


def test_docx_saved_under_doc_name_is_read_without_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_INGEST_SOFFICE", str(tmp_path / "no-such-soffice"))
    path = tmp_path / "plan.doc"
    path.write_bytes(HARINGEY.with_suffix(".docx").read_bytes())
    doc = extract(path)
    assert doc.format == "doc" and doc.tables


@pytest.mark.parametrize("suffix", [pytest.param(".doc", marks=libreoffice), ".odt"])
def test_legacy_samples_read_like_the_word_original(tmp_path, suffix):
    """The .doc through LibreOffice, the .odt natively: both give the Word original's tables."""
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / f"plan{suffix}"
    source = FIXTURES / f"{HARINGEY.name}.doc" if suffix == ".doc" else HARINGEY.with_suffix(suffix)
    path.write_bytes(source.read_bytes())
    doc = extract(path)
    original = extract(HARINGEY.with_suffix(".docx"))
    assert doc.format == suffix[1:] and doc.path == str(path)
    assert [t.grid() for t in doc.tables] == [t.grid() for t in original.tables]
    assert [c.rowspan for c in doc.tables[0].cells] == [c.rowspan for c in original.tables[0].cells]
    assert doc.metadata.title == original.metadata.title
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


@libreoffice
def test_rtf_read_through_libreoffice(tmp_path):
    with converted(HARINGEY.with_suffix(".docx"), "rtf") as rtf:
        path = tmp_path / "plan.rtf"
        path.write_bytes(rtf.read_bytes())
    doc = extract(path)
    assert doc.format == "rtf"
    assert doc.tables[0].grid() == extract(HARINGEY.with_suffix(".docx")).tables[0].grid()
