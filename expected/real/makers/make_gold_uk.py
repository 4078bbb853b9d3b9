#!/usr/bin/env python3
"""Hand-made gold for the UK documents in ./docs (see SOURCES.md).

Every action row below was transcribed by reading the page text, the pdfplumber table
printout / word positions and the rendered page images (ODT: content.xml paragraphs),
not produced by plan-ingest. Format: the gold JSON read by ../../shared/real-plans/score.py;
"*" = not scored (genuinely ambiguous reading).

Timeframe kind / dates / recurrence follow the timeframe rules of /work/shared/CONTRACT.md
(the text decides). One extra convention, used where a column header itself says the
value is a deadline ("Due by", "Deadline"): a bare month such as "June 2010" can be read
as the month (during, 2010-06-01..2010-06-30) or as a deadline (due, end 2010-06-30);
kind and start_date are then "*" and only end_date (the same under both readings) is scored.

    python make_gold_uk.py            # rewrites ./gold/*.json
"""
import calendar
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({"Sept": 9, "Mar": 3, "Apr": 4})


def month_end(y, m):
    return "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1])


def month_start(y, m):
    return "%04d-%02d-01" % (y, m)


def during_month(y, m):
    return ("during", month_start(y, m), month_end(y, m), None)


def due_month(y, m):
    return ("due", None, month_end(y, m), None)


def deadline_month(y, m):
    """A bare month in a "Deadline"/"Due by" column: during or due -> only end scored."""
    return ("*", "*", month_end(y, m), None)


UNKNOWN = ("unknown", None, None, None)
ONGOING = ("ongoing", None, None, None)
NONE = (None, None, None, None)
ALL_STAR = ("*", "*", "*", "*")


def act(section, action, ref=None, roles=(), timeframe=None, tf=NONE, outcome=None, status=None,
        linkage=None, extra=None):
    kind, start, end, rec = tf
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
    print("%-70s %3d actions" % (name, len(actions)))


# ------------------------------------------------------------------ 1. Cabinet Office OGP NAP 2013
# Original pp. 51-57 = Annex A "Commitments overview" (pages /Rotate 90, landscape, ruled).
# Header No. | Commitment | Lead department(s) | Supporting civil society organisations |
# Grand challenges (five UNNAMED sub-columns marked "X"), repeated on every page.
# Full-width theme rows = section. No timeframe / status / outcome column.
# extra: "Supporting civil society organisations" as printed, "Grand challenges" as the five
# marks in column order ("-" = empty cell).
def ogp(section, ref, action, lead, cso, marks):
    return act(section, action, ref=ref, roles=lead,
               extra={"Supporting civil society organisations": cso, "Grand challenges": marks})


OD = ("Open data: radically opening up government data for greater accountability, public "
      "service improvement and economic growth")
GI = ("Government integrity: fighting corruption and strengthening democracy through transparent "
      "government")
FT = "Fiscal transparency: helping citizens to follow the money"
EC = "Empowering citizens: transforming the relationship between citizens and governments"
NR = ("Natural resources transparency: ensuring natural resources and extractive revenues are used "
      "for public benefit")
