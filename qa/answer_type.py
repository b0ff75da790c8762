"""What kind of answer a question wants, and whether a quote gives it.

"How many licenses …" wants a count of licenses, "how much … borrow" a sum of money, "how long"
a duration, "what share" a percentage. A quote that gives no such figure does not answer the
question, however many of its words it shares: that is the commonest near miss ("How many
trademarks were registered in 2021?" against "patent and trademark pledge financing reached
309.8 billion yuan").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from index.analysis import STOPWORDS, Analyzer, Token
from index.lazy_re import Lazy
from index.passages import split_sentences
from qa.scope import is_within_country, is_year, places_named

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
    "asks_alone",
    "asks_definition",
    "asks_forecast",
    "asks_future",
    "asks_method",
    "asks_ranking",
    "asks_where",
    "beside",
    "bound_start",
    "bounds",
    "clauses",
    "counted",
    "counted_after",
    "counted_words",
    "counts",
    "counts_directly",
    "dated",
    "figure_kind",
    "forget_questions",
    "gives_figure",
    "gives_method",
    "gives_rate",
    "insisted_on",
    "joined",
    "looks_ahead",
    "method_terms",
    "money_nouns",
    "named_kind",
    "names_holder",
    "names_one",
    "near_bound",
    "part_of",
    "price_subject",
    "ranked_terms",
    "ranks",
    "rate_kind",
    "said_with",
    "sentences",
    "separately",
    "set_aside",
    "stated_counts",
    "stated_numbers",
    "stated_whole",
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
    r"would|should|to|for|in|on|at|by|from|with|about|into|than|as|among|amongst|between|"
    r"within|across|behind|against|under|over|through|towards?|"
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
    r"polic(?:y|ies)|standards?|reforms?|formulas?|types?|kinds?|sharing)\b)"
)

# A question asking for a figure.
_CURRENCY = r"(?:yuan|rmb|renminbi|dollars?|euros?|pounds sterling|yen|usd|cny)"
_QUANTITY_RE = _Lazy(
    r"\b(how (much|many|long|often|fast|big|large|high)|by how much|what ([\w'’-]+ ){0,8}((share|"
    r"proportion|portion|percentage|fraction|rate|ratio|yield|number|amount|total|size|scale|"
    r"sum|volume)s?|value|figure|"
    rf"salary|salaries|wages?|fees?|prices?|costs?|budgets?|income|revenues?|turnover|profits?|"
    rf"{_SUM_NAMES})|(share|proportion|portion|percentage|fraction|ratio|(?<=what )cut) of|"
    rf"in (?:us )?{_CURRENCY})\b{_NOT_A_SUM}",
    re.I,
)
# "What does an agent earn?", "what do banks charge": money asked for without "how much"
_PRICE_QUESTION_RE = _Lazy(
    r"\bwhat (?:do|does|did|would|will)\b(?P<subject>.*)\b(earn|earns|cost|costs|charge|charges|pay|pays)\b",
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
    r"more|less|fewer|outpace\w*|exceed\w*|faster|slower|change[sd]?|compared?)\b",
    re.I,
)
# "When will it …", "in what year": a time, which a date, a month or a year gives
_WHEN_RE = _Lazy(
    r"^\W*when\b|\b(what|which) (year|month|date|day)\b|\bby when\b|\bhow soon\b", re.I
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
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|trillion|twice|double|half|dozen"
)
_PERCENT_RE = _Lazy(r"\d\s?%|\bper ?cent|\bpercentage points?\b|\btimes\b", re.I)
_MAGNITUDE = r"(?:\s+(?:hundred|thousand|million|billion|trillion))*"
_MONEY_RE = _Lazy(
    rf"\d{_MAGNITUDE}\s+(?:us\s+|u\.s\.\s+)?{_CURRENCY}\b|[$¥€£]\s?\d|\b(?:rmb|usd|cny)\s?\d", re.I
)
_DURATION_RE = _Lazy(
    rf"\b(?:\d+(?:\.\d+)?|{_NUMBER_WORDS}|a few|several|a)\s+(?:[a-z]+\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|decades?)\b(?!\s+(?:ago|earlier)\b)|\bdecade\b",
    re.I,
)
# After a number: it is money or a percentage, so it counts nothing.
_NOT_A_COUNT_RE = _Lazy(
    rf"^(?:[\d.,]*){_MAGNITUDE}\s*(?:%|percent\b|per cent\b|percentage\b|(?:us\s+)?{_CURRENCY}\b)",
    re.I,
)
# Where the thing counted ends in a question: its verb, a preposition, punctuation.
_COUNTED_END_RE = _Lazy(
    r"\b(do|does|did|are|is|were|was|have|has|had|will|would|can|could|should|got|get|"
    r"in|on|at|for|from|by|under|during|since|with|to|that|which|who|across|between|per)\b|[?,.;:!]",
    re.I,
)
# A plural noun: "colleges", "companies", "people" (not "business", "status", "analysis",
# "overseas", "its")
_PLURAL_RE = _Lazy(
    r"\b(?!(?:overseas|news|series|species|always|perhaps|whereas)\b)"
    r"(?:[a-z][a-z-]*[a-hj-rtv-z]s|people|children|men|women|staff|personnel)\b(?!')",
    re.I,
)
_CLAUSE_BREAK_RE = _Lazy(r"[;:!?]|[.,](?=\s|$)")
_SENTENCE_BREAK_RE = _Lazy(r"[;:!?]|[.](?=\s|$)")
_COUNT_WORD_RE = _Lazy(rf"\d+(?:[.,]\d+)*%?|\b(?:{_NUMBER_WORDS})\b", re.I)


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
    "Did …", "Should …")."""
    m = _FIRST_WORD_RE.match(question)
    return m is not None and m.group(1).lower() in _YES_NO_VERBS


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


