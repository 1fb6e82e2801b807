#!/usr/bin/env python3
"""Generate a deterministic sample corpus of Ofsted-style children's-services
inspection documents, laid out as pdftotext renders the real ones.

    python3 corpus/generate_sample.py --out DIR [--count N] [--seed S]

Writes DIR/*.txt (named as users name their files) and DIR/MANIFEST.tsv with the
ground truth of every file. Same seed and count give byte-identical output. All
wording is original and comes from corpus/sample_phrases.py; authority names and
ONS codes are real.  Standard library only.
"""

import argparse
import datetime as dt
import hashlib
import os
import random
import re
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sample_phrases as P  # noqa: E402

# short name, official form, ONS code
AUTHORITIES = [
    ("Barnet", "London Borough of Barnet", "E09000003"),
    ("Greenwich", "Royal Borough of Greenwich", "E09000011"),
    ("Kensington and Chelsea", "Royal Borough of Kensington and Chelsea", "E09000020"),
    ("Kingston upon Thames", "Royal Borough of Kingston upon Thames", "E09000021"),
    ("Brent", "London Borough of Brent", "E09000005"),
    ("Lewisham", "London Borough of Lewisham", "E09000023"),
    ("Haringey", "London Borough of Haringey", "E09000014"),
    ("Croydon", "London Borough of Croydon", "E09000008"),
    ("Tower Hamlets", "London Borough of Tower Hamlets", "E09000030"),
    ("Hackney", "London Borough of Hackney", "E09000012"),
    ("Southwark", "London Borough of Southwark", "E09000028"),
    ("Westminster", "Westminster City Council", "E09000033"),
    ("Birmingham", "Birmingham City Council", "E08000025"),
    ("Manchester", "Manchester City Council", "E08000003"),
    ("Leeds", "Leeds City Council", "E08000035"),
    ("Bradford", "City of Bradford Metropolitan District Council", "E08000032"),
    ("Sheffield", "Sheffield City Council", "E08000039"),
    ("Liverpool", "Liverpool City Council", "E08000012"),
    ("Doncaster", "Doncaster Metropolitan Borough Council", "E08000017"),
    ("Rotherham", "Rotherham Metropolitan Borough Council", "E08000018"),
    ("South Tyneside", "South Tyneside Council", "E08000023"),
    ("Sunderland", "Sunderland City Council", "E08000024"),
    ("Wigan", "Wigan Council", "E08000010"),
    ("Stockport", "Stockport Metropolitan Borough Council", "E08000007"),
    ("Wolverhampton", "City of Wolverhampton Council", "E08000031"),
    ("Sandwell", "Sandwell Metropolitan Borough Council", "E08000028"),
    ("Kent", "Kent County Council", "E10000016"),
    ("Essex", "Essex County Council", "E10000012"),
    ("Surrey", "Surrey County Council", "E10000030"),
    ("Norfolk", "Norfolk County Council", "E10000020"),
    ("Lancashire", "Lancashire County Council", "E10000017"),
    ("Devon", "Devon County Council", "E10000008"),
    ("Hertfordshire", "Hertfordshire County Council", "E10000015"),
    ("Derbyshire", "Derbyshire County Council", "E10000007"),
    ("Cornwall", "Cornwall Council", "E06000052"),
    ("Medway", "Medway Council", "E06000035"),
    ("Slough", "Slough Borough Council", "E06000039"),
    ("Bristol", "Bristol City Council", "E06000023"),
    ("Middlesbrough", "Middlesbrough Council", "E06000002"),
    ("Peterborough", "Peterborough City Council", "E06000031"),
    ("Torbay", "Torbay Council", "E06000027"),
    ("Windsor and Maidenhead", "Royal Borough of Windsor and Maidenhead", "E06000040"),
    ("Kingston upon Hull", "Hull City Council", "E06000010"),
    ("Nottingham", "Nottingham City Council", "E06000018"),
    ("Stoke-on-Trent", "Stoke-on-Trent City Council", "E06000021"),
    ("Isle of Wight", "Isle of Wight Council", "E06000046"),
]

FIRST = ["Alison", "Ben", "Carol", "David", "Eleanor", "Farid", "Grace", "Hugh", "Imogen",
         "James", "Kiran", "Louise", "Martin", "Nadia", "Owen", "Priya", "Rachel", "Simon",
         "Tessa", "Usman", "Victoria", "William", "Yvonne", "Zoe", "Graham", "Helen", "Neil",
         "Joanna", "Patrick", "Sarah"]
LAST = ["Ashworth", "Baxendale", "Carrow", "Dunmore", "Ellery", "Fenwick", "Garside",
        "Hollins", "Iqbal", "Jessop", "Kershaw", "Lomax", "Marwood", "Naylor", "Okafor",
        "Pennock", "Quayle", "Rudd", "Sowerby", "Thwaite", "Umpleby", "Varley", "Whitlock",
        "Yardley", "Bramhall", "Cottam", "Delaney", "Foulds", "Greaves", "Holroyd"]