BIS = "Department for Business, Innovation and Skills"
OGP = [
    ogp(OD, "1", "The UK government will continue to develop and list an inventory of all the datasets it owns, whether published or unpublished, in order to identify the National Information Infrastructure (NII) – the datasets which are likely to have the broadest and most significant economic and social impact if made available. The identification of the NII will facilitate discussions to prioritise the release of these datasets.",
        ["Cabinet Office"], "Open Knowledge Foundation, Open Rights Group, OpenCorporates", "X X X X X"),
    ogp(OD, "2", "NHS England will work with governments and civil society organisations internationally to create an online space to share experiences of embedding high quality standards into information, with a view to building an accreditation scheme to enable citizens and organisations to assess their progress.",
        ["NHS England"], "Not applicable", "X X X - -"),
    ogp(OD, "3", "The UK government will issue a Local Authorities Data Transparency Code requiring local authorities to publish key information and data. This will place more power into citizens’ hands and make it easier for local people to contribute to the local decision making process and help shape public services.",
        ["Department for Communities and Local Government"], "Compact Voice", "- X X - -"),
    ogp(OD, "4", "By 2015, the UK aims to be the most transparent social investment market in the Open Government Partnership and G20, in line with the Open Data Charter principles.",
        ["Cabinet Office"], "Big Lottery Fund, Big Society Capital, City of London Bridges Trust, Social Enterprise UK", "X - X X X"),
    ogp(OD, "5", "The UK government will manage and capture digital records and there will be a comprehensive, accessible and timely paper and digital record of UK government available to the citizen.",
        ["The National Archives"], "The International Records Management Trust", "- X X - X"),
    ogp(GI, "6", "The UK government will, for the first time, bring together all of the UK’s anti-corruption efforts under one cross-government anti-corruption plan.",
        ["Home Office"], "BOND Anti-Corruption Group: Article 19, CAFOD, Christian Aid, Corruption Watch, Global Witness, Integrity Action, ONE, Public Concern at Work, Tearfund, The Corner House, Transparency International UK", "X X - X X"),
    ogp(GI, "7", "The UK government will lead by example by creating a publicly accessible central registry of company beneficial ownership information. The registry will contain information about who ultimately owns and controls UK companies.",
        [BIS, "HM Treasury"], "CAFOD, Global Witness, ONE, Open Knowledge Foundation, OpenCorporates, Oxfam, Save the Children, Christian Aid, Tearfund, Transparency and Accountability Initiative, Transparency International UK", "- X - - X"),
    ogp(GI, "8", "The UK government will establish by 1 January 2014 a high level working group to ensure greater transparency and accessibility of police records in England and Wales. The group will explore the range of options for achieving this, including bringing police force records under legislative control, by adding police forces to the Public Records Act 1958, alongside other options that may not require legislation. The working group will report with a clear proposal and action plan by 30 June 2014.",
        ["Home Office"], "The International Records Management Trust", "X X X - X"),
    ogp(GI, "9", "The UK government will promote the principles of transparency and accountability in all government-funded construction projects in the domestic and international arenas, including, in the period up until 2015:\n• working with others in government and civil society to identify suitable projects for the application of the Construction Sector Transparency Initiative (CoST) in the UK\n• using its bilateral and multilateral relationships to encourage the establishment of at least four new national CoST programmes in countries where DFID is working",
        ["Department for International Development (DFID)", "Infrastructure UK"], "Construction Sector Transparency Initiative (CoST), Engineers Against Poverty, Institution of Civil Engineers, Integrity Action, Transparency International UK", "X X X X -"),
    ogp(GI, "10", "The UK government will:\n• promptly publish all new primary and secondary legislation on legislation.gov.uk\n• bring the revised versions of primary legislation on legislation.gov.uk up to date by the end of 2015 and keep them up to date subsequently\n• make legislative data available in an open and accessible format to allow people to re-use content under terms of the UK’s Open Government Licence",
        ["The National Archives"], "Involve, The Democratic Society", "X X - - X"),
    ogp(GI, "11", "The UK government is committed to ensuring a strong legislative framework to encourage workers to speak up about wrongdoing, risk or malpractice without fear of reprisal.",
        [BIS], "Public Concern At Work, Transparency International UK", "X X X X X"),
    ogp(FT, "12", "The UK government endorses the principles of open contracting. We will build on the existing foundation of transparency in procurement and contracting and, in consultation with civil society organisations and other stakeholders, we will look at ways to enhance the scope, breadth and usability of published contractual data.",
        ["Cabinet Office"], "CAFOD, Compact Voice, Global Witness, Integrity Action, ONE, Open Knowledge Foundation, The Institute for Government", "- X X - X"),
    ogp(FT, "13", "The Scottish government broadly endorses the principles of ‘open contracting’ and commits to work with civil society and wider stakeholder groups to improve transparency in its procurement practices as part of our continuing programme of procurement reform.",
        ["Scottish government"], "Civil society organisations to be consulted in 2014", "X X X - X"),
    ogp(FT, "14", "The UK government will show leadership in transforming the transparency of global development assistance by publishing information on official development assistance (ODA) in line with the International Aid Transparency Initiative (IATI) Standard, so that UK assistance can be tracked through the delivery chain.",
        ["Department for International Development"], "Development Initiatives, Integrity Action, ONE, OpenCorporates, Publish What You Fund", "X X X - X"),
    ogp(EC, "15", "NHS England will be improving the quality and breadth of information available to citizens to support them to participate more fully in both their own health care and in the quality and design of health services which will result in greater accountability of NHS England.",
        ["NHS England"], "Macmillan Cancer Support, Nuffield Trust", "X X X - -"),
    ogp(EC, "16", "The UK government will demonstrate the potential of open policy making by running at least five ‘test and demonstrate projects’ across different policy areas. These will inform how open policy making can be deployed across the civil service.",
        ["Cabinet Office"], "Compact Voice, Involve, The Democratic Society", "X - - - X"),
    ogp(EC, "17", "The UK government will identify innovative and effective ways to engage the public in policy involving complex scientific and technological innovation through the Sciencewise Programme.",
        [BIS], "The Democratic Society", "X - X - X"),
    ogp(EC, "18", "The UK government will publish legislation in a draft format on GOV.UK whenever appropriate, in order to enable and promote public involvement and engagement in proposed changes to the law.",
        ["Cabinet Office", "Office of the Parliamentary Counsel"], "Compact Voice, Involve, The Democratic Society", "- X - - X"),
    ogp(EC, "19", "The UK government will ensure the OpenDataCommunities programme continues to free up DCLG’s evidence-base from literally thousands of disconnected spreadsheets, so that it can be quickly and easily discovered, combined and re-used over the web alongside related third party sources.",
        ["Department for Communities and Local Government (DCLG)"], "Not applicable", "X X X X X"),
    ogp(EC, "20", "The UK government will transpose into UK law and implement European legislation on the re-use of public sector information early, delivering the obligation on public sector bodies to make their information available for re-use.",
        ["The National Archives"], "Open Knowledge Foundation, Open Rights Group", "X X - - -"),
    ogp(NR, "21", "The UK government will implement and internationally champion a global standard of financial transparency and accountability in the extractive industries (oil, gas and mining) on the part of governments and companies, in line with the principles in the G8 Open Data Charter.",
        [BIS, "Department for International Development", "Foreign and Commonwealth Office", "HM Treasury"], "CAFOD, Christian Aid, Global Witness, ONE, Open Knowledge Foundation, OpenCorporates, Publish What You Pay, Tearfund", "- X X - X"),
]


# ------------------------------------------------------------------ 2. Cabinet Office NII 2013
# Original pp. 10-17 (native landscape, ruled, "UNCLASSIFIED" running header/footer).
# Annex A (p.10 of the original = p.1 of the cut): a two-column table with NO header row:
# action | date. Section = the heading above it. No ref, no lead column.
# Annex B (pp.11-17): No. | Commitment | Lead Dept | Deadline | Status at October 2013,
# header on p.11 only; full-width chapter rows = section; rows 6 and 18 are split across
# pages (continuation rows with empty No./Lead/Deadline cells) - one action each.
# The PDF's font maps ‘ ’ to „ ‟ in the text layer; the gold has the characters as seen on
# the page (‘ ’).
NA = "Annex A: NII Commitments and Next Steps"


def niia(action, tft, tf):
    return act(NA, action, timeframe=tft, tf=tf)


def niib(section, ref, action, lead, tft, tf, status):
    return act(section, action, ref=ref, roles=lead, timeframe=tft, tf=tf, status=status)