def forget_questions() -> None:
    """Empty the caches keyed by a question's text (its kind of figure, of name, its bounds):
    they spare
    one answer the same reading three or four times, and a benchmark of new questions must not
    find them filled by earlier runs of the same ones."""
    figure_kind.cache_clear()
    named_kind.cache_clear()
    _read_bounds.cache_clear()


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
    # "premium income", "royalty income": the first names the sum, the second is its head
    heads = {b.start() for a, b in pairwise(found) if not question[a.end() : b.start()].strip()}
    return frozenset(t for m in found if m.start() not in heads for t in analyzer.terms(m.group()))


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
        return any(_has_count(c) for c in clauses(text))
    return _DIGIT_RE.search(text) is not None


def dated(text: str, asked: frozenset[str], analyzer: Analyzer) -> bool:
    """Whether ``text`` gives a date in a sentence holding two of the ``asked`` terms (all of
    them, when fewer), three when the question names four or more: "When will the open licence
    system be rolled out nationwide?" and "When did the patent open license pilot officially
    start?" are not answered by "… participated in the pilot, and … more than 1,000 licenses will
    be reached by the end of this year"."""
    need = min(2, len(asked)) if len(asked) <= 3 else 3
    return said_with(text, lambda s: gives_figure(DATE, s), asked, need, analyzer)


def said_with(
    text: str,
    gives: Callable[[str], bool],
    terms: frozenset[str],
    need: int,
    analyzer: Analyzer,
    parts: Callable[[str], list[str]] | None = None,
) -> bool:
    """Whether one sentence of ``text`` (or one of ``parts(text)``, such as its clauses) gives
    what ``gives`` accepts and holds ``need`` of ``terms``: the figure, date or method said of
    the thing asked about, not somewhere else in the quote."""
    return any(
        gives(part) and len(terms & analyzer.term_set(part)) >= need
        for part in (parts or sentences)(text)
    )


def sentences(text: str) -> list[str]:
    """The sentences of a text (split at full stops, semicolons, colons, ! and ?)."""
    return [s for s in _SENTENCE_BREAK_RE.split(text) if s.strip()]


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
    plural = _PLURAL_RE.search(words)
    return words[: plural.end()] if plural else words


def counted(question: str, analyzer: Analyzer) -> tuple[str, ...]:
    """The analysed terms of what a "how many" question counts, its head noun last:
    "How many IP operating funds were set up?" → (intellectu, properti, oper, fund)."""
    return tuple(analyzer.terms(counted_words(question)))


# "How many of the 65 products …", "Of the 4,000 patents …, how many …", "what share of the
# 865,000 employees …", "among the 190 universities": a part of a whole the question states
_ABOUT = r"(?:(?:more than|over|nearly|almost|about|around|roughly|some)\s+)?"
_WHOLE_RE = _Lazy(
    r"(?:\bhow (?:many|much)\s+|\b(?:share|proportion|percentage|fraction|portion|part|number)\s+"
    rf"|^\W*|\b(?=among\b))(?:of|among|out of)\s+(?:the\s+|these\s+|those\s+)?{_ABOUT}"
    r"(\d+(?:[.,]\d+)*)(?![.,]?\d)",
    re.I,
)
# …or refers back to it: "With more than 73,000 institutions in China, how many of them …"
_OF_THEM_RE = _Lazy(
    r"\b(?:how (?:many|much)|share|proportion|percentage|fraction|portion|part|number)\s+"
    r"(?:of|among)\s+(?:them|these|those|which)\b",
    re.I,
)
# what gives a part after the whole: "2,800 pilot enterprises, including 189 …", "27,000
# times, …, of which 30% of patents …", "…. Among them, the number of inclusive projects …"
_PART_MARKER_RE = _Lazy(
    r"\b(?:of which|of whom|among them|among which|of these|of them|in which|including)\b", re.I
)
# …and before it: "408 of the world's leading 5,000 brands"
# (a magnitude may stand between, "1.2 million of the …"; not any word: "4 types of insurance
# and 16 products" gives no part of the 16)
_PART_BEFORE_RE = _Lazy(
    r"\d[\d.,]*%?(?:\s+(?:hundred|thousand|million|billion|percent|per cent))?"
    r"\s+of\s+(?:[^\d.;:!?]*?\s)?$"
)
_NUMBER_RE = _Lazy(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![.,]?\d)")
_SENTENCE_END_RE = _Lazy(r"[.!?;](?=\s|$)")


