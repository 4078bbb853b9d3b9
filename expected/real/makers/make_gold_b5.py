#!/usr/bin/env python3
"""Hand-made gold for batch 5 (see samples/real/SOURCES.md, "Batch 5").

Every action below was transcribed from the document itself (pdfplumber page text and
word positions of the cut pages, checked against rendered page images); plan-ingest was
never run on these files before this gold was final.
Format: the gold JSON read by /work/shared/real-plans/score.py; "*" = not scored.

    python make_gold_b5.py              # writes ../<file>.json
    python make_gold_b5.py --validate   # also feeds the gold back through score.py
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


def act(section, ref, action, roles, timeframe, kind, outcome, extra):
    return {"section": section, "ref": ref, "action": action,
            "responsible_roles": roles if roles == "*" else list(roles),
            "timeframe": timeframe, "timeframe_kind": kind, "start_date": None, "end_date": None,
            "recurrence": None, "outcome": outcome, "status": None, "linkage": None, "extra": extra}


def write(name, title, org, start, end, fmt, actions):
    doc = {"file": name, "document_title": title, "organisation": org, "period_start": start,
           "period_end": end, "source_format": fmt, "actions": actions}
    with open(GOLD / (name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%-72s %3d actions" % (name, len(actions)))
    return doc


# ========================= 1. OMB / Federal Data Strategy, DRAFT 2019-2020 Action Plan (pp. 6-14)
# Word (Acrobat PDFMaker 17) portrait pages with NO drawn lines at all (page.lines == 0 on every
# page; page 10/11/13 carry 1-6 tiny rects = footnote rules). Each action is a block of labelled
# paragraphs: heading "Action N: <title>", a "By <month year>, ..." lead paragraph, description
# paragraphs (some with bullets), then "Responsible:", "Supported practice(s):", "Measurement:"
# (one or two measures, the second on its own line without a label) and "Timeline:". Three group
# headings give the section. Blocks run over page breaks (action 6's Timeline is the first line of
# p.9 of the original; action 15's Measurement starts p.14 after a footnote). No table grid: a
# whitespace-only "labelled field" layout.
# Gold: action = the heading title (the lead/description paragraphs are the action's body; kept
# out, like the card titles of the Federal CIO Council workforce document); ref = N;
# roles = the Responsible field (as written; three composite fields "*"); timeframe = the
# Timeline field ("Completed within N months": relative, no year -> unknown; the "By November
# 2019" in the lead sentence is not the timeline field); outcome = Measurement (the contract's
# success measure; two measures joined by a line break); Supported practice(s) -> extra.
FDS = "omb_federal_data_strategy_draft_action_plan_2019_pp6-14.pdf"
S1 = "Shared Actions: Government-wide Data Services"
S2 = "Community Actions: Cross-Agency Collaboration"
S3 = "Agency-Specific Actions: Agency Activities"
GSA = ["General Services Administration"]
ALL = ["All agencies"]
U = "unknown"
SP = "Supported practice(s)"
fds = [
    act(S1, "1", "Create an OMB Data Council", ["Office of Management and Budget"],
        "Completed within 3 months", U,
        "Internal Data Council established (Y/N)\nConsistent governance approach developed (Y/N)",
        {SP: "Prioritize Data Governance"}),
    act(S1, "2", "Develop a Curated Data Science Training and Credentialing Catalog", GSA,
        "Completed within 6 months", U, "Number of agencies and employees that use the catalog",
        {SP: "Increase Capacity for Data Management and Analysis"}),
    act(S1, "3", "Develop a Data Ethics Framework", GSA, "Completed within 3 months", U,
        "Data Ethics Framework Created (Y/N)", {SP: "Prioritize Data Governance and others"}),
    # Responsible: "Federal Committee on Statistical Methodology, with direction from the
    # Interagency Council on Statistical Policy, and the Department of Education" - lead + directing
    # body + partner, or three roles: ambiguous.
    act(S1, "4", "Develop a Data Protection Toolkit", "*", "Completed within 12 months", U,
        "Reference material published within 12 months (Y/N)",
        {SP: "Review Data Releases for Disclosure Risk; Diversify Data Access Methods",
         "Responsible": "Federal Committee on Statistical Methodology, with direction from the Interagency Council on Statistical Policy, and the Department of Education"}),
    act(S1, "5", "Develop a Repository of Federal Data Strategy Resources and Tools", GSA,
        "Completed within 3 months", U,
        "Number of agencies that access and use the tool within 3/6/9/12 months", {SP: "All practices."}),
    # Responsible: office within a bureau within a department, "under the direction of" a council.
    act(S1, "6", "Pilot a One-stop Standard Research Application", "*", "Completed within 12 months", U,
        "Number of agencies’ requirements harmonized into application",
        {SP: "Diversify Data Access Methods",
         "Responsible": "The Federal Statistical Research Data Center Program Management Office, U.S. Census Bureau, Department of Commerce under the direction of the Interagency Council on Statistical Policy."}),
    # Responsible: "National Center for Education Statistics, Department of Education" - one body
    # with its parent department, or two roles.
    act(S1, "7", "Pilot an Automated Inventory Tool for Data.gov", "*", "Completed within 12 months", U,
        "New capture and review tool developed and tested at two agencies (Y/N)\nMulti-agency stakeholder input on functionality of user interface obtained (Y/N)",
        {SP: "Inventory Datasets", "Responsible": "National Center for Education Statistics, Department of Education"}),
    act(S1, "8", "Pilot Standard Data Catalogs for Data.gov", GSA, "Completed within 6 months", U,
        "Number of CFO agencies that implement the tool within 3/6/9/12 months\nNumber of additional datasets on or available through Data.gov",
        {SP: "Inventory Datasets"}),
    act(S2, "9", "Improve Data Resources for AI Research and Development", ["All Agencies"],
        "Completed within 6 months", U, "See data.gov and code.gov", {SP: "Promote Wide Access"}),
    act(S2, "10", "Improve Financial Management Data Standards", ["President’s Management Council"],
        "Completed within 12 months", U, "See Performance.gov/PMA/PMA for detailed metrics",
        {SP: "Prioritize Data Governance; Leverage Data Standards"}),
    act(S2, "11", "Improve Geospatial Data Standards", ["Federal Geospatial Data Committee"],
        "Completed within 12 months", U,
        "Number of FGDC data themes with improved geospatial data standards\nEstablished content standards for metadata (Y/N)",
        {SP: "Prioritize Data Governance; Leverage Data Standards"}),
    act(S3, "12", "Constitute a Diverse Data Governance Body", ALL, "Completed within 1 month", U,
        "Established diverse and empowered governance board (Y/N)\nNumber of actions taken by body each quarter",
        {SP: "Prioritize Data Governance"}),
    act(S3, "13", "Assess Data and Related Infrastructure Maturity", ALL, "Completed within 9 months", U,
        "Agency chief data officer and others have participated in any federally-provided training or technical assistance (Y/N)\nAssessment documented and available (Y/N)",
        {SP: "Assess Maturity"}),
    act(S3, "14", "Identify Opportunities to Increase Staff Data Skills", ALL, "Completed within 9 months", U,
        "Agency has identified critical data skills, assessed current staff capacity, and developed an initial plan to reskill their workforce or hire to meet their data demands (Y/N)",
        {SP: "Use Data to Guide Decision-Making and Increase Capacity for Data Management and Analysis"}),
    act(S3, "15", "Identify Data Needs to Answer Key Agency Questions", ALL, "Completed within 12 months", U,
        "Agency has engaged stakeholders and consulted with key leaders, such as Chief Data Officers, to begin identifying the data needed to answer key agency questions (Y/N)\nAgency has categorized data needs for key questions by data type (Y/N)",
        {SP: "Identify Data Needs to Answer Key Agency Questions; Champion Data Use; Prioritize Data Governance; Govern Data to Protect Confidentiality and Privacy"}),
    act(S3, "16", "Identify Priority Datasets for Agency Open Data Plans", ALL, "Completed within 12 months", U,
        "Priority agency datasets identified with stakeholder input (Y/N)\nPlan for sharing priority agency datasets developed with the engagement of stakeholders (Y/N)",
        {SP: "Promote Wide Access"}),
]

# ========================= 2. LA County Registrar-Recorder/County Clerk precinct bulletin (control)
# One landscape page of a line-printer report (PDFCreator/Ghostscript, Helvetica set in fixed
# columns): election results of precinct 0050003A ACTON, General Election 4 Nov 2014, four blocks
# of contest / candidate / votes separated only by three vertical rules inside a page frame; no
# row rules. A borderless register of figures: no actions.
LA = "la_county_registrar_recorder_precinct_bulletin_2014_p1.pdf"


def main():
    docs = [
        write(FDS, "DRAFT 2019-2020 Federal Data Strategy Action Plan",
              "Federal Data Strategy development team (Cross-Agency Priority Goal: Leveraging Data as a Strategic Asset; Office of Management and Budget)",
              None, None, "pdf", fds),
        write(LA, "Precinct Bulletins - General Election 11/04/14",
              "Los Angeles County Registrar-Recorder/County Clerk", None, None, "pdf", []),
    ]
    if "--validate" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            pred, gold = Path(tmp) / "pred", Path(tmp) / "gold"
            pred.mkdir(); gold.mkdir()
            rows = []
            for d in docs:
                (gold / (d["file"] + ".json")).write_text(json.dumps(d), encoding="utf-8")
                for a in d["actions"]:
                    r = {k: ("x" if v == "*" else v) for k, v in a.items()}
                    r["responsible_roles"] = "; ".join(r["responsible_roles"]) if isinstance(r["responsible_roles"], list) else r["responsible_roles"]
                    r["extra"] = json.dumps(a["extra"])
                    r["source_file"] = d["file"]
                    rows.append(r)
            with open(pred / "actions.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=["source_file"] + list(fds[0].keys()))
                w.writeheader(); w.writerows(rows)
            print(subprocess.run([sys.executable, SCORE, "--pred", str(pred), "--gold", str(gold)],
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
