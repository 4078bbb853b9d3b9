"""Property tests for normalise.timeframe: generated phrases and random text always give an
answer that obeys the contract (kinds, which dates each kind carries, no clock, no errors)."""

import calendar
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_ingest.normalise.timeframe import KINDS, RECURRENCES, PlanPeriod, parse_timeframe, resolve

# Which dates each kind may carry: (start, end); None means "may or may not".
CARRIES = {
    "": (False, False),
    "ongoing": (False, False),
    "unknown": (False, False),
    "during": (True, True),
    "range": (True, True),
    "due": (False, True),
    "from": (True, False),
    "recurring": (None, None),
}

# The test's own calendar tables, independent of the lexicon.
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
SEASONS = {"Spring": 3, "Summer": 6, "Autumn": 9, "Winter": 12}
FY_QUARTER_START = {1: 4, 2: 7, 3: 10, 4: 1}


def month_end(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def months_from(y, m, n):
    k = y * 12 + m - 1 + n - 1
    return date(y, m, 1), month_end(k // 12, k % 12 + 1)


def check_contract(text, tf, period=None):
    """Everything the contract promises about one answer."""
    assert tf.kind in KINDS
    assert tf.recurrence in RECURRENCES
    assert isinstance(tf.review, list) and all(isinstance(f, str) for f in tf.review)
    if tf.start_date and tf.end_date:
        assert tf.start_date <= tf.end_date
    has_start, has_end = CARRIES[tf.kind]
    if has_start is not None:
        assert (tf.start_date is not None) == has_start, (text, tf)
        assert (tf.end_date is not None) == has_end, (text, tf)
    assert (tf.kind == "recurring") == bool(tf.recurrence)
    if not str(text).strip():
        assert tf.kind == ""
    today = date.today()
    if today in (tf.start_date, tf.end_date):  # only when the text names today's year
        assert str(today.year) in text or f"{today.year % 100:02d}" in text
    if period is None and not any(ch.isdigit() for ch in str(text)):
        # with no plan and no document date, every year must come from the text itself
        assert tf.start_date is None and tf.end_date is None, (text, tf)
    assert set(tf.as_json()) == {"text", "kind", "start_date", "end_date", "recurrence"}


years = st.integers(1995, 2030)


@st.composite
def periods(draw):
    """(text, start, end) for a named period, written in one of the ways plans write it."""
    form = draw(st.sampled_from(["month", "month_abbr", "month_yy", "month_apos", "fy",
                                 "fy_long", "fy_dash", "fy_marker", "fy_quarter", "season",
                                 "day_numeric", "day_words", "day_ordinal", "year"]))
    y = draw(years)
    m = draw(st.integers(1, 12))
    name = MONTH_NAMES[m - 1]
    case = draw(st.sampled_from([str, str.upper, str.title]))
    if form == "month":
        return case(f"{name} {y}"), *months_from(y, m, 1)
    if form == "month_abbr":
        return case(f"{name[:3]} {y}"), *months_from(y, m, 1)
    if form == "month_yy":
        return case(f"{name[:3]}-{y % 100:02d}"), *months_from(y, m, 1)
    if form == "month_apos":
        return case(f"{name} '{y % 100:02d}"), *months_from(y, m, 1)
    fy_start, fy_end = date(y, 4, 1), date(y + 1, 3, 31)
    if form == "fy":
        return f"{y}/{(y + 1) % 100:02d}", fy_start, fy_end
    if form == "fy_long":
        return f"{y}/{y + 1}", fy_start, fy_end
    if form == "fy_dash":
        return f"{y}-{(y + 1) % 100:02d}", fy_start, fy_end
    if form == "fy_marker":
        return f"FY {y}/{(y + 1) % 100:02d}", fy_start, fy_end
    if form == "fy_quarter":
        q = draw(st.integers(1, 4))
        qy = y if q < 4 else y + 1
        return f"Q{q} {y}/{(y + 1) % 100:02d}", *months_from(qy, FY_QUARTER_START[q], 3)
    if form == "season":
        season = draw(st.sampled_from(sorted(SEASONS)))
        return case(f"{season} {y}"), *months_from(y, SEASONS[season], 3)
    day = draw(st.integers(1, calendar.monthrange(y, m)[1]))
    one = date(y, m, day)
    if form == "day_numeric":
        sep = draw(st.sampled_from(["/", ".", "-"]))
        return f"{day:02d}{sep}{m:02d}{sep}{y}", one, one
    if form == "day_words":
        return case(f"{day} {name} {y}"), one, one
    if form == "day_ordinal":
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
        return f"{day}{suffix} {name} {y}", one, one
    return str(y), date(y, 1, 1), date(y, 12, 31)


DEADLINES = ["By", "by", "BY", "No later than", "Complete by", "By end of", "By the end of",
             "To be completed by", "Due by", "Deadline:", "Until", "End of", "Target date"]
STARTS = ["Commencing", "From", "from", "Starting", "With effect from", "w/c",
          "Ongoing programme from", "Ongoing from", "Starting from", "Commencing from"]
TAILS = ["", " subject to funding", " (subject to Cabinet approval)", ".", " - see note 3",
         " *", ", to be reviewed", " with partners"]
RECURRING = {"Quarterly": "quarterly", "Monthly": "monthly", "Six-monthly": "biannual",
             "Annually": "annual", "Weekly": "weekly", "Bi-annually": "biannual",
             "Every six months": "biannual", "Yearly": "annual"}


@settings(deadline=None)  # the first dateparser import may take half a second
@given(periods(), st.sampled_from(TAILS))
def test_named_period_is_during(p, tail):
    text, start, end = p
    tf = resolve(text + tail)
    check_contract(text + tail, tf)
    assert (tf.kind, tf.start_date, tf.end_date) == ("during", start, end), tf.rule


@settings(deadline=None)  # the first dateparser import may take half a second
@given(st.sampled_from(["", "By ", "by ", "Commencing ", "From ", "Until ", "End of ",
                        "Quarterly from ", "in ", "before ", "w/c "]), periods())
def test_fast_path_agrees_with_rules(marker, p):
    text = marker + p[0]
    fast, slow = resolve(text), resolve(text, fast=False)
    assert (fast.as_json(), fast.review, fast.rule) == (slow.as_json(), slow.review, slow.rule)


@settings(deadline=None)  # the first dateparser import may take half a second
@given(periods(), st.sampled_from(DEADLINES), st.sampled_from(TAILS))
def test_deadline_gives_end_only(p, marker, tail):
    text, _, end = p
    phrase = f"{marker} {text}{tail}"
    tf = resolve(phrase)
    check_contract(phrase, tf)
    assert (tf.kind, tf.start_date, tf.end_date) == ("due", None, end), tf.rule


@settings(deadline=None)  # the first dateparser import may take half a second
@given(periods(), st.sampled_from(STARTS), st.sampled_from(TAILS))
def test_start_gives_start_only(p, marker, tail):
    text, start, _ = p
    phrase = f"{marker} {text}{tail}"
    tf = resolve(phrase)
    check_contract(phrase, tf)
    assert (tf.kind, tf.start_date, tf.end_date) == ("from", start, None), tf.rule


@settings(deadline=None)  # the first dateparser import may take half a second
@given(periods(), periods(), st.sampled_from([" - ", " to ", " until ", " \u2013 "]))
def test_two_periods_make_a_range(a, b, joiner):
    (ta, sa, _), (tb, _, eb) = a, b
    phrase = f"{ta}{joiner}{tb}"
    tf = resolve(phrase)
    check_contract(phrase, tf)
    if ta.isdigit() and joiner.strip() in "-\u2013":
        return  # `2011 - 2012` is a financial year by design, not two calendar years
    if sa <= eb:
        assert (tf.kind, tf.start_date, tf.end_date) == ("range", sa, eb), tf.rule
    else:
        assert tf.kind == "unknown" and "range ends before it starts" in tf.review


@settings(deadline=None)  # the first dateparser import may take half a second
@given(periods(), st.sampled_from(sorted(RECURRING)))
def test_repeat_from_a_start(p, word):
    text, start, _ = p
    phrase = f"{word} from {text}"
    tf = resolve(phrase)
    check_contract(phrase, tf)
    assert (tf.kind, tf.recurrence, tf.start_date, tf.end_date) == (
        "recurring", RECURRING[word], start, None), tf.rule


@settings(deadline=None)  # the first dateparser import may take half a second
@given(periods(), st.sampled_from(["Early", "Mid", "Late", "early", "mid-", "late"]))
def test_early_mid_late_stay_inside(p, word):
    text, start, end = p
    phrase = f"{word} {text}" if not word.endswith("-") else f"{word}{text}"
    tf = resolve(phrase)
    check_contract(phrase, tf)
    assert tf.kind == "during"
    assert start <= tf.start_date <= tf.end_date <= end


@settings(deadline=None)  # the first dateparser import may take half a second
@given(st.sampled_from(["April", "Q3", "by year end", "Spring", "Year 2", "31 March",
                        "Apr-Jun", "From September"]),
       st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.integers(1, 5))
def test_year_less_phrases_resolve_inside_the_plan(text, start, years_long):
    end = date(start.year + years_long, start.month, 1)
    period = PlanPeriod(start, end)
    tf = resolve(text, period)
    check_contract(text, tf, period)
    assert tf.kind != "unknown"
    assert any("inferred from plan period" in f for f in tf.review)
    first = tf.start_date or tf.end_date
    assert first >= start.replace(day=1)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_random_text_never_breaks_the_contract(text):
    tf = resolve(text)  # the resolver without its safety net: a bug raises here
    check_contract(text, tf)
    assert parse_timeframe(text).as_json() == tf.as_json()


_WORDS = ["by", "from", "to", "-", "/", "Q3", "2011/12", "2011", "March", "may", "end", "of",
          "ongoing", "quarterly", "every", "April", "'10", "31/03/2012", "between", "and",
          "early", "late", "year", "next", "within", "6", "months", "TBC", "Spring", "w/c",
          "before", "after", "onwards", "(", ")", ",", "12", "FY", "H1", "Winter", "1st",
          "the", "Year", "1", "Novemebr", "fortnightly", "until", "2006/7", "31", "Feb", "29"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=8),
       st.sampled_from([None, PlanPeriod(date(2011, 4, 1), date(2012, 3, 31)),
                        PlanPeriod(document_date=date(2010, 11, 15))]))
def test_word_salad_never_breaks_the_contract(words, period):
    text = " ".join(words)
    tf = resolve(text, period)
    check_contract(text, tf, period)


@settings(deadline=None)  # the first dateparser import may take half a second
@given(st.text(alphabet=st.characters(blacklist_categories=("Nd", "No")), max_size=40))
def test_no_digits_no_context_no_dates(text):
    """Without digits or a plan, nothing can supply a year: no date may appear."""
    tf = resolve(text)
    assert tf.start_date is None and tf.end_date is None