# A number a question states (not a year, not "H1", not "23rd"): "How many of the 65 …"
# (not a year, nor the end of a range of years: "2021-25")
_GIVEN_NUMBER_RE = _Lazy(
    r"(?<![\w.,])(?<!(?:19|20)\d\d[-–])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*%?(?!\w)"
)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_RE = _Lazy(rf"\b{_MONTH}\s+$|^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.I)


# A number after these is a threshold, not the things asked about: "projects under 10 million
# yuan" ("more than" and "over" are not: "more than 73,000 institutions" are those asked about)
_THRESHOLD_RE = _Lazy(
    r"\b(?:under|below|less than|fewer than|at most|up to|not exceeding|smaller than)\s+$", re.I
)
# …and a number after these is a bound a figure is held against: "Did pledge loans top 370
# billion yuan?", "over 95 percent", "pass 400,000"
_BOUND_RE = _Lazy(
    r"\b(?:(?:more|greater|higher|larger|bigger|fewer|less|lower|smaller) than|over|above|"
    r"under|below|beyond|exceed(?:s|ed|ing)?|pass(?:es|ed|ing)?|tops?|topped|topping|"
    r"surpass(?:es|ed|ing)?|at least|at most|up to|not exceeding|in excess of|upwards of|"
    r"nearly|almost|close to|about|around|roughly|approximately)\s+$",
    re.I,
)
# A figure with its magnitude and unit: "372.364 billion yuan", "95.2%", "865,000 people"
_FIGURE_RE = _Lazy(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)(?:(?!\w)|(?=(?:k|mn?|bn|tn|pc|pct)\b))"
    # its scale, written out or short ("372.364 billion", "58.7bn", "420k")
    r"(\s?(?:k|mn?|bn|tn)\b|(?:\s+(?:hundred|thousand|million|billion|trillion))*)"
    rf"\s*(%|percent\b|per cent\b|pc\b|pct\b|percentage points?\b|points?\b|pp\b|ppts?\b|"
    rf"(?:us\s+)?{_CURRENCY}\b|"
    r"(?:days?|weeks?|months?|years?|yrs?|hours?)\b)?",
    re.I,
)
_TIME_UNITS = ("day", "week", "month", "year", "hour")
_PERCENT_WORD_RE = _Lazy(r"\s*(?:percent|per cent|pct)\b", re.I)
_SCALE = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12,
}  # fmt: skip


def _figures(text: str, spelled: bool = False) -> list[tuple[float, str]]:
    """The figures ``text`` gives, as (value, unit): unit "%", "points" (percentage points),
    "money", a unit of time ("month") or "" for a bare number; not a year standing alone.
    With ``spelled``, spelt-out ones too ("in the past three years")."""
    found = [f for _, _, digits in _spelled(text) for f in _figures(digits)] if spelled else []
    for m in _FIGURE_RE.finditer(text):
        digits, scale, unit = m.group(1), m.group(2), (m.group(3) or "").lower()
        if not scale and not unit and is_year(digits):
            continue
        if "," in digits and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
            continue  # "1,2": a list, not a number
        value = float(digits.replace(",", ""))
        for word in scale.lower().split():
            value *= _SCALE[word]
        unit = {"yr": "year", "yrs": "year"}.get(unit, unit)
        if unit.startswith(("percentage", "point", "pp")):  # "10.5 points", "3.1pp"
            kind = "points"
        elif unit in ("%", "percent", "per cent", "pc", "pct"):
            kind = "%"
        elif unit.rstrip("s") in _TIME_UNITS:
            kind = unit.rstrip("s")  # "17 months": a length of time, not 17 provinces
        else:
            kind = "money" if unit else ""
        found.append((value, kind))
    return found


# words one of which a question holding a bound has (see _BOUND_RE)
_BOUND_HINTS = (
    "than", "over", "above", "under", "below", "beyond", "exceed", "pass", "top", "surpass",
    "least", "most", "up to", "excess", "upwards", "nearly", "almost", "close to", "about",
    "around", "roughly", "approx",
)  # fmt: skip
_SMALL = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# A figure spelt out: "a hundred", "thirty thousand", "twenty-five", "five million yuan"
_SPELLED_RE = _Lazy(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[\s-](?P<unit>{'|'.join(_SMALL[:9])}))?|"
    rf"(?P<small>a|{'|'.join(_SMALL)}))"
    r"(?P<scale>(?:\s+(?:hundred|thousand|million|billion|trillion))*)\b"
    r"(?P<rest>\s*(?:%|percent\b|per cent\b|[a-z]+\b)?)",
    re.I,
)


