#!/usr/bin/env python3
"""Hand-made gold for batch b3a (see SOURCES.md).

Every action below was transcribed from the document itself: python-docx cell text and
shading for the DOCX (checked against a LibreOffice rendering of its pages), pdfplumber
page text / extract_tables() / word and rectangle positions for the PDFs (checked against
rendered page images). plan-ingest was never run on these files.
Format: the gold JSON read by /work/shared/real-plans/score.py; "*" = not scored.
Timeframe kind / dates follow the timeframe rules of /work/shared/CONTRACT.md.

    python make_gold_b3a.py              # rewrites ./gold/*.json
    python make_gold_b3a.py --validate   # also feeds the gold back through score.py
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SCORE = "/work/shared/real-plans/score.py"

# timeframe text as printed -> (kind, start, end, recurrence)
TF = {
    None: (None, None, None, None),
    # UK Location Programme Gantt: UK financial-year quarters (CONTRACT: Q3 2011/12 -> Oct-Dec 2011)
    "Q1 2012/13": ("during", "2012-04-01", "2012-06-30", None),
    "Q2 2012/2013": ("during", "2012-07-01", "2012-09-30", None),
    "Q1 2013/2014": ("during", "2013-04-01", "2013-06-30", None),
    "Q2 2012/2013 - Q3 2012/2013": ("range", "2012-07-01", "2012-12-31", None),
    "Q1 2012/13 - Q3 2012/2013": ("range", "2012-04-01", "2012-12-31", None),
    "Q4 2012/2013 - Q1 2013/2014": ("range", "2013-01-01", "2013-06-30", None),
    "Q3 2012/2013 - Q1 2013/2014": ("range", "2012-10-01", "2013-06-30", None),
    "Q2 2012/2013 - Q1 2013/2014": ("range", "2012-07-01", "2013-06-30", None),
    # ATC report: "Timeline (Following issuance of the report)" - relative, no year -> unknown
    "30 days": ("unknown", None, None, None),
    "60 days": ("unknown", None, None, None),
    "75 days": ("unknown", None, None, None),
    "90 days": ("unknown", None, None, None),
    "120 days": ("unknown", None, None, None),
    "125 days": ("unknown", None, None, None),
    "150 days": ("unknown", None, None, None),
    "180 days": ("unknown", None, None, None),
    "210 days": ("unknown", None, None, None),
    "240 days": ("unknown", None, None, None),
    "365 days": ("unknown", None, None, None),
    "None given": ("unknown", None, None, None),
    "Conclusion of data call": ("unknown", None, None, None),
    "Commensurate with timelines in the data call request": ("unknown", None, None, None),
}


def act(section, action, ref=None, roles=(), timeframe=None, outcome=None, status=None,
        linkage=None, extra=None, tf=None):
    kind, start, end, rec = tf if tf is not None else TF[timeframe]
    return {"section": section, "ref": ref, "action": action,
            "responsible_roles": roles if roles == "*" else list(roles),
            "timeframe": timeframe, "timeframe_kind": kind, "start_date": start, "end_date": end,
            "recurrence": rec, "outcome": outcome, "status": status, "linkage": linkage,
            "extra": extra or {}}


def write(name, title, org, start, end, fmt, actions):
    doc = {"file": name, "document_title": title, "organisation": org, "period_start": start,
           "period_end": end, "source_format": fmt, "actions": actions}
    GOLD.mkdir(exist_ok=True)
    with open(GOLD / (name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%-72s %3d actions" % (name, len(actions)))


# ====================================================================== 1. NYS DHSES SOW (DOCX)
# Word 2016 .docx, 5 pages. Table 1 = key/value form about the subapplication (not actions).
# Table 2 = task schedule: unlabelled number column | "Task (add lines for each task)" |
# "Start Month" | "Task Duration (in months)" (red italic numbers, months counted from award:
# relative -> no dates; whether a tool reads them as a timeframe (unknown) or as extra is a
# judgement call -> timeframe_kind "*"). Number = ref. No heading between the document
# title and this table (a key/value table sits in between) -> section "*".
# Tables 3-12 = one single-column table per task ("cards"): first row shaded D9D9D9 and bold
# = task title (section), every following row one sub-task (action). Table 8 has a second
# shaded title row in its body ("Update the Plan Maintenance Process") -> section switches.
# Some rows are indented (sub-sub-tasks); each row is still one action. No lead, no dates.
TITLE, ROW = "T", "R"
SOW_TASKS = [  # Table 2: # | Task (add lines for each task) | Start Month | Task Duration (in months)
    ('0', 'Grant Management and Administration', '1', '18+'),
    ('1', 'Organize the Planning Effort', '1', '2'),
    ('2', 'Profile NYS Existing Conditions', '3', '2'),
    ('3', 'Select, Profile and Evaluate Impacts of Hazards of Concern', '3', '5'),
    ('4', 'Assess State Mitigation Capabilities and Integrate Resources', '8', '3'),
    ('5', 'Assess Local Mitigation Capabilities and Coordinate Local Resources', '8', '3'),
    ('6', 'Update the Mitigation Strategy', '11', '3'),
    ('7', 'Establish the Plan Maintenance Process', '11', '1.5'),
    ('8', 'Draft Plan', '12', '3'),
    ('9', 'Solicit Stakeholder and Public Input', '15', '1'),
    ('10', 'Finalize Plan and Submit for Approval', '16', '1'),
    ('11', 'Adopt Plan and Provide Assurances', '18', '1'),
]
SOW_CARDS = [  # Tables 3-12: one table per task; shaded bold row = task title (section)
    (TITLE, 'Organize the Planning Process'),
    (ROW, 'Establish project management timeline and project deliverables'),
    (ROW, 'Establish and mobilize Planning Teams and Working Groups, including hiring/on-boarding contractual team'),
    (ROW, 'Develop outreach/engagement strategy (meetings structure and objectives, milestones, timelines): Agency Representatives, Public, Stakeholders, NGOs, Local Governments'),
    (ROW, 'Conduct and document a Model Stakeholder Outreach that can be leveraged by locals'),
    (ROW, 'Develop survey for state agency engagement. Facilitate survey participation, including a formalized intent to participate in the SHMP update, as well as identification of agency mission and activity intersections with hazard mitigation planning and implementation in NYS.'),
    (ROW, 'Establish initial organization of plan product (sections, sub-sections, tables, etc.), ensuring careful consideration of alignment with LHMP MitigateNY where practicable'),
    (ROW, 'Review all FEMA comments on “opportunities for improvement” from the 2019 NYSHMP Review Tool to determine which are to be included in the update'),
    (ROW, 'Ensure 2023 NYSHMP includes all applicable information to support Enhanced Status'),
    (ROW, 'Identify start date in coordination with FEMA Region II for Enhanced programmatic and fiscal requirements'),
    (ROW, 'Identify, collect, update, review technical data'),
    (ROW, 'Ensure State-owned asset inventory data is catalogued – determine and organize next steps for assessment'),
    (ROW, 'Engage all Counties to request and inventory local HAZUS assessments'),
    (ROW, 'Engage agencies with administrative and regulatory roles in review and issuing of permits related to the built and natural environment to document processes and integrate hazard mitigation planning and implementation.'),
    (ROW, 'Identify, collect, update, review existing resources (policies, programs, capabilities, funding sources, etc.)'),
    (ROW, 'Inventory all LHMPs statewide and identify information to be mined and integrated in 2023 NYSHMP (including processes for local planning, e.g., identification of critical infrastructure/facilities, documenting hazard history and determining hazards of concern, etc.)'),
    (ROW, 'Develop and finalize standardized data and information collection instruments (i.e., forms, tables, surveys, etc.) for use in receiving and collecting information from LHMPs and local partners.'),
    (ROW, 'Update status of 2019 NYSHMP actions'),
    (TITLE, 'Profile NYS Existing Conditions (“Risk Landscape”)'),
    (ROW, 'Profile the NYS social environment with a focus on at-risk populations'),
    (ROW, 'Profile the NYS built environment with a focus on land use, assets and transportation networks'),
    (ROW, 'Profile critical infrastructure, critical facilities, and other critical state assets'),
    (ROW, 'Profile the NYS natural environment with a focus on water features/coasts and open space'),
    (ROW, 'Profile anticipated climate change trends and projections'),
    (TITLE, 'Select, Profile and Evaluate Impacts of Hazards of Concern'),
    (ROW, 'Review hazards and identify hazards of concern to be prioritized for enhanced hazard profile via hazard specific work group'),
    (ROW, 'Update all statistics related to hazard event history'),
    (ROW, 'Develop and finalize standardized methodology and data collection instrument(s) for documenting and supplementing best available datasets related to hazard event history in LHMPs'),
    (ROW, 'Update overview of local hazard identification from LHMPs'),
    (ROW, 'Develop template for enhanced profiles with a focus on hazard impacts of social, built, natural environments and critical infrastructure/assets'),
    (ROW, 'Establish working group for each prioritized hazard of concern'),
    (ROW, 'Profile hazards of concern, adding infectious disease outbreak/pandemic'),
    (ROW, 'Evaluate future changes in risk and vulnerabilities due to climate change for hazards of concern'),
    (TITLE, 'Assess State Capabilities and Integrate Resources'),
    (ROW, 'Review existing resources collected and documented in Organize the Planning Process phase'),
    (ROW, 'Finalize state agency program database and develop/document process for maintaining'),
    (ROW, 'Assess existing resources to evaluate capabilities available to accomplish hazard mitigation statewide'),
    (ROW, 'Describe opportunities to expand/strengthen NYS capabilities'),
    (ROW, 'Describe opportunities to integrate NYS capabilities'),
    (ROW, 'Evaluate NYS administration of NFIP, CRS, floodplain management and availability of hazard data'),
    (ROW, 'Describe commitment to maintaining NFIP compliance'),
    (ROW, 'Document comprehensive list of strategic funding sources and programmatic resources to accomplish mitigation'),
    (ROW, 'Describe how NYS has used, or intends to use, state funds, FEMA grants, other federal programs, private funding to accomplish mitigation'),
    (TITLE, 'Assess Local Capabilities and Coordinate Resources'),
    (ROW, 'Review LHMPs data identified in Organize the Planning Process phase'),
    (ROW, 'Assess existing resources to evaluate capabilities available to accomplish hazard mitigation at the local level'),
    (ROW, 'Describe strengths and challenges of local hazard mitigation planning and implementation'),
    (ROW, 'Describe NYS process to support local hazard mitigation plan updates – NYSDHSES planning and project management, annual letter to all counties, MitigateNY Tools and Guidance, etc.'),
    (ROW, 'Document comprehensive list of strategic funding sources and programmatic resources to accomplish mitigation at the local level'),
    (ROW, 'Describe NYS criteria for prioritizing local planning and project grants available via Federal and non-Federal programs'),
    (ROW, 'Describe the process and timeframe to review, coordinate, and integrate local mitigation plans with the state mitigation plan'),
    (TITLE, 'Update the Mitigation Strategy'),
    (ROW, 'Consider new priorities and describe any shifts in priorities since 2019 NYSHMP'),
    (ROW, 'Confirm and/or update goals consistent with identified hazards of concern and describe strategies for achieving goals (objectives)'),
    (ROW, 'Based on previous tasks decide which vulnerabilities present an unacceptable risk and/or for which capabilities are lacking, and summarize those risks and vulnerabilities as problem statements'),
    (ROW, 'Solicit problem statements from state agencies and NGOs (ensure these problems are appropriately documented in Existing Conditions and Hazard Profiles)'),
    (ROW, 'For each problem statement identify a range of solutions/actions'),
    (ROW, 'Establish action prioritization criteria'),
    (ROW, 'Select, describe, and prioritize mitigation actions'),
    (ROW, 'For each action establish a strategy for implementation using a wide range of public and private resources'),
    (ROW, 'Engage federal, state and local partners to identify opportunities for prioritization and implementation, specifically the Interagency Climate Adaptation and Resilience Working Group'),
    (ROW, 'Update NYS Repetitive Strategy describing how the state intends to reduce the number of RL/SRL properties statewide'),
    (ROW, 'Create a new strategy section dedicated to Benefit Cost Analysis'),
    (ROW, 'Create a new strategy section dedicated to nature-based solutions'),
    (ROW, 'Create a new strategy section dedicated to addressing mitigation actions that support at-risk populations'),
    (ROW, 'Establish NYS mitigation priorities for action development and funding subapplications and allocations during the SHMP lifecycle. Establish a maintenance process which requires the convening of DPC member agencies, and others as applicable, to formally reprioritize action development and funding allocations.'),
    (TITLE, 'Update the Plan Maintenance Process'),
    (ROW, 'Describe the method and schedule for continuing public engagement throughout the five-year lifecycle of the plan'),
    (ROW, 'Describe the method and schedule for monitoring and evaluating progress throughout the five-year lifecycle of the plan'),
    (ROW, 'Schedule and document first plan maintenance meeting'),
    (ROW, 'Identify activities to be completed at each stage of maintenance'),
    (ROW, 'Describe method and schedule for updating the 2023 NYSHMP before it expires'),
    (TITLE, 'Draft Plan'),
    (ROW, 'Write and assemble draft 2023 NYSHMP using web-based interface'),
    (ROW, 'Write and assemble draft 2023 NYSHMP Executive Summary'),
    (ROW, 'Write and assemble “one-pagers” with high-level stats and graphics for: each county in NYS and each profiled hazard'),
    (TITLE, 'Solicit Stakeholder and Public Input'),
    (ROW, 'Publish and distribute digital draft NYSHMP and solicit review and comments by planning participants and the public'),
    (ROW, 'Document comments and revise plan, as applicable'),
    (ROW, 'Complete the ‘Location in Plan’ section of FEMA’s State Mitigation Plan Review Tool'),
    (TITLE, 'Finalize Plan and Submit for Approval'),
    (ROW, 'Submit final NYSHMP to FEMA Region II'),
    (TITLE, 'Adopt Plan, Provide Assurances'),
    (ROW, 'Provide documentation of formal adoption by the highest elected official or designee'),
    (ROW, 'Include assurances in 2023 NYSHMP that NYS will manage and administer FEMA funding in accordance with applicable Federal statutes and regulations'),
]

def sow_actions():
    out = []
    for ref, task, start, dur in SOW_TASKS:
        out.append(act("*", task, ref=ref, timeframe="Start Month %s; Task Duration (in months) %s" % (start, dur),
                       tf=("*", None, None, None),
                       extra={"Start Month": start, "Task Duration (in months)": dur}))
    section = None
    for kind, text in SOW_CARDS:
        if kind == TITLE:
            section = text
        else:
            out.append(act(section, text))
    return out


# ====================================================================== 2. UK Location Programme Gantt
# Original p.26 of 55 ("6 BENEFITS REALISATION PLAN"), a /Rotate 90 landscape page. Columns
# Task | Q1 2012/13 | Q2 2012/2013 | Q3 2012/2013 | Q4 2012/2013 | Q1 2013/2014 (two-line
# headings); the timeframe is a BAR (filled rectangle, colour 0.737/0.302/0.624) drawn across
# one or more quarter cells - no text at all. Cell borders x: 426.7-493.0 | 493.4-563.2 |
# 563.6-633.4 | 633.8-703.6 | 704.0-773.8; bars checked by x0/x1 (listed per row below).
# Two full-width theme rows (bold italic) = section. No lead/status columns.
BRS1 = "Benefits Realisation Management of Enabling Benefits"
BRS2 = "Benefits Tracking of End Benefits"
BRS = [
    # bar 430.3-493.3
    act(BRS1, "Review the list of potential benefits measures and decide which measures should be tracked going forwards. Ensure that the measures cover all of the Enabling Benefits", timeframe="Q1 2012/13"),
    # bar 430.4-493.4
    act(BRS1, "Assign business owners to each of the Enabling Benefits", timeframe="Q1 2012/13"),
    # bar 496.5-559.5
    act(BRS1, "Define the process by which each measure will be quantified and determine the frequency at which it should be collected", timeframe="Q2 2012/2013"),
    # bar 497.3-630.0
    act(BRS1, "Develop a baseline and a set of targets for each measure", timeframe="Q2 2012/2013 - Q3 2012/2013"),
    # bar 432.4-633.4
    act(BRS1, "Complete a benefits profile for each benefit", timeframe="Q1 2012/13 - Q3 2012/2013"),
    # bar 496.5-559.5
    act(BRS1, "Define a framework for reporting to EU commission to comply with obligations under INSPIRE", timeframe="Q2 2012/2013"),
    # bar 636.2-768.9
    act(BRS1, "Develop a reporting methodology for each Benefit in isolation and in total. This should include the format of the report, the frequency with which it is published, the circulation list and the actions required following publication.", timeframe="Q4 2012/2013 - Q1 2013/2014"),
    # bar 706.3-769.3
    act(BRS1, "Develop a tool to produce the required reports and a process for loading data into the tool", timeframe="Q1 2013/2014"),
    # bar 636.8-769.6
    act(BRS2, "Identify the key beneficiaries to work with to identify and track benefits (NB dependent on download services being available)", timeframe="Q4 2012/2013 - Q1 2013/2014"),
    # bar 571.7-772.7
    act(BRS2, "Develop a plan to identify whether the efficiencies identified in the original Economic Model for the preparation of EIAs and SEAs are being realised (NB dependent on download services being available)", timeframe="Q3 2012/2013 - Q1 2013/2014"),
    # bar 497.3-772.7
    act(BRS2, "Work with key partner organisations to actively identify and share examples of benefits that have and are being realised", timeframe="Q2 2012/2013 - Q1 2013/2014"),
]


# ====================================================================== 3. ATC IT Modernization report
# Appendix F "Summary of Recommendations", original pp. 52-58 (printed 51-57), portrait, ruled.
# Header # | Responsible Party/ies | Action Required | Submitted to | Timeline (Following
# issuance of the report) - every header cell wraps over 2-4 lines; header only on the first
# page. Full-width theme rows hold TWO lines: the report chapter (bold) and the sub-heading
# -> section = the whole cell. One theme row (p.5 bottom) starts in the 2nd column.
# Rows 8 and 9 are near-identical twins in the report (row 8 lacks the second bullet mark).
# Timeline cells are relative ("30 days") or words -> unknown. "Submitted to" -> extra.
# Roles: plain lists split ("DHS, OMB, and the NSC"); a lead "in coordination / partnership /
# working with" others is ambiguous (one role as written, or lead + partners) -> "*".
STAR = "*"
ROLES = {
    "Acquisition Tiger Team": ["Acquisition Tiger Team"],
    "Agencies": ["Agencies"],
    "Agency CIOs, CISOs, and SAOPs": ["Agency CIOs", "CISOs", "SAOPs"],
    "Any agency that has an HVA identified as having a major or critical weakness in either a risk assessment, RVA, SAR, or agency sponsored review":
        ["Any agency that has an HVA identified as having a major or critical weakness in either a risk assessment, RVA, SAR, or agency sponsored review"],
    "DHS": ["DHS"],
    "DHS and NIST": ["DHS", "NIST"],
    "DHS, OMB, and the NSC": ["DHS", "OMB", "the NSC"],
    "Department of Commerce (NIST)": ["Department of Commerce (NIST)"],
    "GSA": ["GSA"],
    "GSA, DHS, OMB, NSC, USDS, and other relevant parties": ["GSA", "DHS", "OMB", "NSC", "USDS", "other relevant parties"],
    "GSA, DHS, OMB, USDS, NSC": ["GSA", "DHS", "OMB", "USDS", "NSC"],
    "GSA, DHS, and OMB": ["GSA", "DHS", "OMB"],
    "OMB": ["OMB"],
    "OMB and GSA": ["OMB", "GSA"],
    "OMB, GSA, and DHS": ["OMB", "GSA", "DHS"],
    "Selected Agency/ies": ["Selected Agency/ies"],
    # lead + coordinating bodies: ambiguous
    "DHS (in coordination with OMB, USDS, and GSA)": STAR,
    "DHS, in partnership with GSA": STAR,
    "DHS, in partnership with the Federal CIO Council": STAR,
    "GSA (with OMB)": STAR,
    "GSA, in coordination with DHS": STAR,
    "GSA, in coordination with OMB and DHS": STAR,
    "OMB (in coordination with DHS)": STAR,
    "OMB (in coordination with DHS, GSA, Federal agencies, other stakeholders)": STAR,
    "OMB, in coordination with DHS and other Federal partners": STAR,
    "OMB, in coordination with GSA": STAR,
    "OMB, in coordination with the FAR Council, GSA, and DHS": STAR,
    "OMB, working with the FAR Council, GSA, and DHS": STAR,
}


def itm(section, ref, responsible, action, submitted_to, timeline):
    return act(section, action, ref=ref, roles=ROLES[responsible], timeframe=timeline,
               extra={"Submitted to": submitted_to})


ITM = []
SEC = 'Network Modernization & Consolidation\nPrioritize the Modernization of High-Risk High Value Assets (HVAs)'; ITM += [
    itm(SEC, '1', 'Department of Commerce (NIST)',
        'Provide a plan for revising Federal Information Processing Standard (FIPS) 199 and FIPS Publication 200. The plan must include:\n• Proposed update to any other relevant NIST Special Publications to support the transition of agency compliance efforts away from low-impact systems and toward high-impact systems;\nThe updates should include the use of the Cybersecurity Framework, and, where appropriate, incorporate lessons from other control and compliance frameworks. The updates should review security requirements for other frameworks and system approval processes, and assess the use of overlays of these frameworks into the proposed updates of the relevant Special Publications.',
        'OMB', '30 days'),
    itm(SEC, '2', 'DHS and NIST',
        'DHS - Provide a report which identifies common areas of weakness in Government HVAs. NIST – Provide a plan to improve cryptographic agility in the Federal enterprise.',
        'OMB', '60 days'),
    itm(SEC, '3', 'OMB (in coordination with DHS)',
        'Update the Federal Information Security Modernization Act of 2014 (FISMA) metrics as well as the Cybersecurity Cross-Agency Priority (CAP) Goal metrics to focus on those critical capabilities most lacking in agencies. Focus review and oversight efforts on driving progress on these capabilities, specifically focused on HVAs.',
        'Government-wide release', '90 days'),
    itm(SEC, '4', 'DHS',
        'Work with agencies, including by issuing direction when appropriate, to support mitigation actions to address common areas of risk identified in the Report to the President on Risk Management in accordance with their authorities.',
        'Government-wide release', '90 days'),
    itm(SEC, '5', 'OMB (in coordination with DHS)',
        'Develop a strategy for an approach to improve lines of authority and operating procedures across agencies to reduce enterprise risk and coordinate responses to cybersecurity incidents.',
        '[For internal action]', '120 days'),
    itm(SEC, '6', 'Agency CIOs, CISOs, and SAOPs',
        '• Review their latest submission of HVAs and make any necessary changes to reflect the latest information on system prioritization in tandem with the assessments made under their risk assessments as part of Section 1 of Executive Order 13800.',
        'DHS and OMB', '150 days'),
    itm(SEC, '7', 'DHS, OMB, and the NSC',
        'Review HVA lists submitted to DHS by Federal agencies and produce a prioritized list of systems for Government-wide intervention. Six HVAs will be selected to receive centralized interventions in staffing and technical support.',
        'President’s Management Council', '180 days'),
    itm(SEC, '8', 'Any agency that has an HVA identified as having a major or critical weakness in either a risk assessment, RVA, SAR, or agency sponsored review',
        'Identify a remediation plan, including a proposal for accelerating modernization within one year and identification of impediments in policy, budget, workforce, or operations. The plan should:\n• Maximize use of shared IT services and consider application and data-level protections and the use of commercial cloud-based architectures; and\nPrioritize existing financial and human resources and should identify other systems of concern that may suffer from similar issues not categorized as HVAs.',
        'OMB and DHS', '180 days'),
    itm(SEC, '9', 'Any agency that has an HVA identified as having a major or critical weakness in either a risk assessment, RVA, SAR, or agency sponsored review',
        'Identify a remediation plan, including a proposal for accelerating modernization within one year and identification of impediments in policy, budget, workforce, or operations. The plan should:\n• Maximize use of shared IT services and consider application and data-level protections and the use of commercial cloud-based architectures; and\n• Prioritize existing financial and human resources and should identify other systems of concern that may suffer from similar issues not categorized as HVAs.',
        'OMB and DHS', '180 days'),
    itm(SEC, '10', 'DHS (in coordination with OMB, USDS, and GSA)',
        'Provide hands-on technical assistance to agencies in bolstering protections for systems identified through the process outlined above as having the greatest need for modernization.',
        '[For internal action]', '180 days'),
    itm(SEC, '11', 'DHS',
        'Expand the availability of DHS RVAs and SARS for agency HVAs and work with OMB to refocus these engagements to concentrate on hands-on technical engineering interventions. Work with GSA to expand the visibility, offerings, and agency use of the Highly Adaptive Cybersecurity Services Special Item Numbers on IT Schedule 70.',
        '[For internal action]', '180 days'),
    itm(SEC, '12', 'OMB (in coordination with DHS, GSA, Federal agencies, other stakeholders)',
        'Capture standard operating procedures for the protection of HVAs. Develop a playbook that agencies can leverage to expand this approach to other systems in a prioritized, risk-based fashion.',
        'Government-wide release', '365 days'),
    ]; SEC = 'Network Modernization & Consolidation\nModernize the Trusted Internet Connections (TIC) and National Cybersecurity Protection System (NCPS) to Improve Protections, Remove Barriers, and Enable Commercial Cloud Migration'; ITM += [
    itm(SEC, '13', 'OMB',
        'Submit a data call to agencies requesting submission of both in-progress and pending projects for cloud migration.',
        'Government-wide release', '30 days'),
    itm(SEC, '14', 'Agencies',
        'Respond to OMB data call. Propose a cloud migration plan that highlights needed changes to requisite policies and capabilities to facilitate faster migration.',
        'OMB', 'Commensurate with timelines in the data call request'),
    itm(SEC, '15', 'GSA, DHS, OMB, NSC, USDS, and other relevant parties',
        'Review agency data call responses.',
        '[For internal action]', '60 days'),
    itm(SEC, '16', 'OMB',
        'Provide preliminary update to TIC policy that introduces 90-day sprint during which projects approved by OMB will pilot proposed changes in TIC requirements.',
        'Government-wide release', '60 days'),
    itm(SEC, '17', 'Agencies',
        'Require collection of metrics that will be used to ensure that any proposed policy change does not introduce an unacceptable level of cybersecurity risk.',
        'OMB, DHS, GSA, NSC', '90 days'),
    itm(SEC, '18', 'GSA, DHS, OMB, USDS, NSC',
        'Kick off a 90-day sprint to validate particular case studies for Category 2 cloud migration projects.',
        '[For internal action]', '90 days'),
    itm(SEC, '19', 'GSA, DHS, and OMB',
        'For category 3 cloud migration projects, work with agencies to evaluate whether there are common features or capabilities that could be provided efficiently, effectively, and securely by CSPs. This analysis will serve as an input to the FedRAMP JAB’s prioritization of high-baseline CSP offerings available to agencies wanting to migrate high-impact data to the cloud.',
        '[For internal action]', '90 days'),
    itm(SEC, '20', 'OMB, GSA, and DHS',
        'Using information gathered from previous actions, proceed with rapid updates to TIC policy, reference architectures, and NCPS operational models to facilitate outcomes in commercial cloud.',
        'Government-wide release', '180 days'),
    ]; SEC = 'Network Modernization & Consolidation\nConsolidate Network Acquisitions and Management'; ITM += [
    itm(SEC, '21', 'DHS',
        'Provide GSA and agencies with baseline configuration guidance for Managed Security Services capabilities offered under EIS.',
        'GSA', '60 days'),
    itm(SEC, '22', 'GSA, in coordination with DHS',
        'Develop a comprehensive acquisition strategy that provides a feasibility assessment and roadmap to accomplish the following:\n• Provide a path for all small agencies to more easily and cost-effectively utilize EIS services;\n• Review current security capabilities currently offered under MTIPS to ensure the capabilities provide adequate security within the current threat environment;\n• Identify additional areas of opportunity outside of EIS to consolidate acquisition of cybersecurity services and products; and\n• Determine the feasibility of establishing a centralized acquisition support function within GSA capable of performing cybersecurity-related contract management activities for small agencies.',
        'Government-wide release', '90 days'),
    itm(SEC, '23', 'GSA',
        'Support small agencies in the transition to EIS by consolidating requirements for small agencies.',
        '[For internal action]', 'None given'),
    itm(SEC, '24', 'GSA',
        'Provide guidance to small agencies on how best to leverage its cross-agency acquisition in order to optimize small agencies’ investments and management throughout the procurement process.',
        'Small & independent agencies', 'None given'),
    ]; SEC = 'Shared Services to Enable Future Network Architectures\nEnable the Use of Commercial Cloud Services and Infrastructure'; ITM += [
    itm(SEC, '25', 'OMB',
        'Issue data call that will have agencies identify systems that may be ready for cloud migration and can be migrated securely but have not yet migrated due to perceived or encountered difficulties.',
        'Government-wide release', '30 days'),
    itm(SEC, '26', 'Agencies',
        'Respond to OMB data call.',
        'OMB', 'Commensurate with timelines in the data call request'),
    itm(SEC, '27', 'OMB and GSA',
        'Review the impediments to moving to the cloud outlined by agencies and will prioritize an infusion of technical talent, capital, and updated security policy (developed iteratively to solve agency-specific issues) as needed to enable prioritized cloud migrations',
        '[For internal action]', 'Conclusion of data call'),
    itm(SEC, '28', 'GSA (with OMB)',
        'Work with volunteer agencies to pilot new initiatives to improve the speed, reliability, reusability, and risk acceptance transparency for cloud-based SaaS and shared services ATOs. Based on the combined efforts, including lessons learned and best practices for extending these pilot activities to a Federal civilian-wide scale, GSA will work with OMB to develop any necessary plans or policy for promoting these initiatives and any other innovative FedRAMP, shared services, or agency-specific efforts across the Federal enterprise.',
        'Government-wide release', '90 days'),
    itm(SEC, '29', 'OMB, in coordination with DHS and other Federal partners',
        'Update the Federal Cloud Computing Strategy (“Cloud-First”), which will provide additional guidance to agencies on the most impactful use cases for cloud adoption and how best to conduct appropriate operational security in cloud environments.',
        'Government-wide release', '120 days'),
    itm(SEC, '30', 'OMB',
        'Conduct a thorough review of all relevant policies pertaining to IT modernization, cloud migration, infrastructure consolidation, and shared services, among others, and initiate revisions, rescissions, or other rapid policy updates that may improve the ability of agencies to modernize effectively, securely, and efficiently. If necessary, OMB will issue further guidance that will augment and enhance existing Federal technology and information security policy.',
        'Government-wide release', '120 days'),
    itm(SEC, '31', 'OMB, in coordination with the FAR Council, GSA, and DHS',
        'Develop clauses that define consistent requirements for security, privacy, and access to data for use in cloud contracts.',
        'Government-wide release', '120 days'),
    itm(SEC, '32', 'OMB, working with the FAR Council, GSA, and DHS',
        'Assemble a tiger team to develop a set of proposed acquisition statutory and regulatory changes that specifically target and help to achieve the modernization goals outlined in this report. The tiger team will look to leverage regulatory reform efforts being conducted under legislative and executive order direction, while at the same time (i) maximizing the use of commercial products and services; (ii) Promoting competition; (iii) Minimize administrative operating costs; (iv) Conduct business with integrity, fairness, and openness; and (v) Fulfill public policy objectives. The tiger team’s recommendations shall be fully coordinated with the appropriate stakeholders before being adopted.',
        'Government-wide release', '180 days'),
    ]; SEC = 'Shared Services to Enable Future Network Architectures\nAccelerate Adoption of Cloud Email and Collaboration Tools'; ITM += [
    itm(SEC, '33', 'OMB',
        'Conduct a data call to agencies regarding their current email contracts, prices, and number of mailboxes.',
        'Government-wide release', '30 days'),
    itm(SEC, '34', 'Agencies',
        'Respond to OMB data call.',
        'OMB', 'Commensurate with timelines in the data call request'),
    itm(SEC, '35', 'OMB',
        'Convene a task force of agencies to finalize a set of requirements for both low and moderate security postures for email and cloud collaboration.',
        'Government-wide release', '30 days'),
    itm(SEC, '36', 'OMB',
        'Establish a comprehensive strategy for driving the accelerated migration of agency email and collaboration tools to the cloud for departments and agencies who have still not adopted cloud-based email.',
        'N/A', '60 days'),
    itm(SEC, '37', 'OMB',
        'Issue updated identity policy guidance for public comment.',
        'Government-wide release', '75 days'),
    itm(SEC, '38', 'OMB',
        'Assemble Acquisition Tiger Team, charged with drafting and disseminating a “quick start” acquisition package that can help agencies facilitate rapid license and migration service acquisitions. The package would include:\n• Market research,\n• Acquisition plans,\n• Templates for requesting quotes,\n• Identified sources of supply, and\n• Independent Government Cost Estimate calculation templates.',
        '[For internal action]', '90 days'),
    itm(SEC, '39', 'Acquisition Tiger Team',
        'Send out Request for Information (RFI) or conduct other market research activities to find qualified small business and socio-economic concerns to leverage set aside programs and other authorities to streamline the migration acquisitions to the greatest extent possible to identify qualified 8(a) companies that are able to assist agencies with migrations to email cloud technologies.',
        'Public release', '90 days'),
    itm(SEC, '40', 'OMB',
        'Create acquisition/migration cadres, consisting of information technology and acquisition specialists that will be sent to early adopter agencies to help with license and migration acquisitions-related challenges.',
        '[For internal action]', '180 days'),
    itm(SEC, '41', 'OMB, in coordination with GSA',
        'Create a pilot new acquisition tactics for cloud email and collaboration licenses including but not limited to those discussed above and outlined in Appendix D.',
        '[For internal action]', '240 days'),
    itm(SEC, '42', 'GSA',
        'Continue to work with existing cloud email and collaboration providers, and will prioritize approval of a FISMA-High offering.',
        '[For internal action]', 'None given'),
    ]; SEC = 'Shared Services to Enable Future Network Architectures\nImprove Existing and Provide Additional Security Shared Services'; ITM += [
    itm(SEC, '43', 'DHS, in partnership with GSA',
        'Complete the acquisition strategy for new, long-term task orders to offer CDM lifecycle support for Phases 3 and 4.',
        'Government-wide release', '60 days'),
    itm(SEC, '44', 'DHS',
        'Obtain initial ATO for CDM Group F Platform. Submit a plan to OMB that details the expectations and timelines for onboarding non-CFO Act agencies to the SSP.',
        '[For internal action]', '125 days'),
    itm(SEC, '45', 'DHS',
        'Complete the data exchanges between the agency- and Federal-level dashboards to provide enterprise-wide situational awareness of an agency’s cyber posture.',
        'OMB', '150 days'),
    itm(SEC, '46', 'DHS, in partnership with the Federal CIO Council',
        'Implement a concept of operations for the Federal dashboard as well as procedures to manage cyber risks across the Federal enterprise.',
        '[For internal action]', '180 days'),
    itm(SEC, '47', 'OMB, GSA, and DHS',
        'Identify potential offerings to provide SOC as a Service capabilities to other agencies across the Federal Government.',
        '[For internal action]', '180 days'),
    itm(SEC, '48', 'GSA, in coordination with OMB and DHS',
        'Lead contracting efforts to also offer commercially available SOC as a Service capabilities to Federal agencies.',
        'Government-wide release', '180 days'),
    itm(SEC, '49', 'Selected Agency/ies',
        'Provide a pricing model in alignment with the cloud migration strategy and timeline outlined within the Report.',
        'OMB and DHS', '210 days'),
    itm(SEC, '50', 'DHS',
        'Work with SOC-as-a-Service providers to ensure that NCPS and CDM capabilities and outcomes can be achieved and that the visibility remains aggregated across cloud and on premise security capabilities.',
        '[For internal action]', 'None given'),
]


# ====================================================================== 4. CIO Council IT workforce cards
# Future of the Federal IT Workforce Update (Federal CIO Council, May 2020; InDesign), original
# pp. 16-21 ("CONCLUSIONS: BUILDING THE IT WORKFORCE OF THE FUTURE" / "Recommendations").
# ONE SMALL TABLE PER ACTION ("cards"): a blue full-width title bar "N: <recommended action>"
# with a round badge at its right naming who leads (defined in the intro paragraph: CxO = CFOs,
# CHCOs and CISOs; C/A = Congressional and/or Administration leadership; CIO), then one row of
# two cells whose labels sit INSIDE the cells ("Recommendation:" | "Relevant Findings:" with
# bullets). Cards 5, 7 and 9 run onto the next page with no repeated title bar.
# Gold: action = the title after "N: " (the intro calls these items "actions"), ref = N,
# roles = the badge as printed, section = the "Recommendations" heading above the first card,
# the two body cells -> extra. No dates, no status.
FITW_SECTION = "Recommendations"


def fitw(ref, title, badge, recommendation, findings):
    return act(FITW_SECTION, title, ref=ref, roles=[badge],
               extra={"Recommendation": recommendation, "Relevant Findings": findings})


FITW = [
    fitw('1', 'Develop a New Governmentwide Special IT Pay System', 'C/A',
         'The current General Schedule (GS) pay system is both unable to adapt to the pace of technological change and unable to meet the expectations of the new generations of IT workers. While professionals in the mid-ranges of the GS scale perform well compared with their private sector counterparts, entry-level positions and senior executives lag behind in compensation. This makes it especially hard to recruit and retain top talent. Special pay authorities for the IT workforce, such as those implemented previously by Office of Personnel Management (OPM) and currently at Internal Revenue Service, have partially worked around these systemic pay issues. However, the Federal Government should take a comprehensive approach to modernizing compensation and promotion to better compete with the private sector.',
         '• The IT workforce performance evaluation process in the Federal Government varies between agencies and significantly differs from industry norms.\n• The required time investment by IT job seekers and compensation structure are the most significant barriers to Federal recruiting, and that structure limits career mobility.\n• Pilot programs in cybersecurity and digital services recruiting, hiring, and reskilling have enabled Government to innovate.\n• Highly qualified, diverse IT talent is entering the Federal workforce primarily through special hiring authorities.'),
    fitw('2', 'Move to a Competency-based Classification Model for All IT Positions', 'C/A',
         'Without a common framework for defining the exact makeup of the IT workforce, agencies have been left with a patchwork of criteria that is ill-suited for sharing or reuse. A capabilities-driven classification system for the entire Federal IT workforce, similar to the National Initiative for Cybersecurity Education framework, would empower valuable tools such as reskilling programs, detailing, and common reusable position descriptions. Combined with a special IT pay schedule, this would create a governmentwide system similar to the Cyber Talent Management System at Department of Homeland Security (DHS).',
         '• A modern IT workforce hiring process requires cooperation between trained IT SMEs and HR professionals.\n• Government job announcements may not be attracting the best applicants due to the length, complexity, and arcane nature of the Federal hiring process.\n• Pilot programs in cybersecurity and digital services recruiting, hiring, and reskilling have enabled Government to innovate.\n• Government IT experts are more effective and remain in their positions longer when they have access to cross-functional training and cross-agency detailing.\n• All Federal IT workforce policies, pilot programs, and other initiatives require additional qualitative, quantitative, and longitudinal data.'),
    fitw('3', 'Create Interdisciplinary Procurement Teams', 'CxO',
         'Productivity suffers when IT professionals are not involved in managing the contracts and vendor relationships that augment the IT workforce. Interdisciplinary procurement teams that have practical, hands-on experience managing modern technology solutions can be more responsive to the pace of innovation, decrease unnecessary costs, and improve outcomes. Government employees from contracting and procurement offices should involve their IT SME counterparts in the acquisition process for IT products and services, leveraging their skills and sharing knowledge.',
         '• Pilot programs in cybersecurity and digital services recruiting, hiring, and reskilling have enabled Government to innovate.\n• Industry and the Federal Government have both benefited from IT workforce-focused partnerships and exchanges.\n• Contractors are providing agility and expertise in technological niches.\n• Taxpayers get the best value from Government IT contracts when they are managed by acquisition officers and project managers with technology-specific training.'),
    fitw('4', 'Redesign the IT Recruiting and Hiring Processes to Attract Highly Qualified and Diverse Individuals', 'CxO',
         'The needs of the American people are underserved when Federal agencies recruit their IT workforce from limited talent pools. As such, Government should leverage commercial recruiting platforms and other proven methods such as job fairs and hackathons to attract the best available talent. Similarly, the hiring process should be redesigned in an industry-like manner, leveraging IT SMEs for job analysis and resume review and working alongside HR professionals, as recommended in the USDS-OPM hiring pilot.',
         '• A modern IT workforce hiring process requires cooperation between trained IT SMEs and HR professionals.\n• Government job announcements may not be attracting the best applicants due to the length, complexity, and arcane nature of the Federal hiring process.\n• The required time investment by IT job seekers and compensation structure are the most significant barriers to Federal recruiting, and that structure limits career mobility.\n• Pilot programs in cybersecurity and digital services recruiting, hiring, and reskilling have enabled Government to innovate.\n• Highly qualified, diverse IT talent is entering the Federal workforce primarily through special hiring authorities.'),
    fitw('5', 'Make Federal IT Career Paths More Attractive to the Workforce of the Future', 'CxO',
         'The IT professionals of the future will demand more geographic and organizational flexibility than the generations that came before them. To guard against this problem, Government should leverage regional office and telework options to meet top IT professionals where they live. This will help attract the best IT talent, regardless of whether they want to relocate to Washington, D.C., and will make Government work a more attractive option for shorter position terms. Additionally, the Federal Government should expand workforce rotational programs with industry. These programs can improve retention and the ability to adapt to the pace of technological innovation.',
         '• Pilot programs in cybersecurity and digital services recruiting, hiring, and reskilling have enabled Government to innovate.\n• High-tech workers desire a modern culture, office environment, and IT infrastructure.\n• Highly qualified, diverse IT talent is entering the Federal workforce primarily through special hiring authorities.\n• Government IT experts are more effective and remain in their positions longer when they have access to cross-functional training and cross-agency detailing.\n• Industry and the Federal Government have both benefited from IT workforce-focused partnerships and exchanges.'),
    fitw('6', 'Improve Recognition for the Best Performers and Innovators in Federal IT', 'CIO',
         'The highest-performing IT professionals want to be part of a culture that rewards hard work and promotes positive outcomes. With so many career options available to them in and out of government, retaining the IT workforce of the future will be more challenging. A modernized performance management and evaluation framework should be introduced to accompany the aforementioned special pay and classification systems in order to create a more attractive workplace for the best IT workers.',
         '• The IT workforce performance evaluation process in the Federal Government varies between agencies and significantly differs from industry norms.\n• High-tech workers desire a modern culture, office environment, and IT infrastructure.\n• Government IT experts are more effective and remain in their positions longer when they have access to cross-functional training and cross-agency detailing.'),
    fitw('7', 'Compare the Effectiveness of IT Workforce Programs with the Private Sector', 'C/A',
         'It is impossible to track performance of IT workforce initiatives without collecting and compiling enough relevant data. Leveraging a governmentwide classification framework for all IT workers, longer-term collection of longitudinal data on Federal IT workforce inputs and outcomes should be increased in frequency and depth.39 In addition, the Bureau of Labor Statistics should conduct a pilot program to determine the feasibility of collecting similar data for IT workers in the commercial sector.',
         '• The IT workforce performance evaluation process in the Federal Government varies between agencies and significantly differs from industry norms.\n• High-tech workers desire a modern culture, office environment, and IT infrastructure.\n• Industry and the Federal Government have both benefited from IT workforce-focused partnerships and exchanges.\n• All Federal IT workforce policies, pilot programs, and other initiatives require additional qualitative, quantitative, and longitudinal data.'),
    fitw('8', 'Expand Existing Pilot Programs to Improve Recruiting Efforts', 'CxO',
         'Some of the Federal Government’s greatest IT workforce success stories have come from small, agile teams that are able to innovate through the design and implementation of pilot programs. Once proof of concept has been demonstrated, these programs should be scaled in a controlled fashion in order to take advantage of any best practices that have been identified. Examples include job fair programs, hackathons, code challenges, and other public recruiting programs such as those undertaken at U.S. Agency for International Development (USAID), Department of Defense (DOD), OPM, and DHS.',
         '• A modern IT workforce hiring process requires cooperation between trained IT SMEs and HR professionals.\n• The required time investment by IT job seekers and compensation structure are the most significant barriers to Federal recruiting, and that structure limits career mobility.\n• Pilot programs in cybersecurity and digital services recruiting, hiring, and reskilling have enabled Government to innovate.\n• Highly qualified, diverse IT talent is entering the Federal workforce primarily through special hiring authorities.'),
    fitw('9', 'Increase Adoption and Long-Term Impact of Intragovernmental Augmentation Offerings', 'CIO',
         'Private sector contractors have long played an important role in augmenting the Federal IT workforce. However, intragovernmental IT workforce augmentation may be a better fit for situations in which knowledge transfer to agency staff is paramount or when internal resources are limited. Groups such as 18F, USDS, and the GSA Centers of Excellence provide agency customers with additional innovative capacity and agility. These groups are largely staffed by IT professionals with significant private sector experience and have a mission-focused mindset. However, these services are still underutilized. Their usage should be expanded through the application of working capital funds, and more opportunities should be created for underserved agencies to participate.',
         '• Pilot programs in cybersecurity and digital services recruiting, hiring, and reskilling have enabled Government to innovate.\n• Highly qualified, diverse IT talent is entering the Federal workforce primarily through special hiring authorities.\n• Government IT experts are more effective and remain in their positions longer when they have access to cross-functional training and cross-agency detailing.\n• Taxpayers get the best value from Government IT contracts when they are managed by acquisition officers and project managers with technology-specific training.'),
    fitw('10', 'Employ More Technical SMEs Who Are Trained as Project Managers', 'CIO',
         'The Federal Government can gain valuable expertise through the private sector contractors who augment the Federal IT workforce. However, one significant limitation is that the managers overseeing these contracts are often not technical SMEs. Agencies should recruit, reskill, and retain additional project managers with technical skills and knowledge. These technically minded project managers can work closely together with contracting officers to ensure that Government IT workforce contracts are performing in an efficient manner in support of their agencies’ missions.',
         '• Government IT experts are more effective and remain in their positions longer when they have access to cross-functional training and cross-agency detailing.\n• Contractors are providing agility and expertise in technological niches.\n• Taxpayers get the best value from Government IT contracts when they are managed by acquisition officers and project managers with technology-specific training.'),
]


# ====================================================================== 5. GSA containerization matrix
# Containerization Readiness Guide (GSA Office of Government-wide Policy, DCCOI PMO, 12 May 2021;
# Word for Microsoft 365), original pp. 24-28 = Appendix 1 "Container Transformation Maturity
# Matrix": five small ruled tables, one per page, each with its CAPTION ABOVE it ("Table 3.
# Container Transformation Maturity Matrix: Exploration" ... "Table 7. ...: Enterprise-wide
# Adoption") and its own header row Typical Agency Challenge | Recommended Action(s) to Address
# Challenges | Outcome of Action (header cells wrap). pdfplumber sees an empty spacer row
# between all rows. Gold: section = the caption, action = Recommended Action(s), OUTCOME = the
# Outcome of Action column, the challenge -> extra. No lead, no dates. Footnote markers in the
# cells are superscripts (Rev 5¹⁹, etc.)²⁰, Google)²¹) and kept as such.
CRG = []


def crg(section, action, outcome, challenge):
    return act(section, action, outcome=outcome, extra={"Typical Agency Challenge": challenge})


CRG_SEC = 'Table 3. Container Transformation Maturity Matrix: Exploration'
CRG.append(crg(CRG_SEC, 'Invest in workforce upskilling and target specific DevOps skills and training to integrate with container efforts',
    'Application development processes and teams that are prepared for seamless, efficient, and effective initial container adoption',
    'Limited to no DevOps practices in place; agency still has some waterfall principles in application development processes'))
CRG.append(crg(CRG_SEC, 'Develop business case for development modernization practices',
    'Skilled workforce to support the initial adoption and development of containerized applications and systems',
    'Little to no workforce knowledge of or experience with containers'))
CRG.append(crg(CRG_SEC, 'Showcase federal case studies to demonstrate potential ROI',
    'Potential for increased leadership support and necessary funding',
    'Low IT modernization budget or leadership prioritization'))
CRG.append(crg(CRG_SEC, 'Invest in IT infrastructure upgrades',
    'Improved infrastructure to better align with container adoption infrastructure needs',
    'Current reliance on physical hardware with some mix of VMs'))
CRG_SEC = 'Table 4. Container Transformation Maturity Matrix: Officially Sanctioned Effort'
CRG.append(crg(CRG_SEC, 'Diffuse skills from experienced professionals via informal/formal training and integrate with governmentwide communities and training for low-cost upskilling',
    'Moderately skilled workforce that is prepared to integrate key technologies and cloud efforts with container adoption',
    'Either a very limited number of experienced professionals for container efforts or a group of lightly trained IT professionals'))
CRG.append(crg(CRG_SEC, 'Develop an initial transformation roadmap and series of container-specific objectives and goals over a 3-to 5-year format',
    'Achievable and detailed plan with identified resource needs (people, technology, infrastructure, and funding) with clear outcomes and goals',
    'Lack of organized planning to scale and implement containers across the organization'))
CRG.append(crg(CRG_SEC, 'Create a clear-cut ROI methodology that resonates with leadership. Build-in success stories from other federal agencies, if possible',
    'Adoption efforts quickly move out of pilot status and into limited or long-term efforts',
    'Pilot efforts for containers struggle to gain visibility for leadership or fail to show quick wins and early ROI'))
CRG_SEC = 'Table 5. Container Transformation Maturity Matrix: Limited Production Migration'
CRG.append(crg(CRG_SEC, 'Conduct market research on and consider adopting complementary technologies such as a service mesh and container orchestration tools to help manage a more complex container environment',
    'IT teams move recurring or time-consuming tasks to automated technologies. Container ecosystem gains resource efficiency from new management systems, freeing up teams to focus on other value-add projects',
    'IT teams become overwhelmed with the increasing complexity of container environment'))
CRG.append(crg(CRG_SEC, 'Incorporate and adopt principles from NIST Publication 800-53 Rev 5¹⁹',
    'A proactive container adoption plan and project that aligns with existing federal security policies, limiting current and future roadblocks',
    'Consistently running into security policy roadblocks, throwing off project and migration timelines'))
CRG.append(crg(CRG_SEC, 'Explore opportunities to reduce costs by moving to CaaS/PaaS/IaaS offerings',
    'Balanced plan of mixed resources that maximize cost and government resources that gives agencies flexibility to scale at a reasonable cost',
    'Heavy reliance on managed services and difficulty reducing costs now that internal knowledge and expertise is increasing'))
CRG_SEC = 'Table 6. Container Transformation Maturity Matrix: Expansion'
CRG.append(crg(CRG_SEC, 'Expand the maturity of existing container orchestration tools and add integration from security, orchestration, scheduling, policy, and governance for a complete container management ecosystem',
    'Growing container infrastructure that scales with container expansion projects and begins integrating tools to create a comprehensive container management architecture',
    'Lack of load balancing and auto scaling as resources and complexity grow'))
CRG.append(crg(CRG_SEC, 'Explore opportunities for additional container automation tooling',
    'Teams see a decrease/same amount of manual IT work, even as container complexity grows',
    'Limited automation throughout container ecosystem'))
CRG.append(crg(CRG_SEC, 'Ensure that there is mastery through one vendor/provider before continuing onto others',
    'Increased confidence in adopting containers for a specific vendor/provider',
    'Difficulty adapting to different cloud service providers and infrastructure (AWS, Azure, Google, etc.)²⁰'))
CRG.append(crg(CRG_SEC, 'Conduct change management efforts to demonstrate ROI and benefits (use existing case studies) to Product Managers, System Owners, and executives',
    'Product Managers, System Owners, and executives that are open to adopting containers on legacy applications and systems',
    'Lack of movement to containers for legacy applications'))
CRG_SEC = 'Table 7. Container Transformation Maturity Matrix: Enterprise-wide Adoption'
CRG.append(crg(CRG_SEC, 'Consider investing in repeatable industry training programs for workforce (AWS, Microsoft, Google)²¹',
    'A highly trained and skilled IT team that can proactively identify and plan for cutting-edge tooling to constantly improve the state of containers within the organization',
    'Difficulty maintaining workforce skills with constantly changing market and industry products/tools'))
CRG.append(crg(CRG_SEC, 'Add additional tooling and integrate all management tools and solutions with a complete Container Management Architecture',
    'Container ecosystem and management system that automates the health and configuration of containers to optimize the performance, cost, and resource allocation of a portfolio of applications',
    'Limited automation of optimization of systems (self-healing, self-configurable, infrastructure, etc.)'))


def main():
    write("nys_dhses_hmgp_shmp_update_scope_of_work_2022.docx",
          "Hazard Mitigation Grant Program (HMGP) Planning Subapplication – Detailed Scope of Work",
          "New York State Division of Homeland Security and Emergency Services (NYSDHSES)",
          None, None, "docx", sow_actions())
    write("uk_location_programme_benefits_realisation_strategy_2012_pp26-26.pdf",
          "UK Location Programme Benefits Realisation Strategy",
          "UK Location Programme", None, None, "pdf", BRS)
    write("atc_report_to_the_president_federal_it_modernization_2017_pp52-58.pdf",
          "Report to the President on Federal IT Modernization",
          "American Technology Council", None, None, "pdf", ITM)
    write("federal_cio_council_future_of_federal_it_workforce_update_2020_pp16-21.pdf",
          "Future of the Federal IT Workforce Update",
          "Federal CIO Council", None, None, "pdf", FITW)
    write("gsa_containerization_readiness_guide_2021_pp24-28.pdf",
          "Containerization Readiness Guide",
          "General Services Administration, Office of Government-wide Policy", None, None, "pdf", CRG)
    if "--validate" in sys.argv:
        validate()


COLS = ["source_file", "action", "section", "ref", "responsible_roles", "timeframe", "timeframe_kind",
        "start_date", "end_date", "recurrence", "outcome", "status", "linkage", "extra"]


def validate():
    """Feed the gold back as a prediction ("*" replaced by a dummy) and score it."""
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "actions.csv"), "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(COLS)
            for fn in sorted(GOLD.glob("*.json")):
                g = json.load(open(fn, encoding="utf-8"))
                for a in g["actions"]:
                    row = [g["file"]]
                    for c in COLS[1:]:
                        v = a.get(c)
                        if v == "*":
                            v = "dummy"
                        if c == "responsible_roles":
                            v = "; ".join(v) if isinstance(v, list) else v
                        if c == "extra":
                            v = json.dumps(v, ensure_ascii=False)
                        row.append("" if v is None else v)
                    w.writerow(row)
        subprocess.run([sys.executable, SCORE, "--pred", tmp, "--gold", str(GOLD)], check=True)


if __name__ == "__main__":
    main()
