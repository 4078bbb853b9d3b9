#!/usr/bin/env python3
"""Hand-made gold for batch 3b (see SOURCES.md in this folder).

Every action row below was transcribed by reading the documents themselves: pdfplumber page
text, extract_tables() printouts and word/font positions, rendered page images (pypdfium2),
python-docx paragraphs/tables, antiword and a LibreOffice .doc -> .docx conversion made only
for reading. plan-ingest was never run on these files. Format: the gold JSON read by
/work/shared/real-plans/score.py; "*" = genuinely ambiguous, not scored.

Timeframe kind / dates / recurrence follow /work/shared/CONTRACT.md (the cell text decides,
UK day-first dates). Convention shared with the earlier UK batch: a bare month that is
either the month itself or a deadline gets kind and start_date "*", only end_date (identical
under both readings) is scored.

    python make_gold_b3b.py            # rewrites ./gold/*.json
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

NONE = (None, None, None, None)
ONGOING = ("ongoing", None, None, None)


def day(y, m, d):
    s = "%04d-%02d-%02d" % (y, m, d)
    return ("during", s, s, None)


def act(section, action, ref=None, roles=(), timeframe=None, tf=NONE, outcome=None, status=None,
        linkage=None, extra=None, recurrence=None):
    kind, start, end, rec = tf
    if recurrence is not None:
        rec = recurrence
    if timeframe is None:
        assert tf == NONE
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
    print("%-62s %3d actions" % (name, len(actions)))


# ------------------------------------------------------------------ 1. DH, The power of information (2012)
# Original pp. 94-100 (printed 91-97) = "Annex A: Summary of actions". Portrait, fully ruled,
# teal header band "Action in the strategy | NHS Future Forum Recommendation" repeated on every
# page; shaded full-width category rows (Commitment, Central action, Necessary Local Action,
# Encouraged Local Action) = section; a category runs on over page breaks without repeat.
# The actor is bold inside the action text; there is no lead, date or status column ->
# roles [], timeframe null (dates inside the text, "by 2015", are not a timeframe column).
# The recommendation-number column ("3", "3, 4, 5", empty) cross-references the NHS Future
# Forum recommendations -> linkage (information only), extra {}.
# The text layer uses a small-caps font: "nHS", "england", "royal", "regulators" are drawn
# as NHS, England, Royal, Regulators; the gold has what the page shows.
def dh(section, action, rec=None):
    return act(section, action, linkage=rec)


COM, CEN, NEC, ENC = "Commitment", "Central action", "Necessary Local Action", "Encouraged Local Action"
DH = [
    # p.1 (printed 91)
    dh(COM, "All NHS Patients will have secure online access, where they wish it, to their personal GP records by 2015 (by the end of this Parliament)\n"
            "By 2015, all general practices will be expected to make available electronic booking and cancelling of appointments, ordering of repeat prescriptions, communication with the practice and access to records to anyone registered with the practice that requests these services.", "3"),
    dh(COM, "All Patient data* (in publicly funded health and social care) should be identified by the NHS number as the primary identifier at the point of care by 2015. Local authorities are committed to working towards much better integration of our health and care information and the consistent use of NHS numbers.\n"
            "*some exceptions apply, for example small voluntary organisations and for specific public health services", "10"),
    dh(CEN, "Patients will be able to view online which GP Practices offer online access to records by 2013.", "3"),
    dh(CEN, "The Government has asked the Royal College of General Practitioners, working in partnership with patient groups and other professional organisations, to lead development of a plan, policy and procedures to support patient access and engagement with their GP records.", "3, 4, 5"),
    # p.2 (printed 92)
    dh(CEN, "The Department of Health, NHS Commissioning Board and Public Health England will work with national stakeholders to lead and coordinate plans to facilitate and enable establishment of the infrastructure for patients and service users to have secure online access to all their health and care records. This will include:\n"
            "• identification and authentication of patients and service users, in conjunction with other public services;\n"
            "• capability to enable patients and professionals to locate accessible electronic records held by all the services they have used; and\n"
            "• ways of sharing electronic copies of their records with people and organisations of their choice who can help in understanding and managing their health and care.", "6, 11"),
    dh(CEN, "Intellect has agreed to work with the Department of Health, NHS Commissioning Board and Public Health England to develop the evidence case for a ‘portal’ approach to patient and professional secure viewing of appropriate health and care records and information online."),
    dh(CEN, "The NHS Commissioning Board will consider publishing commissioning guidance for support to assist patients to make the best use of the information provided."),
    # p.3 (printed 93)
    dh(CEN, "The Department of Health, NHS Commissioning Board and Public Health England will work with national stakeholders, in particular including Monitor, Care Quality Commission and Royal Colleges, to publish a roadmap setting out a programme of work and ensuring implementation of standards for national and local networking of systems and to enable effective sharing of direct care information including:\n"
            "• unique identifier – NHS number;\n"
            "• professional record keeping (for instance the Academy of Medical Royal Colleges records standards and social care assessment);\n"
            "• terminology (including pathology and diagnostic imaging, medicines and devices, and clinical coding language); and\n"
            "• best-practice information governance and management."),
    dh(CEN, "All Providers of NHS-funded care (including social enterprises and AQPs), as part of their commissioning contracts with the NHS, will be given access to a limited number of NHSmail accounts to facilitate secure email communication where this is cost effective.", "6"),
    dh(CEN, "The Department of Health has already announced an independent review of information governance, led by Dame Fiona Caldicott.", "11"),
    dh(CEN, "The Department of Health will sponsor the provision of a comprehensive online ‘portal’ – to bring together the best of the relevant information on health, public health and care and support"),
    dh(CEN, "The Department of Health and other central bodies will, over time, stop providing certain information where this is better done by the market. For instance, we will no longer provide patient comment – instead we will show patient comment from a number of routes."),
    dh(CEN, "The Department of Health and the NHS Commissioning Board will bring together representatives from the voluntary sector, health and care professions and industry, to consider how to increase health literacy and support information producers to communicate effectively in ways that are meaningful to us as citizens, patients and service users.", "5"),
    # p.4 (printed 94)
    dh(CEN, "The Department of Health, NHS Commissioning Board and Public Health England will work with national stakeholders in line with the roadmap for the health and care sector, to make all data open, and to continue to improve the information available to better support transparency and patient choice. This will include:\n"
            "• simpler health and care performance metrics on the online portal;\n"
            "• the Health and Social Care Information Centre publishing all nationally held clinical data by April 2014, where possible by clinical team; and\n"
            "• the Health and Social Care Information Centre publishing assessments of the quality of data it makes available.", "14"),
    dh(CEN, "The NHS Commissioning Board will lead and coordinate work on developing commissioning data sets (the main data collection from secondary care) to allow data returns in SNOMED CT from April 2014."),
    dh(CEN, "The Department of Health and the Health and Social Care Information Centre will work with stakeholders to investigate reducing the administrative burden of gathering social care information for national use."),
    dh(CEN, "The Health and Social Care Information Centre will provide a secure data linkage service, complemented by the research data linkage service. This will be in place by September 2012."),
    dh(CEN, "The Department of Health and NHS Commissioning Board will work to pilot new ways to incentivise the use of integrated barcode medication administration systems in care homes by September 2014, including the use of Social Impact Bonds, with the results informing future plans for implementation across England."),
    dh(CEN, "The Department of Health will support a number of NHS trailblazer trusts in 2012 with improved adoption of new technologies in maternity services, including the development and use of necessary standards."),
    # p.5 (printed 95)
    dh(NEC, "A senior Clinician or Care Professional responsible for taking the lead in ensuring that information is organised and utilised effectively in support of better patient care should be identified in every organisation.", "13"),
    dh(NEC, "Commissioners and Regulators should, through regulatory and contract frameworks, ensure that information system procurement decisions are underpinned by robust business cases which ensure effective value for money and benefits realisation and that are in line with published information standards."),
    dh(NEC, "Providers should ensure they assess the capability and meet the training needs of their clinical and care professionals in the best-practice use of information as part of their routine development planning."),
    dh(NEC, "NHS organisations should actively seek out, respond positively and improve services in line with patient feedback. This includes acting on complaints, users’ comments, local and national surveys and results from ‘real-time’ data techniques.\n"
            "During 2012-13, in line with expectations in the NHS Operating Framework, the NHS will work towards implementing the ‘Friends and Family Test’ – a simple test where patients will be asked an easy-to-understand question about the care provided – with SHA clusters, including Midlands and East who are implementing a coordinated scheme, to share tools and know-how.", "16"),
    dh(NEC, "Providers and Commissioners should communicate electronically rather than using the post where possible – minimising the delay in treatment pathways and reducing manual processes.", "9"),
    dh(NEC, "Providers and Commissioners are encouraged to implement personal and professional access to view records across specialties and settings through ‘portals’ or other solutions."),
    # p.6 (printed 96)
    dh(ENC, "Patients and Service Users are encouraged to help their services by knowing and sharing their NHS number with professionals.", "10"),
    dh(ENC, "GP practices that can already provide their patients with online access to their records are encouraged to do so as soon as possible."),
    dh(ENC, "GPs are encouraged to extend the range of transactions that people can deal with online, for example:\n"
            "• electronic booking (and cancelation) of GP/nurse consultations;\n"
            "• repeat prescriptions and patient nomination of pharmacy (for online prescription services);\n"
            "• access to test results; and\n"
            "• online secure communications between GPs and patients.", "6"),
    dh(ENC, "Pharmacies are encouraged to provide electronic transmission of prescriptions using printed labels featuring barcode scanning for medicines.", "6"),
    dh(ENC, "Providers are encouraged to improve medicines management for safer, more effective care by:\n"
            "• building on the roll-out of NHS Electronic Prescription Service, delivery of ePrescribing outside GP practices (for example, hospitals), including the electronic exchange of medication information inside and outside organisations; and\n"
            "• using Automatic Identification and Data Capture (AIDC – barcodes/scanning) for hospital medication, including hospital manufactured medicines."),
    dh(ENC, "Providers are encouraged to ensure test results, X-rays and scans are exchanged safely between all settings by building on national information standards (such as the National Laboratory Medicines Catalogue), and ensure test orders and results are communicated in a standard, interoperable, electronic format."),
    # p.7 (printed 97)
    dh(ENC, "Providers are encouraged to ensure safer, quicker, more efficient care by transferring electronically all correspondence about patients and service users, including referrals, discharge summaries, medication details, assessments (including CAF), outcomes and letters, between professionals and services. These data transfers should be coded and structured as far as possible, in particular in respect of discharge diagnoses. This will enable increasingly automated derivation of national data sets, national statistics (such as Hospital Episode Statistics) and national outcome metrics."),
    dh(ENC, "Providers and Commissioners are encouraged to contribute to the ongoing development of the informatics profession across health and care and support by developing and implementing clear plans and strategies as part of their mainstream business planning, drawing on available best practice and support.", "13"),
    dh(ENC, "Providers are encouraged to use secure electronic links to transfer information from providers to service users."),
    dh(ENC, "Providers are encouraged to make wider use of innovative alternatives to face-to-face in health and care consultations where this improves value for money and patient experience."),
    dh(ENC, "Providers are encouraged to increase the use of mobile technologies for professional viewing and recording of information."),
    dh(ENC, "Providers are encouraged to be innovative in using technology to allow patients and service users to participate in their health and care. Examples include enabling service users to enter information into their care records, including self-assessed test results, feedback on treatment progress, updating demographic information and general comment. Suppliers are encouraged to develop their systems to allow this functionality in partnership with the services."),
    dh(ENC, "Providers are encouraged to make existing shared and patient-held records, such as maternity records and parents’ Red Book information, electronic and accessible to patients online."),
    dh(ENC, "All Local Authorities are encouraged to provide clients the choice of accessing their assessment and care plan information online as soon as IT systems allow."),
]


# ------------------------------------------------------------------ 2. DWP Open Data Strategy Refresh (Dec 2013)
# Original pp. 9-13 = section 3 "Engaging with key Stakeholders and data users". Every page is
# /Rotate 90 (landscape), one ruled grid table: full-width rows holding a bold numbered
# heading PLUS a description paragraph and bullets (section = the heading line only), a light
# blue empty spacer row between blocks, and the column header row
# "Activity | Description | To be first published on | Frequency of Publication |
#  Open Government Licence (Y/N)" printed ONCE, below the first full-width row (not the first
# row of the table). Rows split over page breaks: 3.2 (its date cell "Next meeting being
# arranged for January" | "2014" and the rest of its description continue on p.2) and 3.4.7
# (last bullet continues on p.5) - one action each, texts joined.
# action = the whole Description cell (bold title line + paragraphs + bullets; URLs broken at
# a hyphen are joined without a space). ref: "Activity 3.1" cells (type label + number) -> "*";
# plain "3.4.1" cells -> scored. No lead column -> roles []. Date column: "31.12.14" is a
# UK day-first date (one day, kind during); "Next meeting being arranged for June 2014" ->
# the month or a deadline: kind/start "*", end scored. Frequency of Publication is a separate
# column (6 monthly / Quarterly / N/A): kept in extra; recurrence "*" where it names a repeat
# (a tool may or may not carry it into recurrence), null where N/A.
def dwp(section, ref, action, date, tf, freq, ogl):
    return act(section, action, ref=ref, timeframe=date, tf=tf,
               recurrence=("*" if freq != "N/A" else None),
               extra={"Frequency of Publication": freq, "Open Government Licence (Y/N)": ogl})


W1 = "3.1 Welfare Sector Transparency Board (WSTB)"
W2 = "3.2 DWP Open Data Group"
W3 = "3.3 Engagement with external data users and the Open Data Institute (ODI)"
W4 = "3.4 Feedback from key stakeholders and data users"
MONTH_OR_DUE = lambda end: ("*", "*", end, None)
DWP = [
    dwp(W1, "*", "To continue to use the WSTB to help us identify opportunities for making more public data available for re-use including:\n"
                 "• prioritising new datasets to be released via Stat-Xplore thereby meeting open standards for format and release\n"
                 "• assessing potential interest in ALBs datasets\n"
                 "Full details including minutes and outcomes from the meetings are published at: https://www.gov.uk/government/policy-advisory-groups/welfare-sector-transparency-board",
        "Next meeting being arranged for June 2014", MONTH_OR_DUE("2014-06-30"), "6 monthly", "N/A"),
    dwp(W2, "*", "At the meeting in March 2013 members of the group agreed to expand the existing membership of external data users from 8 to 15 by including additional membership from academia, Local Authorities and data users in the private sector.\n"
                 "The group has been expanded to include the additional representation and met in their new format on Thursday 26th September 2013\n"
                 "Full details including minutes and outcomes from the meetings are published at: https://www.gov.uk/government/policy-advisory-groups/welfare-sector-transparency-board-external-stakeholder-group",
        "Next meeting being arranged for January 2014", MONTH_OR_DUE("2014-01-31"), "Quarterly", "N/A"),
    dwp(W3, "*", "DWP dataset owners will proactively engage with external users and the Open Data Institute to test the demand for new DWP datasets.\n"
                 "In September 2013 DWP attended the Energy and Environment Open Data policy workshop to cover DWP data sharing with the Department of Energy and Climate Change (DECC) / energy providers to tackle fuel poverty. A follow up ‘ Challenge Definition Day’ has been arranged",
        "Ongoing", ONGOING, "N/A", "N/A"),
    dwp(W3, "*", "Open Data Certificate for DWP datasets currently released on data.gov.uk\n"
                 "DWP currently publishes datasets on data.gov.uk which meet open standards set out in the five star rating system. We will explore the potential for obtaining an Open Data Certificate awarded by the ODI for Stat-Xplore (see item 4.4.3) and new DWP datasets released on data.gov.uk giving priority to the datasets included in the NII and make the outcome available through data.gov.uk",
        "31.12.14", day(2014, 12, 31), "N/A", "Y"),
    dwp(W4, "3.4.1", "Data. Gov.UK\n"
                     "Feedback from data.gov.uk provides a monthly breakdown of which datasets are most popular and broadly who is using them. We will use this information to measure our data usage and provide an indication of which DWP datasets are of most interest http://data.gov.uk/data/site-usage/dataset/department-for-work-and-pensions",
        "Ongoing", ONGOING, "N/A", "N/A"),
    dwp(W4, "3.4.2", "Stat-Xplore registered users\n"
                     "Over 500 users have registered since the launch of Stat-Xplore in May 2013. This new user community will be used to assess demand, test and evaluate enhancements we make to Stat-Xplore such as improved mapping, data cubes and new releases.\n"
                     "As result of feedback from registered users we have already made further improvements including increasing the size of tables for guest users, introducing a hierarchy for geographical breakdowns and rounding monetary values from the nearest £1 to the nearest pence",
        "Ongoing", ONGOING, "N/A", "N/A"),
    dwp(W4, "3.4.3", "DWP’s Transparency Mail Box\n"
                     "A general transparency mail box has been set up as part of the DWP Transparency / Open Data webpage. We will continue to use this as a means of feedback from the public on DWP’s Transparency / Open Data agenda mailto:transparency.opendata@dwp.gsi.gov.uk",
        "Ongoing", ONGOING, "N/A", "N/A"),
    dwp(W4, "3.4.4", "Freedom of Information (FoI) requests\n"
                     "The commencement of a new FoI clause in Sept 2013 requires the release in a reusable format of raw datasets requested under FoI. We will use this process to help inform our understanding of the demand for DWP datasets https://www.gov.uk/make-a-freedom-of-information-request",
        "Ongoing", ONGOING, "N/A", "N/A"),
    dwp(W4, "3.4.5", "Open Data User (ODUG)\n"
                     "We have received 8 DWP data requests from the ODUG feedback process. Moving forward we will use these data requests to identify potential new DWP releases for publication on data.gov.uk",
        "Ongoing", ONGOING, "N/A", "N/A"),
    dwp(W4, "3.4.6", "Engaging with Information Asset Owners (IAOs) across DWP and ALBs\n"
                     "We will continue to engage with our IAOs and ALBs to ensure the department’s dataset inventory (unpublished datasets) continues to be comprehensive and up to date.\n"
                     "We will develop business as usual processes which identify unpublished datasets when they are created and ensure they are added to the inventory. DWP will publish details of this process by March 2014. The process will include:\n"
                     "• Supporting data owners to publish their dataset, and if required, setting up a session with the Information Commissioners Office (ICO) to provide advice on best practice for releasing datasets. Linking the dataset to data.gov.uk and ongoing monitoring of the NII datasets.\n"
                     "• Ensuring data holders regularly reconsider the usefulness of their data and assess it on data.gov.uk by April 2014\n"
                     "This will help us to embed the ‘open data by default’ culture across the department and it’s ALBs",
        "31.3.14", day(2014, 3, 31), "N/A", "N/A"),
    dwp(W4, "3.4.7", "Cabinet Office published progress reports\n"
                     "DWP will continue to contribute to these Government progress summaries each quarter by providing Cabinet Office with updates on:\n"
                     "• The comprehensiveness of DWP’s unpublished dataset inventories starting with the return for QTR 4 2013/14\n"
                     "• Routine cross government publications via quarterly written ministerial statements\n"
                     "• Other activities including engagement with users to identify further usage of DWP date starting with the QTR 4 2013/14 return",
        "30.6.14", day(2014, 6, 30), "Quarterly", "N/A"),
    dwp(W4, "3.4.8", "Feedback from customers on-line access to their own personal data\n"
                     "DWP’s digital strategy sets out how the department will become digital by default providing high quality digital services which people prefer. The strategy sets out key actions to achieve this under the following 4 key themes:\n"
                     "• Delivering high quality digital services\n"
                     "• Supporting people to use our services\n"
                     "• Changing the way we make policy\n"
                     "• Transforming how we work\n"
                     "Over time our major services will be largely accessed on-line, allowing people to access and update their records at a time that suits them whilst offering better value for money.\n"
                     "Universal Credit and Personal Independence Payment will be digital by default and will enable people to manage their individual accounts and change their personal details\n"
                     "Latest feedback shows that we have achieved the 80 percent Jobbseeker’s Allowance (JSA) online target one month early. The department has been working to support people to use our on-line services for their JSA claim which has resulted in 82.5 % of JSA claims ‘in month’ being completed through the on-line service compared to 32.1% a year ago",
        "Ongoing", ONGOING, "N/A", "N/A"),
]


# ------------------------------------------------------------------ 3. LPDP actions report, November 2011 (DOC)
# Word 97-2003 binary (antiword / LibreOffice). Title paragraph, month line, numbered intro
# paragraph, one ruled table "Issue | Action | Follow-up", 8 rows. Issue = a per-row topic ->
# section (as in the corpus' May 2012 LPDP report); Follow-up = status/progress text as
# printed (whole cell, paragraphs as lines; "Spotlight on Spend" has no status word). No owner
# column (the actor is inside the action text: "Steve Peters to ...", "DCLG to ...") -> roles [];
# no date column -> timeframe null. A first-column cell with a manual line break
# ("Cabinet Office Consultation – / Public Data Corporation") is one section.
def lpdp(section, action, follow):
    return act(section, action, status=follow)


LPDP = [
    lpdp("Cabinet Office Consultation – Making Open Data Real", "Views of the Panel to be conveyed to the Transparency Board.", "Completed."),
    lpdp("Cabinet Office Consultation – Public Data Corporation", "Collect peoples concerns and submit to PDC consultation.", "Completed. http://bit.ly/uKzhCp"),
    lpdp("Making a difference with data", "Steve Peters to discuss options offline with Janet Hughes and William Perrin.", "Ongoing. Further update will be given at the meeting."),
    lpdp("CIPFA datasets", "DCLG to clarify with CIPFA what existing data can be made openly available. Also explore potential to change the current model of data returns so that it better meets open data needs while still meeting CIPFA’s charitable purpose.",
         "Ongoing – In discussions afterwards, Julian was keen to emphasise that making CIPFA data openly available would undermine the current business model (and ability to meet its charitable purpose) unless an alternative funding source were made available.\n"
         "We have arranged to meet Julian Mund and Chris Greene to discuss the practicalities further."),
    lpdp("Spotlight on Spend", "Chris Taggart to follow up on possible discrepancy between the open data published and that input into the Spikes Cavell propriety service.",
         "Further contact with Spotlight on Spend has confirmed that the aggregated data used for their propriety systems is based on all spend data, whereas the raw data files published to data.gov.uk only contain data on spend over £500."),
    lpdp("Panel’s position statement on FOI, public services/private companies and open data", "Position Statement to be published.", "Completed. http://bit.ly/pDFRBd"),
    lpdp("Arms Length Body data", "The Cabinet Office should provide a further update on securing ALB data.",
         "Ongoing + Table attached on abolished/transferred bodies.\n"
         "CO has ensured all Departments are aware of the guidance on data legacy, and will be following up further with Departments in the future.\n"
         "Moving forward, CO intend to run workshops for Departments to discuss how their reforms can be used as an opportunity to make Government more transparent, and to help them meet their obligations to retain and make-available public information/data. They will be able to give an update on this at January meeting."),
    lpdp("Parish Councils", "DCLG to engage National Association of Local Councils on publication of parish database.",
         "Ongoing. The NALC database contains details of around 9600 Parish and Town Councils. It contains Name, address, contact details, tel no., and principle authority (or District authority/ county association). NALC expect to be able to make available the database, excluding the address and contact details, very shortly and link this to Data.gov.uk.\n"
         "The next stage will be to go through the address and contact details individually, redacting those which are personal, and making the rest available.\n"
         "In the longer term, they have already started negotiations with the County Associations for personal contact details to be replaced with eg X Parish Council @ format."),
]


# ------------------------------------------------------------------ 4. ODUG action log, 14 May 2013 (PDF)
# Word -> PDF, portrait, 3 pages: title, a "-" bullet note "All actions for next meeting unless
# otherwise stated", then ~20 small boxed 2-column tables (action | italic status) WITHOUT
# header rows, each under a heading line: bold top-level headings (Secretariat, Collaboration
# Space, ODUG Benefits Cases, Open Data Licensing – GS/JTe, Data.gov.uk Workstream,
# Communications Workstream, KPIs and Risk, Other) and italic sub-headings under "ODUG Benefits
# Cases" (National Address Dataset – Lead HS/BB, ...). Two tables run over a page break with no
# heading repeated (DVLA p.1->p.2, Communications p.2->p.3). Status cells wrap
# ("Carried / forward" -> "Carried forward").
# section = the heading line directly above the table, as printed (same convention as the
# corpus' 12 March 2013 ODUG log); the table under "General" sits below two stacked headings
# ("ODUG Benefits Cases", "General") -> "*". This PDF has NO owner column: the only owner
# information is "Lead XX" / "– GS/JTe" inside some headings; whether that is the responsible
# for each row is a reading -> roles "*" under such headings, [] under headings without one.
# No timeframe column (the document-level note is not a cell) -> timeframe null.
def odug(section, action, status):
    lead_heading = " Lead " in section or section.endswith("GS/JTe")
    return act(section, action, roles=("*" if lead_heading else ()), status=status)


CF = "Carried forward"
O_SEC, O_COL, O_NAD = "Secretariat", "Collaboration Space", "National Address Dataset – Lead HS/BB"
O_HWO, O_VAT = "Historic Weather Observations – Lead JC", "VAT Register – Lead PM"
O_OS = "OS Derived Data Licensing Restrictions – with River Networks and Rights of Way - Lead GS"
O_CAD, O_DVLA = "Cadastral land polygons – Lead BB", "DVLA Bulk data – Lead JTe"
O_LG, O_CC = "Local Government data – Lead GS", "Charity Commission Register- Lead AM"
O_EPC, O_CP = "Energy Performance Certificates – Lead PM", "CodePoint with Polygons"
O_LIC, O_DGU, O_COM = "Open Data Licensing – GS/JTe", "Data.gov.uk Workstream", "Communications Workstream"
O_KPI, O_OTH = "KPIs and Risk", "Other"
ODUG = [
    # p.1
    odug(O_SEC, "Circulate minutes and actions from thirteenth meeting", "New"),
    odug(O_SEC, "Publish note and actions from thirteenth meeting on data.gov.uk", "New"),
    odug(O_COL, "Advise ODUG members when they need to log into the collaboration space to prioritise new tranches of data requests", "Ongoing"),
    odug("*", "Publish all new, so far unpublished, benefits cases", "New"),
    odug(O_NAD, "Survey of ~20 SMEs on use of National Address Data and PAF", CF),
    odug(O_NAD, "Investigate through conversations with local authorities where they are trying to use the PAF, but having difficulties", "New"),
    odug(O_NAD, "Clarify the full list of postcodes in ONS’ public postcode record", "New"),
    odug(O_HWO, "Meeting of working group scheduled for 24 May", "New"),
    odug(O_VAT, "Secure plan for release of this dataset from HMRC", CF),
    odug(O_OS, "Meet with the Environment Agency about flooding data", CF),
    odug(O_OS, "Redevelopment of benefits case for rights of way", "Completed"),
    odug(O_OS, "Refine benefits case in line with comments arising from discussions", "New"),
    odug(O_OS, "Send letter to OS articulating ODUG asks on derived data licensing", CF),
    odug(O_OS, "Set up meeting with OS", CF),
    odug(O_CAD, "Final stakeholder consultation and then publish benefits case", "New"),
    odug(O_DVLA, "Develop benefits case", "Completed"),
    # p.2
    odug(O_DVLA, "Refine benefits case in light of ODUG comments", "New"),
    odug(O_LG, "GS and JT to meet Transparency Team to identify data requests for quick resolution", "Completed"),
    odug(O_CC, "Minister to write to Charity Commission", CF),
    odug(O_EPC, "Develop benefits case", CF),
    odug(O_CP, "Develop benefits case", "Completed"),
    odug(O_CP, "Transparency Team to share additional information with CR", "Completed"),
    odug(O_CP, "Send letter to Ordnance Survey requesting information on the costs of including of CodePoint in OS OpenData portfolio", "New"),
    odug(O_LIC, "ODUG and ODI to deliver joint paper on Open Data Licensing Issues", CF),
    odug(O_DGU, "Data.gov.uk to provide number of visits for each ODUG benefits case", CF),
    odug(O_DGU, "Add display of progress on Open Data Strategy commitments to reporting tool", CF),
    odug(O_DGU, "Include supportive data requests from legacy list into current work", CF),
    odug(O_DGU, "ODUG to write to 2depts. about progress on data publication commitments in respective the Pipeline and their Open Data Strategy Commitments", CF),
    odug(O_DGU, "ODUG to meet with DGU and Transparency Team on updates to ODUG pages on DGU", CF),
    odug(O_COM, "Set up facility for sentiment monitoring for ODUG and provide a baseline assessment", CF),
    odug(O_COM, "ODUG Branding", CF),
    odug(O_COM, "Draw up and share key points to make and slides on ODUG", CF),
    odug(O_COM, "ODUG schedule of comms events and stakeholder engagement plan", CF),
    # p.3
    odug(O_COM, "Draft ODUG 6-month review", CF),
    odug(O_COM, "Develop plan for an ODUG event – including location and timing", "Completed"),
    odug(O_COM, "Identify data for ODUG event – with at least four week’s notice", "New"),
    odug(O_KPI, "Review for next meeting", "Ongoing"),
    odug(O_OTH, "Transparency Team to undertake a gap analysis of ODUG membership for skills and sectors", "Completed"),
    odug(O_OTH, "Plan and launch recruitment campaign for new ODUG members at the end of April", CF),
]


def main():
    write("dh_power_of_information_2012_pp94-100.pdf",
          "The power of information: Putting all of us in control of the health and care information we need",
          "Department of Health", None, None, "pdf", DH)
    write("dwp_open_data_strategy_refresh_2013_pp9-13.pdf", "Open Data Strategy Refresh",
          "Department for Work and Pensions", None, None, "pdf", DWP)
    write("lpdp_local_public_data_panel_actions_report_2011-11.doc", "Local Public Data Panel – Actions Report",
          "Local Public Data Panel", None, None, "doc", LPDP)
    write("odug_action_log_2013-05-14.pdf", "ODUG Action Log – 14 May 2013", "Open Data User Group",
          None, None, "pdf", ODUG)
    # controls (0 actions)
    write("haresfield_parish_council_minutes_2020-01.docx", "Minutes of Haresfield Parish Council Meeting",
          "Haresfield Parish Council", None, None, "docx", [])
    write("gloucester_city_council_finance_team_cabinet_report_2026.pdf",
          "Resource Requirements for GCC Finance Team", "Gloucester City Council", None, None, "pdf", [])


if __name__ == "__main__":
    main()