C1 = "Chapter One – Data strategy and National Core Reference Data"
C2 = "Chapter Two - Driving the next phase of delivery"
C3 = "Chapter Three – Trading Funds and support for open data"
C4 = "Chapter four – Building data analysis capacity in the UK"
C5 = "Chapter five - Maximising the benefit from personal data"
DEPTS_ALBS = ("*", "*", "*", None)   # "April 2014 (Depts) Sept 2014 (ALBs)": two deadlines, range?
NII = [
    niia("Data.gov.uk team will develop a process to identify datasets which have not yet been listed by departments", "February 2014", during_month(2014, 2)),
    niia("Departments, including their arm’s length bodies, will ensure that their list of unpublished datasets is comprehensive.", "March 2014", during_month(2014, 3)),
    niia("Departments will develop internal processes to identify unpublished datasets when they are created and ensure that they are added to the inventory on data.gov.uk", "March 2014", during_month(2014, 3)),
    niia("The Cabinet Office will work with departments, ALBs, and the Open Data User Group to develop a programme of engagement with users to encourage greater assessment of datasets", "March 2014", during_month(2014, 3)),
    niia("Departments will provide release dates for datasets included in the first iteration of the NII, where there are no barriers to publication, and, where there are barriers, provide an explanation for non-publication", "March 2014", during_month(2014, 3)),
    niia("Departments will set out arrangements they have put in place to describe the provenance and ensure the quality and regularity of the release of data they have within the NII", "March 2014", during_month(2014, 3)),
    niia("The Cabinet Office will work with the Local Government Association and the Local Public Data Panel to determine how best to consider local authority datasets into future iterations of the NII.", "April 2014", during_month(2014, 4)),
    niia("Departments will develop internal processes which ensure that data holders regularly reconsider the use cases for their data", "April 2014", during_month(2014, 4)),
    niia("All central government departments will highlight those datasets which they must provide on a statutory basis, followed by their ALBs.", "April 2014 (Depts) Sept 2014 (ALBs)", DEPTS_ALBS),
    niia("All central government departments will highlight those datasets which it considers fall under their public task, followed by their ALBs.", "April 2014 (Depts) Sept 2014 (ALBs)", DEPTS_ALBS),
    niia("Departments will report through the Transparency Quarterly Written Ministerial Statement (QWMS) on the comprehensiveness of their unpublished dataset inventories starting with the QWMS return for quarter 4", "June 2014", during_month(2014, 6)),
    niia("Departments will ensure that they make public their assessment of the impact of the release of datasets", "June 2014", during_month(2014, 6)),
    niia("Departments will report through the Transparency QWMS on the work they are undertaking to engage new users in helping to define further uses for their data starting with the QWMS return for quarter 4.", "June 2014", during_month(2014, 6)),
    niia("Departments should put all their datasets currently available under the Open Government Licence through the Open Data Institute’s open data certification process, giving priority to the datasets included in the NII, and make the outcome available through data.gov.uk", "December 2014", during_month(2014, 12)),
    niia("Cabinet Office will work with departments and ALBs to more broadly disseminate best practice in relation to the release of open data and to highlight examples and models of moving from charged data to open data", "December 2014", during_month(2014, 12)),
    # Annex B
    niib(C1, "1", "The National Data Strategy will be taken forward through the Information Economy Strategy, published today, and we will set out our implementation plans through the UK Open Government Partnership (OGP) National Action Plan, which will be published in October.",
         ["CO", "BIS"], "October 2013", deadline_month(2013, 10), "Complete."),
    niib(C1, "2", "The Cabinet Office Transparency Team will set out a collaborative process for identifying those datasets which should be part of the ‘National Information Infrastructure’.",
         ["CO"], "August 2013", deadline_month(2013, 8), "Complete."),
    niib(C1, "3", "As of today we will be publishing the criteria which determine the National Information Infrastructure for comment on data.gov.uk and inviting comment on them.",
         ["CO"], "June 2013", deadline_month(2013, 6), "Complete."),
    niib(C1, "4", "We will set out the data we already have by department and invite comment from business users about what data they would like released. We will also be working with departments to complete this process so that we have a full set outlined for UK OGP National Action Plan in October. At this point we will highlight those which are of the highest priority.",
         ["CO"], "October 2013", deadline_month(2013, 10), "Complete."),
    niib(C1, "5", "The Cabinet Office will work with those departments who have already undertaken a dataset inventory to develop guidance for other departments on how to develop their inventory.",
         ["CO"], "Sept 2013", deadline_month(2013, 9), "Complete."),
    niib(C1, "6", "The Government Chief Scientific Adviser and the National Statistician, who are interested in identifying those datasets of critical importance, whether for national security, responding to emergencies or more widely informing public debate, will conduct a review to set out this sub-set of data.",
         ["GO Science", "ONS"], "October 2013", deadline_month(2013, 10),
         "In September, we completed a first draft of our review and sent it out to a number of stakeholders for comment. We have received a number of responses and are now in the process of integrating these comments into the report. We are on track for our deadline of a final product by the end of October."),
    niib(C1, "7", "As part of a refreshed departmental Open Data Strategy approach the Cabinet Office Transparency Team will work with departments to define an inventory of all data that they hold, including that already released on data.gov.uk. Using the criteria above departments will be asked to score their data inventories to identify their most important datasets. We will also develop functionality so that these inventories can be published so that citizens, businesses and other users can also contribute to the identification of National Information Infrastructure. These full inventories will be published by departments as part of their Open Data Strategies in October, alongside the refreshed OGP National Action Plan.",
         ["CO"], "October 2013", deadline_month(2013, 10), "Complete."),
    niib(C1, "8", "The refreshed departmental profiles on data.gov.uk will set out current commitments to release data which departments have made in line with the two letters from the Prime Minister, the 2011 Growth Review, the Open Data White Paper and existing Open Data Strategies as well as the Transparency sections of departmental Business plans in a more user friendly way. These improved profiles will set out the deadlines for these commitments and act as a real-time assessment of the delivery of each department and, once launched, will replace the existing Quarterly Written Ministerial Statement on open data made by the Minister for Cabinet Office. Highlights will be incorporated into the UK’s refreshed OGP National Action Plan in October. All of these assessments will also be made available as open data so they can be more easily re-used by others.",
         ["CO"], "October 2013", deadline_month(2013, 10), "On track for completion by end October."),
    niib(C1, "9", "Before Summer Recess we will commence amendments to the FOI Act which will give a ‘right to data’ wherever release of a data set is required by that Act. Where reasonably practicable, any public authority will be required to release such a data set in a machine readable format.",
         ["MOJ"], "July 2013", deadline_month(2013, 7), "Complete."),
    niib(C1, "10", "The EU Directive on the re-use of PSI will be adopted in Summer 2013. The government aims to transpose the terms of the revised Directive into UK legislation during 2014-15.",
         ["MOJ"], "April 2015", deadline_month(2015, 4),
         "Negotiations between EU Member States took place during 2012/13 culminating in the adoption and publication of the amended Directive in June 2013. A consultation on how HMG should transpose and implement the Directive is planned for Spring 2014, with full implementation before Apr 2015."),
    niib(C1, "11", "This summer, the Local Government Association will launch its LG Inform tool - allowing authorities to compare their performance on key areas. LG Inform will go-live for local authorities during September with public access by late Autumn. To integrate local authorities more fully into the UK's open data structures and provide one accessible website location, we will develop a local section of data.gov.uk providing a forum to help local authorities share data more widely and work with developers and citizens to build best practice.",
         ["DCLG", "CO", "LGA"], "Sept 2013", deadline_month(2013, 9),
         "LG Inform has been released to local authorities. It is timetabled for public access before Christmas. The local domain work is ongoing."),
    niib(C2, "12", "We agree with the Shakespeare Review that the governance surrounding PSI has become overly complex, and we will initiate a review that aims to radically simplify the landscape. To begin with, and in recognition of Stephan’s analysis that this agenda needs a high-level focus, our first step is to create a board from the Data Strategy Board and Public Sector Transparency Board to lead delivery on opening up PSI.",
         ["CO"], "July 2013", deadline_month(2013, 7), "Complete."),
    niib(C2, "13", "The Transparency Team will start to blog on a monthly basis from June about the delivery of the domestic transparency agenda.",
         ["CO"], "June 2013", deadline_month(2013, 6), "Complete."),
    niib(C2, "14", "We will consider how best to draw upon experts from within and out with government and will feed this recommendation into our fuller governance review.",
         ["CO"], "July 2013", deadline_month(2013, 7), "In progress."),
    niib(C3, "15", "The Met Office is working with the Open Data User Group, small businesses and other users to expand their already substantial portfolio of open data, by increasing access to historic weather observations. Over the summer 2013, a working group will collect and define the user requirements and parameters for the historic data, followed by user testing of access to the additional years of historic data in Autumn 2013. The aim is to complete this phase by spring 2014.",
         ["BIS"], "April 2014", deadline_month(2014, 4),
         "The PWSCG is working with the Met Office to expand their already substantial portfolio of open data by increasing access to historic weather observations. This has taken a phased approach: i. To increase awareness of what is already available; ii. To gather additional requirements for an online portal that will include access to a National Archive place of electronic deposit – the Nation’s memory of weather – that would make this medium to long term solution suitable for use and re-use by the open data community. The first phase is now complete and work is continuing on phase 2, with options for the National Archive expected to be developed by Spring 2014."),
    niib(C3, "16", "Land Registry and Companies House have reviewed or are currently reviewing their business strategies. The Shareholder Executive will report on progress in the Autumn. Furthermore, the government continues to keep all of the Public Data Group (PDG) Trading Funds under review and ensure that the organisational structures continue to deliver open data whilst ensuring best value for money for the tax-payer.",
         ["BIS"], "October 2013", deadline_month(2013, 10),
         "The LR review is currently still underway and no final decisions have been made at this stage. CH have set out proposals to Ministers and are developing detailed plans and timescales for final clearance."),
    niib(C3, "17", "The government will review the scope for further supporting smaller enterprises and not-for-profit organisations under the existing framework in place under the Information Fair Trader Scheme run by the National Archives.",
         ["BIS", "TNA"], "April 2014", deadline_month(2014, 4), "Action open."),
    niib(C3, "18", "The government agrees that there are further positive steps that can be taken in response to Stephan’s recommendations, building on existing work. In particular, through increased promotion of what data and support is available to raise greater awareness. The PDG communications group will commit to taking this action forward. They will ensure wider promotion of data availability going forward via co-ordinated publicity, and will support wider government efforts to give clarity to existing and future data releases.",
         ["BIS"], "October 2013", deadline_month(2013, 10),
         "The PDG communications group have, along with the BIS press office, developed a forward look of relevant communication opportunities that will be updated on a regular basis. BIS Press Office are using this to effectively communicate PDG communications and share with CO. The forward look includes a programme of opportunities (including potential speaking engagements and online articles) for the PDG Chair to speak at thus raising the profile of PDG and highlighting the work of the trading funds. All PDG Trading Funds are now referencing PDG where appropriate on their twitter feeds and retweeting each other’s tweets as appropriate."),
    niib(C3, "19", "The government will also work with the PDG and other interested stakeholders to provide more support for third-party users including ‘hack days’ and data-user competitions, such as the successful GeoVation programme run by Ordnance Survey.",
         ["BIS"], "October 2013", deadline_month(2013, 10),
         "The PDG continue to offer successful hack days and the like as well as competitions. Companies House are also now looking at hack days and other ways of engaging with users as part of their plans for delivering on the goals from their recent Strategic Review. Government continues to encourage this level of engagement with stakeholders and encourages the trading funds to share stakeholder engagement best practice across the PDG."),
    niib(C4, "20", "The government will continue to emphasise the importance of data analytics skills across all disciplines of the civil service and through the new Civil Service Professions Council, which will be the co-ordinating body, bringing the professions together to work as a coherent force and maximise their overall contribution to capability building",
         ["BIS"], "October 2013", deadline_month(2013, 10),
         "The government’s strategy for data capability, Seizing the Data Opportunity, emphasises the importance of data analytic skills across all disciplines within the civil service."),
    niib(C4, "21", "Through the Information Economy Strategy, the government will support an industry-led exercise to develop a digital skills strategy.",
         ["BIS"], "October 2013", deadline_month(2013, 10),
         "An industry led Working Group of the Information Economy Council has been established and is due to set out initial proposals on 6 November."),
    niib(C5, "22", "The Law Commission is conducting a scoping project on data sharing between public bodies looking specifically at the barriers public bodies might be encountering to data sharing that is preventing them fulfilling their duties to citizens. The report will consider whether any such barriers are legal, rather than cultural or based on a misunderstanding of the law. The review is due to report in the spring of 2014.",
         ["MOJ", "Law Commission"], "April 2014", deadline_month(2014, 4),
         "This scoping project was launched in April 2013. The consultation is open between 16 September and 16 December 2013. The Law Commission aim to present their findings to government in spring 2014."),
    niib(C5, "23", "BIS will work with MOJ and ICO through the ongoing activity following the Information Economy Strategy to make re-users of data more fully aware of their obligations.",
         ["BIS", "MOJ", "ICO"], "October 2013", deadline_month(2013, 10),
         "This action is being taken forward through the government’s strategy for UK data capability."),
]