STREETS = ["Civic Centre, Station Road", "Town Hall, Market Street", "County Hall, Castle Way",
           "Council Offices, Victoria Road", "Civic Offices, Church Lane", "The Guildhall, High Street"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

GRADE_WORD = {"outstanding": "outstanding", "good": "good", "adequate": "adequate",
              "ri": "requires improvement", "inadequate": "inadequate"}
TONE_WEIGHTS = {"outstanding": (80, 18, 2), "good": (65, 30, 5), "adequate": (30, 45, 25),
                "ri": (30, 45, 25), "inadequate": (8, 32, 60)}

OFSTED_ADDRESS = ["Piccadilly Gate", "Store Street", "Manchester", "M1 2WD"]

CLOSING = [
    "Ofsted, the Office for Standards in Education, Children’s Services and Skills, inspects "
    "and regulates services that care for children and young people and that provide education "
    "and skills for learners of all ages. Its remit includes council children’s services, "
    "services for children looked after, safeguarding and child protection.",
    "This document is available in other formats, such as large print or Braille, on request "
    "by telephone on 0300 123 1231 or by email to enquiries@ofsted.gov.uk.",
    "The information in this report may be reused, excluding logos, free of charge in any format "
    "or medium under the terms of the Open Government Licence; see "
    "www.nationalarchives.gov.uk/doc/open-government-licence.",
]


# --------------------------------------------------------------------------- dates

def fmt_d(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_range(a, b, style):
    """style: 'dash' (3 – 12 December 2012), 'to' (13 May to 24 May 2019),
    'toshort' (11 to 15 November 2024)."""
    if style == "dash":
        if a.month == b.month and a.year == b.year:
            return f"{a.day} – {b.day} {MONTHS[b.month - 1]} {b.year}"
        if a.year == b.year:
            return f"{a.day} {MONTHS[a.month - 1]} – {fmt_d(b)}"
        return f"{fmt_d(a)} – {fmt_d(b)}"
    if style == "toshort" and a.month == b.month and a.year == b.year:
        return f"{a.day} to {fmt_d(b)}"
    if a.year == b.year:
        return f"{a.day} {MONTHS[a.month - 1]} to {fmt_d(b)}"
    return f"{fmt_d(a)} to {fmt_d(b)}"


def rand_monday(rng, lo, hi):
    lo, hi = dt.date(*lo), dt.date(*hi)
    d = lo + dt.timedelta(days=rng.randrange((hi - lo).days))
    while d.month in (8,) or (d.month == 12 and d.day > 14) or (d.month == 1 and d.day < 6):
        d += dt.timedelta(days=21)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def workday_after(d, days):
    d = d + dt.timedelta(days=days)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# --------------------------------------------------------------------------- text filling

# slots that keep one value per document (inclusive ranges)
FIXED_SLOTS = {"agencypct": (8, 42), "caseload": (14, 30), "goodcaseload": (12, 19),
               "rhipct": (70, 95), "rhilow": (30, 65), "stayput": (6, 60), "ipct": (55, 98), "lowpct": (3, 12)}

class Filler:
    """Fills phrase-bank templates for one document: term forms, numbers, tone."""

    def __init__(self, rng, la, acr_p=None, straight=False, when=None):
        self.rng = rng
        self.la = la
        self.acr_p = rng.uniform(0.15, 0.6) if acr_p is None else acr_p
        self.seen = set()
        self.used = set()
        self.straight = straight
        self.fixed = {}
        self.when = when              # inspection start: dates figures and names the LSCB era

    def term(self, key):
        if key == "LSCB" and self.when and self.when >= dt.date(2019, 9, 29):
            # boards gave way to local safeguarding partnerships in 2019
            return self.rng.choice(["safeguarding partnership", "local safeguarding partnership",
                                    "safeguarding children partnership"])
        acr, exp = P.TERMS[key]
        base = key.rstrip("s") if key.endswith("s") and key not in ("CAMHS", "UASC") else key
        p = self.acr_p * (0.4 if key == "RHIs" else 1.0)
        if base not in self.seen:
            self.seen.add(base)
            if self.rng.random() < 0.5:
                return f"{exp} ({acr})"
            return exp
        return acr if self.rng.random() < p else exp

    def fill(self, tpl, cap=True):
        rng = self.rng

        def sub(m):
            k = m.group(1)
            if k in P.TERMS:
                return self.term(k)
            if k == "la":
                return self.la
            if k == "n":
                return str(rng.randint(3, 14))
            if k == "m":
                return str(rng.randint(22, 34))
            if k == "pct":
                return str(rng.randint(6, 48))
            if k == "weeks":
                return str(rng.randint(3, 16))
            if k == "month":
                return rng.choice(MONTHS)
            if k == "year":
                if self.when:
                    return str(rng.randint(self.when.year - 3, self.when.year - 1))
                return str(rng.randint(2015, 2024))
            if k in FIXED_SLOTS:
                # one value per document, so that figures agree across paragraphs
                if k not in self.fixed:
                    self.fixed[k] = str(rng.randint(*FIXED_SLOTS[k]))
                return self.fixed[k]
            return m.group(0)

        # [a|b|c] alternatives first, then {slot}s
        s = re.sub(r"\[([^\[\]]*\|[^\[\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), tpl)
        s = re.sub(r"\{(\w+)\}", sub, s)
        return s[0].upper() + s[1:] if cap else s

    def pick(self, lst):
        fresh = [x for x in lst if x not in self.used]
        x = self.rng.choice(fresh or lst)
        self.used.add(x)
        return x

    def tone(self, grade):
        w = TONE_WEIGHTS[grade]
        return self.rng.choices(["pos", "mix", "neg"], weights=w)[0]

    def paragraph(self, theme, grade, nsent=None):
        """A paragraph on one theme: a dominant tone, sentences from the theme in that
        tone (with the odd mixed one), and now and then a general evidence sentence."""
        th = P.THEMES[theme]
        n = nsent or self.rng.randint(3, 6)
        tone = self.tone(grade)
        out = []
        for i in range(n):
            t = tone if self.rng.random() < 0.75 else "mix"
            if i >= 2 and self.rng.random() < 0.35:
                s = self.pick(P.GENERIC[t])
            else:
                s = self.pick(th[t] or th["mix"] or th["pos"])
            if s not in out:
                out.append(s)
        if self.rng.random() < 0.15:
            out.append(self.rng.choice(P.OPENERS[tone]))
        return " ".join(self.fill(s) for s in out)

    def need(self, theme):
        return self.fill(self.pick(P.THEMES[theme]["need"]))

    def rec(self, theme):
        return self.fill(self.pick(P.THEMES[theme]["rec"]), cap=False)


def cycle(items, k):
    return [items[i % len(items)] for i in range(k)]


def themes_for(area, rng, must=()):
    names = [n for n, t in P.THEMES.items() if area in t["areas"]]
    rng.shuffle(names)
    for m in reversed(must):
        if m in names:
            names.remove(m)
        names.insert(rng.randint(0, min(2, len(names))), m)
    return names


# --------------------------------------------------------------------------- layout

class Doc:
    """Accumulates lines and lays them out on pages the way pdftotext emits them:
    a form feed after every page, an optional running footer and page number."""

    def __init__(self, rng, width=None, page_len=None, footer=None, formfeed=True,
                 first_footer=True):
        self.rng = rng
        self.width = width or rng.randint(84, 94)
        self.page_len = page_len or rng.randint(42, 48)
        self.footer = footer          # function(pageno) -> list of lines
        self.formfeed = formfeed
        self.first_footer = first_footer
        self.pages = []
        self.cur = []
        self.notes = []
        self.note_no = 0

    def _emit(self, line):
        if not self.cur and line == "":
            return
        self.cur.append(line)
        if self.formfeed and len(self.cur) >= self.page_len:
            self.page_break()

    def page_break(self):
        if not self.cur:
            return
        pageno = len(self.pages) + 1
        lines = list(self.cur)
        if self.notes:
            lines.append("")
            for no, txt in self.notes:
                lines.append(str(no))
                lines.append("")
                lines.extend(textwrap.wrap(txt, self.width))
            self.notes = []
        if self.footer and (pageno > 1 or self.first_footer):
            lines.extend(self.footer(pageno))
        self.pages.append(lines)
        self.cur = []

    def line(self, s=""):
        self._emit(s)

    def lines(self, ls):
        for s in ls:
            self._emit(s)

    def wrap(self, text, width=None):
        w = (width or self.width) - self.rng.randint(0, 4)
        return textwrap.wrap(text, w, break_long_words=False, break_on_hyphens=False) or [""]

    def text(self, text, width=None):
        self.lines(self.wrap(text, width))

    def heading(self, text, width=None):
        self.lines(self.wrap(text, width or self.width - 8))

    def para(self, text, num=None, style="alone", gap=True):
        if num is not None and style == "alone":
            self.line(f"{num}.")
            self.line("")
            self.text(text)
        elif num is not None and style == "inline":
            self.text(f"{num}. {text}")
        else:
            self.text(text)
        if gap:
            self.line("")

    def bullets(self, items, glyph):
        for it in items:
            ls = self.wrap(f"{glyph} {it}")
            self.lines(ls)

    def footnote(self, text):
        self.note_no += 1
        self.notes.append((self.note_no, text))
        return str(self.note_no)

    def render(self):
        self.page_break()
        if not self.formfeed:
            return "\n".join(l for p in self.pages for l in p) + "\n"
        return "".join("\n".join(p) + "\n\f" for p in self.pages)


def glue_footnote(doc, text, note):
    """Attach a footnote digit to the last word of the first sentence."""
    mark = doc.footnote(note)
    i = text.find(". ")
    if i < 0:
        return text + mark
    return text[:i] + mark + text[i:]


def curly(s):
    s = re.sub(r"(^|[\s(\[])'", lambda m: m.group(1) + "‘", s)
    return s.replace("'", "’")


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def majesty(d):
    return "His" if d >= dt.date(2022, 9, 8) else "Her"


def grade_title(g, scale):
    if g == "ri":
        return "Requires improvement to be good" if scale == "ilacs" else "Requires improvement"
    return g.capitalize()


def table_grade_lines(g, scale, rng):
    t = grade_title(g, scale)
    if len(t) > 20 and rng.random() < 0.4:
        parts = t.split(" ", 1)
        return parts
    return [t]


def section_grades(overall, rng, keys, scale):
    order = ["inadequate", "adequate" if scale == "cp2012" else "ri", "good", "outstanding"]
    idx = order.index(overall)
    out = {}
    for k in keys:
        j = max(0, min(3, idx + rng.choice([0, 0, 0, 1, -1])))
        out[k] = order[j]
    if overall == "inadequate" and "inadequate" not in out.values():
        out[keys[-1]] = "inadequate"
    if overall != "inadequate" and all(v == "inadequate" for v in out.values()):
        out[keys[0]] = order[1]
    return out


# --------------------------------------------------------------------------- 2012-13 protection

def gen_cp2012(rng, la, grade):
    short, official, _ = la
    start = rand_monday(rng, (2012, 6, 4), (2013, 10, 28))
    end = start + dt.timedelta(days=9)
    pub = workday_after(end, rng.randint(28, 42))
    f = Filler(rng, short, when=start)
    d = Doc(rng, footer=lambda n: ["", str(n), ""])
    lead = person(rng)
    glyph = rng.choice(["", "•", "-"])
    d.line("")
    d.heading("Inspection of local authority arrangements for the protection of children")
    d.line("")
    d.line(official)
    d.line("")
    d.line(f"Inspection dates: {fmt_range(start, end, 'dash')}")
    d.line(f"Reporting inspector {lead} HMI" if rng.random() < 0.2 else f"Lead inspector {lead} HMI")
    d.line("")
    d.line("Age group: All")
    d.line(f"Published: {fmt_d(pub)}")
    d.line("")
    d.line(f"© Crown copyright {pub.year}")
    d.line("Website: www.ofsted.gov.uk")
    d.text("This report may be reproduced in full or in part for non-commercial purposes, "
           "provided that the text is not altered and that the source and date of publication "
           "are acknowledged.")
    d.page_break()
    heads = ["The inspection judgements and what they mean", "Overall effectiveness",
             "Areas for improvement", "About this inspection", "Service information",
             "Overall effectiveness",
             "The effectiveness of the help and protection provided to children, young people, families and carers",
             "The quality of practice", "Leadership and governance", "Record of main findings"]
    d.line("Contents")
    pg = 2
    for h in heads:
        d.heading(h)
        d.line(str(pg))
        pg += rng.randint(0, 3)
    d.page_break()
    d.heading("Inspection of local authority arrangements for the protection of children")
    d.line("")
    d.line("The inspection judgements and what they mean")
    n = 1
    d.para("All inspection judgements are made using the following four point scale.", n, "inline")
    for g, m in [("Outstanding", "a service that significantly exceeds minimum requirements"),
                 ("Good", "a service that exceeds minimum requirements"),
                 ("Adequate", "a service that meets minimum requirements"),
                 ("Inadequate", "a service that does not meet minimum requirements")]:
        d.line(g)
        d.line(m)
    d.line("")
    d.line("Overall effectiveness")
    n += 1
    where = ("the " + official) if official.startswith(("Royal", "London")) else short
    d.para(f"The overall effectiveness of the arrangements to protect children in {where} "
           f"is judged to be {GRADE_WORD[grade]}.", n, "inline")
    keys = ["help", "practice", "lead"]
    sg = section_grades(grade, rng, keys, "cp2012")
    d.line("Areas for improvement")
    n += 1
    d.para(f"In order to improve the quality of help and protection given to children and young "
           f"people in {short}, the local authority and its partners should take the following "
           f"action.", n, "inline")
    rec_themes = themes_for("help", rng, ["strategy"]) + themes_for("lead", rng, ["caseloads"])
    groups = ["Immediately:", "Within three months:", "Within six months:"]
    k = 0
    for gname in groups:
        d.line(gname)
        items = []
        for _ in range(rng.randint(2, 4)):
            items.append(f.rec(rec_themes[k % len(rec_themes)]))
            k += 1
        items[-1] += "."
        d.bullets(items, glyph)
        d.line("")
    d.line("About this inspection")
    for txt in [
        "This inspection was unannounced and looked at the effectiveness of local arrangements "
        "for the protection of children. Inspectors examined case files, spoke to children, "
        "parents and carers, and met frontline staff, managers and partner agencies.",
        f"The inspection team consisted of {rng.choice(['three', 'four'])} of Her Majesty’s "
        f"Inspectors and one additional inspector. Inspectors also considered the views of "
        f"staff from health services and the police in {short}."]:
        n += 1
        d.para(txt, n, "inline")
    d.line("Service information")
    n += 1
    d.para(f"{short} has a population of approximately {rng.randint(38, 340)},000 children and "
           f"young people aged 0 to 18. At the time of the inspection, {rng.randint(120, 900)} "
           f"children were the subject of a child protection plan and {rng.randint(200, 1400)} "
           f"children were looked after.", n, "inline")
    d.line("Overall effectiveness")
    for _ in range(rng.randint(2, 3)):
        n += 1
        d.para(f.paragraph(rng.choice(rec_themes[:6]), grade), n, "inline")
    titles = {"help": "The effectiveness of the help and protection provided to children, young "
                      "people, families and carers",
              "practice": "The quality of practice", "lead": "Leadership and governance"}
    area = {"help": ("help", ["strategy", "missing", "front_door"]),
            "practice": ("help", ["assessments", "conferences", "wishes"]),
            "lead": ("lead", ["caseloads", "supervision", "workforce"])}
    for key in keys:
        d.heading(titles[key])
        n += 1
        d.para(f"{titles[key].split(',')[0] if key == 'help' else titles[key]} is "
               f"{GRADE_WORD[sg[key]]}.", n, "inline")
        a, must = area[key]
        for th in cycle(themes_for(a, rng, must), rng.randint(10, 15)):
            n += 1
            d.para(f.paragraph(th, sg[key]), n, "inline")
    d.line("Record of main findings")
    d.line("")
    d.line("Local authority arrangements for the protection of children")
    for lab, g in [("Overall effectiveness", grade), (titles["help"], sg["help"]),
                   ("The quality of practice", sg["practice"]),
                   ("Leadership and governance", sg["lead"])]:
        d.heading(lab, 60)
        d.line(g.capitalize())
    meta = dict(type="inspection_report", framework="CP2012", start=start, end=end, pub=pub)
    return curly(d.render()), meta


# --------------------------------------------------------------------------- SIF

def sif_body(rng, la, grade, start, end, pub, d, f, numbering, sg=None):
    short, official, _ = la
    glyph = rng.choice(["\uf06e", "\uf0b7", "•", "▪"])
    keys = ["help", "care", "adoption", "leavers", "lead"]
    sg = sg or section_grades(grade, rng, keys, "sif")
    lscb = sg["lead"] if rng.random() < 0.6 else rng.choice(["good", "ri", "inadequate"])
    d.line(official)
    reinspect = grade != "inadequate" and rng.random() < 0.15
    d.heading(("Re-inspection" if reinspect else "Inspection") + " of services for children in "
              "need of help and protection, children looked after and care leavers", 62)
    d.line("and")
    d.heading("Review of the effectiveness of the Local Safeguarding Children Board", 62)
    d.line(f"Inspection dates: {fmt_range(start, end, 'to')}")
    d.line(f"Report published: {fmt_d(pub)}")
    d.line("")
    if start >= dt.date(2015, 6, 1):
        tail = {"outstanding": "are outstanding", "good": "are good",
                "ri": "require improvement to be good", "inadequate": "are inadequate"}[grade]
        d.heading(f"Children’s services in {short} {tail}", 62)
    else:
        d.line(f"The overall judgement is {GRADE_WORD[grade]}")
    labels = [("1. Children who need help and protection", "help"),
              ("2. Children looked after and achieving permanence", "care"),
              ("2.1 Adoption performance", "adoption"),
              ("2.2 Experiences and progress of care leavers", "leavers"),
              ("3. Leadership, management and governance", "lead")]
    for lab, k in labels:
        d.lines(textwrap.wrap(lab, 44))
        d.line("")
        d.lines(table_grade_lines(sg[k], "sif", rng))
        d.line("")
    d.page_break()
    d.line("Executive summary")
    for th in ["leadership", "workforce", "front_door", "strategy", "missing", "placement_stability",
               "adoption", "care_leavers", "caseloads"]:
        d.text(f.paragraph(th, sg["lead"] if th in ("leadership", "workforce", "caseloads")
                           else sg["help"], 4))
    d.page_break()
    d.line("Contents")
    for h, p in [("Executive summary", 2), ("Information about this local authority area", 5),
                 ("Recommendations", 7), ("Summary for children and young people", 8),
                 ("The experiences and progress of children who need help and protection", 9),
                 ("The experiences and progress of children looked after and achieving permanence", 16),
                 ("Leadership, management and governance", 27),
                 ("The Local Safeguarding Children Board (LSCB)", 35),
                 ("Information about this inspection", 44)]:
        d.heading(h, 70)
        d.line("")
        d.line(str(p + rng.randint(0, 3)))
        d.line("")
    d.page_break()
    d.line("Information about this local authority area")
    d.line("Previous Ofsted inspections")
    prev = rng.choice(["inadequate", "adequate", "good"])
    d.bullets([f"The local authority operates {rng.randint(0, 5)} children’s homes. All were "
               f"judged good or better at their most recent inspection.",
               f"The previous inspection of the local authority’s arrangements for the protection "
               f"of children was in {rng.choice(MONTHS)} {rng.randint(2011, 2013)}. The local "
               f"authority was judged to be {prev}."], glyph)
    d.line("Local leadership")
    d.bullets([f"The director of children’s services (DCS) has been in post since "
               f"{rng.choice(MONTHS)} {start.year - rng.randint(0, 4)}.",
               f"The chair of the LSCB has been in post since {rng.choice(MONTHS)} "
               f"{start.year - rng.randint(0, 3)}."], glyph)
    d.line("Children living in this area")
    d.bullets([f"Approximately {rng.randint(40, 330)},{rng.randint(100, 999)} children and young "
               f"people under the age of 18 years live in {short}. This is "
               f"{rng.randint(18, 27)}% of the total population in the area.",
               f"Approximately {rng.randint(9, 38)}% of the local authority’s children are living "
               f"in poverty."], glyph)
    d.line("Child protection in this area")
    d.bullets([f"At the time of inspection, {rng.randint(2, 9)},{rng.randint(100, 999)} children "
               f"had been identified through assessment as being formally in need of a specialist "
               f"children’s service.",
               f"At the time of the inspection, {rng.randint(90, 800)} children and young people "
               f"were the subject of a child protection plan."], glyph)
    d.line("Children looked after in this area")
    d.bullets([f"At the time of the inspection, {rng.randint(180, 1600)} children were being "
               f"looked after by the local authority."], glyph)
    d.line("")
    d.line("Recommendations")
    order = themes_for("help", rng, ["strategy", "missing"]) + themes_for("lead", rng, ["caseloads"])
    for th in order[:rng.randint(6, 10)]:
        numbering[0] += 1
        r = f.rec(th)
        d.para(r[0].upper() + r[1:] + ".", numbering[0], "alone")
    d.line("Summary for children and young people")
    kids = [f.fill(f.pick(P.THEMES[t]["pos"])) for t in ("wishes", "care_leavers", "iro")]
    kids.append(f.fill(f.pick(P.THEMES["caseloads"][("pos" if grade in ("good", "outstanding") else "neg")])))
    d.bullets(kids, glyph)
    d.line("")
    sections = [
        ("The experiences and progress of children who need help and protection", "help", "help",
         ["strategy", "missing", "front_door", "conferences"]),
        ("The experiences and progress of children looked after and achieving permanence", "care",
         "care", ["iro", "placement_stability", "fostering", "missing"]),
        ("Leadership, management and governance", "lead", "lead",
         ["caseloads", "supervision", "workforce", "corporate_parenting"]),
    ]
    for title, k, area, must in sections:
        d.heading(title, 70)
        d.line("")
        d.lines(table_grade_lines(sg[k], "sif", rng))
        d.line("")
        d.line("Summary")
        for _ in range(2):
            d.text(f.paragraph(rng.choice(must), sg[k], 3))
        d.line("Inspection findings")
        for th in cycle(themes_for(area, rng, must), rng.randint(14, 21)):
            numbering[0] += 1
            d.para(f.paragraph(th, sg[k]), numbering[0], rng.choice(["alone"] * 4 + ["inline"]))
        if k == "care":
            numbering[0] += 1
            d.para(f"The graded judgement for adoption performance is that it is "
                   f"{GRADE_WORD[sg['adoption']]}. " + f.paragraph("adoption", sg["adoption"]),
                   numbering[0])
            numbering[0] += 1
            d.para(f"The graded judgement about the experience and progress of care leavers is "
                   f"that it {'requires improvement' if sg['leavers'] == 'ri' else 'is ' + sg['leavers']}. "
                   + f.paragraph("care_leavers", sg["leavers"]), numbering[0])
    d.line("The Local Safeguarding Children Board (LSCB)")
    d.line("")
    d.line({"good": "The Local Safeguarding Children Board is good",
            "outstanding": "The Local Safeguarding Children Board is outstanding",
            "ri": "The Local Safeguarding Children Board requires improvement",
            "inadequate": "The Local Safeguarding Children Board is inadequate"}[lscb])
    d.line("Executive summary")
    d.text(f.paragraph("partnership", lscb, 4))
    d.line("Recommendations")
    for _ in range(rng.randint(2, 4)):
        numbering[0] += 1
        r = f.rec("partnership") if rng.random() < 0.5 else f.rec(rng.choice(order[:8]))
        d.para(r[0].upper() + r[1:] + ".", numbering[0])
    d.heading("Inspection findings – the Local Safeguarding Children Board")
    for _ in range(rng.randint(4, 7)):
        numbering[0] += 1
        d.para(f.paragraph(rng.choice(["partnership", "cse", "missing", "lado",
                                       "quality_assurance"]), lscb), numbering[0])
    return sg


def sif_closing(rng, d, pub):
    d.line("Information about this inspection")
    d.text("Inspectors have looked closely at the experiences of children and young people who "
           "have needed or still need help and/or protection, including children looked after "
           "and care leavers, and at the effectiveness of the local safeguarding children board.")
    d.line("The inspection team")
    d.line(f"Lead inspector: {person(rng)}")
    d.line(f"Deputy lead inspector: {person(rng)}")
    d.text("Team inspectors: " + ", ".join(person(rng) for _ in range(4)) + f" and {person(rng)}")
    d.line(f"Senior data analyst: {person(rng)}")
    d.line(f"Quality assurance manager: {person(rng)}")
    d.page_break()
    for c in CLOSING:
        d.text(c)
    d.lines(OFSTED_ADDRESS)
    d.line("T: 0300 123 1231")
    d.line("E: enquiries@ofsted.gov.uk")
    d.line("W: www.gov.uk/ofsted")
    d.line(f"© Crown copyright {pub.year}")


def sif_dates(rng):
    start = rand_monday(rng, (2014, 2, 3), (2018, 1, 15))
    end = start + dt.timedelta(days=rng.choice([24, 25, 31]))
    pub = workday_after(end, rng.randint(40, 60))
    return start, end, pub


def gen_sif(rng, la, grade):
    start, end, pub = sif_dates(rng)
    f = Filler(rng, la[0], when=start)
    d = Doc(rng, footer=lambda n: ["", str(n), ""])
    sg = sif_body(rng, la, grade, start, end, pub, d, f, [0])
    sif_closing(rng, d, pub)
    meta = dict(type="inspection_report", framework="SIF", start=start, end=end, pub=pub, sg=sg)
    return curly(d.render()), meta


# --------------------------------------------------------------------------- ILACS

ILACS_LABELS = {
    "lead": "The impact of leaders on social work practice with children and families",
    "help": "The experiences and progress of children who need help and protection",
    "care": "The experiences and progress of children in care and care leavers",
    "care2023": "The experiences and progress of children in care",
    "leavers": "The experiences and progress of care leavers",
}

NF_TAGS = ["(National Framework outcome one)", "(National Framework outcome two)",
           "(National Framework outcome three)", "(National Framework outcome four)",
           "(National Framework enabler two)"]


def ilacs_dates(rng, grade):
    short = grade in ("good", "outstanding") and rng.random() < 0.6
    start = rand_monday(rng, (2018, 3, 5), (2025, 10, 27))
    end = start + dt.timedelta(days=4 if short else 11)
    pub = workday_after(end, rng.randint(35, 50))
    return start, end, pub, short


def ilacs_body(rng, la, grade, start, end, pub, d, f, title_name, sg=None):
    keys = ["lead", "help"] + (["care2023", "leavers"] if pub >= dt.date(2023, 1, 1) else ["care"])
    sg = sg or section_grades(grade, rng, keys, "ilacs")
    d.line("Judgement")
    d.line("")
    d.line("Grade")
    d.line("")
    for k in keys:
        d.lines(textwrap.wrap(ILACS_LABELS[k], rng.randint(34, 40)))
        d.line("")
        d.lines(table_grade_lines(sg[k], "ilacs", rng))
        d.line("")
    d.line("Overall effectiveness")
    d.line("")
    d.lines(table_grade_lines(grade, "ilacs", rng))
    d.line("")
    for th in ["leadership", "front_door", "strategy", "placement_stability", "care_leavers",
               "workforce"]:
        d.text(f.paragraph(th, grade, 4))
    d.line("")
    d.page_break()
    d.line("What needs to improve?" if pub >= dt.date(2019, 6, 1) else "What needs to improve")
    needs = []
    pool = (themes_for("help", rng, ["strategy", "missing"])[:3] + themes_for("care", rng)[:2]
            + themes_for("lead", rng, ["caseloads"])[:2])
    for th in pool[:rng.randint(3, 7)]:
        nd = f.need(th)
        if pub >= dt.date(2025, 4, 1) and rng.random() < 0.7:
            nd = nd.rstrip(".") + " " + rng.choice(NF_TAGS) + "."
        needs.append(nd)
    d.bullets(needs, "◼")
    d.line("")
    num = 0
    plan = [("help", "help", ["strategy", "missing", "front_door", "domestic_abuse"]),
            ("care2023" if "care2023" in keys else "care", "care",
             ["iro", "placement_stability", "fostering", "adoption"]),
            ]
    if "leavers" in keys:
        plan.append(("leavers", "leavers", ["care_leavers", "uasc"]))
    else:
        plan[1][2].append("care_leavers")
    plan.append(("lead", "lead", ["caseloads", "supervision", "workforce", "quality_assurance"]))
    for k, area, must in plan:
        d.heading(f"{ILACS_LABELS[k]}: {GRADE_WORD[sg[k]] + (' to be good' if sg[k] == 'ri' else '')}", 64)
        count = {"help": (15, 21), "care": (12, 17), "leavers": (6, 9), "lead": (11, 15)}[area]
        ths = themes_for(area, rng, must)
        if area == "care" and "leavers" not in keys:
            ths += ["care_leavers", "care_leavers"]
        for th in cycle(ths, rng.randint(*count)):
            num += 1
            text = f.paragraph(th, sg[k])
            if rng.random() < 0.04:
                text = glue_footnote(d, text, "This is a tool used to structure conversations "
                                              "about risk and safety with families.")
            d.para(text, num, "inline" if rng.random() < 0.2 else "alone",
                   gap=rng.random() < 0.85)
    return sg


def ilacs_closing(d, pub):
    d.page_break()
    for c in CLOSING:
        d.text(c)
    d.line("This report is available at https://reports.ofsted.gov.uk/.")
    d.lines(OFSTED_ADDRESS)
    d.line("T: 0300 123 1231")
    d.line("Textphone: 0161 618 8524")
    d.line("E: enquiries@ofsted.gov.uk")
    d.line("W: www.gov.uk/ofsted")
    d.line(f"© Crown copyright {pub.year}")


def gen_ilacs(rng, la, grade):
    short, official, _ = la
    start, end, pub, is_short = ilacs_dates(rng, grade)
    f = Filler(rng, short, when=start)
    name = official if official.startswith(("Royal", "London")) and rng.random() < 0.5 else short
    if name.startswith("Royal"):
        name = "the " + name
    title = f"Inspection of {name} local authority children’s services"
    drange = fmt_range(start, end, rng.choice(["to", "toshort"]))
    d = Doc(rng, footer=lambda n: ["", title, drange, "", str(n), ""], first_footer=False)
    if pub < dt.date(2019, 9, 1) and rng.random() < 0.4:
        d.line(official)
        d.line("Inspection of children’s social care services")
    else:
        d.lines(textwrap.wrap(title, rng.randint(36, 44)))
    d.line(f"Inspection dates: {drange}")
    d.line(f"Lead inspector: {person(rng)}, {majesty(pub)} Majesty’s Inspector")
    sg = ilacs_body(rng, la, grade, start, end, pub, d, f, name)
    ilacs_closing(d, pub)
    meta = dict(type="inspection_report", framework="ILACS", start=start, end=end, pub=pub,
                short=is_short, sg=sg)
    return curly(d.render()), meta


# --------------------------------------------------------------------------- letters

FV_TOPICS = [
    ("the front door", "help", ["front_door", "thresholds", "strategy", "out_of_hours", "early_help"]),
    ("children in need and children subject to a child protection plan", "help",
     ["conferences", "assessments", "wishes", "domestic_abuse", "strategy"]),
    ("vulnerable children at risk of extra-familial harm", "help",
     ["missing", "cse", "cme", "prevent", "homeless"]),
    ("children in care", "care", ["placement_stability", "iro", "fostering", "missing", "education_health"]),
    ("planning and achieving permanence", "care", ["permanence", "adoption", "iro", "fostering"]),
    ("care leavers", "leavers", ["care_leavers", "uasc", "homeless"]),
]


def letter_head(d, rng, date, dcs, official):
    d.line("Ofsted")
    d.lines(OFSTED_ADDRESS)
    d.line("")
    d.line("T 0300 123 1231")
    d.line("Textphone 0161 618 8524")
    d.line("enquiries@ofsted.gov.uk")
    d.line("www.gov.uk/ofsted")
    d.line("")
    d.line(fmt_d(date))
    d.line(dcs)
    d.line(rng.choice(["Director of Children’s Services", "Executive Director of Children’s Services",
                       "Corporate Director, Children and Families"]))
    d.line(official)
    for part in rng.choice(STREETS).split(", "):
        d.line(part)


def gen_fv(rng, la, _grade):
    short, official, _ = la
    start = rand_monday(rng, (2018, 2, 5), (2025, 11, 3)) + dt.timedelta(days=1)
    end = start + dt.timedelta(days=1)
    pub = workday_after(end, rng.randint(21, 35))
    f = Filler(rng, short, when=start)
    tone = rng.choice(["good", "good", "ri", "ri", "inadequate"])
    topic, area, themes = rng.choice(FV_TOPICS)
    d = Doc(rng, footer=lambda n: ["", str(n), ""], first_footer=False)
    dcs = person(rng)
    letter_head(d, rng, pub, dcs, official)
    d.line(f"Dear {dcs.split()[0]}")
    d.line(f"Focused visit to {short} children’s services")
    inspectors = [person(rng) for _ in range(2)]
    d.text(f"This letter sets out the findings of the focused visit to {short} children’s services "
           f"on {start.day} and {fmt_d(end)}. The inspectors were {inspectors[0]} and "
           f"{inspectors[1]}, {majesty(pub)} Majesty’s Inspectors.")
    d.text(f"Inspectors looked at the local authority’s arrangements for {topic}.")
    d.text("Inspectors spoke to social workers, managers and leaders, and looked at local "
           "authority performance information, case records and audits.")
    new_style = pub >= dt.date(2022, 1, 1)
    d.line("Headline findings" if new_style else "Overview")
    for _ in range(2):
        d.text(f.paragraph(rng.choice(themes + ["leadership"]), tone, 3))
    d.line("What needs to improve in this area of social work practice" + ("?" if new_style else ""))
    d.bullets([f.need(t) for t in themes[:rng.randint(2, 4)]], "◼")
    if tone == "inadequate" and rng.random() < 0.5:
        d.line("Areas for priority action")
        d.bullets([f.need(themes[0])], "◼")
    d.line("Main findings" if new_style else "Findings")
    pool = themes + ["supervision", "caseloads", "workforce", "wishes", "quality_assurance"] + themes
    for th in cycle(pool, rng.randint(14, 20)):
        p = f.paragraph(th, tone)
        if new_style:
            d.text(p)
        else:
            d.bullets([p], "◼")
    d.text("The findings of this focused visit will be taken into account when Ofsted plans your "
           "next inspection or visit.")
    d.line("Yours sincerely")
    d.line("")
    d.line(inspectors[0])
    d.line(f"{majesty(pub)} Majesty’s Inspector")
    meta = dict(type="focused_visit", framework="ILACS", start=start, end=end, pub=pub)
    return curly(d.render()), meta


JTAI_THEMES = [
    ("abuse and neglect", ["assessments", "early_help", "wishes", "conferences"]),
    ("children living with domestic abuse", ["domestic_abuse", "strategy", "front_door"]),
    ("child sexual exploitation and children missing from home, care or education",
     ["cse", "missing", "cme", "strategy"]),
    ("the identification of initial need and risk", ["front_door", "thresholds", "strategy", "early_help"]),
    ("serious youth violence", ["cse", "missing", "strategy", "homeless"]),
    ("sexual abuse in the family environment", ["strategy", "s47", "assessments", "conferences"]),
]


def gen_jtai(rng, la, _grade):
    short, official, _ = la
    start = rand_monday(rng, (2016, 2, 1), (2025, 10, 6))
    end = start + dt.timedelta(days=4)
    pub = workday_after(end, rng.randint(45, 60))
    due = workday_after(pub, rng.randint(90, 100))
    f = Filler(rng, short, when=start)
    tone = rng.choice(["good", "ri", "ri", "inadequate"])
    theme, themes = rng.choice(JTAI_THEMES)
    probation = start < dt.date(2022, 4, 1)
    d = Doc(rng, footer=lambda n: ["", str(n), ""])
    d.line(fmt_d(pub))
    addressees = [f"{person(rng)}, Director of Children’s Services, {official}",
                  f"{person(rng)}, Chief Executive, {official}",
                  f"{person(rng)}, {'Accountable Officer, NHS ' + short + ' Clinical Commissioning Group' if start < dt.date(2022, 7, 1) else 'Chief Executive, NHS Integrated Care Board'}",
                  f"{person(rng)}, Police and Crime Commissioner",
                  f"{person(rng)}, Chief Constable"]
    if start < dt.date(2019, 9, 1):
        addressees.append(f"{person(rng)}, Independent Chair of the {short} LSCB")
    for a in addressees:
        d.text(a)
    d.line("")
    d.line("Dear local partnership" if rng.random() < 0.7 else "Dear colleagues")
    d.heading(f"Joint targeted area inspection of the multi-agency response to {theme} in {short}")
    insp = ("Ofsted, the Care Quality Commission (CQC), HMI Constabulary and Fire & Rescue Services "
            "(HMICFRS)" + (" and HMI Probation" if probation else ""))
    intro = (f"Between {start.day} and {fmt_d(end)}, {insp} carried out a joint inspection of "
             f"the multi-agency response to {theme} in {short}. This letter to the leaders "
             f"of the local partnership sets out what inspectors found about how well agencies "
             f"work together.")
    d.text(glue_footnote(d, intro, "The inspection was carried out under section 20 of the "
                                   "Children Act 2004."))
    d.text(f"The inspection included an evaluation of the multi-agency front door and a deep "
           f"dive into the experiences of children affected by {theme}.")
    if start < dt.date(2021, 1, 1):
        sections = [("Key strengths", "pos"), ("Case study: highly effective practice", "pos"),
                    ("Areas for improvement", "neg"), ("Case study: area for improvement", "neg")]
    else:
        sections = [("Headline findings", None), ("What needs to improve?", "need"),
                    ("Strengths", "pos"), ("Main findings", None)]
    for title, kind in sections:
        d.line(title)
        if kind == "need":
            d.bullets([f.need(t) for t in themes], "◼")
            continue
        if kind is None:
            k = 4 if title.startswith("Headline") else rng.randint(14, 20)
            for th in cycle(themes + ["partnership", "supervision", "quality_assurance"], k):
                d.text(f.paragraph(th, tone))
            continue
        g = "outstanding" if kind == "pos" else "inadequate"
        items = [f.paragraph(th, g, 3) for th in cycle(themes, rng.randint(5, 8))]
        if title.startswith("Case study"):
            d.text(" ".join(items[:2]))
        else:
            d.bullets(items, rng.choice(["◼", "\uf0b7"]))
    d.line("Next steps")
    d.text(f"The local partnership should prepare a written statement of proposed action in "
           f"response to the findings in this letter. The statement should set out the actions "
           f"for the partnership and, where appropriate, for individual agencies.")
    d.text(f"The director of children’s services should send the written statement of action to "
           f"ProtectionOfChildren@ofsted.gov.uk by {fmt_d(due)}. The statement will inform any "
           f"future joint or single-agency activity by the inspectorates.")
    d.line("Yours sincerely")
    d.line("")
    signers = ["Ofsted", "Care Quality Commission", "HMI Constabulary and Fire & Rescue Services"]
    if probation:
        signers.append("HMI Probation")
    for s in signers:
        d.line(s)
    for s in signers:
        d.line(person(rng))
    meta = dict(type="jtai_letter", framework="JTAI", start=start, end=end, pub=pub)
    return curly(d.render()), meta


SEND_OUTCOMES = {
    "positive": "The local area partnership’s special educational needs and/or disabilities "
                "(SEND) arrangements typically lead to positive experiences and outcomes for "
                "children and young people with SEND.",
    "inconsistent": "The local area partnership’s arrangements lead to inconsistent experiences "
                    "and outcomes for children and young people with special educational needs "
                    "and/or disabilities (SEND).",
    "widespread failings": "There are widespread and/or systemic failings leading to "
                           "significant concerns about the experiences and outcomes of children "
                           "and young people with special educational needs and/or disabilities "
                           "(SEND), which the local area partnership must address urgently.",
}


def gen_send(rng, la, outcome):
    short, official, _ = la
    start = rand_monday(rng, (2023, 2, 6), (2025, 11, 3))
    end = start + dt.timedelta(days=4)
    pub = workday_after(end, rng.randint(42, 56))
    f = Filler(rng, short, when=start)
    tone = {"positive": "good", "inconsistent": "ri", "widespread failings": "inadequate"}[outcome]
    d = Doc(rng, footer=lambda n: ["", f"Area SEND inspection of {short} Local Area Partnership",
                                   drange, "", str(n), ""], first_footer=False)
    drange = fmt_range(start, end, "toshort")
    d.line("Local area partnership report")
    d.line("")
    d.lines(textwrap.wrap(f"Area SEND inspection of {short} Local Area Partnership", 34))
    d.line(f"Inspection dates: {drange}")
    prev = start.replace(year=start.year - rng.randint(5, 7))
    d.line(f"Dates of previous inspection: {fmt_range(prev, prev + dt.timedelta(days=4), 'toshort')}")
    d.line("")
    d.line("Inspection outcome")
    d.text(SEND_OUTCOMES[outcome])
    d.text("Ofsted and the Care Quality Commission ask that the local area partnership updates "
           "and publishes its strategic plan in response to the recommendations in this report.")
    d.line("")
    d.line("Information about the local area partnership")
    d.text(f"{official} and the NHS integrated care board share responsibility for planning and "
           f"commissioning services for children and young people with SEND in {short}. The "
           f"director of children’s services took up post in {rng.choice(MONTHS)} "
           f"{start.year - rng.randint(0, 3)}.")
    d.line("")
    d.heading("What is it like to be a child or young person with special educational needs "
              "and/or disabilities (SEND) in this area?", 70)
    for th in cycle(["send_ehc", "send_health", "send_inclusion", "send_adulthood", "disabled",
                     "cme"], rng.randint(12, 16)):
        d.text(f.paragraph(th, tone))
    d.line("")
    d.line("What is the area partnership doing that is effective?")
    d.bullets([f.fill(f.pick(P.THEMES[t]["pos"])) for t in
               ["send_ehc", "send_inclusion", "send_adulthood", "send_health"]], "◼")
    d.line("")
    d.line("What does the area partnership need to do better?")
    d.bullets([f.fill(f.pick(P.THEMES[t]["neg"] + P.THEMES[t]["mix"])) for t in
               ["send_ehc", "send_health", "send_inclusion", "send_adulthood"]], "◼")
    d.line("")
    if outcome == "widespread failings":
        d.line("Areas for priority action")
        for t in ["send_ehc", "send_inclusion"]:
            r = f.rec(t)
            d.text(f"Leaders across the partnership should {r}.")
        d.line("")
    d.line("Areas for improvement")
    for t in ["send_health", "send_adulthood", "send_ehc"]:
        r = f.rec(t)
        d.text(f"Leaders should {r}.")
    d.line("")
    d.line("Local area partnership details")
    d.line(f"Local authority: {official}")
    d.line(f"Director of children’s services: {person(rng)}")
    d.line("")
    d.line("Information about this inspection")
    d.text("This inspection was carried out under section 20 of the Children Act 2004 by Ofsted "
           "and the Care Quality Commission.")
    d.line("Inspection team")
    d.line(f"Ofsted: {person(rng)}, {majesty(pub)} Majesty’s Inspector, lead inspector")
    d.line(f"Care Quality Commission: {person(rng)}, CQC lead inspector")
    meta = dict(type="send_report", framework="SEND", start=start, end=end, pub=pub)
    return curly(d.render()), meta


# --------------------------------------------------------------------------- press, committee

def gen_press(rng, la, grade, insp=None):
    """insp: meta of an inspection report in the same sample that this item is about."""
    short, official, _ = la
    if insp:
        start, end, pub, fw = insp["start"], insp["end"], insp["pub"], insp["framework"]
        pub = workday_after(pub, rng.randint(0, 1))
    elif rng.random() < 0.5:
        start, end, pub, _ = ilacs_dates(rng, grade)
        fw = "ILACS"
    else:
        start, end, pub = sif_dates(rng)
        fw = "SIF"
    f = Filler(rng, short, acr_p=0.7, when=start)
    d = Doc(rng, formfeed=False, width=rng.randint(100, 140))
    word = GRADE_WORD[grade]
    d.line(f"Ofsted rates {short} children’s services as '{word}'")
    d.line("")
    d.line(f"Published {fmt_d(pub)} by {official}")
    d.line("")
    d.text(f"Services for children and families in {short} have been judged '{word}' by Ofsted "
           f"following an inspection carried out from {fmt_range(start, end, 'to')}.")
    d.line("")
    d.text(f.paragraph("leadership", grade, 3))
    d.line("")
    cm = person(rng)
    if grade in ("good", "outstanding"):
        q = (f"\"This is a tribute to our social workers and partners, who work tirelessly for "
             f"children in {short},\" said Councillor {cm}, cabinet member for children’s services.")
    else:
        q = (f"\"We accept the findings in full and we are determined to put things right for "
             f"children in {short},\" said Councillor {cm}, cabinet member for children’s services.")
    d.text(q)
    d.line("")
    d.text("Among the findings, inspectors highlighted:")
    items = [f.fill(f.pick(P.THEMES[t][f.tone(grade)] or P.THEMES[t]["mix"]))
             for t in ["front_door", "strategy", "missing", "caseloads", "care_leavers"]]
    d.bullets(items, "-")
    d.line("")
    d.line("Notes to editors")
    d.text(f"The full report is published on the Ofsted website. {official} will submit an "
           f"action plan setting out how it will respond to the recommendations.")
    meta = dict(type="press_release", framework=fw, start=start, end=end, pub=pub)
    return d.render(), meta


def gen_committee(rng, la, grade, insp=None):
    """insp: meta of an inspection report in the same sample that this pack embeds."""
    short, official, _ = la
    use_ilacs = insp["framework"] == "ILACS" if insp else rng.random() < 0.5
    sg = insp["sg"] if insp else None
    if insp:
        start, end, pub = insp["start"], insp["end"], insp["pub"]
    elif use_ilacs:
        start, end, pub, _ = ilacs_dates(rng, grade)
    else:
        start, end, pub = sif_dates(rng)
    meeting = workday_after(pub, rng.randint(20, 60))
    f = Filler(rng, short, when=start)
    d = Doc(rng, footer=lambda n: ["", f"Page {n}", ""], first_footer=False)
    d.line("")
    d.line("## Public Document Pack")
    d.line("")
    d.line(f"# Children and Young People Scrutiny Committee")
    d.line("")
    d.line(f"{['Monday','Tuesday','Wednesday','Thursday','Friday'][meeting.weekday() % 5]}, {fmt_d(meeting)}")
    d.line("**7.00 pm,** Committee Room 2, " + rng.choice(STREETS))
    d.line("")
    d.line("<b>Item</b>\t<b>Pages</b>")
    d.line(f"{rng.randint(4, 9)}. Ofsted inspection of children's services\t1 - {rng.randint(40, 80)}")
    d.line("")
    d.line("**This page is intentionally left blank**")
    d.page_break()
    d.line("Title\tOfsted inspection of children's services")
    d.line(f"Contributor\t{person(rng)}, Director of Children's Services")
    d.line(f"Class\tPart 1 (open)\t{meeting.strftime('%d %B %Y')}")
    d.line("")
    d.line("## 1. Summary and purpose")
    d.line("")
    sup = "th" if 11 <= pub.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(pub.day % 10, "th")
    d.text(f"1.1 Ofsted inspected children's services in {short} between {fmt_range(start, end, 'dash')}. "
           f"The report was published on {pub.day}<sup>{sup}</sup> {MONTHS[pub.month-1]} {pub.year} and "
           f"judged services to be **{GRADE_WORD[grade]}** overall. This report summarises the "
           f"findings and the action being taken in response. The full report is attached as "
           f"Appendix A and the draft improvement plan as Appendix B.")
    d.line("")
    d.line("## 2. Recommendations")
    d.line("")
    d.text("2.1 It is recommended that members:")
    d.bullets(["note the inspection report and its findings",
               "comment on the draft improvement plan attached as Appendix B"], "-")
    d.line("")
    d.line("## 3. Background")
    d.text(f"3.1 {f.paragraph('leadership', grade, 3)}")
    if grade == "inadequate":
        d.text("3.2 Following an inadequate judgement, the local authority must send an "
               "improvement plan to Ofsted within 70 working days of the publication of the report, "
               "and Ofsted will carry out quarterly monitoring visits.")
    d.page_break()
    d.line("Appendix A")
    d.line("")
    if use_ilacs:
        d.lines(textwrap.wrap(f"Inspection of {short} local authority children's services", 40))
        d.line(f"Inspection dates: {fmt_range(start, end, 'to')}")
        d.line(f"Lead inspector: {person(rng)}, {majesty(pub)} Majesty's Inspector")
        ilacs_body(rng, la, grade, start, end, pub, d, f, short, sg)
        ilacs_closing(d, pub)
    else:
        sif_body(rng, la, grade, start, end, pub, d, f, [0], sg)
        sif_closing(rng, d, pub)
    d.page_break()
    d.line("Appendix B: Improvement plan")
    d.line("")
    d.line("Ref\tAction\tLead officer\tBy when\tRAG")
    ths = themes_for("help", rng, ["strategy", "missing"])[:4] + ["caseloads", "supervision"]
    for i, th in enumerate(ths, 1):
        r = f.rec(th)
        when = workday_after(meeting, 30 * rng.randint(1, 9))
        d.line(f"{i}.{rng.randint(1, 4)}\t{r[0].upper() + r[1:]}\t{person(rng)}\t"
               f"{when.strftime('%b %Y')}\t{rng.choice(['Green', 'Amber', 'Red'])}")
    meta = dict(type="committee_paper", framework="ILACS" if use_ilacs else "SIF",
                start=start, end=end, pub=meeting)
    return d.render(), meta


# --------------------------------------------------------------------------- names, plan

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def file_name(rng, kind, fw, la, meta, text):
    short = la[0]
    pub, start = meta["pub"], meta["start"]
    h = hashlib.sha1(text.encode("utf-8")).hexdigest()
    opts = {
        "inspection_report": {
            "CP2012": [f"{short} protection of children inspection {pub.year}",
                       f"Inspection of local authority arrangements for the protection of children - {short}",
                       f"report-{pub:%Y-%m}", h[:16]],
            "SIF": [f"{slug(short)}_SIF_{pub.year}", f"{short} SIF report {pub:%B %Y}",
                    f"report-{pub:%Y-%m}", f"5{int(h[:7], 16) % 10**7:07d}",
                    f"Inspection of services for children in need of help and protection - {short}"],
            "ILACS": [f"Inspection of {short} local authority childrens services",
                      f"{short} ILACS {pub.year} final", f"report-{pub:%Y-%m}",
                      f"{int(h[:8], 16) % 10**8:08d}", f"{slug(short)}-ilacs-{pub:%Y%m%d}",
                      h[:12]],
        },
        "focused_visit": [f"Focused visit letter {short} {pub:%b %Y}", f"fv_{slug(short)}_{pub.year}",
                          f"report-{pub:%Y-%m}", f"{short} - focused visit - {pub:%Y-%m-%d}", h[:10]],
        "jtai_letter": [f"JTAI {short} {pub.year}", f"jtai-letter-{slug(short)}",
                        f"Joint targeted area inspection - {short}", h[:14]],
        "send_report": [f"Area SEND inspection {short}", f"send_{slug(short)}_{pub.year}",
                        f"report-{pub:%Y-%m}"],
        "press_release": [f"press-release-{pub:%Y-%m-%d}", f"{short} news - Ofsted rating",
                          f"Ofsted rates {short} childrens services"],
        "committee_paper": [f"Item {rng.randint(4, 9)} - Ofsted inspection report - {short}",
                            f"CYP scrutiny {pub:%d %b %Y} agenda pack",
                            f"agenda-pack-{pub:%Y%m%d}"],
    }[kind]
    if isinstance(opts, dict):
        opts = opts[fw]
    return rng.choice(opts)


MIX = [("ilacs", 0.27), ("sif", 0.2), ("fv", 0.17), ("cp2012", 0.11), ("jtai", 0.08),
       ("send", 0.07), ("press", 0.05), ("committee", 0.05)]

GENERATORS = {"ilacs": gen_ilacs, "sif": gen_sif, "fv": gen_fv, "cp2012": gen_cp2012,
              "jtai": gen_jtai, "send": gen_send, "press": gen_press, "committee": gen_committee}


def plan(count, rng):
    """Document kinds, authorities and grades. Each kind draws authorities from its own
    shuffled list, so an authority gets at most one report of a framework until the list
    is used up (then a later one, as re-inspections happen). Press releases and committee
    papers are, where they can be, about an inspection report in the same sample: same
    authority, dates and grades. Returns (kind, authority, grade, link) where link is the
    index of that report or None."""
    kinds = []
    for k, share in MIX:
        kinds += [k] * max(1 if count >= len(MIX) else 0, round(count * share))
    while len(kinds) > count:
        # drop from the largest group
        big = max(set(kinds), key=lambda k: (kinds.count(k), k))
        kinds.remove(big)
    while len(kinds) < count:
        kinds.append(MIX[len(kinds) % 3][0])
    rng.shuffle(kinds)
    # grade pools per framework, so every sample has a mix including inadequate
    pools = {}
    for k in GENERATORS:
        n = kinds.count(k)
        if k == "send":
            base = ["inconsistent", "widespread failings", "positive", "inconsistent"]
        elif k == "cp2012":
            base = ["adequate", "good", "inadequate", "adequate", "good", "outstanding", "inadequate"]
        else:
            base = ["good", "ri", "inadequate", "good", "ri", "outstanding", "inadequate", "ri", "good"]
        pool = (base * (n // len(base) + 1))[:n]
        rng.shuffle(pool)
        pools[k] = pool
    queues = {}
    for k in GENERATORS:
        q = list(AUTHORITIES)
        rng.shuffle(q)
        queues[k] = q
    taken = {k: 0 for k in GENERATORS}

    def next_la(k):
        la = queues[k][taken[k] % len(queues[k])]
        taken[k] += 1
        return la

    out = []
    for k in kinds:
        if k in ("press", "committee"):
            out.append([k, None, None, None])
        else:
            out.append([k, next_la(k), pools[k].pop(), None])
    linked = set()
    for row in out:
        if row[1] is not None:
            continue
        k = row[0]
        cands = [j for j, r in enumerate(out) if r[0] in ("ilacs", "sif") and j not in linked]
        if cands and rng.random() < 0.75:
            j = rng.choice(cands)
            linked.add(j)
            row[1], row[2], row[3] = out[j][1], out[j][2], j
        else:
            row[1], row[2] = next_la(k), pools[k].pop()
    return [tuple(r) for r in out]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--count", type=int, default=60, help="number of documents (default 60)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    a = ap.parse_args(argv)
    if a.count < 1:
        ap.error("--count must be at least 1")
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(f"assay-sample:{a.seed}:{a.count}")
    rows = []
    used = set()
    entries = plan(a.count, rng)
    metas = {}
    # reports first, so that press releases and committee papers can follow them
    order = sorted(range(len(entries)), key=lambda i: (entries[i][3] is not None, i))
    docs = {}
    for i in order:
        kind, la, grade, link = entries[i]
        drng = random.Random(f"assay-sample:{a.seed}:{i}:{kind}:{la[2]}")
        if link is not None:
            text, meta = GENERATORS[kind](drng, la, grade, insp=metas[link])
        else:
            text, meta = GENERATORS[kind](drng, la, grade)
        metas[i] = meta
        docs[i] = (drng, text)
    for i, (kind, la, grade, link) in enumerate(entries):
        drng, text = docs[i]
        meta = metas[i]
        base = file_name(drng, meta["type"], meta["framework"], la, meta, text)
        name = base + ".txt"
        j = 1
        while name.lower() in used:
            j += 1
            name = f"{base} ({j}).txt"
        used.add(name.lower())
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        graded = meta["type"] in ("inspection_report", "press_release", "committee_paper",
                                  "send_report")
        overall = ""
        if graded:
            overall = grade if kind == "send" else GRADE_WORD[grade]
        rows.append([name, meta["type"], meta["framework"], la[1], la[2],
                     meta["start"].isoformat(), meta["end"].isoformat(),
                     meta["pub"].isoformat(), overall])
    with open(os.path.join(a.out, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttype\tframework\tauthority\tons_code\tinspection_start\tinspection_end"
                 "\tpublished\toverall_grade\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    total = sum(os.path.getsize(os.path.join(a.out, r[0])) for r in rows)
    print(f"wrote {len(rows)} documents ({total / 1e6:.2f} MB) and MANIFEST.tsv to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