def _spelled(question: str) -> list[tuple[int, int, str]]:
    """Figures a question spells out, as (start, end, the figure in digits with what follows
    it): "more than a hundred colleges" → "100 colleges". Not "a" or "one" alone."""
    found = []
    for m in _SPELLED_RE.finditer(question):
        small, scale = (m.group("small") or "").lower(), m.group("scale")
        if small in ("a", "one") and not scale:
            continue
        half = question[max(0, m.start() - 5) : m.start()].lower() == "half "
        if m.group("tens"):
            value = 10 * (_TENS.index(m.group("tens").lower()) + 2)
            value += _SMALL.index(m.group("unit").lower()) + 1 if m.group("unit") else 0
        else:
            value = 1 if small == "a" else _SMALL.index(small) + 1
        if half:  # "half a million"
            value = 0.5 * value
        digits = f"{value:g}{scale}{m.group('rest')}"
        unit = _figures(digits)[0][1] != _figures(f"{value:g}{scale}")[0][1]  # "percent", "yuan"
        found.append(
            (m.start() - 5 if half else m.start(), m.end() if unit else m.end("scale"), digits)
        )
    return found


_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# A share spelt out: "a third", "three fifths", "two-thirds", "half", "four out of five"
_FRACTION_RE = _Lazy(
    rf"\b(?:(?P<num>a|an|{'|'.join(_SMALL[:9])})[\s-]+(?P<den>{'|'.join(_DENOMINATORS)})s?|"
    rf"(?P<half>half)|(?P<n2>{'|'.join(_SMALL[:9])}|\d+)\s+(?:out of|in)\s+"
    rf"(?P<d2>{'|'.join(_SMALL[:10])}|\d+))\b",
    re.I,
)