# ------------------------------------------------------------------ 3. Defra Open Data Strategy refresh 2013
# Original pp. 32-36 = Annex V "Summary of Commitments" (native landscape 842x595, green
# header band, alternate rows shaded, no ruling lines). Columns: (number) | Section in
# Strategy | Commitment Description | Category | Notes on action. The intro says the
# "action notes" say when each commitment will be in place -> timeframe.
# Section = "Section in Strategy" (theme column); Category -> extra. No lead column.
# Row 11's section ends on the next page ("Request"); row 22's category ends on the last
# page ("Implementati" | "on").
def defra(ref, section, action, category, tft, tf):
    return act(section, action, ref=ref, timeframe=tft, tf=tf, extra={"Category": category})


S2 = "Step 2: Assess & Prioritise"
S3 = "Step 3: Publish"
S5 = "Step 5: External Challenge or Request"
S6 = "Step 6: Maximise Use and Reach"
S7 = "Step 7: Community Development"
S8 = "Step 8: Identifying data for Defra efficiencies"
UC = "User community"
UD = "Using data more effectively"
DEFRA = [
    defra("1", S5, "For all the data published by the Defra Network details of how to find more information about the datasets will be published on data.gov.uk alongside the description information for the data. The routing of requests through the Defra Network contact centres will be improved to ensure these are dealt with by the most appropriate department",
          "Contacting Defra", "In place by March 2014", due_month(2014, 3)),
    defra("2", "Who do I ask to release data?", "We will publish a description of how we deal with requests for datasets to be released, including how we deal with FOI / EIR requests (and we will highlight any differences with any specific Defra Organisations)",
          "Contacting Defra", "In place by March 2014", due_month(2014, 3)),
    # no year for "December"; "updated quarterly" -> due or recurring: kind/recurrence not scored
    defra("3", S2, "We will prioritise our data that needs to be put through a process of improvement (either in terms of access, service or quality). We will do this in collaboration with users and publish any roadmaps.",
          "Prioritisation", "Initial action by December, updated quarterly", ("*", None, None, "*")),
    defra("4", S2, "We will update the Defra specific section of the NII Inventory on a regular (at minimum quarterly) basis. Datasets identified for publication as open data will be highlighted along with the planned publication date.",
          "What we have", "In place by October 2013, updated quarterly", ALL_STAR),
    defra("5", S3, "If data cannot be (currently) made available as open data we will publish our reasoning and publish a review cycle. We will state what would need to change for the data to be published as open data.",
          "Reasoning", "In place by May 2014", due_month(2014, 5)),
    defra("6", S3, "For data that cannot at this stage be published as Open Data we will look at alternative options. For example this could include: alternative licensing or the use of a safe haven approach.",
          "Non open data sharing", "We will undertake a review of this and publish recommendations by May 2014", due_month(2014, 5)),
    defra("7", S2, "We will publish responses to requests to make data open (such as we will publish this data as open within 6 months or we are unable to publish the data) and we will gather feedback on these responses that will be reviewed by the Defra Transparency Panel for any final decision.",
          "Reasoning & Transparency Panel", "We will have the process for this in place by March 2014", due_month(2014, 3)),
    defra("8", S2, "The Transparency Panel will be provided with quarterly summaries of the requests and user comment on the datasets we publish or the inventory of data held",
          "Transparency Panel", "in place by November 2013, updated quarterly", ALL_STAR),
    defra("9", "Step 4: Continuous Improvement", "We will agree the data improvement principles with the Defra Transparency Panel and publish them.",
          "Transparency Panel", "In place by May 2014 after user workshops", due_month(2014, 5)),
    # ongoing, or due March 2014
    defra("10", S3, "We will identify the barriers to publishing as open data and, where practicable, put in place a process for their removal or reduction",
          "Reasoning", "Ongoing but initial assessment place by March 2014", ("*", None, "*", None)),
    defra("11", S5, "We will take feedback on our data and use that to help us make decisions about the future direction",
          UC, "Mechanisms in place by December 2013", due_month(2013, 12)),
    defra("12", S7, "We will work with the user community to identify benchmark datasets that can underpin innovative developments through data in key policy areas",
          UC, "We will do this continually but starting October 2013", ("from", "2013-10-01", None, None)),
    defra("13", S7, "We will actively participate in special interest groups external to the Defra network, and encourage collaboration with industry and academia to improve and develop Defra’s open data interests and expose core expertise and understanding from beyond the Defra network. For example we work with external groups that include the European Commission and European Environment Agency (EEA), NERC and programmes such as LWEC and more broadly with industry and industry groups. We also work with public sector groups such as the UK Transparency Board, Open Data User Group (ODUG), the INSPIRE Compliance Board and the UK Government Linked Data Working Group (UKGovLD).",
          UC, "We will do this continually but starting October 2013", ("from", "2013-10-01", None, None)),
    # "before Christmas" (no year) + "March/April 2014": not scored
    defra("14", "Open Data User Event", "We will hold a open data user centred workshop on Defra Data where we will highlight some of the data that we have, demonstrate some of the work that we are doing, take feedback and use that to inform our future priorities",
          UC, "We will announce details on this before Christmas. The event will be in March/April 2014", ("*", "*", "*", None)),
    defra("15", S6, "We will encourage the development of the market for power users who can work with incomplete data and convert this into something more useful for general users",
          UC, "We will undertake investigations on this and make proposals by May 2014", due_month(2014, 5)),
    defra("16", S6, "We will review our approaches as we implement aspects of the strategy and feedback where we have identified any improvements or required changes.",
          "Feedback", "Continually from October 2013", ("from", "2013-10-01", None, None)),
    defra("17", S6, "We will develop case studies and clear examples of the benefits of this strategy with the help of users.",
          UC, "We will highlight these at the event March/April 2014", ("range", "2014-03-01", "2014-04-30", None)),
    defra("18", "Implementation of project activities", "We will publish quarterly updates on the project activities undertaken to achieve the Commitments made as part of the refreshed Open Data Strategy.",
          "Project update", "From October 2013", ("from", "2013-10-01", None, None)),
    defra("19", S7, "We will look to collaborate on codelists, definitions and other connective reference data to build a consolidated collection of core data within Defra and actionable relations with data held in other Government Departments, academia and industry in support of Defra’s Evidence Strategy.",
          UD, "We will pilot this approach by December 2013", due_month(2013, 12)),
    defra("20", S8, "We will work to identify common data themes and opportunities for internal rationalisation. We will look to join up our data with the use of common definitions, terms and reference data to create a more integrated data infrastructure.",
          UD, "We will incorporate this principle into our high level data management practices by December 2013 for implementation within future delivery projects", due_month(2013, 12)),
    defra("21", S8, "We will look to identify data assets that contain concepts that are commonly referenced by many other datasets and publish these artefacts openly as data in their own right. For example these could include: code lists, vocabularies, definitions of terms and identifiers for major entities generally with vital operational, scientific or policy importance. We will identify such data, and work to make these available through the use of persistent resolvable identifiers, and access through a demonstrator code-list data dictionary on environment.data.gov.uk",
          UD, "We will pilot this approach by December 2013", due_month(2013, 12)),
    defra("22", "Transparency Panel", "We will review the membership of the Defra Transparency Panel and identify if any additional members are required to support implementation of this strategy. We will also review our Transparency Practitioners group (that aids and coordinates internal implementation of these activities) in light of this strategy and any changes to the Transparency panel",
          "Transparency Panel and Open Data Strategy Implementation", "We will review membership by February 2014", due_month(2014, 2)),
]


