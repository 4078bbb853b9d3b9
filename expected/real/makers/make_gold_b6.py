#!/usr/bin/env python3
"""Hand-made gold for batch 6 (see samples/real/SOURCES.md, "Batch 6").

Every action below was transcribed from the document itself (pdfplumber page text,
extract_tables() and word positions of the cut pages, checked against rendered page images,
pypdfium2); plan-ingest was never run on these files before this gold was final.
Format: the gold JSON read by /work/shared/real-plans/score.py; "*" = not scored.

    python make_gold_b6.py              # writes ../<file>.json
    python make_gold_b6.py --validate   # also feeds the gold back through score.py
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


def act(section, ref, action, roles=(), timeframe=None, kind=None, start=None, end=None,
        status=None, outcome=None, extra=None):
    return {"section": section, "ref": ref, "action": action,
            "responsible_roles": roles if roles == "*" else list(roles),
            "timeframe": timeframe, "timeframe_kind": kind, "start_date": start, "end_date": end,
            "recurrence": None, "outcome": outcome, "status": status, "linkage": None,
            "extra": {} if extra is None else extra}


def write(name, title, org, start, end, fmt, actions):
    doc = {"file": name, "document_title": title, "organisation": org, "period_start": start,
           "period_end": end, "source_format": fmt, "actions": actions}
    with open(GOLD / (name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%-72s %3d actions" % (name, len(actions)))
    return doc


# ========================= 1. Jordan, Ministry of Environment: Energy Sector GG-NAP 2021-2025, Table 1 (p. 15)
# InDesign page, portrait. "TABLE 1 / Summary of Jordan's Energy Sector Green Growth Action Plan
# 2021-2025" caption on a tilted teal band above the table. Header band: "#" | "Action Title" |
# "Total Estimated Implementation Cost (USD)" | group heading "Relevant Green Growth Objectives" over
# five sub-columns; every header cell except the group heading is set ROTATED 90 degrees (the text
# layer reads them backwards: "eltiT noticA", "10NE"). The "#" cells (EN01..EN12) are rotated too
# (upright=False in pdfplumber; the text layer gives "10NE", "01NE", "21NE"). Rows alternately
# shaded, thin white rules. The five objective columns hold lower-case "x" marks (a marked-column
# matrix; x positions 400 / 429 / 461 / 490 / 518 checked against the column rects).
# Gold: section = the caption (both lines); ref = ENnn as printed on the page; action = Action
# Title (line wraps joined); no lead, date or status column -> roles [], timeframe null. Cost and
# the x marks -> extra (info only). "3,5000,000" (EN01) is misprinted in the document and kept.
JOR = "jordan_moenv_energy_green_growth_action_plan_2020_pp15-15.pdf"
JS = "TABLE 1 Summary of Jordan’s Energy Sector Green Growth Action Plan 2021-2025"
OBJ = ["Enhanced Natural Capital", "Sustainable Economic Growth",
       "Social Development and Poverty Reduction", "Resource Efficiency",
       "Climate change Mitigation and Adaptation"]
COST = "Total Estimated Implementation Cost (USD)"


def jx(cost, marks):
    e = {COST: cost}
    for name, m in zip(OBJ, marks):
        e[name] = "x" if m == "x" else ""
    return e


jordan = [
    act(JS, "EN01", "Improve Energy Demand Management through Development of a Smart Electricity Grid",
        extra=jx("3,5000,000", "-x-xx")),
    act(JS, "EN02", "Develop Industrial Renewable Roadmap and Investment Plan", extra=jx("1,000,000", "-x--x")),
    act(JS, "EN03", "Improve the market for green building and construction services", extra=jx("1,000,000", "-xxxx")),
    act(JS, "EN04", "Develop and Implement a National Green Building Strategy and Action Plan",
        extra=jx("3,000,000", "-x-xx")),
    act(JS, "EN05", "Conduct Energy Efficiency Retrofits for Public Buildings", extra=jx("1,500,000", "-x-xx")),
    act(JS, "EN06", "Implement Electric Vehicle Charging Stations and Services Provision in Greater Amman "
        "Municipality through a Public-Private Partnership", extra=jx("16,300,000", "xx--x")),
    act(JS, "EN07", "Develop a Behavior Change Campaign and Financial Mechanism to Increase Use of Energy "
        "Efficient Appliances in Jordan", extra=jx("9,000,000", "--xxx")),
    act(JS, "EN08", "Develop and Implement a National Energy Storage Action Plan and Investment Pipeline",
        extra=jx("10,000,000", "-x-xx")),
    act(JS, "EN09", "Increase Public Investment in Energy Sector Research and Development",
        extra=jx("15,000,000", "-xx--")),
    act(JS, "EN10", "Achieve GCF Accreditation for the Jordan Renewable Energy and Energy Efficiency Fund (JREEEF)",
        extra=jx("1,000,000", "-xxxx")),
    act(JS, "EN11", "Improve the Enabling Environment and Capacity Development Support for the Growth of the "
        "Energy Services (ESCO) Market", extra=jx("1,000,000", "-xxxx")),
    act(JS, "EN12", "Implement the Energy Sector Monitoring, Reporting and Verification (MRV) System",
        extra=jx("3,000,000", "-x--x")),
]

# ========================= 2. Australia, Department of Finance: "Our path to NET ZERO" roadmap (1 page)
# Illustrator A3-landscape poster (1190.55 x 841.89 pt), no table grid at all: eight COLUMNS, each
# headed by a theme name (Segoe UI Bold 16; two have a Semibold sub-heading "(Electrification)",
# "(EV Charging)"; "People, Culture and Capability" wraps over two lines) above an icon on a
# "lollipop" stem; under it one to three milestones, each a bold date (Segoe UI Bold 10) over a
# paragraph (Segoe UI 8). The People column has two undated paragraphs. Drawings (wind turbines,
# buildings, a car, solar panels) sit among the columns. A yellow panel top right holds narrative
# blocks (Climate Action in Government Operations / APS Net Zero 2030 / Transparency and Reporting /
# Commonwealth Climate Disclosure / 2026-27 Mid-term Review) - context prose, NOT goldened (the
# footer says the roadmap "summarises the key actions and activities included in the Strategy";
# the columns are the roadmap). Gold: section = column heading (with its sub-heading); action =
# the paragraph under a date; timeframe = the date as printed -> a single day: during, start = end
# (CONTRACT: "a named period or a single day"; the dates are commencement dates in substance, but
# the text alone is read, as for columns without a deadline header elsewhere in the corpus);
# undated People paragraphs -> timeframe null. No lead column: the actors are inside the text
# ("Entities must ...", "The Department of Finance will ...") -> roles []. Line-end hyphens in
# "Whole-of-Australian-|Government", "whole-of-Australian-|Government" are real hyphens.
AUS = "australia_department_of_finance_aps_net_zero_roadmap_2023.pdf"


def day(section, date_text, iso, text):
    return act(section, None, text, timeframe=date_text, kind="during", start=iso, end=iso)


EN, BU, BE, ICT, BV = "Energy", "Buildings", "Buildings (Electrification)", "ICT", "Buildings (EV Charging)"
FL, PR, PE = "Fleet", "Procurement", "People, Culture and Capability"
australia = [
    day(EN, "1 July 2024", "2024-07-01",
        "Whole-of-Australian-Government electricity procurements begin. Entities must procure electricity "
        "through these arrangements when in place in their jurisdiction."),
    day(EN, "1 January 2028", "2028-01-01",
        "80% of the Commonwealth’s electricity consumption, that is generated off-site and purchased by "
        "entities must be renewable."),
    day(EN, "1 January 2030", "2030-01-01", "100% of Commonwealth electricity is renewable."),
    day(BU, "1 July 2025", "2025-07-01",
        "Where a lease is entered into for four or more years over an office space of 1000 square metres or "
        "more of net lettable area, the office space and the building in which it is located must have and "
        "maintain 5.5 star or higher base building and tenancy NABERS energy ratings."),
    day(BU, "1 July 2026", "2026-07-01",
        "Where a contract is entered by or for the Commonwealth for the purchase or construction of office "
        "space with a value greater than $15 million, the office space must have and maintain a 6 star "
        "NABERS energy rating and GBCA 4 star Green Star rating (minimum) which includes complying with the "
        "Climate Positive pathway."),
    day(BE, "1 July 2024", "2024-07-01",
        "Where a lease is to be entered into for office space, entities should prefer all-electric "
        "buildings, particularly if the Commonwealth is directly responsible for base building services costs."),
    day(BE, "1 July 2026", "2026-07-01",
        "Where a contract is entered for the purchase or construction of office space for the Commonwealth, "
        "the office space must be all-electric. This includes building heating, cooling and water heating "
        "but excludes backup generation, subject to the 2026-27 review."),
    day(BE, "1 January 2040", "2040-01-01",
        "Entities should only lease or own office space that is all-electric."),
    day(ICT, "1 July 2025", "2025-07-01",
        "New data centre facilities that are sourced outside the whole-of-Australian-Government panel "
        "arrangement, whether owned or leased by the Commonwealth, are required to achieve and maintain 5 "
        "stars NABERS Energy for Data Centres or equivalent environmental rating such as a Power Usage "
        "Effectiveness of 1.4 or less."),
    day(BV, "1 July 2024", "2024-07-01",
        "All office space with allocated parking must have an electric vehicle charging plan where possible."),
    day(BV, "1 January 2025", "2025-01-01",
        "Office space with allocated parking should have facilities to support electric vehicle charging "
        "where possible, if an entity has electric fleet vehicles on site."),
    day(FL, "1 July 2023", "2023-07-01",
        "Target of 25% of new passenger vehicle orders to be low emission vehicles, with a preference for "
        "zero emission vehicles."),
    day(FL, "1 July 2024", "2024-07-01",
        "Target of 50% of new passenger vehicle orders to be low emission vehicles, with a preference for "
        "zero emission vehicles."),
    day(FL, "1 July 2025", "2025-07-01",
        "Target of 75% of new passenger vehicle orders to be low emission vehicles, with a preference for "
        "zero emission vehicles."),
    day(PR, "1 January 2025", "2025-01-01",
        "Develop and publish the Environmentally Sustainable Procurement Policy."),
    day(PR, "1 July 2025", "2025-07-01",
        "Develop the scope 3 cost modelled assessment and work with agencies in its development."),
    day(PR, "1 January 2026", "2026-01-01",
        "Capability uplift will be delivered for decision-makers to evaluate climate information from "
        "suppliers and enhance assessment under the Commonwealth Procurement Rules."),
    act(PE, None,
        "Entities are encouraged to identify a Chief Sustainability Officer role within their organisation at "
        "an appropriate level and delegation to champion the Net Zero in Government Operations Strategy and "
        "related initiatives that support climate action in government operations."),
    act(PE, None,
        "The Department of Finance will support capability uplift across entities, including through advice, "
        "guidance, tools, case studies and training programs via the APS Academy. The Climate Action in "
        "Government Operations website and GovTeams community will include general information and guidance."),
]

# ========================= 3. Montenegro: National Programme of Priority Activities ... GCF 2021-2023 (pp. 7-8)
# Word 2016, landscape pages (792 x 612, no /Rotate). Caption "Table 1: LIST OF APPROVED PROJECT
# PROPOSALS FOR INCLUSION IN THE PROGRAM OF PRIORITY ACTIVITIES FOR COOPERATION WITH GCF" above the
# table on p.1; inside the table a full-width TITLE ROW "List of approved project proposals for
# inclusion in the programme of priority activities for cooperation with GCF", then a grey header row
# of 13 narrow columns whose headings break mid-word ("(Mitigatio / n / /Adaptatio / n)",
# "INSTITUTION/INS / TITUTIONS"); title row and header repeated on p.2. Fully ruled; the # column and
# the RECOMMENDATIONS/STATUS column are shaded (blue / green). Narrow cells break words without a
# hyphen ("Implementati|on", "environment|al", "management|, mitigation", "Hydrometeorolog|y").
# Amounts in EUR and USD on two lines, a superscript footnote mark on "6,960,099 $1".
# Gold: the rows are the programme's priority activities (project proposals approved for the
# programme); section = the table's title row (the caption differs only by "Table 1:" and
# "program"/"programme"; score.py's fuzzy section match accepts either); ref = #; action = NAME OF
# PROJECT (words rejoined); roles = COMPETENT INSTITUTION/INSTITUTIONS split into bodies: on "/",
# on ", " between bodies (row 2), on " and Ministry" (row 4) and between two stacked ministry names
# with no separator (row 5, cf. CONTRACT "Head of Procurement Head of Corporate Finance"); the
# comma inside "Ministry of Ecology, Spatial Planning and Urbanisms" and "Ministry of Agriculture,
# Forestry and Water Management" never splits. Row 1 "Ministry of Interior – Directorate for
# Emergency Management" (a directorate inside a ministry: one role or two?) -> "*". DURATION
# ("5 y") is a duration with no start -> unknown, no dates; row 7's duration cell is empty ->
# null. status = RECOMMENDATIONS/STATUS ("Included in the Program of Priority Activities").
# extra = "*": scope, contact person (names, e-mails, phone), accredited entity, two alignment
# columns and three amount columns (not copied here).
MNE = "montenegro_gcf_programme_of_priority_activities_2021_pp7-8.pdf"
MS = "List of approved project proposals for inclusion in the programme of priority activities for cooperation with GCF"
ST = "Included in the Program of Priority Activities"
MEP = "Ministry of Ecology, Spatial Planning and Urbanisms"
MAF = "Ministry of Agriculture, Forestry and Water Management"
MCI = "Ministry of Capital Investments"


def mne(ref, action, roles, dur):
    return act(MS, ref, action, roles, dur, "unknown" if dur else None, status=ST, extra="*")


montenegro = [
    mne("1", "Nature-based solutions with particular emphasis on DRR preparedness and prevention in Montenegro",
        "*", "5 y"),
    mne("2", "Development of a National Action Plan to enhance the resilience of health care institutions, "
        "including economic analysis for health benefits",
        ["Ministry of Health", "Institute of Public Health of Montenegro", "Emergency Medical Services Institute",
         "Hydrometeorology and Seismology Institute"], "2 y"),
    mne("3", "Implementation of energy efficiency measures and introduction of renewable energy sources in the "
        "housing sector to reduce energy poverty in Montenegro", [MEP, MCI, "Municipalities"], "4 y"),
    mne("4", "Implementation of agri-environmental measures for sustainable land use, forest management, "
        "mitigation and LDN targets", [MEP, MAF], "5 y"),
    mne("5", "Support for a paradigm shift towards low carbon transport in Montenegro", [MCI, MEP], "6 y"),
    mne("6", "Preventive protection and rehabilitation of forest ecosystems in national parks of Montenegro (NPMNE)",
        ["Public Enterprise for National Parks of Montenegro (NPMNE)"], "3 y"),
    mne("7", "Implementation of priority (community-based) measures to adapt and mitigate the impact of climate "
        "change on the water sector in Montenegro", [MAF], None),
]

# ========================= 4. Republic of Korea, Ministry of Environment: plan summary (control, 6 pages)
# Word (PDFMaker 23), portrait. "<Summary of the Plan for Carbon-neutral Public Sector>": "□"
# paragraphs (introduction, reduction target), ONE small ruled table of figures (Item | 2018 | 2030 |
# 2045 | Remarks: emissions in 1,000 t CO2eq with reductions "(△37.4%)" on second lines; the "2" of
# CO2 is a subscript set on its own line), then "< Detailed Measures >": four "□" headings with "ㅇ"
# bullet paragraphs ("We will ...", "Korea will ...", "By 2030, Korea plans to ..."). No action table:
# the measures are prose bullets (like the GEO government response control) -> 0 actions.
KOR = "korea_moe_carbon_neutral_public_sector_plan_summary_2023.pdf"


def main():
    docs = [
        write(JOR, "Energy Sector Green Growth National Action Plan 2021-2025",
              "Ministry of Environment (MoEnv), The Hashemite Kingdom of Jordan", "2021-01-01", "2025-12-31",
              "pdf", jordan),
        write(AUS, "Our path to NET ZERO", "Australian Government, Department of Finance", None, None, "pdf",
              australia),
        write(MNE, "National Programme of Priority Activities in the Field of Climate Change Mitigation and "
              "Adaptation to the Framework of Cooperation with the Green Climate Fund 2021–2023",
              "Ministry of Ecology, Spatial Planning and Urbanism, Montenegro", "2021-01-01", "2023-12-31", "pdf",
              montenegro),
        write(KOR, "Summary of the Plan for Carbon-neutral Public Sector", "Ministry of Environment, Republic of Korea",
              None, None, "pdf", []),
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
