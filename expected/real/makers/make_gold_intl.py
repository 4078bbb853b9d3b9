#!/usr/bin/env python3
"""Hand-made gold for the REAL non-UK documents in ./docs (see SOURCES.md).

Every action row below was transcribed from the page text / word positions / rendered
page images of the document (pdfplumber, python-docx), not produced by plan-ingest.
Format: the gold JSON read by /work/shared/real-plans/score.py; "*" = not scored.
Timeframe kind / dates / recurrence follow the timeframe rules of /work/shared/CONTRACT.md
(the timeframe text alone decides).

    python make_gold_intl.py            # rewrites ./gold/*.json
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"


def year(y):
    return ("during", "%s-01-01" % y, "%s-12-31" % y, None)


def years(a, b):
    return ("range", "%s-01-01" % a, "%s-12-31" % b, None)


UNKNOWN = ("unknown", None, None, None)
TF = {  # timeframe text -> (kind, start, end, recurrence)
    None: (None, None, None, None),
    "n/a – parking on street": UNKNOWN,
    "n/a – historic brick sidewalk": UNKNOWN,
    "THC will need to approve": UNKNOWN,
}
for y in range(2015, 2036):
    TF[str(y)] = year(y)


def act(section, action, ref=None, roles=(), timeframe=None, outcome=None, status=None,
        linkage=None, extra=None, tf=None):
    kind, start, end, rec = tf if tf is not None else TF[timeframe]
    return {"section": section, "ref": ref, "action": action, "responsible_roles": list(roles),
            "timeframe": timeframe, "timeframe_kind": kind, "start_date": start, "end_date": end,
            "recurrence": rec, "outcome": outcome, "status": status, "linkage": linkage,
            "extra": extra if extra is not None else {}}


def write(name, title, org, start, end, fmt, actions):
    doc = {"file": name, "document_title": title, "organisation": org, "period_start": start,
           "period_end": end, "source_format": fmt, "actions": actions}
    GOLD.mkdir(exist_ok=True)
    with open(GOLD / (name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%-66s %3d actions" % (name, len(actions)))


# ------------------------------------------------ 1. Sullivan County TN ADA Transition Plan
# Original pp. 15-17 (printed 15-17), chapter 4 "Facility Self-Assessment: findings for each
# facility by priority and schedule". One small table per facility, the facility name as a
# bold heading above it (with a narrative paragraph in between for the first two); columns
# PRIORITY # | DEFICIENCY | SCHEDULE. The Animal Shelter table runs from p.16 onto p.17 with
# no heading and no header row. "PRIORITY #" holds ADA item numbers (1.x approach/entrance,
# 2.x goods and services, 3.x toilet rooms, 4.x other): both a reference and a priority, so
# ref and extra are not scored. No responsible column: roles [].
SUL = {
    "Anderson Townhouse": [
        ("1.2", "Front Parking Lot not attainable", "n/a – parking on street"),
        ("1.13, 1.17", "Remove pavers, pour concrete slab, new pavers", "n/a – historic brick sidewalk"),
        ("1.27, 1.28", "Re-build wood ramp", "2020"),
        ("1.30, 1.31, 1.34, 1.35", "New handrail at ramp", "2020"),
        ("1.36", "Ramp curb", "2020"),
        ("1.37, 1.39, 1.40", "Ramp in lieu of steps", "2020"),
        ("1.41", "New front door 36' wide (not recommended)", "2020"),
        ("1.42", "Re-configure walls (not recommended)", "2021"),
        ("1.43", "New threshold", "2020"),
        ("1.44", "New door hardware", "2020"),
        ("2.2", "Interior ramp in lieu of steps", "2021"),
        ("2.4", "Re-configure cabinetry", "2022"),
        ("2.4", "Change door opening to 36\"", "2020"),
        ("2.41", "Re-configure walls (not recommended)", "THC will need to approve"),
        ("2.43", "Replace knob with lever handle", "2020"),
    ],
    "Archives & Heritage Tourism Building": [
        ("1.3", "Stripe parking lot", "2024"),
        ("1.4", "Stripe parking lot", "2024"),
        ("1.8", "Cut-out, re-grade, re-pave at accessible spaces", "2024"),
        ("1.1", "New accessible parking sign", "2024"),
        ("1.46", "Adjust closer", "2024"),
        ("1.49", "Secure edges of mats", "2019"),
        ("2.4, 2.47, 2.50", "Re-configure furnishings", "2024"),
        ("2.67", "Replace desk", "2024"),
    ],
    "Asphalt Plant No.2 @ 639 Centenary Road, Blountville": [
        ("1.2", "Striping", "2026"),
        ("1.17, 1.18", "Cut-out, re-grade, re-pave", "2026"),
        ("1.37", "Main entrance not accessible - add sidewalk", "2026"),
        ("1.38", "Add sidewalk", "2026"),
        ("1.43", "Add ramp", "2026"),
        ("1.44", "Re-bore and re-strike door and frame - add lever handle", "2026"),
        ("1.46", "Replace closer", "2026"),
        ("2.1, 2.2, 2.8", "Remove / re-organize furnishings", "2026"),
        ("2.9", "Add personnel lift", "2026"),
        ("2.42", "Reconstruct stairs and platform", "2026"),
        ("2.43", "Re-bore and re-strike door and frame - add lever handle", "2026"),
        ("2.5", "Relocate light switches - 3 each", "2026"),
        ("3.4", "Remove / re-organize furnishings", "2026"),
        ("3.7", "Re-configure Furnishings", "2026"),
        ("3.9", "Re-bore and re-strike door and frame - add lever handle", "2026"),
        ("3.19", "Mirror too high - remove and reinstall", "2026"),
        ("3.21, 3.26", "Replace lavatory with accessible style", "2026"),
        ("3.29", "Relocate paper towel and soap dispenser", "2026"),
        ("3.3", "Water closet not proper distance from wall - relocate", "2026"),
        ("3.31", "Relocate trash can", "2026"),
        ("3.33, 3.34", "Add grab bars", "2026"),
        ("3.38", "Relocate toilet paper dispenser", "2026"),
        ("4.10", "Remove / re-organize furnishings", "2026"),
        ("4.2, 4.6, 4.7", "Replace drinking fountain with accessible style", "2026"),
    ],
    "Animal Shelter": [
        ("1.3", "Re-stripe parking lot", "2026"),
        ("1.4", "Stripe for van accessible", "2026"),
        ("1.8", "Cut-out, re-grade, re-pave", "2026"),
        ("1.9", "No accessible route - add sidewalk", "2026"),
        ("1.1", "Accessible parking signs", "2026"),
        ("1.1, 1.37, 1.38", "Add accessible ramps leading to entrance", "2026"),
        ("1.41, 1.46", "New front entrance door", "2026"),
        ("1.49", "Secure edges of mat", "2026"),
        ("2.41", "Re-configure walls", "2026"),
        ("2.41", "Re-pour portion of concrete floor", "2026"),
        ("2.42", "Replace threshold", "2026"),
        ("2.43", "Replace doorknobs with lever handles", "2026"),
        ("2.5", "Re-configure walls", "2026"),
        ("2.76", "Re-work counter for height", "2026"),
        ("2.78", "Re-work counter for knee space", "2026"),
        # p.17: the table continues, no heading, no header row
        ("3.2", "Add accessible toilet signs", "2026"),
        ("3.9", "Replace doorknobs with lever handles", "2026"),
        ("3.28", "Relocate soap dispenser", "2026"),
        ("3.3", "Water closet not proper distance from wall - relocate", "2026"),
        ("3.32, 3.37", "Replace water closet with accessible style", "2026"),
        ("3.38", "Relocate toilet paper dispenser", "2026"),
        ("4.6", "Replace drinking fountain", "2026"),
    ],
    "Bernie Webb Ballpark": [
        ("1.2", "Add striping", "2029"),
        ("1.13, 1.17, 1.37, 2.3", "Pave parking lot and entrance", "2029"),
        ("2.64", "Add sections of bleachers to accommodate accessible - 4 each", "2029"),
        ("2.76", "modify counter", "2029"),
        ("2.8", "modify counter", "2029"),
        ("S1", "Add sidewalk", "2029"),
        ("S2", "Add sidewalk", "2029"),
        ("T1", "Add sidewalk", "2029"),
        ("T2", "Modify player seating - 4 each", "2029"),
    ],
    "Bloomingdale Public Library": [
        ("1.3-1.7", "Restripe accessible parking area", "2028"),
        ("1.8", "Cut-out, re-grade, re-pave", "2028"),
        ("1.1", "New accessible sign", "2028"),
        ("1.14", "Replace sidewalks", "2028"),
        ("1.16, 1.20, 1.21, 1.23", "New concrete curb cut and ramp", "2028"),
        ("1.46", "Adjust closer", "2028"),
        ("1.49", "Secure edges of mats", "2028"),
        ("2.8", "Relocate sign", "2028"),
        ("2.47, 2.68", "Re-configure furniture, furnishings, equipment", "2028"),
        ("2.8", "Re-work casework", "2028"),
        ("3.6", "Increase door size to 36\"", "2028"),
        ("3.7, 3.16-3.18, 3.31", "Reconstruct single user toilet", "2028"),
        ("3.25", "Replace lavatory with accessible style", "2028"),
        ("3.3", "Water closet not proper distance from wall - relocate", "2028"),
        ("3.33, 3.34", "Add or replace grab bars", "2028"),
        ("3.37", "replace water closet", "2028"),
        ("3.38", "Relocate toilet paper dispenser", "2028"),
    ],
}
SULLIVAN = [act(sec, deficiency, ref="*", timeframe=sched, extra="*")
            for sec, rows in SUL.items() for (_prio, deficiency, sched) in rows]


# ------------------------------------------ 2. HUD 2021 Climate Adaptation Plan (US federal)
# Original pp. 11-18: one ruled table per sub-objective, columns Office | Action |
# Implementation Method | Resource Implications | Timeline. Above each table: the
# sub-objective heading ("1.1 Collect Data and Map Risk"), an "Implementing Offices:" line and a
# "Description:" paragraph; objective headings ("Objective 1: ...") above some of them. The
# header row is repeated for each new table but NOT when a table runs onto the next page
# (pp. 12, 14, 16, 18 start with continuation rows); two rows are split across a page break
# (p.13->14 "Review and update program standards...", p.17->18 "Conduct grant launch...").
# section = the sub-objective heading the table belongs to. Office -> roles (split on commas;
# "Ginnie / Mae" is one body). Timeline uses US fiscal-year quarters ("FY22 Q3 - FY23 Q3"),
# which CONTRACT.md does not define (its FY rule is the UK April year), so the dates are not
# scored ("*"); the kind is: two periods -> range, "..., ongoing" / "... - ongoing" -> from,
# a single quarter -> during. "In Progress - FY23 Q1" and the misprint "FY 2 Q2, ongoing" -> kind "*".
# Implementation Method and Resource Implications -> extra ("None" + footnote mark 10 -> "None").
HUD_ROWS = {
    '1.1 Collect Data and Map Risk': [
        ('FHA MF, PIH',
         'Review current building-level data to ensure accuracy and facilitate mapping of the portfolio’s climate risk',
         'Assessment, IT Solution', 'Requested in the President’s FY22 Budget', 'FY22 Q3 – FY23 Q3'),  # p11
        ('Housing',
         'Procure data sources to enable modeling for climate risks',
         'IT Solution', 'Reprioritize Existing Resources', 'FY22 Q3 – FY23 Q4'),  # p11
        ('FHA SF',
         'Identify additional data elements during underwriting and servicing for all FHA insured mortgages',
         'Assessment', 'None', 'FY22 Q2 – FY23 Q4'),  # p12
        ('OEE, FHEO, PIH, Housing',
         'Implement vulnerability assessments for multifamily properties, including a consideration of equity and the impact on relevant protected class groups',
         'Technical Assistance', 'Reprioritize Existing Resources', 'FY22 Q4 – ongoing'),  # p12
        ('PD&R',
         'Assess feasibility of expanding existing HUD planning applications to include climate risk data',
         'Assessment', 'None', 'FY22 Q1 – FY22 Q3'),  # p12
        ('PD&R',
         'Assess HUD’s research and capacity-building needs related to climate risk of underrepresented communities for inclusion in HUD’s 2022-25 Learning Agenda',
         'Assessment', 'None', 'FY22 Q1 – FY22 Q2'),  # p12
    ],
    '1.2 Conduct Research on Climate Resilience': [
        ('PD&R',
         'Assess HUD’s research and capacity-building needs related to building efficiency and resiliency codes for inclusion in HUD’s 2022-25 Learning Agenda',
         'Research', 'None', 'FY22 Q3 – FY23 Q1'),  # p12
        ('PD&R',
         'Assess HUD’s research and capacity-building needs related to buyouts and resettlement for inclusion in HUD’s 2022-25 Learning Agenda',
         'Research & Guidance', 'None', 'FY22 Q2 – FY22 Q4'),  # p12
        ('PD&R',
         'Conduct cost effectiveness research of CDBG-DR resilience funding and generate guidance on best practices, vulnerability assessments, and evaluative framework',
         'Research & Guidance', 'None', 'FY23 Q1 - FY24 Q1'),  # p12
        ('PD&R',
         'Provide resources and expertise to the Advanced Research Projects Agency – Climate (ARPA-C) at the Department of Energy for research on housing, climate adaptation, and resilience.',
         'Research, Coordination', 'Requested in FY22 Budget', 'FY22 - ongoing'),  # p12
    ],
    '2.1 Reduce Climate-Related Financial Risk': [
        ('PD&R',
         'Assess HUD’s research and capacity-building needs related to economic threats of climate change to housing finance ecosystem for inclusion in HUD’s 2022-25 Learning Agenda.',
         'Assessment', 'None', 'FY22 Q3 – FY23 Q2'),  # p13
        ('PD&R',
         'Assess HUD’s research and capacity-building needs related to benefits and fair housing implications of including climate risk in FHA underwriting for inclusion in HUD’s 2022-25 Learning Agenda.',
         'Assessment', 'None', 'FY22 Q1 – FY22 Q2'),  # p13
        ('FHA',
         'Identify and assess approaches to integrate climate-related financial risk into underwriting standards, loan terms and conditions, and asset management and servicing procedures.',
         'Assessment', 'None', 'FY 22 Q2 – FY 23 Q4'),  # p13
        ('FHA SF, OHP',
         'Consider using reduced Mortgage Insurance Premiums to incentivize property owners to adopt higher building standards.',
         'Assessment', 'None', 'FY 22 Q2 – FY23 Q4'),  # p13
        ('FHA SF',
         'Review and update the standards for Manufactured Housing to allow the use of stretch ratios for a Manufactured Home that is certified as ENERGY STAR.',
         'Guidance', 'None', 'FY22 Q1'),  # p13
        ('FHA SF',
         'Review and update program standards and documentation requirements for underwriting, repairs, and escrow to make it easier for lenders and borrowers to understand and use the Single Family 203(k) Program for Energy Retrofits and Climate Mitigation.',
         'Assessment, Guidance, Rulemaking', 'None', 'FY22 Q4 – FY25 Q2'),  # p13
        ('FHA SF',
         'Assess the benefits and risks of introducing a new loan product, Resilience and Energy Assistance Loan (REAL) Title 1 Property Improvement Program, to provide low-cost financing for consumers making climate hazard mitigation and energy efficiency improvements.',
         'Assessment', 'Reprioritize Existing Resources', 'FY22 Q2 - FY 25 Q1'),  # p14
        ('FHA MF',
         'Assess benefits and risks of expanding the Green MIP Program to encourage climate resilience actions. Expansion could include incentives for climate resilience actions such as creating defensible space in fire-prone areas; building or retrofitting to withstand extreme weather; or mitigating for flood risk.',
         'Assessment', 'Reprioritize Existing Resources', 'FY22 Q4 - FY 23 Q4'),  # p14
        ('Ginnie Mae',
         'As part of an overall environmental, social, and governance (ESG) strategy, enhance (i) analytical capabilities for environmental assessments; (ii) securities disclosures that create value for investors utilizing ESG metrics, and (iii) pooling, issuance and reporting flexibilities to support FHA, VA, USDA and PIH program innovations having ESG aspects.',
         'IT Solution', 'Reprioritize Existing Resources', 'FY22 Q2 – FY23 Q4'),  # p14
        ('Ginnie Mae',
         'Until such time that the new platform goes into production, Ginnie Mae will explore how current capabilities can be leveraged in current form, or with some level of modification, to support shorter term goals of supporting environmental justice initiatives that may be pursued by FHA, VA, USDA and PIH. Securities disclosures are routinely enhanced to meet the ever-evolving demands of MBS investors and Ginnie Mae will explore opportunities to target increased ESG data disclosure with a goal of generating greater investor demand for securities supporting ESG objectives.',
         'Assessment', 'None', 'FY22 Q1 – FY23 Q4'),  # p14
    ],
    '3.1 Update CDBG-DR Grant Requirements to Promote Resilience and Environmental Justice': [
        ('CPD',
         'Finalize the CDBG-DR Universal Notice to describe policies and requirements that can foster resilient projects and promote environmental justice. The Universal Notice describes waivers and alternative requirements that can be applied to future CDBG-DR grants to incorporate mitigation measures, impose sustainable building construction standards, compliance with accessibility requirements, and prioritize underserved communities',
         'Guidance', 'None', 'FY22 Q1 – FY22 Q2'),  # p15
    ],
    '3.2 Enable a Sustainable Recovery for Puerto Rico and the U.S. Virgin Islands': [
        ('OEE',
         'Work with the DOE, Puerto Rico Field Office and Public Housing Authority (PHA) to train HUD customers on PowerOasis solar plus battery storage pilot',
         'Coordination, Technical Assistance, Assessment', 'None', 'FY22 Q2 – FY23 Q1'),  # p15
        ('DRSI',
         'Collaborate with the grantees on their work with Federal partners (DOE, DOI, FEMA) to implement the required actions in the Federal Register Notice providing $2 billion for resilient CDBG-DR Electrical Power Systems for Puerto Rico and USVI',
         'Coordination, Guidance', 'None', 'FY22 Q1 – FY22 Q3'),  # p16
        ('DRSI',
         'Provide technical assistance to Puerto Rico and USVI to deliver the clean energy and green building programs outlined in their CDBG-DR and CDBG-MIT Action Plans',
         'Coordination, Technical Assistance', 'None', 'FY22 Q1'),  # p16
    ],
    '3.3 Strengthen Flood Resilience Standards': [
        ('OEE',
         'Update floodplain management and wetlands protection regulations in 24 CFR part 55 to implement FFRMS and otherwise increase flood resilience standards in HUD projects.',
         'Rulemaking', 'None', 'In Progress - FY23 Q1'),  # p16
        ('Departmentwide',
         'Develop a training series for HUD grantees and update HUD’s online tools to reflect updated policy',
         'Technical Assistance, IT Solution', 'Reprioritize Existing Resources', 'FY22 Q4 - FY23 Q2'),  # p16
    ],
    '4.1 Provide Climate Resilience and Environmental Justice Training': [
        ('Department-wide',
         'Facilitate trainings for grantees and partners that includes climate adaptation and environmental justice, incorporating climate risk in their areas',
         'Technical Assistance', 'None', 'FY22 Q4, ongoing'),  # p17
        ('PIH, CPD, FHEO',
         'Conduct trainings and provide information to PHAs on adaptation and mitigation activities',
         'Technical Assistance', 'None', 'FY22 Q4, ongoing'),  # p17
    ],
    '4.2 Create Community Resilience and Sustainability Resources': [
        ('PD&R',
         'Generate case studies and guidance on resilience planning, disaster recovery, strategic funding strategies, and land use planning for HUD customers',
         'Guidance, Technical Assistance', 'None', 'FY22 Q1, ongoing'),  # p17
        ('PD&R, FHEO',
         'Collaborate with Home Innovation Research Labs to create a series of residential resilience guidelines for homebuilders and developers. Guidelines will incorporate the latest resilience construction techniques and best practices presented in a practical, user-friendly format',
         'Coordination, Guidance', 'None', 'FY21 Q1 – FY22 Q3'),  # p17
        ('CPD',
         'Develop a tool and webinar series for HUD customers on the need to incorporate resilience measures and stronger building codes when rebuilding after a disaster',
         'Technical Assistance', 'None', 'FY22 Q1 – FY22 Q4'),  # p17
        ('CPD',
         'Conduct grant “launch” and program implementation technical assistance to CDBG-MIT grantees who are working to implement hazard mitigation projects',
         'Technical Assistance', 'None', 'FY22 Q2, ongoing'),  # p17
        ('CPD',
         'Work with HUD CDBG-DR and CDBG grantees to improve resilience decision making using science-based tools',
         'Technical Assistance', 'None', 'FY 2 Q2, ongoing'),  # p18
        ('CPD, FHEO',
         'Organize and expand online library of resources, trainings, and toolkits for climate resilience and environmental justice. Resources will include a range of on-demand webinars and trainings, as well as toolkits, implementation guides, and best practices',
         'Technical Assistance', 'Reprioritize Existing Resources', 'FY22 Q2, ongoing'),  # p18
        ('OLHCHH',
         'Collaborate with the Centers for Disease Control and Prevention on its Building Resilience Against Climate Effects (BRACE) grant program',
         'Guidance', 'None', 'FY22 Q1, ongoing'),  # p18
    ],
}


def hud_tf(t):
    if t in ("In Progress - FY23 Q1", "FY 2 Q2, ongoing"):
        return ("*", "*", "*", None)
    if "ongoing" in t:
        return ("from", "*", None, None)
    if "–" in t or " - " in t:
        return ("range", "*", "*", None)
    return ("during", "*", "*", None)


def hud_roles(office):
    if office == "Department-wide":   # printed "Depart-/ment-/wide": hyphen or wrap? not scored
        return "*"
    return [r.strip() for r in office.split(",")]


HUD = [act(sec, action, roles=hud_roles(office), timeframe=tl, tf=hud_tf(tl),
           extra={"Implementation Method": method, "Resource Implications": res})
       for sec, rows in HUD_ROWS.items() for (office, action, method, res, tl) in rows]


# ------------------------------------------- 3. DOT 2024-2027 Climate Adaptation Plan (US federal)
# Original pp. 17-20 (printed 14-17), Section 3A "Addressing Climate Hazard Impacts and
# Exposure": three ruled tables with a shaded two-line header, each under a numbered heading
# ("1. Prioritized Actions To Address Climate Hazard Exposures and Impacts Affecting Federal
# Buildings", "2. ... Federal Employees", "3. ... Federal Lands, Waters and Cultural Resources");
# p.18 is narrative only. Table 1/2: Climate Hazard Impact on and/or Exposure to ... |
# Priority Action(s) | Timeline for Implementation (2024-2027); table 3 has no timeline column
# (Type of Land or Water Asset | Climate Hazard Impact ... | Priority Action). One gold action
# per table row; cells holding several paragraphs keep them as lines of one action. The hazard
# column (and the land-type column) -> extra. No lead column: roles [].
# Timeline cells are sentences: "Ongoing activity/requirement ..." -> ongoing; "... in 2024." ->
# during 2024; "... by the end of 2025." -> due 2025-12-31; US fiscal years ("by the end of FY
# 2026"), several dates or a repeat in one cell -> kind "*"; no date at all -> unknown.
H1 = "Climate Hazard Impact on and/or Exposure to Buildings"
H2 = "Climate Hazard Impact on and/or Exposure to Employees"
S1 = "1. Prioritized Actions To Address Climate Hazard Exposures and Impacts Affecting Federal Buildings"
S2 = "2. Prioritized Actions To Address Climate Hazard Exposures and Impacts Affecting Federal Employees"
S3 = ("3. Prioritized Actions To Address Climate Hazard Exposures and Impacts Affecting Federal "
      "Lands, Waters and Cultural Resources")
STAR = ("*", "*", "*", "*")
ONGOING = ("ongoing", None, None, None)
DOT_ROWS = [
    (S1, H1, "National Impacts: All climate and natural hazards included in the CHER tool (historical exposure for all variables and projected exposure for extreme temperatures, precipitation, and SLR)",
     "Complete vulnerability assessments of all mission-critical facilities using the CHER tool as part of ongoing sustainment activities.",
     "Complete assessments for mission-critical facilities by the end of FY 2026. Review assessments for approximately 25% of mission-critical facilities annually, such that all are reassessed every four years.", STAR),
    (S1, H1, "National Impacts: Extreme heat",
     "Consider the impacts of projected increases in extreme heat on cooling day requirements when planning for 100% carbon-free electricity (CFE) and utility costs.",
     "Ongoing activity to support performance contracts, deep energy retrofits, optimizing or right-sizing heating, ventilation, and air conditioning (HVAC) equipment, and onsite renewable energy projects.", ONGOING),
    (S1, H1, "National Impacts: Extreme temperature, precipitation, flooding, and SLR",
     "Install renewable energy and microgrid projects to improve energy resilience and reduce dependency on outside resources (energy, suppliers). Action will support the E.O. 14057 CFE goals.",
     "Ongoing activity to support the installation of onsite renewable energy projects that power DOT facilities.", ONGOING),
    (S1, H1, "National Impacts: Extreme temperature, precipitation, flooding, and SLR",
     "Evaluate benefits of monitoring and control system improvements to identify and correct impending system failures.",
     "Ongoing activity to support performance contracts.", ONGOING),
    (S1, H1, "National Impacts: Extreme temperature, precipitation, flooding, and SLR",
     "Update design processes to evaluate new information, strategies, and materials that enhance the climate resiliency of operational infrastructure.",
     "Ongoing requirement in all major renovation and new construction projects.", ONGOING),
    (S1, H1, "National Impacts: Extreme precipitation and Flooding",
     "Move high-value items from the basement and ground floor levels to reduce the potential for preventable flood damage. Plan to move all such assets out of flood-prone areas.",
     "Ongoing requirement in all major renovation and new construction projects.", ONGOING),
    (S1, H1, "Regional Impacts: Extreme precipitation, flooding, storm surge, and SLR",
     "Renovate seawalls and evaluate nature-based solutions to attenuate wave action and reduce damage to shoreside assets.",
     "Include SLR and storm surge projections in design requirements for new seawall infrastructure in 2024.", year(2024)),
    (S1, H1, "Regional Impacts: Extreme precipitation",
     "Upgrade stormwater management systems at large campuses and facilities to reduce flooding and runoff from extreme precipitation events.",
     "Complete major upgrades for one large DOT campus by the end of 2025.", ("due", None, "2025-12-31", None)),
    (S1, H1, "Regional Impacts: Extreme weather events",
     "Review Heavy Weather Mooring plans and update them to withstand 100-year storm events under future SLR and storm surge conditions.",
     "Identify recommended updates in FY 2024 and complete revisions by the end of FY 2025.", STAR),
    (S2, H2, "National Impacts: Extreme temperature, precipitation, flooding, and SLR. Severe weather or other climate-related events could expose personnel to personal health and safety risks.",
     "Increase general knowledge among employees and supervisors about the potential impacts of severe weather and environmental hazards through the DOT Climate and Transportation 101 training and other resources.\nProvide support for personnel impacted by climate disasters.",
     "Distribute annual summaries of available climate information and decision support resources to DOT personnel on internal web pages at least twice per year.\nProvide advisory information on how to prepare for and reduce the impacts of extreme weather events on communities and personal property.", STAR),
    (S2, H2, "National Impacts: Extreme temperature, precipitation, flooding, and SLR. Inclement weather or other climate-related events could expose personnel to personal health and safety risks.",
     "Include impacts of climate hazard exposure on personnel health and safety as a top criterion when evaluating lease renewals or selecting new lease or property purchase locations.",
     "Include guidance for climate hazard exposure in DOT Sustainable Buildings Order when revised in 2024.", year(2024)),
    (S2, H2, "National Impacts: Extreme heat",
     "Adjust working hours of employees working in field locations to avoid extreme heat exposure.\nReview current procedures (Occupational Safety and Health Administration (OSHA) protocols) to protect worker safety.\nUtilize telework and Continuity of Operations Plan (COOP) protocols to avoid exposure to extreme heat when feasible.\nRail testing schedules will be adjusted to more night schedules than day schedules to take advantage of cooler evening temperatures.",
     "Include guidance or references for when to adjust working hours in the DOT Overarching Sustainability Order to be revised in 2024.\nReview telework and COOP guidance to include considerations for field personnel exposure to extreme weather under future climate conditions by 2025.", STAR),
    (S2, H2, "Coastal Impacts: Warmer temperatures",
     "Warmer water temperatures may result in the increase of insect populations and vulnerability to personnel from disease.",
     "Track local health advisories and offer resources to support protective actions as relevant to reduce risk of personnel exposure.", UNKNOWN),
]
DOT = [act(sec, action, timeframe=tl, tf=tf, extra={hh: hazard})
       for (sec, hh, hazard, action, tl, tf) in DOT_ROWS]
DOT.append(act(S3,
    "Mission-critical land and water assets will be included in DOT climate hazard assessments to inform investment priorities.\nDOT will continue to review and update the most appropriate siting, construction, operation, and maintenance standards for its lands and landed assets in response to changing climate hazards.",
    extra={"Type of Land or Water Asset": "Unstaffed parcels devoted to air navigation and air traffic purposes (includes 90% of DOT-affiliated lands listed in the CEQ Federal Mapping App).",
           "Climate Hazard Impact on and/or Exposure to the Asset": "DOT assets on unstaffed parcels have not been identified as highly vulnerable to current or future climate hazards. The assets on these lands are built to withstand a wide variety of weather and environmental hazards, and these systems have high levels of redundancy across sites."}))


# ------------------------------- 4./5. 2022 Climate Adaptation Plan progress reports (US federal)
# Whole documents (VA 8 pages, SSA 5 pages), same CEQ template: a key/value box at the top
# (Agency / Climate Adaptation Official / Webpage [/ Agency Head Approval / Date]) that holds no
# actions, then "SECTION 1: Updates on Priority Actions" / "1. Priority action progress
# summary" with the table Priority Action | Current Status | Estimated date of completion |
# Brief Description of progress, then "2. Priority Action Progress Examples" as prose
# paragraphs starting "Priority Action #n:" (not a table: no actions), then narrative sections
# (SSA also has "Table 1. Results of Vulnerability and Risk Analyses" - a scores table, no
# actions - and an organisation diagram on p.5).
# action = the action cell as printed (with its "Priority Action #n" prefix); the number is not
# a separate column -> ref "*". Current Status -> status; progress description -> extra.
# No responsible column: roles []. VA dates "09/2023" (month/year) -> during that month.
PAPS = "1. Priority action progress summary"


def month(mm_yyyy):
    import calendar
    m, y = (int(x) for x in mm_yyyy.split("/"))
    return ("during", "%04d-%02d-01" % (y, m), "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1]), None)


VA_ROWS = [
    ("Priority Action #1 New and Updated Design Standards and Guidance", "In progress", "09/2023",
     "VA’s Office of Construction and Facilities Management (OCFM) has added climate resilience language to several criteria documents. The Climate-Ready Sites & Facilities Working Group is identifying gaps and opportunities for enhanced facility resilience."),
    ("Priority Action #2 Critical Supply Stockpiles", "In progress", "09/2022",
     "The All-Hazards Emergency Cache (AHEC) executive team has been meeting to determine whether current inventory aligns with diseases and conditions associated with climate change."),
    ("Priority Action #3 Biosurveillance and Epidemiologic Investigations", "In progress", "09/2022",
     "Veterans Health Administration (VHA) leadership, clinical health practitioners and VHA Public Health National Program Office are actively monitoring diseases and conditions likely to be exacerbated by climate change."),
    ("Priority Action #4 Incorporating Climate Priorities into VA’s Strategic Capital Investment Planning (SCIP) Process", "In progress", "12/2022",
     "VA’s Office of Asset Enterprise Management (OAEM) is working with multiple offices to improve the way climate priorities are supported through the SCIP process. Specifically, OAEM is drafting new policy and updated SCIP guidance to allow for a clearer understanding of the kinds of projects that are needed and how they should be evaluated."),
    ("Priority Action #5 Updating Climate Change Considerations within Emergency Response Planning", "In progress", "09/2022",
     "VA’s Office of Emergency Management and Resilience (OEMR) is developing a draft Climate Adaptation and Resilience Framework; coordination with VA Administrations and Staff Offices is ongoing."),
]
VA = [act(PAPS, a, ref="*", timeframe=d, tf=month(d), status=s,
          extra={"Brief Description of progress": p}) for (a, s, d, p) in VA_ROWS]

# SSA: header in a coloured band, small caps, "ESTIMATED DATE OF COMPLETION" over three lines,
# header repeated on p.2; the estimated-date cells are all empty (timeframe null); status
# "Ongoing" is the Current Status column (not a timeframe).
SSA_ROWS = [
    ("Priority Action #1: Prepare for Increased Disruptions to the Power Supply from the Electricity Grid from Storms or Heatwaves",
     "We utilize advanced metering systems to identify high-energy usage and determine if we can reduce electrical load, and assess the need for any additional emergency generators and Uninterruptable Power Supply (UPS) systems. In addition to our back-up generators, we utilize a campus cross tie system that allows us to supply 100 percent electrical power to the facilities on our headquarters (HQ) campus in the event of a power disruption from our initial supply source."),
    ("Priority Action #2: Plan Backup Water Supply to Respond to Reduced Water Supply for Facilities",
     "We maintain and track the adequate supply/stock of water in the event of a shortage."),
    ("Priority Action #3: Prepare for Coastal Flooding, Including Increased Flooding, or Inundation in Coastal Locations",
     "We monitor our delegated facilities for any imminent flooding caused by sea level rise."),
    ("Priority Action #4: Prepare for Increased Flooding in Non-Coastal Locations",
     "We monitor for any changes in flood plain areas that may affect our delegated facilities. If changes occur and the need arises to close and move personnel, we will relocate our staff to an alternate facility to maintain operations."),
    ("Priority Action #5: Prepare for Increased Disruptions and Damage to Transportation Infrastructure",
     "We oversee and inspect the results of the road and parking lot maintenance programs. Our Snow Team uses our snow removal procedures to keep our employees safe."),
]
SSA = [act(PAPS, a, ref="*", status="Ongoing", extra={"Brief Description of Progress": p})
       for (a, p) in SSA_ROWS]


# ----------------------------------------------- 6. DOJ 2021 Climate Adaptation Plan (US federal)
# Original pp. 8-19 (printed 1-12), section "2. PRIORITY ADAPTATION ACTIONS": each of the five
# priority actions is a key/value CARD (Word table printed via "Microsoft: Print To PDF")
# running over 2-3 pages: bold title "Priority Action #n: ..." then boxed fields "Action
# Description:", "Continuation of Existing Effort [x] New Action [ ]", "Action Goal:", a
# three-column band "Agency Lead(s): | Scale: | Timeframe:", "Risk or Opportunity:",
# "Implementation Methods:" (Approach, Key Milestones as bullets), "Performance:", "Inter-
# governmental Coordination:", "Resource Implications:", "Challenges/Further Considerations:",
# "Highlights of Accomplishments to Date:". The milestone/accomplishment bullets are not
# actions. action = the card title; ref "*" (number inside the title).
# Agency Lead(s) bullets such as "JMD, Real Property Management Services (RPMS)" are one office
# inside another (split or not?) and #3 has a footnote mark and "(supporting role)": roles "*"
# except #4 ("JMD Fleet Management Office"). Timeframe "Expected start: FY 2021 / Expected
# completion: FY 2022" -> range, US fiscal years -> dates "*"; "To be determined" -> unknown.
# Action Goal vs Performance (outcome?), the checkbox line (status?), Inter-governmental
# Coordination (linkage?) and the other fields are not scored ("*").
DOJ_SEC = "2. PRIORITY ADAPTATION ACTIONS"
RANGE_FY = ("range", "*", "*", None)
DOJ_ROWS = [
    ("Priority Action #1: Incorporate Climate Adaptation and Resilience Principles and Best Practices into Existing Buildings/Assets and Real Property Actions",
     "*", "Expected start: Fiscal Year (FY) 2021\nExpected completion: FY 2022", RANGE_FY),
    ("Priority Action #2: Revisit and Update DOJ’s Vulnerability Assessment of its Most Mission-Critical Supplies and Services",
     "*", "Expected start: 1st Quarter (Q) FY 2022\nExpected completion: 4Q FY 2022", RANGE_FY),
    ("Priority Action #3: Comprehensively Consider Environmental Justice in DOJ’s Climate Adaptation Efforts",
     "*", "Expected start: To be determined\nExpected completion: To be determined", UNKNOWN),
    ("Priority Action #4: Complete Study to Determine the Potential for Electrification of DOJ’s Vehicle Fleet",
     ["JMD Fleet Management Office"], "Expected start: FY 2021\nExpected completion: FY 2022", RANGE_FY),
    ("Priority Action #5: Incorporate Climate Adaptation Considerations into DOJ’s Strategic Planning and Risk Profile Processes",
     "*", "Expected start: FY 2021\nExpected completion: FY 2022", RANGE_FY),
]
DOJ = []
for (title, roles, tl, tf) in DOJ_ROWS:
    a = act(DOJ_SEC, title, ref="*", timeframe=tl, tf=tf, outcome="*", status="*", linkage="*",
            extra="*")
    a["responsible_roles"] = roles
    DOJ.append(a)


# ------------------------------------ 7. USDA 2022 Climate Adaptation Plan progress report (US)
# Original p. 5 only (printed 4): "II. Updates on Priority Actions" / "Progress Summary", one
# ruled table with a dark header band "Action (Status) | Summary". The first cell of each row
# holds the numbered action title (bold, coloured) AND its status in italics in parentheses
# "(In progress, ongoing)" on its own line - the status is split out of the action text.
# The "n:" number sits inside the cell -> ref "*". Summary (a progress narrative) -> extra.
# No lead and no timeframe column: roles [], timeframe null.
USDA_ROWS = [
    ("1: Build resilience across landscapes with investments in soil and forest health",
     "The Natural Resources Conservation Service (NRCS) has continuously worked with landowners and managers to promote soil and forest health through its various conservation programs. Since the 2018 Farm Bill, NRCS has invested $1.4 billion in activities that promote soil health, such as cover crops, nutrient management, pest management, prescribed grazing, and pasture and hay planting, and $850 million in forest health activities including brush management, herbaceous weed treatment, forest stand improvement, tree/shrub establishment, and tree/shrub site preparation. In 2021, USDA’s Forest Service treated approximately 3.4 million acres to reduce wildfire risk and more than 1.3 million acres for native and invasive forest pests, while investing $92 million in projects for cross-boundary forest health and wildfire risk reduction on more than 225,000 acres of Federal, State, and private land."),
    ("2: Increase outreach and education to promote adoption and application of climate-smart strategies",
     "In the first half of FY 2022, USDA’s 10 Climate Hubs hosted 61 workshops and technical demonstrations with approximately 4,229 participants. Through these and other activities, the Hubs continue to broaden their reach to serve communities across the United States, including in Hawaii, Alaska, and U.S. Insular Areas. USDA’s National Institute of Food and Agriculture (NIFA) is integrating opportunities to address climate vulnerabilities into its support for the Cooperative Extension Service; for example, NIFA’s Agriculture and Food Research Initiative (AFRI) Program 1721 funds Cooperative Extension for climate change science outreach."),
    ("3: Broaden access to and availability of climate data at regional and local scales for USDA Mission Areas, producers, land managers, and other stakeholders",
     "USDA’s ongoing efforts to develop new tools, maintain and enhance existing tools, and curate and disseminate climate-related data span the Department. Examples of this work include the Office of the Chief Information Officer (OCIO) developing a hub for geospatial, including climate-related, data; the Animal and Plant Health Inspection Service (APHIS) developing habitat suitability maps for pests under future climate conditions; and the work of the Climate Hubs on co-development of tools to support on-the-ground decision making."),
    ("4: Increase support for research and development of climate-smart practices and technologies to inform USDA and help producers and land managers adapt to a changing climate",
     "USDA research agencies are prioritizing the understanding of and response to the impacts of climate change on the agriculture and forestry sectors, including via climate adaptation planning and agency- and mission area-level science planning efforts. The Agricultural Innovation Mission (AIM) for Climate, an international initiative launched at COP 26 and co-led by the United States and United Arab Emirates, aims to increase and accelerate agriculture and food systems innovation in support of climate action, including climate adaptation."),
    ("5: Leverage the USDA Climate Hubs as a framework to support USDA Mission Areas in delivering adaptation science, technology, and tools",
     "USDA agencies continue to be key partners of the Climate Hubs, including by generating opportunities within their own programs to advance the mission of the Hubs. Examples include detailees from NRCS to the Hubs and NIFA’s establishment of an “Extension, Education, and USDA Climate Hubs Partnership” grant program. In their climate adaptation plans, USDA agencies each describe how to strengthen their working relationships with the Climate Hubs, and this information will be used to support development of the Climate Hubs FY 2023 priorities."),
]
USDA = [act("Progress Summary", a, ref="*", status="In progress, ongoing", extra={"Summary": s})
        for (a, s) in USDA_ROWS]


# ------------------------------------------- 8. NASA 2024-2027 Climate Adaptation Plan (US federal)
# Original p. 28 only (printed 24): "3D. Summary for Major Milestones" (= section), a ruled table
# with a shaded header: Section of the Implementation Plan | Description of Milestone | Climate
# Risk Addressed | Indicators for Success. Above it on the same page: a bullet list beside an
# icon and prose (no actions). Milestone description = action; "Indicators for Success" =
# outcome (success measure). The "Section 2D"/"Section 3A1" column points into the plan: a
# reference or a linkage? -> ref and linkage "*"; extra "*" (depends on that choice).
# No lead and no date column: roles [], timeframe null.
NASA_ROWS = [
    ("Section 2", "Higher resolution CASI datasets and tools", "All hazards",
     "Approximately 5–6-km grid resolution complete"),
    ("Section 2D", "Center Resilience Assessments complete", "All hazards",
     "Completion of individual Center assessments"),
    ("Section 3A1", "Continue ongoing coastal resilience and hardening",
     "Sea level rise and storm surge impacts to launch facilities",
     "Access to space through further integration of climate in ERM process"),
    ("Section 3A2", "Expand CASI and OCHMO collaboration",
     "Heat- and fire-related air quality impacts to employees",
     "Establish partnership and produce heat stress and air quality projections"),
    ("Section 3B4", "Expand application of PrimeE capabilities",
     "All hazards; focus on earthquake, drought, and flood risk areas",
     "Top at-risk supply chains and services identified"),
    ("Section 3B5", "Climate-informed funding", "All hazards", "Explicit climate consideration metrics"),
    ("Section 3C", "Completion of training framework", "All hazards", "Expanded training metrics"),
]
NASA = [act("3D. Summary for Major Milestones", m, ref="*", outcome=ind, linkage="*", extra="*")
        for (_sec, m, _risk, ind) in NASA_ROWS]

# ------------------------------------------------------------------------------ write all
DOCS = [
    ("sullivan_county_tn_ada_transition_plan_2019_pp15-17.pdf",
     "2018 - 2028 ADA Transition Plan", "Sullivan County, Tennessee", "2018-01-01", "2028-12-31",
     "pdf", SULLIVAN),
    ("hud_climate_adaptation_plan_2021_pp11-18.pdf",
     "Department of Housing and Urban Development 2021 Climate Adaptation Plan",
     "U.S. Department of Housing and Urban Development", None, None, "pdf", HUD),
    ("dot_climate_adaptation_plan_2024_pp17-20.pdf",
     "U.S. Department of Transportation 2024-2027 Climate Adaptation Plan",
     "U.S. Department of Transportation", "2024-01-01", "2027-12-31", "pdf", DOT),
    ("va_climate_adaptation_plan_progress_report_2022.pdf",
     "Department of Veterans Affairs Climate Action Plan 2022 Progress Report",
     "Department of Veterans Affairs", None, None, "pdf", VA),
    ("ssa_climate_adaptation_plan_progress_report_2022.pdf",
     "Social Security Administration Climate Action Plan 2022 Progress Report",
     "Social Security Administration", None, None, "pdf", SSA),
    ("doj_climate_adaptation_plan_2021_pp8-19.pdf",
     "Department of Justice 2021 Climate Adaptation Plan", "U.S. Department of Justice",
     None, None, "pdf", DOJ),
    ("usda_climate_adaptation_progress_report_2022_pp5-5.pdf",
     "Action Plan for Climate Adaptation and Resilience: 2022 Progress Report",
     "U.S. Department of Agriculture", None, None, "pdf", USDA),
    ("nasa_climate_adaptation_plan_2024_pp28-28.pdf",
     "National Aeronautics and Space Administration 2024-2027 Climate Adaptation Plan",
     "National Aeronautics and Space Administration", "2024-01-01", "2027-12-31", "pdf", NASA),
]

if __name__ == "__main__":
    for d in DOCS:
        write(*d)