def _number_word(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else 1 if word in ("a", "an") else _SMALL.index(word) + 1


def _fractions(question: str) -> list[tuple[int, int, float]]:
    """Shares a question spells out, as (start, end, percentage): "over a third" → 33.3,
    "four out of five" → 80."""
    found = []
    for m in _FRACTION_RE.finditer(question):
        if re.match(
            r"\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b", question[m.end() :]
        ):
            continue  # "half a million" is a number (see _spelled), not a share
        if m.group("half"):
            value = 50.0
        elif m.group("den"):
            value = 100 * _number_word(m.group("num")) / _DENOMINATORS[m.group("den").lower()]
        else:
            whole = _number_word(m.group("d2"))
            if not whole:
                continue
            value = 100 * _number_word(m.group("n2")) / whole
        found.append((m.start(), m.end(), value))
    return found


def bound_start(question: str, start: int) -> int:
    """Where the words holding a figure as a bound begin: at "roughly" of "roughly a quarter",
    "top" of "top 370 billion yuan"; ``start`` itself when none come before it."""
    before = question[max(0, start - 20) : start]
    m = _BOUND_RE.search(before)
    return start - len(before) + m.start() if m else start


def bounds(question: str, claimed: bool = False) -> list[tuple[str, float, str]]:
    """The figures a question holds something against (see :func:`_read_bounds`); read once per
    question, though the tests of the quote and of coverage both ask."""
    return list(_read_bounds(question, claimed))


@lru_cache(maxsize=256)
def _read_bounds(question: str, claimed: bool) -> tuple[tuple[str, float, str], ...]:
    """The figures a question holds something against, as (typed, value, unit): "Did pledge
    loans top 370 billion yuan?" → [("370 billion yuan", 3.7e11, "money")]; "more than a
    hundred colleges" → [("a hundred", 100.0, "")]; "over a third" → [("a third", 33.3…,
    "%")]. With ``claimed``, every figure it states (not a year or a day): a claim to check,
    "Did SIPO set up 25 operating funds?", which 20 funds refutes."""
    lower = question.lower()
    if claimed:
        if not any(c.isdigit() for c in question) and not any(w in lower for w in _BOUND_HINTS):
            return ()
    elif not any(word in lower for word in _BOUND_HINTS):
        return ()  # (the patterns are slow to compile, and most questions hold no bound)

    def bounding(start: int) -> bool:
        return _BOUND_RE.search(question[max(0, start - 20) : start]) is not None

    def period(start: int, unit: str) -> bool:  # "over three years": during them, no bound
        before = question[max(0, start - 6) : start].lower().split()
        return unit in _TIME_UNITS and before[-1:] == ["over"]

    found = []
    shares = _fractions(question)
    for start, end, value in shares:
        if bounding(start):
            found.append((question[start:end], value, "%"))

    def in_share(start: int) -> bool:  # "three" of "three fifths", "1" of "1 in 5"
        return any(a <= start < b for a, b, _ in shares)

    for m in _FIGURE_RE.finditer(question):
        day = _DAY_RE.search(question[m.end(2) : m.end(2) + 14])  # not "24 aug"
        if in_share(m.start()) or day or not (claimed or bounding(m.start())):
            continue
        if (figure := _figures(m.group())) and not period(m.start(), figure[0][1]):
            found.append((m.group().strip(), *figure[0]))
    for start, end, digits in _spelled(question):
        if in_share(start):
            continue
        figure = _figures(digits)
        if bounding(start) and figure and not period(start, figure[0][1]):
            found.append((question[start:end].strip(), *figure[0]))
    return tuple(found)


# A question about what will be: "Will open licences top 800 by the end of the year?"
_FUTURE_Q_RE = _Lazy(
    r"\b(?:will|going to|expect\w*|forecast\w*|projected|predicted|targets?|targeted)\b", re.I
)


def asks_future(question: str) -> bool:
    """Whether the question asks about what will be ("will", "expected", "forecast")."""
    return _FUTURE_Q_RE.search(question) is not None


def near_bound(
    text: str,
    bound: tuple[str, float, str],
    factor: float,
    ahead: bool = False,
    about: frozenset[str] = frozenset(),
    analyzer: Analyzer | None = None,
) -> bool:
    """Whether ``text`` gives a figure of the bound's unit within ``factor`` of it either way,
    one that tells whether the bound was passed: 372.364 billion yuan for "more than 370
    billion yuan", not 27.1% growth (another unit) or 58.7 billion (another order of size).
    A bare number in the question ("more than 370 billion") may be a sum in the text. With
    ``ahead``, for a question about what will be, only in a sentence looking ahead: the 309.8
    billion yuan of 2021 does not tell whether pledge financing will top 400 billion. With
    ``about`` (analysed terms), only in a clause holding one of them: "more than 1,000 bank-
    enterprise docking activities" says nothing of "more than 1,000 insurance claims"."""
    _, value, unit = bound
    units = {unit, "money"} if unit == "" else {unit}
    for sentence in sentences(text) if ahead else [text]:
        if ahead and not looks_ahead(sentence):
            continue
        for part in _said_of(sentence) if about and analyzer else [sentence]:
            if about and analyzer and about.isdisjoint(analyzer.term_set(part)):
                continue
            if any(
                kind in units and value > 0 and 1 / factor <= figure / value <= factor
                for figure, kind in _figures(part, spelled=True)
            ):
                return True
    return False


_LETTERS_RE = _Lazy(r"[A-Za-z][\w'-]*")


def _said_of(sentence: str) -> list[str]:
    """The clauses of a sentence, each with what its figure is said of: a clause of a figure
    and a word or two ("an increase of 60.91%") speaks of the clause before it ("The number
    of cumulative loans in that year was 5981")."""
    out: list[str] = []
    for part in clauses(sentence):
        words = [w for w in _LETTERS_RE.findall(part) if w.lower() not in STOPWORDS]
        out.append(f"{out[-1]}, {part}" if out and len(words) <= 1 else part)
    return out


def _stated(question: str) -> list[re.Match[str]]:
    """The numbers a question states (not a day of a month: "aug 24")."""
    return [
        m
        for m in _GIVEN_NUMBER_RE.finditer(question)
        if not _DAY_RE.search(question[max(0, m.start() - 12) : m.start()])
        and not _DAY_RE.search(question[m.end() : m.end() + 14])
    ]


def stated_numbers(question: str) -> list[str]:
    """The numbers a question states, as typed: "How many of the 65 products …" → ["65"]
    (not a day of a month: "aug 24")."""
    return [m.group() for m in _stated(question)]


def stated_counts(question: str, bounded: bool = False) -> list[str]:
    """The numbers a question states that are not percentages or thresholds: how many things
    it is about ("the 20 funds") or a sum ("the 58.724 billion yuan"), not "under 10 million
    yuan"; with ``bounded``, not a bound either ("more than 370 billion yuan", see
    :func:`bounds`)."""
    return [
        m.group()
        for m in _stated(question)
        if not m.group().endswith("%")
        and not _PERCENT_WORD_RE.match(question, m.end())  # "80 percent" is a percentage too
        and not _THRESHOLD_RE.search(question[max(0, m.start() - 14) : m.start()])
        and not (bounded and _BOUND_RE.search(question[max(0, m.start() - 20) : m.start()]))
    ]


def stated_whole(question: str) -> str | None:
    """The whole a question asks a part of, as typed: "How many of the 65 IP securitization
    products were issued in Shenzhen?" → "65", "With 73,000 institutions, how many of them …"
    → "73,000"; None when it states none (a year is no whole: "how many of the 2021 deals")."""
    m = _WHOLE_RE.search(question)
    if m and not is_year(m.group(1)):
        return m.group(1)
    if _OF_THEM_RE.search(question) and (stated := stated_counts(question)):
        return stated[0]  # "With more than 73,000 institutions, how many of them …"
    return None


# "How many of China's IP service institutions are patent agencies?": a part of a whole named
# but not numbered
_PART_NAMED_Q_RE = _Lazy(r"\bhow many of\s+(?!them\b|these\b|those\b|which\b)(?![^?]*?\d)", re.I)
# a figure given as a part of something: "408 of the world's leading 5,000 brands", "30% of
# patents belong to …"
_PART_OF_RE = _Lazy(r"\d[\d.,]*%?\s+(?:[\w-]+\s+)?of\s+(?!\d)[\w'’-]+")


def asks_part_of_named(question: str) -> bool:
    """Whether a question asks how many of a whole it names without a number are something:
    "How many of China's IP service institutions are patent agencies?"."""
    return _PART_NAMED_Q_RE.search(question) is not None


def gives_part(text: str, gives: Callable[[str], bool]) -> bool:
    """Whether a sentence of ``text`` gives what ``gives`` accepts as a part of something: after
    "of which", "among them", "including" …, or as "408 of the world's leading brands". A total
    ("there are more than 73,000 IP service institutions") is no part of itself."""
    for sentence in sentences(text):
        marker = _PART_MARKER_RE.search(sentence)
        if marker and gives(sentence[marker.end() :]):
            return True
        if marker and marker.start() < 2 and gives(sentence):  # "Among them, the number …"
            return True
        if _PART_OF_RE.search(sentence) and gives(sentence):
            return True
    return False


def part_of(text: str, whole: str, gives: Callable[[str], bool]) -> bool:
    """Whether ``text`` gives a part of ``whole`` (a number as the question typed it) that
    ``gives`` accepts: the whole is there, and a figure is given as part of it, after "of
    which", "among them" or "including" in the rest of its sentence or the next one, or just
    before "of … <whole>" ("408 of the world's leading 5,000 brands"). A figure elsewhere in the
    passage is of something else: "Of the 4,000 patents screened, how many are utility models?"
    is not answered by the 20,000 enterprises they were pushed to."""
    digits = whole.replace(",", "")
    for m in _NUMBER_RE.finditer(text):
        if m.group().replace(",", "") != digits:
            continue
        before = text[: m.start()]
        start = max((e.end() for e in _SENTENCE_END_RE.finditer(before)), default=0)
        if _PART_BEFORE_RE.search(before[start:]):
            return True
        after = text[m.end() :]
        ends = [e.end() for e in _SENTENCE_END_RE.finditer(after)][:2]
        span = after[: ends[-1]] if ends else after
        marker = _PART_MARKER_RE.search(span)
        if marker and gives(span[marker.end() :]):
            return True
    return False


def beside(text: str, numbers: list[str], gives: Callable[[str], bool]) -> bool:
    """Whether a sentence of ``text`` holding one of ``numbers`` (as a question typed them)
    gives what ``gives`` accepts: "How much capital do the 20 IP operating funds manage?" is
    answered beside the 20 funds, not by a sum in another sentence."""
    wanted = {n.replace(",", "") for n in numbers}
    for sentence in split_sentences(text):
        said = {m.group().replace(",", "") for m in _NUMBER_RE.finditer(sentence)}
        if said & wanted and gives(sentence):
            return True
    return False


_AND_RE = _Lazy(r"\b([^\W\d_][\w'-]*)\s+and\s+([^\W\d_][\w'-]*)\b")


# A question insisting on one thing apart from others: "trademark pledge financing alone"
_ALONE_RE = _Lazy(
    r"\b(alone|excluding|exclusive of|apart from|by itself|on (?:its|their) own|separately|"
    r"broken down|breakdown|respectively|not counting|leaving out)\b",
    re.I,
)
# …and what it sets aside: "excluding patents"
_SET_ASIDE_RE = _Lazy(
    r"\b(?:excluding|exclusive of|apart from|not counting|leaving out|without)\s+([^,;:.?!]+)",
    re.I,
)


# "How much of China's 2021 IP royalty trade was exports?": a part of a whole, by its name
_PART_NAMED_RE = _Lazy(
    r"\bhow (?:much|many) of\b.+?\b(?:was|were|is|are|came from|comes? from|went to|goes to)\s+"
    r"((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s*[?.!]?\s*$",
    re.I,
)


def _part_named(question: str) -> re.Match[str] | None:
    folded = question.lower()
    if "how much of" not in folded and "how many of" not in folded:
        return None  # most questions: spare compiling the pattern
    return _PART_NAMED_RE.search(question)


def asks_alone(question: str) -> bool:
    """Whether a question insists on one thing apart from others ("alone", "excluding …",
    "on its own", "separately", "how much of … was exports")."""
    return _ALONE_RE.search(question) is not None or _part_named(question) is not None


_INSISTED_RE = _Lazy(
    r"((?:[A-Za-z][\w'’-]*\s+){1,3}?)(?:alone|on (?:its|their) own|by (?:itself|themselves)|"
    r"separately)\b"
)
# A word that ends the phrase before "alone": "from trademarks alone" → "trademarks"
_PHRASE_BREAK_RE = _Lazy(
    r"(?:the|a|an|of|from|for|in|on|by|to|with|and|or|was|were|is|are|did|do|does|came|come|"
    r"get|got|how|what|much|many)",
    re.I,
)
_TIME_WORD_RE = _Lazy(
    r"(?:year|years|month|months|quarter|quarters|half|period|time|today|now|\d+)", re.I
)


def insisted_on(question: str) -> str:
    """The words a question insists on, as typed: up to three before "alone", "on its own",
    "by itself", "separately", back to a function word: "… came from trademarks alone?" →
    "trademarks", "trademark pledge financing alone" → all three; "" when the word before is
    a time ("in 2021 alone", "that year alone") or there is none."""
    if part := _part_named(question):
        return re.sub(r"(?i)^the\s+", "", part.group(1))
    m = _INSISTED_RE.search(question)
    if m is None:
        return ""
    words = m.group(1).split()
    if _TIME_WORD_RE.fullmatch(words[-1]):
        return ""
    phrase: list[str] = []
    for word in reversed(words):
        if _PHRASE_BREAK_RE.fullmatch(word):
            break
        phrase.insert(0, word)
    return " ".join(phrase)


def set_aside(question: str) -> list[str]:
    """What a question sets aside, as typed: "… alone, excluding patents?" → ["patents"]."""
    return [m.group(1) for m in _SET_ASIDE_RE.finditer(question)]


def joined(
    clause: str,
    asked: frozenset[str],
    analyzer: Analyzer,
    others: frozenset[str] | None = None,
) -> list[str]:
    """The pairs "A and B" of ``clause`` where the question names one word and not the other,
    and the clause names the one only there: "import and export" for a question about
    exports; its figure is for both together. With ``others``, only pairs whose other word is
    one of them."""
    found = []
    terms = analyzer.terms(clause)
    for m in _AND_RE.finditer(clause):
        a, b = analyzer.terms(m.group(1)), analyzer.terms(m.group(2))
        if len(a) != 1 or len(b) != 1 or a == b:
            continue
        one = a[0] if a[0] in asked else b[0] if b[0] in asked else None
        other = b[0] if one == a[0] else a[0]
        if one is None or other in asked or terms.count(one) > 1:
            continue
        if others is not None and other not in others:
            continue
        found.append(m.group())
    return found


def separately(
    text: str,
    asked: frozenset[str],
    analyzer: Analyzer,
    gives: Callable[[str], bool],
    others: frozenset[str] | None = None,
) -> bool:
    """Whether ``text`` gives what ``gives`` accepts for what the question (terms ``asked``)
    names, not only for a pair it names one of (see :func:`joined`, and ``others`` there):
    "the total import and export volume … reached 378.3 billion yuan" gives no figure for
    exports. Only clauses naming something asked about count; when none does, this has
    nothing to say."""
    about = [c for c in clauses(text) if gives(c) and asked & analyzer.term_set(c)]
    return not about or any(not joined(c, asked, analyzer, others) for c in about)


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


def counts(text: str, things: tuple[str, ...], analyzer: Analyzer, named: bool = False) -> bool:
    """Whether ``text`` can answer "how many <things>" (``things``: analysed terms, such as the
    head noun from :func:`counted`): it gives a number that is not money, a percentage or a
    year; and when it names any of ``things``, a clause naming one gives such a number
    ("employing more than 865,000 people"), not only a clause about something else ("trademark pledge financing
    reached 309.8 billion yuan"). A quote that never names the things counted may count them
    in other words ("7,345 inclusive projects" for "deals"): that is not held against it,
    unless ``named`` (the briefing has a word for the things, and the quote does not use it)."""
    raw = clauses(text)
    parts = [analyzer.term_set(c) for c in raw]
    counting = [(c, r) for c, r in zip(parts, raw, strict=True) if _has_count(r)]
    if not counting:
        return False
    wanted = set(things)
    if not any(c & wanted for c in parts):
        return not named

    return any(c & wanted and not _counts_other(r, wanted, analyzer) for c, r in counting) or any(
        counts_directly(text, t, analyzer, 8, lists=True) for t in wanted
    )


def clauses(text: str) -> list[str]:
    """The clauses of a text: split at commas, semicolons and full stops."""
    return [c for c in _CLAUSE_BREAK_RE.split(text) if c.strip()]


def counts_directly(
    text: str, head: str, analyzer: Analyzer, within: int = 6, *, lists: bool = False
) -> bool:
    """Whether ``text`` puts a count right before ``head`` (an analysed term): a number that is
    not money, a percentage or a year, then ``head`` within ``within`` terms of the same clause
    with no other plural or number between: "17 provinces", "5,729 national intellectual
    property advantage demonstration enterprises", but not "100 universities have opened
    undergraduate programs" for undergraduates. With ``lists``, commas do not end the clause:
    "nearly 20,000 micro, small and medium-sized enterprises" — unless a new phrase follows
    ("more than 150 project investment, a number of invested companies …"). Or after it:
    "the number of cumulative loans in that year was 5981" (see :func:`counted_after`)."""
    tokens = analyzer.tokens(text)
    breaks = _SENTENCE_BREAK_RE if lists else _CLAUSE_BREAK_RE
    for i, tok in enumerate(tokens):
        if not text[tok.start : tok.start + 1].isdigit() or not _is_count(text, tok.start, tok.end):
            continue
        for nxt in tokens[i + 1 : i + 1 + within]:
            if breaks.search(text[tok.end : nxt.start]):
                break
            if lists and _NEW_PHRASE_RE.search(text[tok.end : nxt.start]):
                break  # "150 project investment, a number of invested companies"
            if nxt.term == head:
                if _modifier(text, tokens, tokens.index(nxt), breaks):
                    break  # "2,100 trademark brand guidance stations" counts stations
                return True
            word = text[nxt.start : nxt.end]
            if word[:1].isdigit() or _PLURAL_RE.fullmatch(word):
                break  # "100 universities … undergraduate programs": the number counts those
    return counted_after(text, head, analyzer)


# "The number of cumulative loans in that year was 5981": a count said after the things
_NUMBER_OF_RE = _Lazy(
    r"\bnumber of\b([^;:!?.,]{1,80}?)\b(?:was|were|is|are|reached|stood at|totall?ed|hit|"
    r"exceeded)\s+(?:(?:more than|over|nearly|about|around|almost)\s+)?(\d[\d,.]*)",
    re.I,
)


def counted_after(text: str, head: str, analyzer: Analyzer) -> bool:
    """Whether ``text`` says "the number of <… head> was <count>": the things counted are
    named before any "of", "in" …, "the number of patent transfer licenses of universities
    and research institutes" counts licences, not institutes."""
    if "number of" not in text.lower():
        return False
    return any(
        head in analyzer.term_set(_PHRASE_END_RE.split(m.group(1), 1)[0])
        and _is_count(text, m.start(2), m.end(2))
        for m in _NUMBER_OF_RE.finditer(text)
    )


_PHRASE_END_RE = _Lazy(r"\b(?:of|in|for|by|from|with|under|at|on|to|and|that|which)\b", re.I)


# A comma opening a new noun phrase, not the next item of a list of modifiers
_NEW_PHRASE_RE = _Lazy(
    r",\s*(?:a|an|the|of|which|with|its|their|this|these|those|some|many|most|all)\b", re.I
)


def _counts_other(clause: str, things: set[str], analyzer: Analyzer) -> bool:
    """Whether ``things`` appear in ``clause`` only as words naming what a count counts:
    "2,100 trademark brand guidance stations" counts stations, not trademarks."""
    tokens = analyzer.tokens(clause)
    seen = [i for i, tok in enumerate(tokens) if tok.term in things]
    return bool(seen) and all(
        _modifier(clause, tokens, i, _CLAUSE_BREAK_RE) and _after_count(clause, tokens, i)
        for i in seen
    )


def _after_count(text: str, tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a count within a few words, with no punctuation between."""
    for tok in tokens[max(0, i - 8) : i]:
        between = text[tok.end : tokens[i].start]
        if (
            text[tok.start : tok.start + 1].isdigit()
            and _is_count(text, tok.start, tok.end)
            and all(ch.isalpha() or ch in " -'’" for ch in between)
        ):
            return True
    return False


def _modifier(text: str, tokens: list[Token], i: int, breaks: _Lazy) -> bool:
    """Whether the word of ``tokens[i]`` is singular and names what a plural after it in the
    same clause is: "trademark" in "2,100 trademark brand guidance stations"."""
    if _PLURAL_RE.fullmatch(text[tokens[i].start : tokens[i].end]):
        return False
    for prev, nxt in pairwise(tokens[i : i + 5]):
        between = text[prev.end : nxt.start]
        if breaks.search(between) or not (between.isspace() or between == "-"):
            return False  # (a hyphen joins: "1,000 bank-enterprise docking activities")
        if _PLURAL_RE.fullmatch(text[nxt.start : nxt.end]):
            return True
    return False


@lru_cache(maxsize=4096)
def _has_count(clause: str) -> bool:
    """Whether a clause gives a number that can count things."""
    return any(_is_count(clause, m.start(), m.end()) for m in _COUNT_WORD_RE.finditer(clause))


def _is_count(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` can count things: not a percentage, a year,
    or a sum of money ("309.8 billion yuan")."""
    word = text[start:end]
    return not (word.endswith("%") or is_year(word) or _NOT_A_COUNT_RE.match(text[end:]))