# ------------------------------------------------------------------ 4. Transparency Board action log 2011
# TB(6)1.ii (May 2011), 3 pages portrait, ruled, Progress cells coloured (RAG-like: green
# "On track", amber "Plan in place", red "No action taken yet", blue "Complete").
# Table 1: Meeting date & action number | Action | Deadline | Progress (runs onto p.2 without
# a repeated header); table 2 on p.2: Meeting date & action number | Actions completed |
# Deadline | Progress (runs onto p.3). No section headings, no lead column (the actor is
# inside the action text) -> roles []. The first column holds only meeting dates although
# its header says "& action number": ref not scored, the date is kept in extra.
# Deadline is a deadline column: bare months -> see module docstring.
MD = "Meeting date & action number"


def tb(date, action, tft, tf, progress):
    return act(None, action, ref="*", timeframe=tft, tf=tf, status=progress, extra={MD: date})


TB = [
    tb("11/01/2011", "Cabinet Office Transparency Team to work with the Home Office Crime Data team to discuss the next phase of work.", "Ongoing", ONGOING, "On track"),
    tb("19/11/2010", "Cabinet Office Transparency Team with Transparency Board input to consider whether it would be useful to develop a data ‘validator’ and how best to go about this", "Ongoing", ONGOING, "On track"),
    tb("02/03/2011", "Representative from Contract Finder to provide a demonstration to the Board.", "June 2011", deadline_month(2011, 6), "On track"),
    tb("08/02/2011", "Cabinet Office Transparency Team to work with the Department for Transport to organise and facilitate a meeting between the Transparency Board, DfT and ATOC to build on their track record of openness.", "May 2011", deadline_month(2011, 5), "On track"),
    tb("08/02/2011", "Cabinet Office Transparency Team to support the Department for Transport in establishing a Transport Sector Panel.", "Ongoing", ONGOING, "On track"),
    tb("02/03/2011", "Transparency Board members to be kept informed of the progress of the right to data paper and post legislative scrutiny processes.", "June update", UNKNOWN, "On track"),
    tb("02/03/2011", "Transparency Board to invite the Information Commissioner to join discussions to expand on the technical as well as legal issues from his view point.", "From May 2011", ("from", "2011-05-01", None, None), "On track"),
    tb("11/01/2011", "Cabinet Office Transparency Team to ensure the publication of Dr Kieron O’Hara’s interim report on data.gov.uk", "As soon as possible", UNKNOWN, "Plan in place"),
    tb("08/02/2011", "Cabinet Office Transparency Team to work with the Department for Transport to develop a public statement of support.", "Mar-2011", deadline_month(2011, 3), "Plan in place"),
    tb("02/03/2011", "Transparency Board members to be actively involved in the PDC ShEx discussions. ShEx to provide a progress report to the Board in due course and to explore the potential for PDC advisory groups to do the same", "June Board", UNKNOWN, "Plan in place"),
    tb("02/03/2011", "Katie Davis to present a proposal for a data.gov.uk steering group", "Ongoing", ONGOING, "Plan in place"),
    tb("08/02/2011", "Cabinet Office Transparency Team to work with the Department for Transport to set up a meeting with the Highways Agency to discuss what data they are currently releasing, how and what they plan to release going forward.", "Mar-2011", deadline_month(2011, 3), "No action taken yet"),
    # table 2: Actions completed
    tb("19/11/2010", "Cabinet Office Transparency Team to confirm plan for publishing a Green Paper on the Right to Data.", "Late Spring 2011", ("*", "*", "2011-05-31", None), "Complete"),
    tb("19/11/2010", "Cabinet Office Transparency Team to engage with the Cabinet Office Public Bodies Team and The National Archives to understand what they are doing to ensure the safety of data at risk of being lost as a result of merging or scrapping of public bodies and to provide an update to the Transparency Board.", "11/01/2011", ("*", "*", "2011-01-11", None), "Complete"),
    tb("19/11/2011", "Cabinet Office Transparency Team to engage with the Transparency Board on draft Freedom Bill clauses and impact assessments.", "late January", UNKNOWN, "Complete"),
    tb("19/11/2011", "Cabinet Office Transparency Team to engage with the Transparency Board on an outline of the ‘right to data’ green paper and associated consultation and approval approach and to present this formally at a future Transparency Board", "Mid Feb for initial engagement. March Board for presentation", UNKNOWN, "Complete"),
    tb("11/01/2011", "Cabinet Office Transparency Team to ensure that the Transparency Strategy addresses the points raised in Nigel Shadbolt’s October progress report and presents a clear way forward on each.", "March Transparency Board", UNKNOWN, "Complete"),
    tb("02/03/2011", "The Transparency team to circulate the Strategic Communications plan and to engage with the Transparency Board on strategic communications.", "Apr-2011", deadline_month(2011, 4), "Complete"),
    tb("02/03/2011", "PDC project team to share the draft recommendations with the Transparency Board.", "As soon as possible", UNKNOWN, "Complete"),
    tb("11/01/2011", "Cabinet Office Transparency Team to work with the Home Office to develop a ‘lessons learnt’ report on the release of street level crime data.", "May Transparency Board", UNKNOWN, "Complete"),
    tb("08/02/2011", "Cabinet Office Transparency Team to meet with the team in the Mayor of London’s office to find out more about what is happening in London", "Mar-2011", deadline_month(2011, 3), "Complete"),
    tb("08/02/2011", "Department for Transport to develop a paper with or about ATOC setting out what data is currently being released and the business model (costs and revenue benefits).", "Mar-2011", deadline_month(2011, 3), "Compete"),
    tb("02/03/2011", "Transparency Board to feed more detailed comments on the data.gov.uk paper to the author", "23-Mar", UNKNOWN, "Complete"),
]


