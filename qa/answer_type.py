"""What kind of answer a question wants, and whether a quote gives it.

"How many licenses …" wants a count of licenses, "how much … borrow" a sum of money, "how long"
a duration, "what share" a percentage. A quote that gives no such figure does not answer the
question, however many of its words it shares: that is the commonest near miss ("How many
trademarks were registered in 2021?" against "patent and trademark pledge financing reached
309.8 billion yuan").

Beside this module: :mod:`qa.counting` (does a quote count the things asked about),
:mod:`qa.figures` (the figures a question states, bounds and claims), :mod:`qa.parts` (parts
of a whole, one thing alone) and :mod:`qa.text_parts` (clauses, sentences, shared patterns).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from index.analysis import Analyzer
from index.lazy_re import Lazy
from qa.counting import has_count
from qa.scope import is_within_country, places_named
from qa.text_parts import CURRENCY, MAGNITUDE, NUMBER_WORDS, PLURAL_RE, clauses, said_with

_Lazy = Lazy


__all__ = [
    "COUNT",
    "DATE",
    "DURATION",
    "FIGURE_NAMES",
    "MONEY",
    "NAME",
    "NUMBER",
    "SHARE",
    "asked_post",
    "asked_when",
    "asks_definition",
    "asks_forecast",
    "asks_method",
    "asks_ranking",
    "asks_where",
    "counted",
    "counted_words",
    "dated",
    "figure_kind",
    "gives_figure",
    "gives_method",
    "gives_rate",
    "looks_ahead",
    "method_terms",
    "money_nouns",
    "named_kind",
    "names_holder",
    "names_one",
    "price_subject",
    "ranked_terms",
    "ranks",
    "rate_kind",
]

SHARE, COUNT, MONEY, DURATION, NUMBER, DATE, NAME = (
    "share",
    "count",
    "money",
    "duration",
    "number",
    "date",
    "name",
)

# "Which bank …", "in which provinces …": what is wanted is the name of one. Only kinds whose
# answer is a name: "which enterprises" more often wants a kind of enterprise ("small and
# medium-sized"), and "which ministry" is a who-question, answered by the speaker.
_NOT_A_MODIFIER = (
    r"(?!(?:kinds?|types?|sorts?|of|do|does|did|is|are|was|were|has|have|had|can|could|will|"
    r"would|should|must|may|might|shall|to|for|in|on|at|by|from|with|about|into|than|as|among|amongst|between|"
    r"within|across|behind|against|under|over|through|towards?|"
    # a determiner: "… in what the bank regulator said" is a clause, asking no bank's name
    r"the|a|an|this|that|these|those|its|their|his|her|our|my|your|"
    # a verb of saying: "which official said university research …" asks who
    r"said|says|told|stated|noted|announced|mentioned|explained|described|claimed|argued|"
    r"warned|stressed|emphasi[sz]ed|added|answered|asked|spoke|talked|"
    # a measure: "what reward ratio universities give" asks for the ratio
    r"ratios?|rates?|shares?|proportions?|percentages?|numbers?|amounts?|totals?)\b)"
)
# (up to two words between "which" and the noun, one after "names of": "the name of the lab
# some banks set up" asks for no bank's name)
# (a number only first: "which 16 provinces", but "the plan, which supported 16 provinces, …"
# counts them and asks no name)
_WHICH_RE = _Lazy(
    rf"\b(?:(?:which|what)\s+(?:{_NOT_A_MODIFIER}[\w-]+\s+(?:{_NOT_A_MODIFIER}(?!\d)[\w-]+\s+)?)?"
    rf"|(?:list|names?) of(?: the)?\s+(?:{_NOT_A_MODIFIER}[\w-]+\s+)?)"
    r"(banks?|universit(?:y|ies)|colleges?|provinces?|cit(?:y|ies)|countr(?:y|ies)|"
    r"compan(?:y|ies)|insurers?)\b",
    re.I,
)
_PLACE_KINDS = ("province", "city", "country")
# How a name of that kind ends: "Ping An Insurance", "Haier Group", "Huawei Technologies Co."
_NAME_ENDS = {"company": r"(?:Company|Co\.|Corporation|Corp\.|Group|Ltd\.?|Inc\.?|Insurance)"}

# Sums asked for by name ("the average salary", "what damages"), and words after a money word
# that make it name a way of doing something instead ("what license fee model")
_SUM_NAMES = r"damages|compensation|fines|penalt(?:y|ies)|premiums?|tax(?:es)?|tariffs?"
_NOT_A_SUM = (
    r"(?![\s-]+(?:models?|structures?|systems?|mechanisms?|schemes?|methods?|arrangements?|"
    r"calculations?|setting|pricing|"
    r"polic(?:y|ies)|standards?|reforms?|formulas?|types?|kinds?|sharing)\b)"
)
# A question asking for a figure.
_QUANTITY_RE = _Lazy(
    r"\b(how (much|many|long|often|fast|big|large|high)|by how much|what ([\w'’-]+ ){0,8}((share|"
    r"proportion|portion|percentage|fraction|rate|ratio|yield|number|amount|total|size|scale|"
    r"sum|volume)s?|value|figure|"
    rf"salary|salaries|wages?|fees?|prices?|costs?|budgets?|income|revenues?|turnover|profits?|"
    rf"{_SUM_NAMES})|(share|proportion|portion|percentage|fraction|ratio|(?<=what )cut) of|"
    rf"in (?:us )?{CURRENCY})\b{_NOT_A_SUM}",
    re.I,
)
# "What does an agent earn?", "what do banks charge": money asked for without "how much"
_PRICE_QUESTION_RE = _Lazy(
    # (a subject of a few words: in "What do inventors get … if they shoulder the patent
    # costs" the costs are a noun)
    r"\bwhat (?:do|does|did|would|will)\b(?P<subject>(?:\s+[\w'’-]+){1,4}?)\s+"
    r"(earn|earns|cost|costs|charge|charges|pay|pays)\b",
    re.I,
)
_SHARE_RE = _Lazy(
    r"\b(share|proportion|portion|percentage|fraction|rates?|ratios?|yields?)\b|\bwhat cut of\b",
    re.I,
)
_MONEY_Q_RE = _Lazy(
    r"\b(money|cost|costs|price|prices|priced|fees?|earn|earns|earned|earnings|salary|salaries|"
    r"wages?|pay|pays|paid|spend|spent|budget|yuan|rmb|dollars?|euros?|worth|borrow\w*|lent|"
    r"lend|loans?|fund|funds|funding|funded|financing|financed|invest\w*|subsid\w*|revenues?|"
    rf"income|turnover|profits?|royalt\w*|{_SUM_NAMES})\b",
    re.I,
)
# "how much did revenue grow": a change, which a percentage may give as well as a sum
_CHANGE_RE = _Lazy(
    r"\b(grow|grew|grown|growth|increase[sd]?|rise|rose|risen|fall|fell|drop(ped)?|"
    r"more|less|fewer|outpace\w*|outstrip\w*|exceed\w*|surpass\w*|faster|slower|pace|"
    r"change[sd]?|compared?)\b",
    re.I,
)
# "When will it …", "in what year": a time, which a date, a month or a year gives
_WHEN_RE = _Lazy(
    r"^\W*when\b|\b(what|which) (year|month|date|day|deadline)\b|\bby when\b|\bhow soon\b", re.I
)
# …but not "When MoE talks about quality, what does it mean?": a clause before the question
_WHEN_CLAUSE_RE = _Lazy(
    r"^\W*when\b[^?]*,\s*(?:what|how|why|which|who|where|is|are|does|do|did|can|will)\b", re.I
)
_TIME_RE = _Lazy(
    r"\b(1[89]|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b|\b(last|this|next) (year|month|week)\b|\bago\b",
    re.I,
)
# A question word: without one, a question is keywords ("pledge financing 2021")
_ASKING_RE = _Lazy(
    r"\b(who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|has|have|had)\b|\?",
    re.I,
)
_KEYWORD_FIGURE_RE = _Lazy(
    r"(?<!-)\b(total|amount|value|number of|figures?|rates?|ratios?|share|percentage|proportion|volume|"
    r"balance)\b(?!-)"
    # (not a measure naming something else: "differentiated interest rate pricing")
    r"(?!\s+(?:pricing|polic(?:y|ies)|reforms?|mechanisms?|cuts?|setting|systems?|models?)\b)",
    re.I,
)
_PRICE_NOUN_RE = _Lazy(rf"\b(salary|salaries|wages?|fees?|prices?|costs?)\b{_NOT_A_SUM}", re.I)
_LONG_RE = _Lazy(
    r"\bhow long\b|\bhow many (?:more |working |calendar |business )?"
    r"(?:days|weeks|months|years|hours|minutes|decades)\b",
    re.I,
)
# A length of time named: "the processing time", "the average examination period"
_DURATION_NOUN_RE = _Lazy(
    r"\b(?:processing|waiting|examination|review|approval|turnaround|lead|pendency|loan|"
    r"repayment|protection|patent)\s+(?:times?|periods?|terms?)\b|\b(?:average|typical|median)\s+"
    r"(?:[\w-]+\s+)?(?:duration|period|term|maturity)\b|\bterm of (?:protection|validity)\b",
    re.I,
)
_COUNT_RE = _Lazy(r"\bhow many\b", re.I)

# Figures in a quote.
_DIGIT_RE = _Lazy(r"\d+(?:[.,]\d+)+|\d+%|\b(?!(?:19|20)\d\d\b)\d+\b")  # not a year alone
_PERCENT_RE = _Lazy(r"\d\s?%|\bper ?cent|\bpercentage points?\b|\btimes\b", re.I)
_MONEY_RE = _Lazy(
    rf"\d{MAGNITUDE}\s+(?:us\s+|u\.s\.\s+)?{CURRENCY}\b|[$¥€£]\s?\d|\b(?:rmb|usd|cny)\s?\d", re.I
)
_DURATION_RE = _Lazy(
    rf"\b(?:\d+(?:\.\d+)?|{NUMBER_WORDS}|a few|several|a)\s+(?:[a-z]+\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|decades?)\b(?!\s+(?:ago|earlier)\b)|\bdecade\b",
    re.I,
)
# Where the thing counted ends in a question: its verb, a preposition, punctuation.
_COUNTED_END_RE = _Lazy(
    r"\b(do|does|did|are|is|were|was|have|has|had|will|would|can|could|should|got|get|"
    r"in|on|at|for|from|by|under|during|since|with|to|that|which|who|across|between|per|"
    # a participle after the thing: "how many plan related to manufacturing"
    r"(?<!-)(?:(?:related|relating|linked|connected|tied)\s+(?:to|with)|involved\s+in|involving|"
    r"concerning|regarding))\b|[?,.;:!]",
    re.I,
)


# "Who is the director general of SIPO?", "who heads the Ministry of Education": the holder of
# a post, which a quote gives by naming someone in it ("Heng Fuguang, Spokesperson and Deputy
# Director General"). A deputy is not the head.
_TOP_POSTS = (
    r"director[- ]general|director|minister|commissioner|head|chief|chair(?:man|woman|person)?|"
    r"president|administrator|governor|mayor|leader"
)
_POST_WORDS = rf"{_TOP_POSTS}|spokes(?:man|woman|person)|secretary[- ]general|secretary"
_DEPUTY = r"(?:deputy|vice|assistant|acting|associate)"
_POST_Q_RE = _Lazy(
    rf"^\W*who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+)?"
    # "the SIPO spokesperson", "SIPO's spokesperson", "the CBIRC official deputy director"
    rf"(?P<owner>(?:(?!{_DEPUTY}\b)[\w'’-]+\s+){{0,3}}?)"
    rf"(?P<post>(?:{_DEPUTY}[- ])?(?:{_POST_WORDS}))\b(?P<rest>.*)$"
    r"|^\W*who\s+(?P<verb>heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired)\b",
    re.I,
)
_POST_RE = _Lazy(rf"\b(?:(?P<deputy>{_DEPUTY})[- ])?(?P<post>{_POST_WORDS})\b", re.I)
# a person's name, a comma, at most a few words, then the post: "Lei Zhaozi, Director of …",
# "Heng Fuguang, Spokesperson and Deputy Director General"
_NAMED_BEFORE_RE = _Lazy(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+,\s+(?:[\w-]+\s+){0,3}$")


# "Where was the press conference held?", "in what venue …": the place of an event or a body,
# which only a place name gives. ("Where have the industries fought lawsuits?" is answered by
# "overseas", "where does the green channel apply?" by "in key areas of manufacturing": a
# plain "where" is not held to a place; a "which province" question is a name's, see
# named_kind.)
_WHERE_Q_RE = _Lazy(
    r"^\W*where\b.*\b(?:held|hold|holding|located|based|situated|headquartered|hosted|"
    r"take place|took place|taking place|venue)\b|\bin (?:which|what) (?:venue|building|hall)\b",
    re.I,
)


def asks_where(question: str) -> bool:
    """Whether a question asks where an event took place or a body is located."""
    return "where" in question.lower() and _WHERE_Q_RE.search(question) is not None


# a question to be answered yes or no: it opens with its verb
_YES_NO_VERBS = frozenset(
    "can could does do did is are was were will would has have had should may must".split()
)
_FIRST_WORD_RE = re.compile(r"\W*(\w+)")  # (compiled at import: every question asks it)


def asks_yes_no(question: str) -> bool:
    """Whether a question is to be answered yes or no: it opens with its verb ("Can …",
    "Did …", "Should …"), and asks nothing more after it ("Are they making money? What's
    their profit margin?" asks for the margin)."""
    m = _FIRST_WORD_RE.match(question)
    if m is None or m.group(1).lower() not in _YES_NO_VERBS:
        return False
    return "?" not in question.rstrip(" ?") or _THEN_ASKS_RE.search(question) is None


# a question after a first one: "…? what's their profit margin?", "…? how big?"
_THEN_ASKS_RE = _Lazy(
    r"[?]\s*(?:and\s+|so\s+|if so,?\s+)?(?:what|how|which|who|when|where|why)\b", re.I
)


_CONTRACTION_RE = _Lazy(r"\b(what|who|where|when|how|which)(?:'s|’s|s)(?=\s)", re.I)


def expand_contractions(question: str) -> str:
    """ "What's the average interest rate …" → "What is …": the question-kind patterns look for
    "what" and the word after it."""
    if "s " not in question:
        return question
    return _CONTRACTION_RE.sub(lambda m: f"{m.group(1)} is", question)


def _starts_with_who(question: str) -> bool:
    return question.lstrip(" \t\n\"'“‘([-").lower().startswith("who")


def asked_post(question: str) -> str | None:
    """The post a "who is the …" question asks the holder of, in lower case: "director
    general", "deputy director", "head" (for "who heads …"); None for other questions."""
    if not _starts_with_who(question):
        return None  # (the pattern is long to compile, and most questions are not "who …")
    m = _POST_Q_RE.search(question)
    if m is None:
        return None
    return (
        "head" if m.group("verb") else " ".join(m.group("post").lower().replace("-", " ").split())
    )


# what a post is of, after it: "the director of the CBIRC Regulatory Department", "spokesperson
# for SIPO"; its phrases ("… at MIIT", "… at the 24 August 2022 press conference") are split
# apart, and those naming a time or an occasion left out
_POST_OF_RE = _Lazy(r"^\s+(?:of|at|for|in)\s+(.+?)\s*[?.!]*\s*$", re.I)
_PHRASE_SPLIT_RE = _Lazy(r"\s+(?=(?:at|in|on|during)\s)", re.I)
_OCCASION_RE = _Lazy(
    r"\b(?:press conferences?|briefings?|conferences?|sessions?|meetings?|events?|presser|"
    r"today|yesterday|(?:19|20)\d\d)\b",
    re.I,
)


def post_body(question: str) -> str:
    """The body a "who is the …" question names the post of, as typed: "the director of the
    CBIRC Regulatory Department" → "the CBIRC Regulatory Department", "the SIPO spokesperson"
    → "SIPO"; "" when it names none (an occasion is none: "the spokesman at the briefing")."""
    m = _POST_Q_RE.search(question) if _starts_with_who(question) else None
    if m is None:
        return ""
    if m.group("verb"):  # "who heads the Department of … at MIIT"
        parts, after = [], re.sub(r"[?.!\s]+$", "", question[m.end() :])
    else:
        of = _POST_OF_RE.search(m.group("rest"))
        parts, after = [m.group("owner").strip()], of.group(1) if of else ""
    # "… at MIIT" says whose; "… at the 24 August 2022 press conference" says when
    parts += [p for p in _PHRASE_SPLIT_RE.split(after) if p and not _OCCASION_RE.search(p)]
    return " ".join(p.strip() for p in parts if p.strip())


# where a title ends: at the next person named ("…, Lei Zhaozi, Director of …") or the
# sentence's end
_TITLE_END_RE = _Lazy(r",\s+(?:and\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+,|[.;!?](?:\s|$)")


def names_holder(
    post: str,
    text: str,
    body: frozenset[str] = frozenset(),
    analyzer: Analyzer | None = None,
) -> bool:
    """Whether ``text`` names someone in ``post`` (from :func:`asked_post`): a name, a comma,
    then the post. A head ("head", "chief", "leader") is any top post; a spokesman any
    spokesperson; "director" takes a director general too; a deputy's post is not the post
    itself, nor the post a deputy's. With ``body`` (the terms of what the question says the
    post is of), the title, up to the next person named, must hold all of them: Lei Xiaoyun,
    "Director of the Department of Intellectual Property Promotion …", is no director of the
    CBIRC's Regulatory Department, nor Lei Zhaozi, director of the Ministry of Education's
    "Department of Science, Technology and Information Technology", MIIT's."""
    words = post.split()
    deputy = bool(re.fullmatch(_DEPUTY, words[0])) if len(words) > 1 else False
    asked = " ".join(words[1:] if deputy else words)
    for m in _POST_RE.finditer(text):
        if bool(m.group("deputy")) != deputy:
            continue
        said = " ".join(m.group("post").lower().replace("-", " ").split())
        if asked in ("head", "chief", "leader"):
            fits = re.fullmatch(_TOP_POSTS, said) is not None
        elif asked.startswith("spokes"):
            fits = said.startswith("spokes")
        else:
            fits = said == asked or (asked == "director" and said == "director general")
        if not fits or not _NAMED_BEFORE_RE.search(text[: m.start()]):
            continue
        if body and analyzer is not None:
            title = _TITLE_END_RE.split(text[m.end() :], maxsplit=1)[0]
            if not body <= analyzer.term_set(title):
                continue
        return True
    return False


# a figure asked before a "what X" clause: the question is the figure
_HOW_FIRST_RE = _Lazy(r"\bhow (?:much|many|long|often|fast|big|large|high)\b", re.I)


@lru_cache(maxsize=1024)
def named_kind(question: str) -> str | None:
    """What kind of thing a "which X" question wants the name of: "bank", "university",
    "college", "province", "city", "country", "company" (an insurer too); None for other
    questions ("which industries" wants kinds of industry, not names)."""
    folded = question.lower()
    if not any(w in folded for w in ("which", "what", "list", "name")):
        return None  # most questions: spare compiling the pattern
    m = _WHICH_RE.search(question)
    if m is None or asks_yes_no(question):
        return None  # "Should researchers pick topics based on what companies need?": no name
    if "how" in folded[: m.start()] and _HOW_FIRST_RE.search(question, 0, m.start()):
        return None  # "how much did they earn, to compare it to what universities earn?"
    noun = m.group(1).casefold()
    for kind in ("bank", "universit", "college", "province", "cit", "countr", "compan", "insurer"):
        if noun.startswith(kind):
            return {
                "universit": "university",
                "cit": "city",
                "countr": "country",
                "compan": "company",
                "insurer": "company",
            }.get(kind, kind)
    return None


def names_one(kind: str, text: str) -> bool:
    """Whether ``text`` names a thing of that kind: a place for a province, city or country;
    a capitalised name for a bank, university or company ("Peking University", "Bank of
    China", "Ping An Insurance")."""
    if kind == "country":
        return bool(places_named(text))
    if kind in _PLACE_KINDS:  # a province or city: not a country ("China")
        return any(is_within_country(place) for _, place in places_named(text))
    noun = _NAME_ENDS.get(kind, kind.capitalize())
    return (
        # the name ends there: "China Banking and Insurance Regulatory Commission" is no insurer
        re.search(
            rf"\b[A-Z][\w'-]*(?:\s+(?:of|and|the|[A-Z][\w'-]*))*\s+{noun}(?!\w)(?!\s+[A-Z])", text
        )
        is not None
        or re.search(rf"\b{noun}\s+of\s+(?:the\s+)?[A-Z]", text) is not None
    )


_MONEY_NOUN_RE = _Lazy(
    r"\b(?:salary|salaries|wages?|fees?|prices?|costs?|interest|royalt(?:y|ies)|revenues?|"
    rf"income|profits?|budgets?|subsid(?:y|ies)|turnover|earnings|rents?|{_SUM_NAMES})\b"
    # not a word naming something else: "income streams", "fee increases", "cost savings"
    r"(?!\s+(?!(?:is|was|has|does|goes|comes)\b)[a-z]+s\b)",
    re.I,
)


def money_nouns(question: str, analyzer: Analyzer) -> frozenset[str]:
    """The kinds of sum a question names, as analysed terms: "the average salary" → {salari};
    "how much income" → {revenu}; "premium income" → {premium} (two together: the first says
    which). A sum of another kind does not answer it."""
    found = list(_MONEY_NOUN_RE.finditer(question))
    if not found:
        return frozenset()
    # "premium income", "royalty income": the first names the sum, the second is its head
    heads = {b.start() for a, b in pairwise(found) if not question[a.end() : b.start()].strip()}
    # a phrase the thesaurus reads as another sum when it opens with the word ("fees for using
    # … rights" are royalties), the word itself otherwise ("licence fees" are fees)
    tokens = analyzer.tokens(question)
    terms: set[str] = set()
    for m in found:
        if m.start() in heads:
            continue
        phrase = [t.term for t in tokens if t.start == m.start() and t.end > m.end()]
        terms.update(phrase or analyzer.terms(m.group()))
    return frozenset(terms)


# "the default rate", "the agency rate for trademarks": which rate, as the word before it
_RATE_RE = _Lazy(r"\b([A-Za-z][\w-]*)\s+(?:rates?|ratios?)\b", re.I)


def rate_kind(question: str) -> str:
    """Which rate a question asks for, as typed: "What is the default rate on IP pledge
    loans?" → "default rate"; "the agency rate" → "agency rate"; "" when it names none. (The
    two words together, so the thesaurus can say "commercialisation rate" is the
    industrialization rate.)"""
    m = _RATE_RE.search(question)
    return m.group() if m else ""


def gives_rate(text: str, which: tuple[str, ...], analyzer: Analyzer) -> bool:
    """Whether ``text`` gives a percentage in a clause naming the rate ``which``: "the agency
    rate for invention patents reached 83.6%", not "loans rose 24%" for a default rate."""
    return any(
        _PERCENT_RE.search(c) is not None and set(which) <= analyzer.term_set(c)
        for c in clauses(text)
    )


def price_subject(question: str, analyzer: Analyzer) -> tuple[str, ...]:
    """Who or what a price question is about, as analysed terms: "What does an IP agent earn
    per year?" → (intellectu, properti, agenc); "what does an open license cost" → (open,
    licens); () for other questions."""
    m = _PRICE_QUESTION_RE.search(question)
    return tuple(analyzer.terms(m.group("subject"))) if m else ()


# "Which province had the most …", "the largest single loan": a ranking is wanted, which a
# total does not give ("the most recent" asks for none)
_SUPERLATIVE_Q_RE = _Lazy(
    r"\b(?:largest|biggest|highest|lowest|smallest|fastest|slowest|greatest|best|worst)\b|"
    r"\bthe (?:most|least)\b(?!\s+recent)",
    re.I,
)
_RANKING_RE = _Lazy(
    r"\b(?:largest|biggest|highest|lowest|smallest|fastest|slowest|greatest|best|worst|most|"
    r"least|top|leading|rank\w*|record|No\. ?1|number one|twice|times the|faster|higher than|"
    r"above the|particularly|especially)\b",
    re.I,
)


# "What is the forecast for 2022?": a figure still to come, which a past total does not give
_FORECAST_Q_RE = _Lazy(
    r"\b(?:forecasts?|projections?|projected|predict\w*|outlook|expected|expects?|anticipated)\b",
    re.I,
)
_AHEAD_RE = _Lazy(
    r"\b(?:will|shall|expect\w*|forecast\w*|project(?:ed|ion)|predict\w*|target\w*|goals?|"
    r"plans? to|strive|aims? to|by the end of|by 20\d\d)\b",
    re.I,
)


# "How is the 24.6% contribution calculated?": a method, which the figure itself does not give
_METHOD_WORDS = r"\b(?:calculat\w*|comput\w*|measur\w*|estimat\w*|worked out|derived|counted)\b"
# …or by what it is defined: "what criteria make a patent high-value", "how is X defined"
_DEFINED = r"\bwhat (?:criteria|definition)\b|\bwhat counts as\b|\bdefined\b|\bdefinition of\b"
_METHOD_Q_RE = _Lazy(rf"\bhow\b.*{_METHOD_WORDS}|{_DEFINED}", re.I)
_METHOD_WORD_RE = _Lazy(rf"{_METHOD_WORDS}|\b(?:criteria|definition|defined|counts as)\b", re.I)
_METHOD_RE = _Lazy(
    r"\b(?:calculat\w*|comput\w*|measur\w*|estimat\w*|statistic\w*|accounting|survey\w*|"
    r"method\w*|formula|based on|sampl\w*|index|indices|defin\w*|criteri\w*|refers? to)\b",
    re.I,
)
# ...and how a figure is measured: a ratio or a sum of parts ("patents per 100 million yuan
# of revenue", "a basic fee plus commission"), which defines nothing
_MEASURE_RE = _Lazy(
    r"\b(?:per\s+(?:\d[\d,.]*|capita|head|hundred|thousand|million|billion)|plus)\b",
    re.I,
)


def asks_method(question: str) -> bool:
    """Whether the question asks how a figure is calculated, measured or estimated."""
    return _METHOD_Q_RE.search(question) is not None


_DEFINED_RE = _Lazy(_DEFINED, re.I)


def asks_definition(question: str) -> bool:
    """Whether the question asks by what something is defined ("what criteria …")."""
    return _DEFINED_RE.search(question) is not None


def gives_method(
    text: str, about: frozenset[str], analyzer: Analyzer, measured: bool = False
) -> bool:
    """Whether ``text`` says anything of how a figure is arrived at ("according to the
    survey", "a statistical accounting mechanism", "calculated by"; with ``measured``, for a
    question asking how, not by what criteria, also a ratio: "per 100 million yuan") in a
    sentence holding two of the terms ``about``: "Statistics show that … output value …" says
    nothing of how a brand value is calculated."""

    def method(sentence: str) -> bool:
        return _METHOD_RE.search(sentence) is not None or (
            measured and _MEASURE_RE.search(sentence) is not None
        )

    return said_with(text, method, about, 2, analyzer)


def method_terms(question: str, analyzer: Analyzer) -> frozenset[str]:
    """The terms of what a method question is about: the question without its method words."""
    return frozenset(analyzer.terms(_METHOD_WORD_RE.sub(" ", question)))


# "Who won gold at …", "which project won a gold award …": a winner's name, not the prize
_WINNER_Q_RE = _Lazy(
    r"^\W*(?:who|which\s+(?:[\w-]+\s+){0,2}?(?:projects?|patents?|inventions?|teams?|"
    r"inventors?|entr(?:y|ies)|products?|persons?|people|individuals?))\s+"
    r"(?:won|wins|received|receives|got|gets|(?:was|were) (?:awarded|given))\b",
    re.I,
)
# a name: capitalised words in a run, with "of", "and", "the", "for" inside ("Bank of China")
_PROPER_NAME_RE = _Lazy(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z0-9][\w'’-]*)+")


# "What is the title of …", "Name a few of …", "what are they called": a name, not a figure
_NAME_Q_RE = _Lazy(
    r"\bwhat(?:\s+is|\s+was|\s+are|\s+were)?\s+the\s+(?:title|name|names)\s+of\b"
    r"|^\W*(?:can you\s+)?name\s+(?:a few|some|the|any|one|two|three)\b|^\W*names\s+of\b"
    r"|\bwhat\s+(?:is|are|was|were)\s+(?:[\w'’-]+\s+){1,8}called\b",
    re.I,
)


def asks_name(question: str) -> bool:
    """Whether a question asks for the name or title of something ("What is the title of the
    WIPO report …", "Name a few of the 189 …")."""
    folded = question.lower()
    if "name" not in folded and "title" not in folded and "called" not in folded:
        return False
    return _NAME_Q_RE.search(question) is not None


def asks_winner(question: str) -> bool:
    """Whether a question asks who or what won or received something ("Who won gold at the
    23rd China Patent Award?"); "which industries have won …" asks for kinds, not names."""
    folded = question.lower()
    if not any(w in folded for w in ("won", "win", "receiv", "got", "get", "awarded", "given")):
        return False  # most questions: spare compiling the pattern
    return _WINNER_Q_RE.search(question) is not None


def names_other(text: str, question: str) -> bool:
    """Whether ``text`` gives a name (a run of capitalised words, or words in quotation marks)
    that the question does not: "the 23rd China Patent Award" names the prize asked about, not
    a winner."""
    asked = {w.casefold() for w in re.findall(r"[\w'’-]+", question)}

    def new(name: str) -> bool:
        words = [w.casefold() for w in re.findall(r"[\w'’-]+", name)]
        return any(w not in asked for w in words if w not in ("of", "and", "the", "for"))

    names = [m.group() for m in _PROPER_NAME_RE.finditer(text)]
    names += re.findall(r"[\"“]([^\"”]{3,})[\"”]", text)  # a name quoted: "Smart Grid"
    return any(new(name) for name in names)


_REASON_Q_RE = _Lazy(
    r"^\W*(?:why|for what reason|what (?:is|was|are|were) the reasons? (?:for|why))\b", re.I
)
_REASON_RE = _Lazy(
    r"\b(?:due to|because|owing to|thanks to|as a result|so as to|so that|the reason|"
    r"since(?!\s+(?:the\s+)?(?:\d|beginning|start|end)))\b",
    re.I,
)


def asks_reason(question: str) -> bool:
    """Whether a question asks why."""
    folded = question.lower()
    if "why" not in folded and "reason" not in folded:
        return False  # most questions: spare compiling the pattern
    return _REASON_Q_RE.search(question) is not None


def gives_reason(text: str) -> bool:
    """Whether ``text`` says why: "Due to time, …", "because …", "in order to …"."""
    return _REASON_RE.search(text) is not None


def asks_forecast(question: str) -> bool:
    """Whether the question asks what is expected, forecast or projected."""
    return _FORECAST_Q_RE.search(question) is not None


def looks_ahead(text: str) -> bool:
    """Whether ``text`` says what will or should happen ("will", "is expected", "by 2025")."""
    return _AHEAD_RE.search(text) is not None


def asks_ranking(question: str) -> bool:
    """Whether the question asks for the largest, the most, the best of something."""
    return _SUPERLATIVE_Q_RE.search(question) is not None


def ranked_terms(question: str, analyzer: Analyzer) -> frozenset[str]:
    """The terms of what a ranking question ranks: the question without its superlatives."""
    return frozenset(analyzer.terms(_SUPERLATIVE_Q_RE.sub(" ", question)))


def ranks(text: str, about: frozenset[str], analyzer: Analyzer) -> bool:
    """Whether ``text`` ranks something ("the largest", "top", "more than twice the national
    average", "particularly active") in a clause
    holding one of the terms ``about``: "the world's leading 5,000 brands" ranks brands, not
    geographical indication products."""
    return any(
        _RANKING_RE.search(c) is not None and not about.isdisjoint(analyzer.term_set(c))
        for c in clauses(text)
    )


@lru_cache(maxsize=1024)
def figure_kind(question: str) -> str | None:
    """The kind of figure a question asks for: a name ("which bank"), a date ("when", "in what
    year"), a share ("what share", "what rate": a percentage), a duration ("how long"), money
    ("how much … borrow", "what does it cost"), a count ("how many": number words do), another
    number, or none."""
    folded = question.lower()
    if named_kind(question):
        return NAME
    if _PRICE_QUESTION_RE.search(question):
        return MONEY
    if (m := _WHEN_RE.search(question)) and not (
        m.start() == 0 and _WHEN_CLAUSE_RE.match(question)
    ):
        return DATE
    if (
        any(w in folded for w in ("time", "period", "term", "duration", "maturity"))
        and _DURATION_NOUN_RE.search(question)
        and not _SHARE_RE.search(question)
    ):
        return DURATION
    # (the pattern needs one of these words: a keyword query often has none, and is spared
    # compiling it)
    if not (
        any(w in folded for w in ("how", "what", " of", " in ")) and _QUANTITY_RE.search(question)
    ):
        if _ASKING_RE.search(question):
            return None
        # keywords: "typical license fee open licensing", "average interest rate on ip loans"
        if _PRICE_NOUN_RE.search(question):
            return MONEY
        if not _KEYWORD_FIGURE_RE.search(question):
            return None
    if _SHARE_RE.search(question):
        return SHARE
    if _LONG_RE.search(question):
        return DURATION
    if _COUNT_RE.search(question):
        return COUNT
    if _MONEY_Q_RE.search(question) and not _CHANGE_RE.search(question):
        return MONEY
    return NUMBER


def asked_when(question: str) -> str:
    """The words asking for a date: "what year" of "By what year must …", "" for none."""
    m = _WHEN_RE.search(question)
    return m.group() if m else ""


def gives_figure(kind: str, text: str) -> bool:
    """Whether ``text`` states a figure of that kind (a year alone is no figure)."""
    if kind == NAME:  # the kind of name is the question's: see named_kind / names_one
        raise ValueError("a name is tested with names_one(named_kind(question), text)")
    if kind == SHARE:
        return _PERCENT_RE.search(text) is not None
    if kind == MONEY:
        return _MONEY_RE.search(text) is not None
    if kind == DURATION:
        return _DURATION_RE.search(text) is not None
    if kind == DATE:
        return _TIME_RE.search(text) is not None
    if kind == COUNT:  # a number of things: not money, a percentage or a year
        return any(has_count(c) for c in clauses(text))
    return _DIGIT_RE.search(text) is not None


def dated(text: str, asked: frozenset[str], analyzer: Analyzer) -> bool:
    """Whether ``text`` gives a date in a sentence holding two of the ``asked`` terms (all of
    them, when fewer), three when the question names four or more: "When will the open licence
    system be rolled out nationwide?" and "When did the patent open license pilot officially
    start?" are not answered by "… participated in the pilot, and … more than 1,000 licenses will
    be reached by the end of this year"."""
    need = min(2, len(asked)) if len(asked) <= 3 else 3
    return said_with(text, lambda s: gives_figure(DATE, s), asked, need, analyzer)


def counted_words(question: str) -> str:
    """What a "how many" question counts, as typed: "How many IP operating funds were set
    up?" → "IP operating funds"; "how many colleges run IP courses" → "colleges" (the first
    plural ends it: the verb after it is no auxiliary the end-words catch). "" when it asks
    no "how many"."""
    m = _COUNT_RE.search(question)
    if m is None:
        return ""
    rest = question[m.end() :]
    end = _COUNTED_END_RE.search(rest)
    words = (rest[: end.start()] if end else rest).strip()
    plural = PLURAL_RE.search(words)
    return words[: plural.end()] if plural else words


def counted(question: str, analyzer: Analyzer) -> tuple[str, ...]:
    """The analysed terms of what a "how many" question counts, its head noun last:
    "How many IP operating funds were set up?" → (intellectu, properti, oper, fund)."""
    return tuple(analyzer.terms(counted_words(question)))


# How a declined answer names the figure it did not find.
FIGURE_NAMES = {
    SHARE: "a percentage",
    MONEY: "a sum of money",
    DURATION: "a length of time",
    DATE: "a date",
    NAME: "a name",
    COUNT: "a count",
    NUMBER: "a figure",
}
