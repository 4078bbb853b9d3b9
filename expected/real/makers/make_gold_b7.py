#!/usr/bin/env python3
"""Hand-made gold for batch 7 (see samples/real/SOURCES.md, "Batch 7").

Batch 7 looked for action plans published in formats other than PDF (HTML pages, Word,
spreadsheets) by public bodies new to the corpus. No such plan was found within the time given
(the searches are listed in SOURCES.md); the one document taken is a CONTROL.

Every decision below was made from the document itself (openpyxl printout of both sheets, the
workbook's docProps and the publisher's readme); plan-ingest was never run on the file before
this gold was final. Format: the gold JSON read by /work/shared/real-plans/score.py.

    python make_gold_b7.py              # writes ../<file>.json
    python make_gold_b7.py --validate   # also feeds the gold back through score.py
"""
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
SCORE = "/work/shared/real-plans/score.py"
KEYS = ["section", "ref", "action", "responsible_roles", "timeframe", "timeframe_kind", "start_date",
        "end_date", "recurrence", "outcome", "status", "linkage", "extra"]


def write(name, title, org, start, end, fmt, actions):
    doc = {"file": name, "document_title": title, "organisation": org, "period_start": start,
           "period_end": end, "source_format": fmt, "actions": actions}
    with open(GOLD / (name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%-72s %3d actions" % (name, len(actions)))
    return doc


# ========================= NARA Digital Preservation File Format Risk Matrix (XLSX, control)
# Workbook published by the U.S. National Archives and Records Administration (Digital
# Preservation team) in usnationalarchives/digital-preservation, quarterly update of March 2026
# (Excel 16, last modified 2026-03-17). Two sheets with the same 758 file formats x 49 columns:
# "Numbered" (the numeric score of every answer) and "Labeled" (the answers: Yes / No / N/A /
# Unknown, years). Columns: NARA Transfer Guidance Preferred / Acceptable (X marks), Numeric
# Risk Rating, Risk Level (Low / Moderate / High Risk), NARA Format ID (NF00380 ...), Format Name,
# File Extension(s), Category/Plan(s) (the record category whose preservation plan covers the
# format), 27 numbered questions "1.1: Is the format proprietary?" ... "8.3: ..." with a TOTAL
# score column after each of the eight groups, TOTAL Numeric Risk Rating, Risk Level (again),
# Percentage of 2 billion files in NARA ERA holdings, Prevalence, Feasibility Score (texts such as
# "No transformation is needed", "Transformation already performed at NARA") and NARA TOTAL.
# A risk ASSESSMENT register, not a plan: no action, owner, date or status column; each row is a
# file format scored against fixed questions. Traps: the header words "Plan(s)", "Risk Level",
# "Feasibility"; question 1.4's column holds bare years (2024, 1975 ...) - specification dates,
# not timeframes; ID-like refs in a column of their own; odd freeze panes (AS255 / AS741) and an
# autofilter on Numbered!A1:AX727 that stops short of the data. 0 actions expected.
NARA = "nara_digital_preservation_file_format_risk_matrix_2026.xlsx"


def main():
    docs = [
        write(NARA, "NARA File Format Risk Matrix",
              "U.S. National Archives and Records Administration", None, None, "xlsx", []),
    ]
    if "--validate" in sys.argv:
        for rev in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                pred, gold = Path(tmp) / "pred", Path(tmp) / "gold"
                pred.mkdir(); gold.mkdir()
                rows = []
                for d in docs:
                    (gold / (d["file"] + ".json")).write_text(json.dumps(d), encoding="utf-8")
                    acts = list(reversed(d["actions"])) if rev else d["actions"]
                    for a in acts:
                        r = {k: ("x" if v == "*" else v) for k, v in a.items()}
                        r["responsible_roles"] = ("; ".join(a["responsible_roles"])
                                                  if isinstance(a["responsible_roles"], list) else "x")
                        r["extra"] = json.dumps(a["extra"], ensure_ascii=False)
                        r["source_file"] = d["file"]
                        rows.append(r)
                with open(pred / "actions.csv", "w", newline="", encoding="utf-8") as f:
                    w = csv.DictWriter(f, fieldnames=["source_file"] + KEYS)
                    w.writeheader(); w.writerows(rows)
                out = subprocess.run([sys.executable, SCORE, "--pred", str(pred), "--gold", str(gold)],
                                     capture_output=True, text=True).stdout.strip().splitlines()
                print(("reverse order: " if rev else "document order: ") + out[-1])


if __name__ == "__main__":
    main()