# ------------------------------------------------------------------ 5. Transparency Board PM commitments update 2010
# TB_3_2 (19 Nov 2010), 2 pages, /Rotate 90 landscape, ruled, header repeated on p.2:
# Due by | Commitment | Status | Issues | Owner. Status cells hold a status word plus
# commentary (the whole cell is the status). Issues -> extra. "Due by" = deadline column.
def pm(due, tf, commitment, status, owner, issues=None):
    return act(None, commitment, roles=[owner], timeframe=due, tf=tf, status=status,
               extra={"Issues": issues} if issues else {})


PM = [
    pm("June 2010", deadline_month(2010, 6), "Historic COINS spending data to be published online", "Done", "HM Treasury"),
    pm("June 2010", deadline_month(2010, 6), "Names, grades, job titles and annual pay rates for most Senior Civil Servants with Salaries over £150,000 to be published", "Done", "Cabinet Office"),
    pm("July 2010", deadline_month(2010, 7), "Al new central government ICT Contracts to be published online",
       "Commenced. As at end of October - 6 new ICT contracts had been published and a further 21contracts were reported as awarded and in preparation for publication.", "ERG (OGC)"),
    pm("July 2010", deadline_month(2010, 7), "Government departments and agencies should ensure that any information published includes the underlying data in an open standardised format",
       "Commenced COI have published on their website the ‘how to’ of publishing data (TG135 Web Standards and Guidance)", "COI"),
    pm("July 2010 (not in PM letter)", deadline_month(2010, 7), "Publish the energy use of government headquarters in real-time", "Done", "ERG (OGC)"),
    pm("September 2010", deadline_month(2010, 9), "All new central government tender documents for contracts over £10,000 to be published on a single website from September 2010, with this information to be made available to the public free of charge",
       "Commenced As at 12 November - 129 tenders had been published on business link website and a further 55 received were in preparation for publication. The site web address is: :www.businesslink.gov.uk/transparency/procurement.", "ERG (OGC)",
       "There is a minor issue with quality of data received but this is currently being addressed by OGC."),
    pm("September 2010", deadline_month(2010, 9), "for most Senior Civil Servants and NDPB officials with salaries higher than the lowest permissible in Pay Band 1 of the Senior Civil Service pay scale to be published",
       "Done Names, grades, job titles and annual pay rates were limited to SCS2 and above.", "ERG (CSCG)"),
    pm("October 2010", deadline_month(2010, 10), "Organograms for central government departments and agencies that include all staff positions to be published in a common format", "Done", "ERG (CSCG)",
       "A more consistent template and approach is being developed for the future."),
    pm("November 2010", deadline_month(2010, 11), "New items of central government spending over £25,000 to be published online", "Commenced", "HMT"),
    pm("January 2011", deadline_month(2011, 1), "All new central government contracts to be published in full", "On course", "ERG (OGC)"),
    pm("January 2011", deadline_month(2011, 1), "Full information on all DFID international development projects over £500 to be published online from January 2011, including financial information and project documentation. (was originally \"All UK international development spending over £25,000 to be published online\")", "In hand", "DfID"),
    pm("January 2011", deadline_month(2011, 1), "New items of local government spending over £500 to be published on a council-by-council basis",
       "Commenced At least 90 Local Authorities now publishing. Reported numbers subject to local authority notification to direct.gov.uk.", "CLG"),
    pm("January 2011", deadline_month(2011, 1), "New local government contracts and tender documents for expenditure over £500 to be published in full", "In hand", "CLG",
       "HMT and CLG investigating issue of VAT disclosure"),
    pm("January 2011", deadline_month(2011, 1), "Crime data to be published at a level that allows the public to see what is happening on their streets",
       "In hand A phased approach has been agreed and the commitment has been restated in the Policing Consultation Paper. Systems testing to take place late December", "Home Office"),
]


