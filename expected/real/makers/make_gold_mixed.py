#!/usr/bin/env python3
"""Hand-made gold for the documents in ./docs (mixed formats; see SOURCES.md).

Every action row below was transcribed from a printout of the document (lxml for HTML,
an ODF content.xml walk for ODT, xlrd for XLS, antiword for DOC, openpyxl for XLSX);
plan-ingest was not used. Format: the gold JSON read by ../../shared/real-plans/score.py
("*" = not scored). Timeframe kind / dates follow the timeframe rules of CONTRACT.md
(the text alone decides).

    python make_gold_mixed.py            # rewrites ./gold/*.json
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

TF = {  # timeframe text as printed -> (kind, start, end, recurrence)
    None: (None, None, None, None),
    "Ongoing": ("ongoing", None, None, None),
    "TBC": ("unknown", None, None, None),
    # months without a year (TB action log Deadline column)
    "August": ("unknown", None, None, None),
    "September": ("unknown", None, None, None),
    "October": ("unknown", None, None, None),
    "November": ("unknown", None, None, None),
    "December": ("unknown", None, None, None),
    "As soon as possible": ("unknown", None, None, None),
    # LPDP comms plan: real Excel dates shown with the mmm-yy format -> the month
    "Feb-10": ("during", "2010-02-01", "2010-02-28", None),
    "Mar-10": ("during", "2010-03-01", "2010-03-31", None),
    "May-10": ("during", "2010-05-01", "2010-05-31", None),
    # "March 2010" delivery plus ongoing maintenance: during March 2010 or from March 2010
    "March 2010 (Maintenance ongoing)": ("*", "*", "*", None),
    # month without a year plus "Ongoing": unknown or ongoing; no date either way
    "March/Ongoing": ("*", None, None, None),
}


def act(section, action, ref=None, roles=(), timeframe=None, outcome=None, status=None,
        linkage=None, extra=None):
    kind, start, end, rec = TF[timeframe]
    return {"section": section, "ref": ref, "action": action, "responsible_roles": list(roles),
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
    print("%-62s %3d actions" % (name, len(actions)))


# ------------------------------------------------------------------ P1. CEQ Federal Sustainability Plan
# Strategy matrix (HTML table). Goal number and goal text are rowspan cells on the left (no
# header: an empty <th colspan=2>); "Actions" column; six focus-area columns marked with "•".
# section = goal text. The goal number belongs to the goal, not the action -> ref "*".
# The goal text is also a target ("... by 2030") -> outcome "*". No lead, no timeframe.
# A commented-out row (<!-- Address equity -->) is not part of the page.
FOCUS = ["CFE", "Fleet", "Buildings", "Procurement", "Adaptation", "Net-Zero Emmisions Operations by 2050"]
G1 = "100% Carbon Pollution-Free Electricity (CFE) by 2030, including 50% on a 24/7 basis"
G2 = "100% Zero-Emission Vehicle (ZEV) Acquisitions by 2035, including 100% light-duty acquisitions by 2027"
G3 = "Net-Zero Emissions Buildings by 2045, including a 50% reduction by 2032"
G4 = "Net-Zero Emissions Procurement by 2050"
G5 = "Net-Zero Emissions Operations by 2050, including a 65% reduction by 2030"
G6 = "Climate Resilient Infrastructure and Operations"


def ceq(goal, action, marks):
    assert len(marks) == 6 and set(marks) <= {"x", "."}
    extra = {h: "•" for h, m in zip(FOCUS, marks) if m == "x"}
    return act(goal, action, ref="*", outcome="*", extra=extra)


CEQ = [
    ceq(G1, "Aggregate CFE purchases across regions and agencies", "xxxxxx"),
    ceq(G1, "Seek ways to pilot and accelerate promising CFE sources", "x.xxxx"),
    ceq(G1, "Develop public and private sector partnerships", "x..x.x"),
    ceq(G1, "Establish the 100% 24/7 CFE Federal Leaders Working Group", "x..x.x"),
    ceq(G2, "Optimize agency fleet management", ".xxxxx"),
    ceq(G2, "Align financial planning", ".xxx.x"),
    ceq(G2, "Expand vehicle charging infrastructure", "xxxxxx"),
    ceq(G2, "Improve workforce understanding and effect cultural change", ".xxx.x"),
    ceq(G2, "Provide State, Tribal, and local government fleets opportunities to benefit from Federal efforts", ".x.x.."),
    ceq(G2, "Establish the ZEV Fleets Federal Leaders Working Group", "x....x"),
    ceq(G3, "Build for net-zero emissions", "xxxxxx"),
    ceq(G3, "Implement the Federal Building Performance Standards", "x.xx.x"),
    ceq(G3, "Increase energy and water efficiency", "xxxxxx"),
    ceq(G3, "Reduce waste, minimize use of toxic materials, and drive markets for recycled products", "..xx.x"),
    ceq(G3, "Achieve higher levels of sustainability in owned and leased buildings", "xxxxxx"),
    ceq(G3, "Leverage private sector investment", "xxxxxx"),
    ceq(G3, "Drive sustainable and equitable siting", "xxx..."),
    ceq(G3, "Establish the Net-Zero Emissions Buildings Federal Leaders Working Group", "..x..x"),
    ceq(G4, "Require major Federal suppliers to publicly disclose GHG emissions and climate risks, and set science-based targets to reduce emissions", "xxxx.x"),
    ceq(G4, "Launch a Buy Clean intiative for low-carbon materials", ".xxx.x"),
    ceq(G4, "Change Federal procurement rules to minimize the risk of climate change, including factoring in the social cost of GHG in to procurement decisions", "xxxxxx"),
    ceq(G4, "Maximize the procurement of sustainable products and services", "xxxxxx"),
    ceq(G4, "Establish the Net-Zero Emissions Procurement Federal Leaders Working Group, including a Buy Clean Task Force", "xxxxxx"),
    ceq(G5, "Use 100% CFE by 2030, including 50% on a 24/7 basis", "x....x"),
    ceq(G5, "Achieve 100% ZEV Acquisitions by 2035", ".x...x"),
    ceq(G5, "Achieve Net-Zero Emissions Buildings by 2045", "..x..x"),
    ceq(G5, "Achieve Net-Zero Emissions Procurement by 2050", "...x.x"),
    ceq(G5, "Partner with public, private, and nonprofit sector leaders", "xxxx.x"),
    ceq(G6, "Routinely assess climate vulnerabillities and risks", "xxxx.x"),
    ceq(G6, "Modernize Federal policy, programs, operations, and infrastructure to support climate resilient investment", "xxxx.x"),
    ceq(G6, "Establish the Climate Adaptation and Resilience Federal Leaders Working Group", "xxxx.x"),
]


# ------------------------------------------------------------------ P2. ODUG Action Log, 12 March 2013 (ODT)
# Word-made ODT: a heading paragraph, then a small 3-column table with NO header row
# (action | owner initials | status); 20 tables. Owners split on "/" (initials as written).
# Status column: Completed / New / Carried forward / Ongoing ("Ongoing" is a status here, not a
# timeframe). No timeframe column ("All actions for next meeting unless otherwise stated" is a
# document-level note) -> timeframe null. section = heading paragraph above the table; the
# table under "General" sits below two stacked headings ("ODUG Benefits Cases", "General") -> "*";
# the headingless second table under "Data.gov.uk Workstream" keeps that heading.
S_SEC, S_COL, S_NAD = "Secretariat", "Collaboration Space", "National Address Dataset – Lead HS/BB"
S_HPP, S_HWO, S_VAT = ("Historic Price Paid Information – Lead SH", "Historic Weather Observations – Lead JC",
                       "VAT Register – Lead PM")
S_OS = "OS Derived Data Licensing Restrictions – with River Networks and Rights of Way - Lead GS"
S_CAD, S_DVLA, S_LG = "Cadastral land polygons – Lead BB", "DVLA Bulk data – Lead PM", "Local Government data – Lead GS"
S_CC, S_EPC, S_LIC = ("Charity Commission Register- Lead AM", "Energy Performance Certificates – Lead PM",
                      "Open Data Licensing – GS/JTe")
S_DGU, S_COM, S_KPI, S_OTH = "Data.gov.uk Workstream", "Communications Workstream", "KPIs and Risk", "Other"


def odug(section, action, owner, status):
    roles = [r.strip() for r in owner.split("/") if r.strip()]
    return act(section, action, roles=roles, status=status)


ODUG = [
    odug(S_SEC, "Circulate minutes and actions from eleventh meeting", "TJ", "Completed"),
    odug(S_SEC, "Publish note and actions from eleventh meeting on data.gov.uk", "TJ", "New"),
    odug(S_SEC, "Send BIS DSB team electronic invites to all scheduled ODUG meetings", "TJ", "New"),
    odug(S_COL, "Advise ODUG members when they need to log into the collaboration space to prioritise new tranches of data requests", "TJ/JT", "Ongoing"),
    odug("*", "Recast current Benefits Cases into the newly agreed format", "All", "New"),
    odug(S_NAD, "Write-up background assumptions to numbers in National Address Dataset Benefits paper", "BB", "Completed"),
    odug(S_NAD, "Draft ODUG response to Ofcom consultation on PAF licensing – deadline 21 March 2013", "BB", "Completed"),
    odug(S_NAD, "Incorporate Group comments to draft response to Ofcom consultation", "BB", "Completed"),
    odug(S_NAD, "Survey of ~20 SMEs on use of National Address Data and PAF", "BB", "Carried forward"),
    odug(S_NAD, "Provide feedback to Group on progress of DSB implementation report – waiting on draft from BIS", "HS", "Carried forward"),
    odug(S_HPP, "Identify further cases studies to support Historic Price Paid Information benefits case", "SH", "Carried forward"),
    odug(S_HPP, "Set up meeting with Land Registry", "EP", "New"),
    odug(S_HWO, "Contact Met data-user SMEs for input to benefits case. TJ to provide some new contacts", "TJ/JC", "Carried forward"),
    odug(S_HWO, "Set up meeting with Met Office, including other potential users of Met Office Historic Weather Observations", "TJ/JC", "New"),
    odug(S_VAT, "Strengthen and expand evidence base for benefits case", "PM", "New"),
    odug(S_VAT, "Paper to Transparency Board", "HS", "New"),
    odug(S_OS, "Meet with the Environment Agency about flooding data", "CR/JT", "Carried forward"),
    odug(S_OS, "Set up meeting with OS", "HS", "New"),
    odug(S_CAD, "Develop benefits case", "BB", "Carried forward"),
    odug(S_DVLA, "Nominate lead ODUG member for this benefits case", "TJ", "Completed"),
    odug(S_DVLA, "Develop benefits case", "PM", "New"),
    odug(S_LG, "Nominate lead ODUG member for this benefits case", "TJ", "Completed"),
    odug(S_LG, "Develop benefits case", "GS/AM/JT", "New"),
    odug(S_CC, "Nominate lead ODUG member for this benefits case", "TJ", "Completed"),
    odug(S_CC, "Develop benefits case", "AM", "New"),
    odug(S_EPC, "Nominate lead ODUG member for this benefits case", "TJ", "Completed"),
    odug(S_EPC, "Develop benefits case", "PM", "New"),
    odug(S_LIC, "ODUG and ODI to deliver joint paper on Open Data Licensing Issues", "JTe/GS", "Carried forward"),
    odug(S_DGU, "Data.gov.uk to provide number of visits for each ODUG benefits case", "RA", "Carried forward"),
    odug(S_DGU, "Coordinate use and application of statuses externally on data.go.uk and internally on collaboration space", "TJ/JT", "Completed"),
    odug(S_DGU, "Add display of progress on Open Data Strategy commitments to reporting tool", "JT", "Carried forward"),
    odug(S_DGU, "Review privacy implications for the new reporting tool", "JT", "Completed"),
    odug(S_DGU, "Feedback on final version of proposed dataset reporting tool (when advised ready to review)", "All", "Completed"),
    odug(S_DGU, "Work with data.gov.uk team on feasibility assessment of posting reporting tool on the data.gov.uk site", "JT/ TJ/ RA", "Completed"),
    odug(S_DGU, "Propose comms plan for launching reporting tool", "JT/TJ", "Completed"),
    odug(S_DGU, "Include supportive data requests from legacy list into current work", "CR/JT", "Carried forward"),
    odug(S_DGU, "ODUG to write to depts. about progress on data publication commitments in respective the Pipeline and their Open Data Strategy Commitments", "TJ/JT", "Carried forward"),
    odug(S_DGU, "Review of all legacy requests to make sure those appropriate to use for support of current ODUG benefits cases are taken into account", "SH", "New"),
    odug(S_COM, "Set up facility for sentiment monitoring for ODUG and provide a baseline assessment", "JT", "Carried forward"),
    odug(S_COM, "ODUG Branding", "DL/PM", "Carried  forward"),
    odug(S_COM, "Draw up and share key points to make and slides on ODUG", "DL", "Carried forward"),
    odug(S_COM, "ODUG schedule of comms events and stakeholder engagement plan", "DL/EP", "Carried forward"),
    odug(S_COM, "Draft ODUG 6-month review", "DL/TJ", "New"),
    odug(S_COM, "Develop plan for an ODUG event", "DL/EP", "Carried forward"),
    odug(S_KPI, "Review for next meeting", "TJ/HS", "Ongoing"),
    odug(S_OTH, "Publish minutes of Code of Practise Workshop on data.gov", "AM/TJ", "Completed"),
]


# ------------------------------------------------------------------ P3. LPDP communications plan 2010 (XLS)
# Sheet "Comms Plan": title cell (merged A1:E1), header Ref | Output/Activity | Objectives |
# Issues/Dependencies | Date; full-width merged rows Events / Web / Media / Resources / Other
# (section). Ref as printed ("1.1", stored as numbers). Output/Activity = action; Objectives
# (● bullets) = outcome; Issues/Dependencies -> extra. Date column mixes real dates shown as
# mmm-yy (Feb-10 ...), TBC, Ongoing and free text. No responsible or status column.
# Sheet "Stakeholders" (stakeholder matrix) holds no actions.
def lpdp(section, ref, action, objectives, issues, date):
    extra = {"Issues/Dependencies": issues} if issues else {}
    return act(section, action, ref=ref, timeframe=date, outcome=objectives, extra=extra)


LPDP = [
    lpdp("Events", "1.1", "Local Data Exchange (LDEx) sounding board workshop",
         "• Support from LPDP local authorities and LGA to help CLG scope approach to engaging with a potential group of LA early adopters.",
         None, "Feb-10"),
    lpdp("Events", "1.2", "Developer Hack Day",
         "• Event to bring local authorities and developers together to consider practical uses for local public data.\n"
         "• LA Exemplars will be invited to supply data for developers to create useful applications over the course of the day. Applications will then be made available to LAs to feature on local websites; data.gov.uk. Developers paid for their time.\n"
         "• View to holding more days if model is successful (see Appendix B).",
         None, "May-10"),
    lpdp("Events", "1.3", "Developer/Activist Event",
         "• Potential to hold an event to make the demand side case for freeing up local data and use the core messages to communicate out to the local authority and local public sector audience.",
         None, "TBC"),
    lpdp("Events", "1.4", "LA targeted events",
         "• Consider existing networks and specific events that provide a potential forum for stakeholder engagement.\n"
         "• Possible forums include:\n- Digital Britain Roadshow\n- County Council Network\n- London Councils\n- Regional Performance Management Groups\n- Benchmarking Clubs",
         "• Panel members to advise of other potential forums/events\n• Agree key messages\n"
         "• Preparation of supportive materials (also option for promotional products for data.gov.uk)",
         "Ongoing"),
    lpdp("Events", "1.5", "Digital Britain Roadshow",
         "• Build local public data agenda messages into digital inclusion agenda (Digital Inclusion Taskforce).\n"
         "• Consider opportunities to be involved in DIT events.",
         "• Subject to discussion with Digital Inclusion Taskforce", "TBC"),
    lpdp("Web", "2.1", "Promote agenda and work of LPDP via data.gov.uk",
         "• Develop content on data.gov.uk web page to promote the work of the panel and progress against the local public data agenda.\n"
         "• Consider inclusion of different types of media to generate interest and develop understanding among stakeholder groups (YouTube clips; applications/tools developed incorporating local).\n"
         "• Clear messsages for how LAs and Developers can participate/contribute/engage.\n"
         "• Advertise LA Exemplar title.",
         None, "March 2010 (Maintenance ongoing)"),
    lpdp("Web", "2.2", "Engagement via digital channels",
         "• Use online media and social networking sites to engage with digital community.\n"
         "• Continued monitoring and responsive planning by LPDU.",
         "• Support from Panel members to generate discussion where possible", "Ongoing"),
    lpdp("Media", "3.1", "Policy announcement",
         "• Option for policy announcement on progress against Smarter Government, including Local Information Partnerships (LIPs) and the Local Data Exchange (LDEx)\n"
         "• Include announcement on Local Authority Exemplar title.\n"
         "• Follow up with signposting via digital channels (Twitter; data.gov.uk).",
         "• Approval of Local Authority Exemplars model\n"
         "• Engagement via digital channels will require support of Panel members (Tweets)",
         "TBC"),
    lpdp("Media", "3.2", "Ongoing media opportunities",
         "• Continued liaison with CLG Press Office & MPDP communications network to identify opportunities for publicity.",
         None, "Ongoing"),
    lpdp("Resources", "4.1", "Produce a series of materials to support LDPD communications",
         "• Production of Q&As/promotional materials for use by the LPDP for presentations and web content.",
         "• Information on examples of local public data as guidance for local authorities subject to activity in data workstream",
         "March/Ongoing"),
    lpdp("Resources", "4.2", "Promotional products",
         "• Option for development of promotional products for data.gov.uk targeting LAs.",
         None, "Mar-10"),
    lpdp("Other", "5.1", "Letter to LA Chief Executives to advise on LDPD agenda",
         "• Communicating information about the public data agenda, inviting them to use and place data sets on data.gov.uk and engage with the Panel's work.",
         "• Subject to formulation of agreed messages", "Mar-10"),
    lpdp("Other", "5.2", "Promotion of LA Exemplars",
         "• Use of following mediums to promote opportunity to be named as an LA Exemplar:\n- Data.gov.uk\n- press release\n- letter to LA Chief Execs\n- upcoming events",
         "• Approval of LA exemplars model", "Mar-10"),
]


# ------------------------------------------------------------------ P4. Transparency Board Action Log, 15 Nov 2011 (DOC)
# Word 97-2003 .doc. Title line in a frame/table above; table 1 (open actions) and table 2
# (header "Actions completed"), both Meeting date & action number | Action | Deadline | Progress.
# The first column holds only the meeting date (when the action was set, not a deadline) ->
# ref "*" and kept in extra. Deadline months have no year -> unknown. Progress -> status.
# section: the only heading above table 1 is the document title; table 2 is labelled only by its
# header cell -> "*" for all rows. No owner column -> roles [].
MD = "Meeting date & action number"


def tb(meeting, action, deadline, progress):
    return act("*", action, ref="*", timeframe=deadline, status=progress, extra={MD: meeting})


TB11 = [
    tb("02/03/2011", "Transparency Board members to be kept informed of the progress of the right to data paper and post legislative scrutiny processes.", "Ongoing", "On track"),
    tb("08/02/2011", "Cabinet Office Transparency Team to work with the Department for Transport to set up a meeting with the Highways Agency to discuss what data they are currently releasing, how and what they plan to release going forward.", "Ongoing", "On track"),
    tb("19/05/2011", "URI project team to discuss with the Contract Finder team a) how URIs can be included in the information provided, and b) ways in which this would help Government better understand supplier activity, e.g. the proportion of SMEs bidding for Government contracts.", "November", "On track"),
    tb("08/06/2011", "HMT financial reporting policy team to consider workshop challenge approach recommended by the Board.", "August", "Plan in place"),
    tb("08/06/2011", "Transparency team officials to liaise with CLG, ShEx and CO colleagues in the first instance to raise the issue of policy ownership of geo-spatial addressing.", "August", "Plan in place"),
    tb("19/07/2011", "Transparency Board to be updated on the position of work relating to business unique identifiers as a commitment in the recent PM Letter", "September", "Plan in place"),
    tb("19/07/2011", "The Transparency Board requested that the Met Office outline their programme to put more data out under Open Government Licence, by providing the timescales and costs for making site specific forecasts for 5,000 UK sites, updated every hour, to 3 websites (mirrors) which will then project the information across the internet.", "September", "Plan in place"),
    tb("19/07/2011", "Met Office to outline their programme to put more data out under Government Licence", "December", "Plan in place"),
    tb("06/09/2011", "Transparency Team to follow up with a discussion with EA about the planned business models in relation to charging and open data", "October", "Plan in place"),
    tb("06/09/2011", "Transparency team to follow up with a discussion with EA about the planned business models in relation to charging and open data", "November", "Plan in place"),
    tb("11/10/2011", "Transparency Team to work with the National Archives to consider how the business case process for charging could be enhanced", "December", "Plan in place"),
    tb("11/10/2011", "BIS to forward the latest Public Data Corporation proposals to the Transparency Board", "As soon as possible", "Initial stages"),
    tb("19/05/2011", "Transparency Board and MCO to convene a meeting with the Information Commissioner and the Home Office minister to understand the key challenges of offender level information due for publication next year.", "September", "Initial stages"),
    tb("19/05/2011", "URI project team to engage with the Office for Fair Trading and National Council for Voluntary Organisations (NCVO) to determine how to apply this initiative to government grants and contracts with charities.", "August", "Initial stages"),
    tb("08/06/2011", "CLG to provide the Transparency Board with a copy of the proposed contract with Royal Mail for the Postal Address File agreement between CLG and the data provider for comment.\nThis action has now passed to BIS.", "August", "Initial stages"),
    tb("19/11/2010", "Cabinet Office Transparency Team with Transparency Board input to consider whether it would be useful to develop a data ‘validator’ and how best to go about this", "Ongoing", "Completed"),
    tb("19/05/2011", "Companies House to discuss OGL licensing further with the Cabinet Office Transparency Team", "August", "Complete"),
    tb("02/03/2011", "Transparency Board members to be actively involved in the PDC ShEx discussions.  ShEx to provide a progress report to the Board in due course and to explore the potential for PDC advisory groups to do the same", "Ongoing", "Complete"),
]


# ------------------------------------------------------------------ P5. CIO Council migration runbook (XLSX)
# Published template ("Template" card on cio.gov): title row, header Phase | Task | Ownership |
# Dates/Weeks of | NOTES, header frozen at A3. Phase is repeated on every row (side label)
# -> section. Ownership/Dates/Notes are blank (a few cells hold only spaces) -> roles [],
# timeframe null. Blank rows 23 and 50 separate the three blocks; several tasks repeat verbatim
# in the three "Validation" blocks.
def mig(phase, task):
    return act(phase, task)


DEV, VAL, APR, PROD, CUT, REC = ("Development", "Validation", "Approval", "Application - PROD",
                                 "Cutover Go live actions/tasks", "Application - PROD - Recovery")
MIG = [
    mig(DEV, "Install IIS and MSSQL"),
    mig(DEV, "Configure IIS and MSSQL"),
    mig(DEV, "Network Security Group Changes"),
    mig(DEV, "Install APP and Database (Server software)"),
    mig(DEV, "Import data (DB Restore copy of Prod DB)"),
    mig(DEV, "Configure APP/C Server (including certs)"),
    mig(DEV, "Install and Configure APP Client ( and Azure side clients)"),
    mig(DEV, "Configure Load balancer (validate Cert Needs)"),
    mig(DEV, "Configure On prem Sever ( Side)"),
    mig(DEV, "Firewall Changes"),
    mig(DEV, "Update DNS"),
    mig(VAL, "Check that hostname and IP resolve properly"),
    mig(VAL, "validate USER access (Application Admins using IE from workstations)"),
    mig(VAL, "Check SSL certs (invoke SSL between SN & APP)"),
    mig(VAL, "DMNE Client functionality (access, local profile, master profile -across ESL's)"),
    mig(VAL, "Connectivity of Application (update jobs, check in times, etc.)"),
    mig(VAL, "validate connection to profile shares from APP and updates to master profiles"),
    mig(VAL, "validate new user creation"),
    mig(APR, "Agency business approval/signoff"),
    mig(APR, "Initiate security scans"),
    mig(PROD, "Stand up APP and Database Servers"),
    mig(PROD, "Import data (DB Restore copy of Prod DB)"),
    mig(PROD, "Configure APP/C Server (including certs)"),
    mig(PROD, "Configure Load balancer (validate Cert Needs)"),
    mig(PROD, "Network Security Group Changes"),
    mig(PROD, "Initiate Security Scans"),
    mig(PROD, "Azure Monitoring"),
    mig(PROD, "Azure Logging"),
    mig(PROD, "Azure Backup"),
    mig(PROD, "Operations & Readiness Review - Plus RACI"),
    mig(PROD, "ATO"),
    mig(CUT, "Firewall Changes"),
    mig(CUT, "Take Application off line"),
    mig(CUT, "Stop APP Services at Data Center"),
    mig(CUT, "Copy production DB, move to Azure, Import data (DB Restore copy of Prod DB)"),
    mig(CUT, "Start APP Services at Azure"),
    mig(CUT, "Transition Load Balancer (Shut done Data Center LB and turn on Azure LB)"),
    mig(CUT, "Restart Application"),
    mig(CUT, "Update DNS"),
    mig(VAL, "Check that hostname and IP resolve properly"),
    mig(VAL, "validate NMC access (Application Admins using IE from workstations)"),
    mig(VAL, "Check SSL certs (invoke SSL between SN & APP)"),
    mig(VAL, "APP Client functionality (access, local profile, master profile -across ESL's)"),
    mig(VAL, "Connectivity of Application (update jobs, check in times, etc.)"),
    mig(VAL, "validate new user creation"),
    mig(APR, "Agency business approval/signoff"),
    mig(REC, "Firewall Changes"),
    mig(REC, "Take APP off line"),
    mig(REC, "Stop APP Services at Azure"),
    mig(REC, "Turn Off VMs on Azure"),
    mig(REC, "Turn on VMs at Data Center"),
    mig(REC, "Start APP Services at Data Center"),
    mig(REC, "Transition Load Balancer (Shut down Azure LB and turn on Data Center LB)"),
    mig(REC, "Update DNS"),
    mig(VAL, "Check that hostname and IP resolve properly"),
    mig(VAL, "validate USER access (Application Admins using IE from workstations)"),
    mig(VAL, "Check SSL certs (invoke SSL between SN & APP)"),
    mig(VAL, "APP Client functionality (access, local profile, master profile -across ESL's)"),
    mig(VAL, "Connectivity of Application (update jobs, check in times, etc.)"),
    mig(VAL, "validate connection to profile shares from APP and updates to master profiles"),
    mig(VAL, "validate new user creation"),
]


def main():
    # ---- plans
    write("ceq_federal_sustainability_plan_strategy_matrix_2021.html", "Federal Sustainability Plan Strategy Matrix",
          "Council on Environmental Quality", None, None, "html", CEQ)
    write("odug_action_log_2013-03-12.odt", "ODUG Action Log – 12th March 2013",
          "Open Data User Group", None, None, "odt", ODUG)
    write("lpdp_local_public_data_communications_plan_2010.xls",
          "DRAFT Local Public Data Communications Plan (March - August 2010)",
          "Local Public Data Panel", "2010-03-01", "2010-08-31", "xls", LPDP)
    write("transparency_board_action_log_2011-11-15.doc", "Transparency Board Action Log as 15 November 2011",
          "Public Sector Transparency Board", None, None, "doc", TB11)
    write("cio_council_application_migration_runbook_checklist_2020.xlsx", "Application Migration Runbook (Checklist)",
          "Federal CIO Council", None, None, "xlsx", MIG)
    # ---- controls (no action table)
    write("hhs_iam_program_charter_2009.docx", "IAM@HHS Program Charter",
          "US Department of Health & Human Services", None, None, "docx", [])
    write("gsa_section508_fy24_assessment_prepost_analysis.xlsx",
          "Pre and Post Analysis For FY24 Governmentwide Section 508 Assessment",
          "General Services Administration", None, None, "xlsx", [])
    write("smc_state_of_the_nation_conditions_of_childhood_index.csv",
          "CI1 Conditions of childhood by UK 205 regions (table format)",
          "Social Mobility Commission", None, None, "csv", [])
    write("oxford_city_council_contract_register_2017.csv", "Contract Register June 2017",
          "Oxford City Council", None, None, "csv", [])
    write("ceq_federal_scope3_emissions_fy2023.html", "Federal Scope 3 Emissions",
          "Council on Environmental Quality", None, None, "html", [])


if __name__ == "__main__":
    main()