# ------------------------------------------------------------------ 6. LPDP action report May 2012 (ODT)
# OpenDocument text written by MS Word 2013: a title, a date line, one intro paragraph and one
# table Issue | Action | To be actioned by | Latest Position (Latest Position empty in all
# rows). Issue = per-row theme -> section. No timeframe column.
# Roles: "Gesche Schmid, LGA." / "Panel members – Janet Hughes/Gesche Schmid, LGA" (person
# with affiliation: one role or two?) and "Nigel with input from DCLG." are not scored.
def lp(issue, action, roles):
    return act(issue, action, roles=roles)


LPDP = [
    lp("Arms Length Body Data update", "Olivia Burman to liaise with ERG in advance of the next Panel meeting and provide an update then.", ["Olivia Burman"]),
    lp("DCLG Board involvement", "Secretariat to invite Sue Higgins to future Panel meeting.", ["Shehla", "Secretariat"]),
    lp("Open Data and Commercial Exploitation", "Tim to consolidate the note, based on Panel discussions and the data principles and send around for comment", ["Tim Allen"]),
    lp("Revision of draft Benefits of Transparency paper", "Secretariat/Shehla to provide a DCLG Planning official contact to Janet Hughes.", ["Secretariat"]),
    lp("NAO Implementing Transparency and Benefits of Transparency Paper", "Janet Hughes to draft a Planning paper in two weeks time following the Mayoral elections with support from Jos C, Chris T, Roger and Conn – initial contact either through a separate meeting or telephone conversation.", ["Janet Hughes"]),
    lp("Open Data and Procurement", "Invite someone from the LGA Advisory Group to the next meeting to discuss how the Panel’s concerns could be taken forward", "*"),
    lp("Panel position on open data in the procurement process", "Panel to develop set of principles on importance of open data in procurement process to National Advisory Group on Procurement", "*"),
    lp("Open Standards Consultation", "Janet to place questions online as googledoc for Panel members to provide opinions/responses with support from Jos.", ["Janet Hughes"]),
    lp("Opening up of National Address File.", "Tim Allen to write cost-benefit analysis paper alongside possible options eg who pays, and circulate to Panel for comment before the next meeting.", ["Tim Allen"]),
    lp("Panel membership and new panel members.", "Candidate profile summary to be circulated and ranked in order to identify most suitable new Panel members", ["Secretariat", "Panel Members"]),
    lp("DCLG Transparency Strategy Paper and research bids.", "Research briefs to be circulated to all Panel members and Panel wishes to help shape the commission", ["DCLG Secretariat"]),
    lp("Panel Update to DCLG Ministers", "Nigel to consider writing to SoS and Baroness Hanham before next Local Public Data Panel meeting in June, updating them on the work conducted by the Panel to date, work currently underway and approval for the existence of the Panel going forward in its current capacity (with input from DCLG).", "*"),
]


# ------------------------------------------------------------------ 7. LPDP terms of reference 2013-14 (work plan)
# 5 pages portrait: numbered ToR paragraphs with "-" and "" bullet lists (pp.1-3), Annex A
# "WORK PLAN 2013-14" on p.4 (ruled table; header Task | Start date | Finish date | Lead
# Panel member, number column without header, row 1's cells top-aligned differently),
# Annex B membership bullet list on p.5 (pdfplumber sees it as a table: not actions).
# Start + Finish columns together give the timeframe (range); timeframe text below joins them.
WP = "WORK PLAN 2013-14"


def wp(ref, action, start, finish, tf, lead):
    tft = (start + " – " + finish) if start else finish
    return act(WP, action, ref=ref, roles=[lead], timeframe=tft, tf=tf)


WORKPLAN = [
    wp("1.", "Produce a web page on the benefits of transparency, which includes case studies, which we will keep updated as a living document. (18/7/13 – investigating protential to use proposed ‘local’ area on data.gov.uk).",
       "January 2012", "December 2013", ("range", "2012-01-01", "2013-12-31", None), "Will Perrin"),
    wp("2.", "Open data and planning –work with DCLG on better signposting and presentation of information useful for those involved in neighbourhood planning.",
       "November 2011 (brought forward)", "July 2013", ("range", "2011-11-01", "2013-07-31", None), "Sub-group"),
    wp("3.", "Agree a set of principles on open data in the procurement process for National Advisory Group on Procurement.",
       "May 2012 (brought forward)", "December 2013", ("range", "2012-05-01", "2013-12-31", None), "Sub-group"),
    wp("4.", "Work with the National Fraud Agency and DCLG officials on “Open and Safe Guidelines” to help local authorities counteract fraud, without compromising transparency.",
       "August 2012 (brought forward)", "December 2013", ("range", "2012-08-01", "2013-12-31", None), "Jos Creese"),
    wp("5.", "Support and challenge DCLG officials on the Code of Recommended Practice on Transparency.",
       "December 2012", "March 2014", ("range", "2012-12-01", "2014-03-31", None), "Nigel Shadbolt"),
    wp("6", "Provide strategic support to DCLG on its corporate transparency, including reviewing completed returns to Cabinet Office for the Written Ministerial Statement, and providing updates to the Department’s Open Data Strategy.",
       "March 2013", "December 2013", ("range", "2013-03-01", "2013-12-31", None), "Nigel Shadbolt"),
    # no start; three report dates in the Finish column: not scored
    wp(None, "Review of progress to Secretary of State.", "", "January 2013 July 2013 January 2014",
       ("*", "*", "*", "*"), "Nigel Shadbolt"),
]


def main():
    write("cabinet_office_ogp_uk_national_action_plan_2013_pp51-57.pdf",
          "Open Government Partnership UK National Action Plan 2013 to 2015", "Cabinet Office",
          None, None, "pdf", OGP)
    write("cabinet_office_national_information_infrastructure_2013_pp10-17.pdf",
          "National Information Infrastructure", "Cabinet Office", None, None, "pdf", NII)
    write("defra_open_data_strategy_refresh_2013_pp32-36.pdf", "Defra Open Data Strategy", "Defra",
          None, None, "pdf", DEFRA)
    write("transparency_board_action_log_2011.pdf", "Transparency Board Action Log",
          "Transparency Board", None, None, "pdf", TB)
    write("transparency_board_pm_commitments_update_2010.pdf",
          "Summary update on progress against transparency commitments in Prime Minister's letter of 29 May",
          "Transparency Board", None, None, "pdf", PM)
    write("dclg_local_public_data_panel_action_report_2012.odt",
          "Local Public Data Panel – Actions Report", "Local Public Data Panel", None, None, "odt", LPDP)
    write("dclg_local_public_data_panel_terms_of_reference_work_plan_2013.pdf",
          "Local Public Data Panel Terms of Reference 2013-14", "Local Public Data Panel",
          "2013-04-01", "2014-03-31", "pdf", WORKPLAN)


if __name__ == "__main__":
    main()
