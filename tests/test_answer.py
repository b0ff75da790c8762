"""Retrieval, quote selection, attribution and declining, through Engine.ask."""

from __future__ import annotations

import pytest

from index.passages import split_sentences
from index.transcript import normalize_space
from qa.answer import Engine
from qa.config import Settings

PLEDGE_Q = "How much was patent and trademark pledge financing in 2021?"


def test_the_pledge_financing_question(engine):
    a = engine.ask(PLEDGE_Q)
    assert a.answered
    assert "309.8 billion yuan" in a.best.quote
    assert a.best.quote.startswith("In 2021, the amount of national patent and trademark pledge")
    assert a.best.passage.speaker == "Heng Fuguang"
    assert (
        a.best.passage.title
        == "spokesman and deputy director of the State Intellectual Property Office"
    )
    assert a.best.passage.kind == "opening"
    assert a.best.passage.asked_by is None


@pytest.mark.parametrize(
    ("question", "expected", "speaker"),
    [
        (
            "how many licensing projects has the open licensing pilot facilitated so far",
            "643 licensing projects",
            "Lei Xiaoyun",
        ),
        ("how many intellectual property service institutions are there", "73,000", "Lei Xiaoyun"),
        (
            "balance of IP pledge loans at the end of June 2022",
            "124.637 billion yuan",
            "Li Hanyang",
        ),
        ("univeristy patent grant rate", "83.9 percent", "Lei Zhaozi"),
        ("How many illegal websites were dealt with?", "3,936 illegal websites", "Ren Aiguang"),
        ("SME intellectual property strategy pilot cities", "20 pilot cities", "Ren Aiguang"),
        (
            "what reward ratio do universities give for transforming achievements",
            "70%",
            "Lei Zhaozi",
        ),
        ("Why did the press conference end?", "Due to time", "Heng Fuguang"),
    ],
)
def test_known_questions_find_the_passage(engine, question, expected, speaker):
    a = engine.ask(question)
    assert a.answered, question
    assert expected in a.best.passage.text
    assert a.best.passage.speaker == speaker


def test_answers_carry_the_question_they_answer(engine):
    a = engine.ask("How many licensing projects has the open licensing pilot facilitated?")
    p = a.best.passage
    assert p.asked_by == "Hong Kong Economic Herald"
    assert p.question.startswith("The pilot work of patent open licensing has attracted")


def test_quote_is_one_to_three_consecutive_sentences_of_the_passage(engine, briefing_text):
    source = normalize_space(briefing_text)
    for q in (
        PLEDGE_Q,
        "open licensing pilot universities",
        "insurance risk protection enterprises",
    ):
        a = engine.ask(q)
        for hit in (a.best, *a.alternatives):
            sentences = split_sentences(hit.passage.text)
            quoted = split_sentences(hit.quote)
            assert 1 <= len(quoted) <= 3
            start = sentences.index(quoted[0])
            assert sentences[start : start + len(quoted)] == quoted
            assert hit.quote in hit.passage.text
            assert hit.passage.text in source


def test_quote_is_the_best_matching_sentence_not_the_paragraph_start(engine):
    a = engine.ask("How many trademark brand guidance stations were promoted?")
    assert a.best.quote.startswith("In terms of helping the development of brand economy")
    assert "2,100 trademark brand guidance stations" in a.best.quote


def test_highlights_mark_matched_words_in_the_quote(engine):
    a = engine.ask(PLEDGE_Q)
    marked = {a.best.quote[s:e].lower() for s, e in a.best.highlights}
    assert {"patent", "trademark", "pledge", "financing", "2021"} <= marked


def test_alternatives_are_distinct_passages_in_the_same_shape(engine):
    a = engine.ask("intellectual property pledge financing", top=4)
    assert len(a.alternatives) == 4
    ids = [h.passage.id for h in (a.best, *a.alternatives)]
    assert len(set(ids)) == len(ids)
    scores = [h.score for h in (a.best, *a.alternatives)]
    assert scores == sorted(scores, reverse=True)


def test_top_zero_gives_no_alternatives(engine):
    assert engine.ask(PLEDGE_Q, top=0).alternatives == ()


def test_who_questions_are_marked_and_name_the_speaker(engine):
    a = engine.ask("who talked about open licensing?")
    assert a.who and a.answered
    assert a.best.passage.speaker == "Lei Xiaoyun"
    assert not engine.ask("open licensing").who


@pytest.mark.parametrize(
    "question",
    [
        "What is the weather in Paris?",
        "Who won the football world cup?",
        "What was the stock price of Tencent?",
        "How many patents did Japan license in 2024?",
    ],
)
def test_declines_what_the_briefing_does_not_cover(engine, question):
    a = engine.ask(question)
    assert not a.answered and a.best is None
    assert a.reason in ("no match", "weak match", "unknown name", "no figure", "lone match")


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("", "empty"),
        ("   \t", "empty"),
        ("what is the and of it?", "no content words"),
        ("知识产权质押融资是多少？", "not English"),
        ("x" * 100_000, "too long"),
        (
            "[bold]x[/] [/ [@click=app.quit]q[/]",
            ("no match", "weak match", "unknown name", "lone match"),
        ),
    ],
)
def test_bad_questions_are_declined_with_a_reason(engine, question, reason):
    a = engine.ask(question)
    assert not a.answered
    assert a.reason in (reason if isinstance(reason, tuple) else (reason,))


def test_typos_are_corrected_and_reported(engine):
    a = engine.ask("amount of patent and trademark pledge finacing in 2021")
    assert a.answered and "309.8 billion yuan" in a.best.quote
    assert ("finacing", "financing") in a.corrections


def test_another_transcript(second_path):
    e = Engine.load(second_path)
    a = e.ask("elderly care workers shortage")
    assert a.answered
    assert a.best.passage.speaker in {t.speaker for t in e.turns if t.kind == "answer"}
    assert a.best.passage.asked_by == "CCTV News"


@pytest.mark.parametrize("variant", ["okapi", "lucene", "plus", "l"])
def test_every_variant_answers_the_pledge_question(briefing_text, variant):
    e = Engine(briefing_text, Settings(variant=variant))
    assert "309.8 billion yuan" in e.ask(PLEDGE_Q).best.quote


def test_sentence_windows_are_verbatim_and_cover_long_paragraphs(briefing_text):
    e = Engine(briefing_text, Settings(max_sentences=3))
    assert any("s" in p.id[5:] for p in e.passages)
    for p in e.passages:
        assert 1 <= len(p.sentences) <= 3
    assert "309.8 billion yuan" in e.ask(PLEDGE_Q).best.quote


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How much was pledge financing?", "money"),
        ("How much funding did the ministry give the provinces?", "money"),
        ("How much did patent grants grow?", "number"),
        ("What is the agency rate for utility model patents?", "share"),
        ("how many universities joined", "count"),
        ("What share of patents are held by pilot universities?", "share"),
        ("What target for the share of copyright industries does the outline set?", "share"),
        ("What interest rate do banks charge?", "share"),
        ("Who talked about open licensing?", None),
        ("How much money did companies borrow against patents?", "money"),
        ("What does a patent agent earn?", "money"),
        ("How much did royalty income grow?", "number"),
        ("How long does examination take?", "duration"),
        ("When was the outline issued?", "date"),
        # a "when" clause before the question asks for no date
        ("When MoE talks about the 'quality' of research, what does it actually mean?", None),
        ("In what year did the pilot start?", "date"),
        # hyphenated and possessive words between "what" and the measure
        ("What is the non-performing loan ratio for IP pledge loans?", "share"),
        ("What loan-to-value ratio do banks apply?", "share"),
        ("What is China's trademark total?", "number"),
        # a length of time named
        ("What is the average examination period for an invention patent?", "duration"),
        ("How much has the pilot cut the processing time for pledge registration?", "duration"),
        ("What is the average loan term of IP pledge loans?", "duration"),
        ("Over what period is the cumulative lending counted?", None),  # a span of dates
        ("What share of loans are repaid within the loan term?", "share"),
        ("How much in punitive damages was awarded in 2021?", "money"),  # a sum, by its name
        ("What damages did courts award in 2021?", "money"),
        ("What premium do firms pay for patent infringement insurance?", "money"),
        ("What license fee model replaces one-time payment?", None),  # a way, not a sum
        ("What license fee do universities charge?", "money"),
        ("What interest rates do banks charge?", "share"),  # a measure in the plural
        ("What figures does the office keep publishing?", None),  # statistics, not one figure
        ("What target does the Outline set for the ratio of X to GDP?", "share"),
        ("What is the term of protection for a design patent?", "duration"),
        ("What is the euro to yuan exchange rate?", "share"),  # words before the measure
        ("What is the current yuan to US dollar exchange rate?", "share"),
        ("How many days does online pledge registration take?", "duration"),  # days counted
        ("For how many years has pledge financing grown by 40%?", "duration"),
        # "what cut of" is a share
        ("What cut of commercialization income do universities hand to researchers?", "share"),
        # a currency asked for, a volume
        ("What were exports worth in US dollars?", "money"),
        ("What was the export volume of IP royalties in yuan?", "money"),
        ("trading volume of patents in 2021", "number"),
    ],
)
def test_the_kind_of_figure_a_question_asks_for(question, kind):
    from qa.answer_type import figure_kind

    assert figure_kind(question) == kind


def test_who_won_wants_a_name_the_question_does_not_give(engine):
    from qa.answer_type import asks_winner, names_other

    # the briefing gives the gold award projects' average sales, never a winner
    for question in (
        "Who won gold at the 23rd China Patent Award?",
        "Which project won a gold award at the 23rd China Patent Award?",
    ):
        a = engine.ask(question)
        assert not a.answered and a.reason == "no name", question
    asked = "Who won gold at the 23rd China Patent Award?"
    assert not names_other("the data of the 23rd China Patent Award released last month", asked)
    assert names_other("the gold award went to Huawei Technologies for its 5G patent", asked)
    assert names_other('the "Smart Grid" project took gold', asked)
    # words quoted for emphasis that the question itself uses name no one else
    assert not names_other(
        'Among these "three mechanisms", the creation mechanism is the source',
        "Who won an award for the three mechanisms?",
    )
    # a name or title asked for: a name the question does not give
    from qa.answer_type import asks_name

    a = engine.ask(
        "Can you name some of the 160 geographical indications in the application promotion "
        "project?"
    )
    assert not a.answered and a.reason == "no name"
    a = engine.ask("What is the name of the open licensing pilot plan?")
    assert a.answered and "Patent Open License Pilot Work Plan" in a.best.quote
    assert asks_name("What are the special IP policies for such enterprises called?")
    assert not asks_name("How many Chinese names are in the global top 5,000 brand ranking?")
    # kinds, not names: "which industries have won …" is answered by "steel, power battery …"
    assert not asks_winner("which industries have won overseas ip lawsuits since 2019")
    assert asks_winner("which patents won a gold award?")
    a = engine.ask("which industries have won overseas ip lawsuits since 2019")
    assert a.answered and "steel, power battery" in a.best.quote


def test_a_yes_no_question_asks_for_no_name(engine):
    from qa.answer_type import named_kind

    # "what companies actually need" is no "which company" question
    question = (
        "Should university researchers pick their research topics based on what companies "
        "actually need?"
    )
    assert named_kind(question) is None
    a = engine.ask(question)
    assert a.answered and "needs of enterprises" in a.best.quote
    assert named_kind("Which companies got IP pledge loans?") == "company"
    # one word at most between "names of" and the kind: no bank's name is asked here
    assert named_kind("What is the name of the lab some banks set up with IP authorities?") is None
    assert named_kind("names of the state-owned banks") == "bank"
    # a measure before the kind asks for the measure ("do" left out, as learners write)
    question = "what reward ratio universities generally give for transfomation of achievements"
    assert named_kind(question) is None
    a = engine.ask(question)
    assert a.answered and "reward ratio to 70%" in a.best.quote
    # "banks" after a preposition is not the kind asked for: the attitude is
    question = (
        "What attitude among banks do the risk-sharing arrangements with insurers and"
        " guarantors aim to foster?"
    )
    assert named_kind(question) is None
    a = engine.ask(question)
    assert a.answered and "daring to lend and willing to lend" in a.best.quote


def test_a_yes_no_question_needs_most_of_its_words_in_the_passage(engine):
    # the briefing mentions artificial intelligence (matching patents to firms) and
    # copyright, never AI-generated works
    a = engine.ask("Can AI-generated works be protected by copyright in China?")
    assert not a.answered and a.reason == "weak match"
    a = engine.ask("Are open license fees subject to government price caps?")
    assert not a.answered and a.reason == "weak match"
    # a yes/no question the briefing speaks to holds most of its words
    a = engine.ask("Should universities license patents exclusively or through general licenses?")
    assert a.answered and "general license" in a.best.quote
    a = engine.ask("Can banks lend against the rights to chip designs?")
    assert a.answered and "integrated circuit layout design" in a.best.quote
    # the same words asked as an open question are held to the general floor only
    a = engine.ask("AI-generated works copyright protection")
    assert a.reason != "weak match"


def test_why_prefers_a_quote_giving_the_reason(engine):
    from qa.answer_type import gives_reason

    # "This is the end of the conference." shares more words; the reason is the sentence before
    a = engine.ask("why did the press conference end?")
    assert a.answered and "Due to time" in a.best.quote
    assert gives_reason("so that researchers benefit in the long term")
    assert not gives_reason("Since 2021, the CBRC has piloted online bank agents")


def test_the_uns_ip_agency_is_wipo(engine):
    # a journalist's name for the World Intellectual Property Organization; "UN" alone used to
    # be an unknown name
    a = engine.ask(
        "According to the UN's IP agency, how many of the globe's top brands are Chinese?"
    )
    assert a.answered and "408 of the world's leading 5,000 brands" in a.best.quote


def test_a_sum_named_by_two_money_words_is_the_first_ones(engine):
    from qa.answer_type import money_nouns

    # "premium income" is premiums, not the pilot enterprises' income from IP transfers
    assert money_nouns("How much premium income did IP insurance generate?", engine.analyzer) == {
        "premium"
    }
    a = engine.ask("How much premium income did IP insurance generate in 2021?")
    assert not a.answered and a.reason == "no figure"
    a = engine.ask("How much income did the pilot enterprises get from IP transfers?")
    assert a.answered and "57.315 billion yuan" in a.best.quote


def test_whats_is_what_is(engine):
    # the question-kind patterns look for "what" and the word after it
    a = engine.ask("What's the average interest rate on IP-backed loans?")
    assert not a.answered and a.reason in ("no figure", "other kind")
    from qa.citation import declined_reason

    assert (
        declined_reason(engine, a) == "it asks for a percentage, and the closest passage gives none"
    )
    a = engine.ask("whats the agency rate for invention patents")
    assert a.answered and "83.6%" in a.best.quote
    assert a.question == "whats the agency rate for invention patents"  # shown as typed
    a = engine.ask("Who's the spokesman of SIPO?")
    assert a.answered and a.who and "Heng Fuguang" in a.best.quote


def test_another_month_is_another_period(engine):
    from qa.citation import declined_reason

    # the briefing is the August press conference; nothing is said of September's
    a = engine.ask("When is SIPO's September press conference scheduled?")
    assert not a.answered and a.reason == "other year" and a.missing == ("September",)
    assert declined_reason(engine, a) == (
        "it asks about \u201cSeptember\u201d, and the closest passage speaks of another period"
    )
    # the month it names, or a paragraph naming no month, is no other period
    a = engine.ask("What was the balance of IP pledge loans at the end of June 2022?")
    assert a.answered and "124.637 billion yuan" in a.best.quote
    a = engine.ask("How many open licences are expected to be signed by December?")
    assert a.answered and "1,000 licenses" in a.best.quote
    a = engine.ask("may the CBIRC extend the pledge registration pilot")  # "may" is no month
    assert a.reason != "other year"


def test_customs_are_no_customers(engine):
    # "customs" used to meet the bank agents' "customers", and "seize" is corrected to "size"
    a = engine.ask("How many counterfeit goods did customs seize last year?")
    assert not a.answered
    a = engine.ask("How many counterfeit shipments did China Customs seize at the border in 2021?")
    assert not a.answered and a.reason == "unknown name"


def test_a_time_ago_is_no_length_of_time(engine):
    # the only "years" near examination and averages is "nearly twice that of five years ago"
    a = engine.ask("How long does invention patent examination take on average in China?")
    assert not a.answered and a.reason == "no figure"


def test_figures_of_the_right_kind():
    from qa.answer_type import gives_figure

    assert gives_figure("share", "accounted for 60.5% of the national total")
    assert not gives_figure("share", "the number reached 5,729")
    assert gives_figure("count", "It is mainly reflected in four aspects.")
    assert not gives_figure("number", "It is mainly reflected in four aspects.")
    assert not gives_figure("number", "Since 2021, the CBRC has piloted online agents.")
    assert gives_figure("money", "reached 1.6 trillion US dollars")
    assert gives_figure("money", "the balance was 124.637 billion yuan")
    assert not gives_figure("money", "an increase of 51.5%")
    assert gives_figure("duration", "for two consecutive years")
    assert not gives_figure("duration", "in recent years")
    # a time in the past is no length of time: "How long does examination take?" is not
    # answered by "nearly twice that of five years ago"
    assert not gives_figure("duration", "which is nearly twice that of five years ago")
    assert not gives_figure("duration", "up from 2,357 ten years earlier")


@pytest.mark.parametrize(
    ("quote", "head", "expected"),
    [
        (
            "employing more than 865,000 people, and their revenue exceeds 225 billion yuan",
            "peopl",
            True,
        ),
        ("the number of employees reached 14.73 million", "employe", True),
        (
            "the patent and trademark pledge financing reached 309.8 billion yuan",
            "trademark",
            False,
        ),
        (
            "trademark pledge financing reached 309.8 billion yuan, up 40% for two years",
            "trademark",
            False,
        ),
        ("inclusive projects of less than 10 million yuan reached 7,345", "deal", True),
        # a list's commas do not part a number from what it counts
        (
            "matched and pushed to nearly 20,000 micro, small and medium-sized enterprises",
            "enterpris",
            True,
        ),
        ("In 2021, trademarks were a focus.", "trademark", False),
        (
            "the agency rate for trademark registration applications reached 93.5%",
            "trademark",
            False,
        ),
        # the word before what is counted names it: these are stations, not trademarks
        ("2,100 trademark brand guidance stations have been promoted", "trademark", False),
        ("2,100 trademark brand guidance stations have been promoted", "station", True),
        ("5,729 national IP advantage demonstration enterprises", "demonstr", False),
    ],
)
def test_a_count_must_count_the_thing_asked_about(engine, quote, head, expected):
    from qa.counting import counts

    assert counts(quote, (head,), engine.analyzer) is expected


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("How many IP operating funds were set up?", "IP operating funds"),
        ("How many colleges run undergraduate IP courses?", "colleges"),  # "run" is the verb
        ("how many people work in IP services?", "people"),
        ("How many overseas lawsuits did steel companies win?", "overseas lawsuits"),
        ("How many analysis reports?", "analysis reports"),
        ("What share of loans went bad?", ""),
        # a participle after the thing ends it; a compound before it does not
        ("How many plan related to manufacturing did the ministry make?", "plan"),
        ("How many manufacturing-related plans has MIIT drawn up?", "manufacturing-related plans"),
    ],
)
def test_what_a_how_many_question_counts(question, counted):
    from qa.answer_type import counted_words

    assert counted_words(question) == counted


def test_how_many_questions_decline_a_quote_that_counts_something_else(engine):
    a = engine.ask("How many trademarks were registered?")
    assert not a.answered and a.reason == "no figure"
    a = engine.ask("How many people work in IP service institutions?")
    assert a.answered and "865,000 people" in a.best.quote


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("japanese patents licensed abroad", ["japanese"]),
        ("patents in South Korea", ["South Korea"]),
        ("How many patents did german universities license?", ["german"]),
    ],
)
def test_places_the_briefing_never_names_are_declined_in_any_case(engine, question, missing):
    a = engine.ask(question)
    assert not a.answered and a.reason == "unknown name"
    assert list(a.missing) == missing


def test_a_place_the_briefing_names_only_in_passing_must_be_in_the_quote(engine):
    # "US dollars" is a currency, not a mention of the United States
    a = engine.ask("how many universities in the united states license their patents")
    assert not a.answered and a.reason == "unknown name" and a.missing == ("united states",)
    a = engine.ask("how many of the world's top 5000 brands are american")
    assert not a.answered and a.missing == ("american",)
    # "Chinese" names China, which the whole briefing is about: not a restriction
    a = engine.ask("What is the total value of the Chinese brands among the world's top 5,000?")
    assert a.answered and "1.6 trillion US dollars" in a.best.quote


def test_a_year_the_quote_does_not_speak_of_is_declined(engine):
    a = engine.ask("What was the amount of patent and trademark pledge financing in 2019?")
    assert not a.answered and a.reason == "other year" and a.missing == ("2019",)
    a = engine.ask("What was the amount of patent and trademark pledge financing in 2021?")
    assert a.answered and "309.8 billion yuan" in a.best.quote
    # a range covers the years inside it; "this year" is the briefing's year
    from qa.scope import year_covered

    assert year_covered("2025", ["2021-2035", "2021", "2035"])
    assert not year_covered("2019", ["2021-2035", "2021", "2035"])
    a = engine.ask("How many open licence deals are expected by the end of 2022?")
    assert a.answered and "by the end of this year" in a.best.quote
    # a quote naming a year of its own is held to it, though its paragraph names others
    a = engine.ask("What was the added value of China's patent-intensive industries in 2021?")
    assert not a.answered and a.reason == "other year" and a.missing == ("2021",)
    a = engine.ask("What was the added value of China's patent-intensive industries in 2020?")
    assert a.answered and "12.13 trillion yuan" in a.best.quote


def test_what_holds_at_present_holds_in_the_briefings_year(engine):
    # "At present, 17 provinces have issued implementation plans": as of 2022
    a = engine.ask(
        "As of August 2022, how many provinces have put out implementation plans for patent"
        " open licensing?"
    )
    assert a.answered and "17 provinces" in a.best.quote
    # "released last month": July 2022
    a = engine.ask(
        "According to the 23rd China Patent Award released in July 2022, what were the average"
        " sales of the gold award projects?"
    )
    assert a.answered and "6.3 billion yuan" in a.best.quote
    # ...and not in another year
    a = engine.ask("How many provinces had issued open licensing implementation plans by 2019?")
    assert not a.answered and a.reason == "other year"


def test_a_plan_title_speaks_of_its_horizon_not_of_its_first_year(engine):
    # "(2021-2035)" in the Outline's title: 2035, still to come in 2022, is the plan's end
    a = engine.ask(
        "What long-range blueprint running to 2035 did the Party centre and cabinet put out "
        "last September to make China an IP powerhouse?"
    )
    assert a.answered
    assert "Outline for Building a Strong Intellectual Property Country" in a.best.quote
    # ...and no figure for its first year, nor for a year it does not span
    a = engine.ask("How much did the Outline say pledge financing reached in 2021?")
    assert "Outline" not in (a.best.quote if a.answered else "")
    a = engine.ask("What blueprint running to 2040 did the State Council issue?")
    assert not a.answered and a.missing == ("2040",)


def test_places_the_briefing_names_are_not_held_against_a_question(engine):
    # the briefing names China and gives brand values in "US dollars"
    assert engine.ask("How many universities in China joined the open license pilot?").answered
    assert "us" not in [m.lower() for m in engine.ask("tell us about pledge loans").missing]


def test_a_share_question_quotes_the_percentage(engine):
    a = engine.ask(
        "What share of national colleges' valid invention patents do pilot universities hold?"
    )
    assert a.answered and "60.5%" in a.best.quote


def test_a_share_question_without_a_percentage_in_reach_is_declined(engine):
    a = engine.ask("What interest rate do banks charge on IP pledge loans?")
    assert not a.answered and a.reason == "no figure"


def test_last_year_means_the_year_before_the_briefing(engine):
    from qa.scope import relative_years

    assert relative_years("2022-08-24")[0] == ["2021", "last year"]
    assert relative_years(None) == []
    a = engine.analyzer
    assert a.terms("pledge financing last year") == a.terms("pledge financing in 2021")
    # "the last few years" are no year ("few", a stopword, stands between)
    assert "2021" not in a.terms("in the last few years")
    a2 = engine.ask(
        "Which sectors have successfully fought off foreign infringement suits in the"
        " last few years?"
    )
    assert a2.answered and "steel, power battery" in a2.best.quote
    # the briefing's own "In September last year" is indexed as 2021 too
    a = engine.ask("What did the State Council issue in September 2021?")
    assert (
        a.answered and "Outline for Building a Strong Intellectual Property Country" in a.best.quote
    )


def test_a_name_the_briefing_gives_only_in_passing_must_be_in_the_passage(engine):
    # the spokesman introduces himself as a deputy director general; WIPO is elsewhere
    a = engine.ask("Who is the director general of the World Intellectual Property Organization?")
    assert not a.answered and a.reason == "other name"
    assert a.missing == ("World Intellectual Property Organization",)
    # a speaker's name is in every passage of theirs (the speaker field): no restriction
    assert engine.ask("What did Heng Fuguang say about pledge financing?").answered


def test_a_question_matching_nothing_still_says_which_name_is_unknown(engine):
    a = engine.ask("GERMANY")
    assert not a.answered and a.reason == "unknown name" and a.missing == ("GERMANY",)
    assert engine.ask("xyzzy plugh").reason == "no match"


def test_a_count_question_takes_a_close_second_that_counts_the_thing(engine):
    from qa.counting import counts_directly

    a = engine.analyzer
    assert counts_directly(
        "At present, 17 provinces have issued implementation plans", "provinc", a
    )
    assert not counts_directly("reached 309.8 billion yuan for trademarks", "trademark", a)
    assert not counts_directly("In 2021, trademarks rose by 60.5% over 2020", "trademark", a)
    assert not counts_directly("2,100 trademark brand guidance stations", "trademark", a)
    # across a list's commas, not into a new phrase
    assert counts_directly(
        "nearly 20,000 micro, small and medium-sized enterprises", "enterpris", a, lists=True
    )
    assert not counts_directly(
        "more than 150 project investment, a number of invested companies successfully listed",
        "enterpris",
        a,
        lists=True,
    )
    ans = engine.ask(
        "How many companies backed by IP operating funds have listed on the STAR Market?"
    )
    assert not ans.answered and ans.reason == "no figure"
    # a hyphen joins a modifier to what is counted: the 1,000 count activities, not banks
    assert not counts_directly(
        "organize more than 1,000 bank-enterprise docking activities", "bank", a
    )
    ans = engine.ask("How many banks in China currently offer IP pledge loans?")
    assert not ans.answered and ans.reason == "no figure"
    # the number counts universities, not undergraduates
    assert not counts_directly(
        "100 universities have opened undergraduate programs", "undergradu", a
    )
    # the best passage by words is the open-licence work plan, which counts no provinces
    ans = engine.ask("How many provinces have put out plans to carry out the trial?")
    assert ans.answered and "17 provinces" in ans.best.quote
    off = Engine(engine._text, Settings(count_fallback=0.0))
    assert not off.ask("How many provinces have put out plans to carry out the trial?").answered
    # the best passage counts enterprises and never names people: the close second counts them
    question = "How many people work in China's patent agency and IP services sector?"
    ans = engine.ask(question)
    assert ans.answered and "employing more than 865,000 people" in ans.best.quote
    assert "865,000" not in off.ask(question).best.quote


def test_which_bank_wants_a_bank_named(engine):
    from qa.citation import declined_reason

    # every word matches a passage on pledge loans, and none of them names a bank
    a = engine.ask("Which bank issued the most intellectual property pledge loans?")
    assert not a.answered and a.reason == "no name"
    assert declined_reason(engine, a) == "it asks which bank, and the closest passage names none"
    # "in China" names a country, not one of the cities asked about
    a = engine.ask("Which cities host the 33 intellectual property operation platforms?")
    assert not a.answered and a.reason == "no name"
    a = engine.ask("In which provinces were online bank agents piloted?")
    assert a.answered and "Zhejiang, Jiangsu" in a.best.quote
    a = engine.ask("Which insurance companies offer the 16 IP insurance products?")
    assert not a.answered and a.reason == "no name"  # it names none
    a = engine.ask("Which universities set up IP disciplines of their own?")
    assert a.answered and "Peking University" in a.best.quote
    # a regulator's name ending "… Insurance Regulatory Commission" names no insurer
    from qa.answer_type import names_one

    assert not names_one("company", "the China Banking and Insurance Regulatory Commission")
    assert names_one("company", "cooperated with Ping An Insurance on the products")
    # the best passage names no university ("world-class universities"); a close second
    # names three in a sentence on IP disciplines
    question = "Which universities have created their own academic subjects devoted to IP?"
    a = engine.ask(question)
    assert a.answered and "Peking University, Tongji University" in a.best.quote
    off = Engine(engine._text, Settings(named_fallback=0.0))
    assert not off.ask(question).answered


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which bank issued the most loans?", "bank"),
        ("which commercial banks lend against patents", "bank"),
        ("In which provinces were agents piloted?", "province"),
        ("What kind of universities are model universities?", None),
        ("Which enterprises can use the open licence?", None),  # often a kind, not a name
        ("Which 16 provinces were supported?", "province"),
        ("Which insurance companies offer IP insurance?", "company"),
        ("Which industries won lawsuits overseas?", None),  # kinds of industry, not names
        ("list of the 16 provinces supported by the special plan", "province"),
        ("names of invested companies listed on the STAR market", "company"),
        ("What screening do universities do before filing?", None),  # "do" is the verb
        ("What happened to university patent grants?", None),  # "to": no which-university
    ],
)
def test_which_questions_that_want_a_name(question, kind):
    from qa.answer_type import named_kind

    assert named_kind(question) == kind


def test_a_close_second_that_gives_the_sum_asked_for_is_answered(engine):
    # the best passage by words ("Since 2021, the CBRC …") gives no sum of money
    a = engine.ask("How much was pledge financing last year?")
    assert a.answered and "309.8 billion yuan" in a.best.quote


def test_what_someone_earns_is_a_sum_said_of_them(engine):
    # a sum per 100 million yuan of revenue, in a passage about manufacturers, not agents
    a = engine.ask("What does an IP agent earn per year?")
    assert not a.answered and a.reason == "no figure"


def test_a_close_second_that_speaks_of_the_year_asked_about_goes_first(engine):
    # "Since 2021, the CBRC …" scores a little higher, and speaks of another year
    a = engine.ask("CBIRC cumulative IP pledge loans since 2017")
    assert a.answered and "From the beginning of 2017" in a.best.quote
    a = engine.ask("How many intellectual property service institutions are there in shenzhen?")
    assert not a.answered and a.reason == "other place"  # Shenzhen in a list, in passing


def test_a_numbered_period_the_passage_does_not_speak_of_is_declined(engine):
    from qa.citation import declined_reason

    a = engine.ask(
        "How many illegal websites did telecom authorities deal with during the 14th "
        "Five-Year Plan period?"
    )  # the briefing gives the figure for the 13th
    assert not a.answered and a.reason == "other year"
    assert declined_reason(engine, a) == (
        "it asks about \u201c14th Five-Year Plan\u201d, and the closest passage speaks of "
        "another period"
    )
    a = engine.ask("How many illegal websites were dealt with in the 13th Five-Year Plan?")
    assert a.answered and "13th Five-Year Plan" in a.best.passage.text


def test_names_the_briefing_never_holds_together_and_headline_questions(engine):
    # "People", "Bank" and "China" are all in the briefing, never together as a name
    a = engine.ask("What role does the People's Bank of China play in IP pledge financing?")
    assert not a.answered and a.reason == "other name" and a.missing == ("People's Bank",)
    # a headline capitalises every word: "Results" is no name, the words are the topic
    a = engine.ask("Patent Open License Pilot Results")
    assert a.answered and "open licens" in a.best.quote
    a = engine.ask("Who Is The Director General Of The World Intellectual Property Organization?")
    assert not a.answered and a.missing == ("World Intellectual Property Organization",)


def test_the_largest_or_the_most_wants_a_ranking(engine):
    from qa.citation import declined_reason

    # totals and balances of pledge loans, and no single loan, let alone the largest
    a = engine.ask("What was the largest single IP pledge loan in 2022?")
    assert not a.answered and a.reason == "no ranking"
    assert "ranks nothing" in declined_reason(engine, a)
    # "the world's leading 5,000 brands" ranks brands, not geographical indication products
    a = engine.ask("Which geographical indication product had the highest output value?")
    assert not a.answered and a.reason == "no ranking"
    a = engine.ask("which industries saw the fastest growth in patent transfer licenses")
    assert a.answered and "more than twice the national average" in a.best.quote
    a = engine.ask("What was the most recent pledge financing figure?")  # no ranking asked
    assert a.reason != "no ranking"


def test_a_number_the_question_states_is_not_its_answer(engine):
    # the quote's only count is the 65 the question already gives
    a = engine.ask(
        "How many of the 65 IP securitization products were issued on the Shenzhen Stock Exchange?"
    )
    assert not a.answered and a.reason == "no figure"
    a = engine.ask("How many of the world's leading 5,000 brands are Chinese?")
    assert a.answered and "408" in a.best.quote
    # a figure about things the question counts is given with them: the funds' capital is not
    # the sum of some other sentence
    a = engine.ask("How much capital do the 20 IP operating funds manage?")
    assert not a.answered
    a = engine.ask("How much did the 65 securitization products raise?")
    assert a.answered and "15.8 billion yuan" in a.best.quote
    # a threshold is no number of things asked about
    a = engine.ask("growth rate of inclusive pledge loan projects under 10 million yuan")
    assert a.answered and "7,345" in a.best.quote
    # "H1", "23rd" and years are no numbers the question states
    from qa.figures import stated_numbers

    assert stated_numbers("deals in H1 2022 at the 23rd award, 1.6 trillion and 65%") == [
        "1.6",
        "65%",
    ]


def test_a_number_of_years_is_a_period_not_things_counted(engine):
    from qa.figures import stated_counts

    assert stated_counts("pilot ents total ip pledge financing bn yuan (3 yrs)") == []
    assert stated_counts("how much capital do the 20 funds manage") == ["20"]
    a = engine.ask("pilot enterprises ip transfer incme past 3 years total and avrage growth")
    assert a.answered and "57.315 billion yuan" in a.best.quote


def test_costs_named_in_a_clause_ask_for_no_sum(engine):
    from qa.answer_type import MONEY, figure_kind

    assert figure_kind("What does an IP agent earn?") == MONEY
    assert figure_kind("What would it cost to license a patent?") == MONEY
    q = "What do inventors get in return if they shoulder the patent costs themselves?"
    assert figure_kind(q) is None
    a = engine.ask(q)
    assert a.answered and "double return" in a.best.quote


def test_a_fee_calculation_asks_for_a_way_not_a_sum(engine):
    a = engine.ask("license fee calculation method encouraged instead of one-time payment")
    assert a.answered and "basic license fee plus commission" in a.best.quote


def test_a_part_of_a_stated_whole_must_be_given_as_a_part_of_it(engine):
    from qa.citation import declined_reason

    # the passage gives the 4,000 patents screened, then 20,000 enterprises: no part of them
    a = engine.ask(
        "Of the more than 4,000 patents screened for open licences, how many were held by "
        "universities?"
    )
    assert not a.answered and a.reason == "no part"
    assert "a part of the \u201c4,000\u201d" in declined_reason(engine, a)
    # "4 types of insurance and 16 products" gives no part of the 16
    a = engine.ask("How many of the 16 IP insurance products cover geographical indications?")
    assert not a.answered and a.reason == "no part"
    # "…, including 189 …" and "…, of which 30% …" give parts
    a = engine.ask("How many of the 2,800 pilot enterprises are individual champions?")
    assert a.answered and "189" in a.best.quote
    a = engine.ask(
        "Of the 27,000 university patent transfers, what share were in strategic emerging industries?"
    )
    assert a.answered and "of which 30%" in a.best.quote
    # "how many of them" refers back to the number stated
    a = engine.ask("With more than 73,000 IP service institutions, how many of them are foreign?")
    assert not a.answered and a.reason == "no part"
    # a year is no whole
    a = engine.ask("How many of the 2021 patent transfers and licenses were there?")
    assert a.answered and "420,000" in a.best.quote


def test_who_holds_a_post_wants_someone_named_in_it(engine):
    from qa.citation import declined_reason

    # the spokesman is a deputy director general: the briefing names no director general
    a = engine.ask("Who is the director general of SIPO?")
    assert not a.answered and a.reason == "no holder"
    assert declined_reason(engine, a) == (
        "it asks who is the director general, and the closest passage names no one in that post"
    )
    assert not engine.ask("who heads the Ministry of Education").answered
    a = engine.ask("Who is the spokesman of SIPO?")
    assert a.answered and "Heng Fuguang, Spokesperson" in a.best.quote
    a = engine.ask(
        "Who is the deputy director of the Department of Science and Technology at MIIT?"
    )
    assert a.answered and "Ren Aiguang, Deputy Director" in a.best.quote


def test_how_many_of_a_whole_named_wants_a_part_of_it(engine):
    from qa.answer_type import gives_figure
    from qa.parts import asks_part_of_named, gives_part

    # the briefing gives the 73,000 institutions, and no part of them
    for question in (
        "How many of China's IP service institutions are patent agencies?",
        "How many of China's IP service institutions are foreign-funded?",
    ):
        a = engine.ask(question)
        assert not a.answered and a.reason in ("no part", "no figure"), question
    # "408 of the world's leading 5,000 brands" is a part
    a = engine.ask("How many of the world's top brands are Chinese?")
    assert a.answered and "408 of the world's leading 5,000 brands" in a.best.quote
    count = lambda text: gives_figure("count", text)  # noqa: E731
    assert gives_part("Among them, the number of inclusive projects reached 7,345.", count)
    assert gives_part("2,800 pilot enterprises, including 189 champions", count)
    assert not gives_part("there are more than 73,000 IP service institutions in China", count)
    assert not asks_part_of_named("How many of them are single champions?")  # refers back
    assert not asks_part_of_named("How many of the 65 products were issued in Shenzhen?")


def test_a_post_named_with_its_body_before_it_or_an_occasion_after(engine):
    from qa.answer_type import post_body

    # "the SIPO spokesperson at the … press conference": SIPO's, and the occasion is no body
    a = engine.ask("Who was the SIPO spokesperson at the 24 August 2022 press conference?")
    assert a.answered and "Heng Fuguang, Spokesperson" in a.best.quote
    assert post_body("Who was the SIPO spokesperson at the 24 August 2022 press conference?") == (
        "SIPO"
    )
    assert post_body("who was the spokesman at the briefing") == ""
    # "at MIIT" says whose: Lei Zhaozi directs the Ministry of Education's Department of
    # Science, Technology and Information Technology, and MIIT's director is not named
    assert post_body("Who heads the Department of Science and Technology at MIIT?") == (
        "the Department of Science and Technology at MIIT"
    )
    for question in (
        "Who heads the Department of Science and Technology at MIIT?",
        "Who is the director of the Department of Science and Technology at MIIT?",
    ):
        a = engine.ask(question)
        assert not a.answered and a.reason == "no holder", question
    assert post_body("Who is the director of the CBIRC Regulatory Department in 2022?") == (
        "the CBIRC Regulatory Department"
    )


def test_a_figure_for_two_things_together_is_no_figure_for_one_alone(engine):
    from qa.citation import declined_reason

    # the briefing gives pledge financing for patents and trademarks together
    a = engine.ask("How much trademark pledge financing alone, excluding patents, in 2021?")
    assert not a.answered and a.reason == "only together"
    assert "only for \u201cpatent and trademark\u201d together" in declined_reason(engine, a)
    a = engine.ask("How much were IP royalty exports on their own in 2021, in yuan?")
    assert not a.answered and a.reason == "only together"
    # the question names the whole too: the words before "alone" say which one it wants
    a = engine.ask(
        "How much of the 2021 patent and trademark pledge financing came from trademarks alone?"
    )
    assert not a.answered and a.reason == "only together"
    from qa.parts import insisted_on

    assert insisted_on("… came from trademarks alone?") == "trademarks"
    assert insisted_on("trademark pledge financing alone, excluding patents") == (
        "trademark pledge financing"
    )
    assert insisted_on("How many were issued in 2021 alone?") == ""
    # "how much of <the whole> was <one part>" insists on that part
    assert insisted_on("How much of China's 2021 IP royalty trade was exports?") == "exports"
    a = engine.ask("How much of China's 2021 IP royalty trade was exports?")
    assert not a.answered and a.reason == "only together"
    # without "alone" the quote says itself what its figure is of (and see
    # test_another_kind_of_right_is_declined); asked of both, it is the answer
    a = engine.ask("What was the total import and export of IP royalties in 2021?")
    assert a.answered and "378.3 billion yuan" in a.best.quote
    a = engine.ask("how many patents changed hands or were licensed out, respectively, in 2021?")
    assert a.answered and "420,000" in a.best.quote


def test_a_figure_for_opposite_kinds_together_is_no_figure_for_one(engine):
    from qa.citation import declined_reason

    # imports and exports exclude one another (qa/data/contrasts.txt): the 378.3 billion yuan
    # is for both, asked "alone" or not
    for question in (
        "What was China's export volume of IP royalties in 2021 in yuan?",
        "How much did China pay for IP royalty imports in 2021?",
    ):
        a = engine.ask(question)
        assert not a.answered and a.reason == "only together", question
        assert "only for “import and export” together" in declined_reason(engine, a)
    # a figure given for exports alone is the answer
    a = engine.ask("growth rate of IP royalty exports 2021")
    assert a.answered and "27.1%" in a.best.quote
    # patents and trademarks are no such pair: the quote says what its figure is of
    a = engine.ask("trademark pledge financing amount 2021")
    assert a.answered and "309.8 billion yuan" in a.best.quote


def test_a_number_the_question_states_must_be_said(engine):
    from qa.citation import declined_reason

    # the briefing gives the first half's 162.65 billion yuan and no full-year forecast
    a = engine.ask("Did Heng Fuguang say pledge financing will top 400 billion yuan?")
    assert not a.answered and a.reason == "number not said"
    assert "it states \u201c400 billion yuan\u201d" in declined_reason(engine, a)
    # (asked of 2022, the 2021 figure quoted is of another year first)
    a = engine.ask(
        "Did Heng Fuguang say pledge financing will top 400 billion yuan for the whole of 2022?"
    )
    assert not a.answered and a.reason == "other year"
    a = engine.ask("Did the open licensing pilot attract 190 universities?")
    assert a.answered and "190 colleges and universities" in a.best.quote


def test_a_bound_the_question_states_is_met_by_a_figure_near_it(engine):
    from qa.citation import declined_reason

    # "more than / over / pass / exceed": the figure that says whether it was passed
    for question, figure in [
        ("Does the IP services sector employ over 800,000 people?", "865,000 people"),
        (
            "have lenders handed out more than 370 billion yuan in IP-backed loans since 2017?",
            "372.364 billion yuan",
        ),
        ("Did patent transfers and licenses in China pass 400,000 in 2021?", "420,000"),
        ("were over 90% of the pilot firms running an IP management system?", "95.2%"),
        ("Will open licences top 800 by the end of the year?", "more than 1,000 licenses"),
    ]:
        a = engine.ask(question)
        assert a.answered and figure in a.best.quote, question
    # a figure far from the bound, or of another unit, is no answer to it
    a = engine.ask("Is the average pendency for invention patent examination under 17 months?")
    assert not a.answered and a.reason == "number not said"
    assert "it states \u201c17 months\u201d" in declined_reason(engine, a)
    assert "no figure near it" in declined_reason(engine, a)
    # one thing "alone": not a sum for it and another together
    a = engine.ask("Did trademark pledge financing alone exceed 250 billion yuan in 2021?")
    assert not a.answered and a.reason == "only together"
    a = engine.ask("Did patent and trademark pledge financing exceed 250 billion yuan in 2021?")
    assert a.answered and "309.8 billion yuan" in a.best.quote


def test_a_claim_is_checked_against_the_figure_the_briefing_gives(engine):
    for question, figure in [
        # a share spelt out, as a bound
        (
            "Are more than four out of five invention patent filings handled through agents?",
            "83.6%",
        ),
        (
            "Do the 110 pilot demonstration unis hold more than three fifths of all valid "
            "invention patents owned by Chinese universities?",
            "60.5%",
        ),
        # a number written short
        ("is it true china's patent transfers & licences hit 420k in 2021?", "420,000"),
        # a yes/no question's figure is a claim: 20 funds refute 25
        ("Did SIPO guide the set-up of 25 IP operating funds?", "20 intellectual property"),
        # "80 percent" is a bound, not a count the figure must be given beside
        (
            "Did the share of university patent filings that ended up being approved climb "
            "above 80 percent by 2021?",
            "83.9 percent",
        ),
        # "the 4th amendment" is "the fourth amendment", no other period
        (
            "Was patent open licensing a new system created by the 4th amendment of the "
            "patent law?",
            "created in the fourth amendment",
        ),
    ]:
        a = engine.ask(question)
        assert a.answered and figure in a.best.quote, question


def test_a_figure_near_a_bound_is_said_of_what_the_question_names(engine):
    from qa.figures import bounds, near_bound

    (bound,) = bounds("Did insurers pay out on more than 1,000 patent insurance claims?")
    about = frozenset(engine.analyzer.terms("insurers pay out patent insurance claims"))
    text = "Guided localities to organize more than 1,000 bank-enterprise docking activities."
    assert near_bound(text, bound, 1.5)
    assert not near_bound(text, bound, 1.5, about=about, analyzer=engine.analyzer)
    a = engine.ask("Did insurers pay out on more than 1,000 patent insurance claims in 2021?")
    assert not a.answered
    # "an increase of 60.91%" is said of the clause before it, the number of loans
    about = frozenset(engine.analyzer.terms("number of loans"))
    text = "The number of cumulative loans in that year was 5981, an increase of 60.91%."
    (share,) = bounds("Did it go up by roughly three fifths?", claimed=True)
    assert near_bound(text, share, 1.5, about=about, analyzer=engine.analyzer)
    # "roughly" is part of the claim, and met with it: the question is not a weak match
    a = engine.ask(
        "Did the sectors that lean most heavily on patents account for roughly a quarter of"
        " China's economic expansion in 2020?"
    )
    assert a.answered and "contributing 24.6% to GDP growth" in a.best.quote
    # figures written short: "500 bn yuan" against "562.5 billion yuan"
    a = engine.ask("GI-linked industries: output over 500 bn yuan in 2021?")
    assert a.answered and "562.5 billion yuan" in a.best.quote


def test_a_close_second_naming_the_period_asked_about_answers(engine):
    # the best passage is the 13th Five-Year Plan's action plan; the next names the 14th
    for question in [
        "What will MIIT and SIPO draw up for the 14th Five-Year Plan period?",
        "Will MIIT and SIPO draw up a manufacturing IP action plan for the 14th Five-Year Plan"
        " period?",
    ]:
        a = engine.ask(question)
        assert a.answered and "period of the 14th Five-Year Plan" in a.best.quote, question
    # a period written as its years is that period: the 13th's plan does not answer it
    for question in [
        "What new factory-sector roadmap for 2021-25 will the industry ministry draw up with the"
        " patent office?",
        "Is MIIT drafting a 2021-2025 manufacturing IP action plan together with CNIPA?",
    ]:
        a = engine.ask(question)
        assert a.answered and "period of the 14th Five-Year Plan" in a.best.quote, question
    # a period the briefing never gives a plan for is still another period
    a = engine.ask("What will MIIT and SIPO draw up for the 15th Five-Year Plan period?")
    assert not a.answered


def test_a_count_said_after_the_things_counted(engine):
    from qa.counting import counted_after, counts_directly

    text = "The number of cumulative loans in that year was 5981, an increase of 60.91%."
    assert counts_directly(text, "loan", engine.analyzer)
    # the things counted come before "of": licences, not the institutes that made them
    text = (
        "The number of patent transfer licenses of universities and research institutes"
        " reached 27,000 times."
    )
    assert counted_after(text, "licens", engine.analyzer)
    assert not counted_after(text, "institut", engine.analyzer)
    assert not counted_after(
        "The number of loans reached 58.7 billion yuan.", "loan", engine.analyzer
    )
    a = engine.ask("how many ip pledge loans were issued that year")
    assert a.answered and "5981" in a.best.quote
    # a count in the thesaurus's word for the things stays first ("small-ticket" loans are
    # the inclusive projects)
    a = engine.ask(
        "How many small-ticket loans under ten million yuan were made, and how did that compare"
        " with a year before?"
    )
    assert a.answered and "7,345" in a.best.quote


def test_a_close_second_naming_a_rare_year_asked_about_answers(engine):
    # the 2013 guidance scores best; the next paragraph gives the loans since 2017
    a = engine.ask("CBIRC cumulative IP pledge loans issued since 2017")
    assert a.answered and "372.364 billion yuan" in a.best.quote
    # a year the briefing names everywhere is no such evidence, and a count in other words
    # is no count of what is asked
    for question in [
        "How many patent infringement cases did Chinese courts hear in 2021?",
        "How many intellectual property operation platforms does CNIPA plan to support by 2025?",
    ]:
        assert not engine.ask(question).answered, question


def test_a_close_second_naming_the_holder_of_a_post_answers(engine):
    # the welcome ("we will introduce …") scores best; the next paragraph names the spokesman
    a = engine.ask(
        "Who is the SIPO spokesperson who introduced the guests at the August 2022 press"
        " conference?"
    )
    assert a.answered and "Heng Fuguang, Spokesperson" in a.best.quote


def test_bounds_and_figures_near_them():
    from qa.figures import bounds, near_bound

    assert bounds("Did loans top 370 billion yuan since 2017?") == [
        ("370 billion yuan", 3.7e11, "money")
    ]
    assert bounds("over 95 percent of firms") == [("95 percent", 95.0, "%")]
    assert bounds("Is pendency under 17 months?") == [("17 months", 17.0, "month")]
    assert bounds("How many of the 65 products were issued?") == []  # a whole, no bound
    assert bounds("was it about 24 aug") == []  # a day of a month
    assert bounds("over a third of value added") == [("a third", 100 / 3, "%")]
    # "half a million" is a number, "more than half" a share
    assert bounds("Did transfers exceed half a million?") == [("half a million", 5e5, "")]
    assert bounds("more than half of firms") == [("half", 50.0, "%")]
    assert bounds("more than 1 in 5 firms") == [("1 in 5", 20.0, "%")]
    # "over three years" is a period, not a bound
    assert bounds("more than 57 billion yuan over three years") == [
        ("57 billion yuan", 5.7e10, "money")
    ]
    assert bounds("Did SIPO set up 25 funds in 2021?") == []  # no bound word
    assert bounds("Did SIPO set up 25 funds in 2021?", claimed=True) == [("25", 25.0, "")]
    (bound,) = bounds("more than 370 billion")
    assert near_bound("reached 372.364 billion yuan", bound, 1.5)  # a bare bound: any sum
    assert not near_bound("reached 58.724 billion yuan", bound, 1.5)  # another size
    assert not near_bound("an increase of 370%", bound, 1.5)  # another unit
    assert not near_bound("in the 13th Five-Year Plan", bounds("over 10 plans")[0], 1.5)
    # "points" are percentage points
    (points,) = bounds("Did exports beat imports by 10.5 points?", claimed=True)
    assert points == ("10.5 points", 10.5, "points")
    assert near_bound("by 10.5 percentage points", points, 1.5)
    assert not near_bound("an increase of 10.5%", points, 1.5)
    (ahead,) = bounds("Will licences top 800?")
    text = "643 licensing projects. More than 1,000 licenses will be reached this year."
    assert near_bound(text, ahead, 1.5, ahead=True)
    assert not near_bound("643 licensing projects were made.", ahead, 1.5, ahead=True)


def test_a_place_inside_a_phrase_the_thesaurus_knows_is_no_missing_name(engine):
    # the briefing never names Beijing, but "the Beijing Winter Games" are its Winter Olympics
    a = engine.ask(
        "Was an online copyright campaign tied to the Beijing Winter Games among the"
        " crackdowns MIIT joined?"
    )
    assert a.answered and "Winter Olympics network copyright protection" in a.best.quote
    # Beijing on its own is still a place the briefing never names
    a = engine.ask("How many patents were licensed in Beijing in 2021?")
    assert not a.answered and a.missing == ("Beijing",)


def test_the_stock_exchanges_acronyms_are_known(engine):
    # "The Shanghai and Shenzhen stock exchanges successfully issued 65 pieces …"
    a = engine.ask(
        "How many IP securitization products were issued on the SSE and SZSE, and for what"
        " total amount?"
    )
    assert a.answered and "65 pieces" in a.best.quote
    a = engine.ask("How many IP securitization products were listed on the HKEX?")
    assert not a.answered and a.missing == ("HKEX",)


def test_a_yes_no_question_followed_by_another_asks_the_other(engine):
    from qa.answer_type import asks_yes_no

    assert asks_yes_no("Did banks lend more against patents this year?")
    assert not asks_yes_no("do professors get a cut when research is commercialized? how big?")
    a = engine.ask("are those IP demo companies actually making money? what's their profit margin?")
    assert a.answered and "7.7%" in a.best.quote


def test_fees_for_using_rights_are_royalties_but_a_licence_fee_is_a_fee(engine):
    from qa.answer_type import money_nouns

    royalties = frozenset(engine.analyzer.terms("royalties"))
    assert money_nouns("fees for using creative rights", engine.analyzer) == royalties
    assert money_nouns("the average licence fee", engine.analyzer) != royalties
    a = engine.ask(
        "How much was China's cross-border trade in fees for using creative and technical"
        " rights worth in 2021?"
    )
    assert a.answered and "378.3 billion yuan" in a.best.quote
    # the royalties' total is no licence fee
    a = engine.ask("What is the average license fee for open-licensed patents?")
    assert not a.answered


def test_which_or_what_before_a_clause_asks_for_no_name(engine):
    # "in what the bank regulator said", "which law must universities implement"
    from qa.answer_type import named_kind

    assert named_kind("was there anything for seeds in what the bank regulator said?") is None
    assert named_kind("Which law must universities strictly implement?") is None
    assert named_kind("Which bank set up the innovation laboratory?") == "bank"
    assert named_kind("Which official said university research cannot be opportunistic?") is None
    # a figure asked first: "what universities earn" is a clause after it
    assert (
        named_kind(
            "how much income did the pilot companies get from transferring IP rights, because I"
            " want to compare it to what universities earn?"
        )
        is None
    )
    a = engine.ask(
        "Which law must universities strictly implement when increasing rewards for"
        " commercializing results?"
    )
    assert a.answered and "Law on Promoting the Transformation" in a.best.quote


def test_the_words_asking_for_a_date_are_no_topic(engine):
    # "By what year …": "this year" in a sentence about licences is no answer
    for question in (
        "By what year must universities completely phase out incentives for patent licensing?",
        "By what deadline must universities completely eliminate incentives for patent licensing?",
    ):
        a = engine.ask(question)
        assert not a.answered and a.reason == "no figure", question


def test_a_relative_which_asks_for_no_name(engine):
    # ", which supported 16 provinces," describes the plan: the question asks for a share
    a = engine.ask(
        "Under the patent transformation special plan run with the Ministry of Finance, which"
        " supported 16 provinces, what share of the country's university patent transfers and"
        " licences to SMEs did those key provinces account for in 2021?"
    )
    assert a.answered and "about 90% of the country" in a.best.quote
    # "which 16 provinces" still asks for their names, which the briefing never gives
    a = engine.ask("Which 16 provinces were supported under the patent transformation plan?")
    assert not a.answered and a.reason == "no name"


def test_closing_the_press_conference_is_its_end_not_the_end_of_june(engine):
    # "the end of June 2022" shares the word "end"; the conference is said too
    for question in ("Who closed the press conference?", "who wrapped up the presser"):
        a = engine.ask(question)
        assert a.answered and a.best.passage.kind == "closing", question


def test_why_prefers_a_passage_giving_a_reason(engine):
    # the introduction names him as spokesman; the closing says why it ended
    a = engine.ask("Why did the spokesman Heng Fuguang end the press conference?")
    assert a.answered and a.best.passage.kind == "closing"
    assert "Due to time" in a.best.quote


def test_a_short_last_sentence_is_quoted_with_the_one_before_it(engine):
    # "This is the end of the conference." (7 words) ends its paragraph: the quote reaches back
    a = engine.ask("Who closed the press conference, and what reason did he give for ending it?")
    assert a.answered and a.best.quote.endswith("This is the end of the conference.")
    assert a.best.quote.startswith("Thank you for attending the press conference")


def test_the_party_congress_is_the_national_congress_of_the_cpc(engine):
    # the briefing says "Since the 18th National Congress of the CPC"
    a = engine.ask(
        "Who said that since the 18th Party Congress the regulator has valued IP pledge"
        " financing for easing private firms' funding troubles?"
    )
    assert a.answered and a.best.passage.speaker == "Li Hanyang"
    assert "18th National Congress of the CPC" in a.best.passage.text
    # another congress is another period
    a = engine.ask("What did the 20th Party Congress decide about patents?")
    assert not a.answered


def test_a_subordinate_clause_opening_a_question_names_nothing(engine):
    a = engine.ask(
        "Although they are only 1.5% of industrial firms, what slice of the country's industrial"
        " value added do the officially designated IP-advantage showcase companies generate?"
    )
    assert a.answered and "37.4%" in a.best.quote


def test_a_first_word_or_the_speakers_own_ministry_is_no_missing_name(engine):
    # "List" opens the sentence, and MIIT is Ren Aiguang's ministry, which his answer never
    # spells out
    a = engine.ask("List the forms of cooperation in MIIT's collaborative IP work system.")
    assert a.answered and "inter-ministerial cooperation" in a.best.quote


def test_where_an_event_was_held_wants_a_place(engine):
    from qa.citation import declined_reason

    # the briefing never says where it was held; "China", in every organisation's name, is
    # its setting and no answer
    a = engine.ask("where was the aug 24 sipo press conference held")
    assert not a.answered and a.reason == "no place"
    assert declined_reason(engine, a) == "it asks where, and the closest passage names no place"
    a = engine.ask("Where did banks pilot online patent pledge registration?")
    assert a.answered and "Zhejiang, Jiangsu, Guangdong" in a.best.quote
    # a plain "where" may be answered by no place name: "overseas"
    a = engine.ask("Where did steel and power battery firms win their IP lawsuits?")
    assert a.answered and "overseas intellectual property lawsuits" in a.best.quote


def test_a_sum_of_another_kind_does_not_answer(engine):
    # the passage gives the institutions' annual revenue, not what their staff are paid
    a = engine.ask("What is the average salary of employees in IP service institutions?")
    assert not a.answered and a.reason == "no figure"
    a = engine.ask("What is the annual revenue of IP service institutions?")
    assert a.answered and "225 billion yuan" in a.best.quote
    # keywords naming a price ask for one as much as "how much" does
    a = engine.ask("typical license fee under the patent open licensing pilot")
    assert not a.answered and a.reason == "no figure"
    # "income streams" names what was packaged, not the kind of sum asked for
    a = engine.ask("How much did the stock exchanges raise by packaging IP income streams?")
    assert a.answered and "15.8 billion yuan" in a.best.quote


def test_a_forecast_wants_a_passage_that_looks_ahead(engine):
    from qa.citation import declined_reason

    a = engine.ask(
        "What is the forecast for total patent and trademark pledge financing for full-year 2022?"
    )  # the briefing gives the first half's total, and no forecast
    assert not a.answered and a.reason == "no forecast"
    assert "looks ahead to nothing" in declined_reason(engine, a)
    a = engine.ask("How many open-licence deals are expected by the end of 2022?")
    assert a.answered and "will be reached" in a.best.quote


@pytest.mark.parametrize(
    "question",
    [
        "What is the agency rate for utility model patents?",
        "industrialization rate of design patents at IP advantage demonstration enterprises 2021",
        # a figure for the first half is none for a quarter
        "How much patent and trademark pledge financing was there in the second quarter?",
        # the gold award projects are no silver ones
        "How many patent silver award projects were there in the 23rd China Patent Award?",
        # an average is no median ("median", unknown to the briefing, is no typo of "media")
        "What is the median net profit rate of national IP advantage demonstration enterprises?",
    ],
)
def test_another_kind_is_declined(engine, question):
    from qa.citation import declined_reason

    # the briefing gives these rates for invention patents only, and an average
    a = engine.ask(question)
    assert not a.answered and a.reason == "other kind"
    assert "speaks of another kind" in declined_reason(engine, a)


def test_the_kind_asked_about_is_answered(engine):
    a = engine.ask("What is the agency rate for invention patents?")
    assert a.answered and "83.6%" in a.best.quote
    a = engine.ask("What is the agency rate for patents?")  # no kind named: no contrast
    assert a.answered and "83.6%" in a.best.quote


def test_contrasts_need_the_whole_phrase():
    from index.analysis import Analyzer
    from qa.scope import Contrasts

    terms = Analyzer().terms
    c = Contrasts("invention patents | utility model patents, utility models", terms)
    assert c.not_covered(terms("utility models filed"), terms("invention patents rose")) == [
        "utility model patents"
    ]
    assert c.not_covered(terms("model universities"), terms("invention patents")) == []
    assert c.not_covered(terms("utility model patents"), terms("all patents rose")) == []
    # a set making up the whole: "patents" are all its kinds together, none of them alone
    c = Contrasts("! invention patents | utility model patents, utility models", terms)
    assert c.not_covered(terms("utility models filed"), terms("all patents rose")) == [
        "utility model patents"
    ]
    assert c.not_covered(terms("patents filed"), terms("all patents rose")) == []


def test_a_figure_for_all_patents_is_none_for_one_kind(engine):
    # the briefing gives universities' patent grants, and transfers, for all kinds together
    for question in (
        "How many design patents were granted in 2021?",
        "How many utility model patents were granted to universities in 2021?",
    ):
        a = engine.ask(question)
        assert not a.answered and a.reason == "other kind", question
    a = engine.ask("How many patents were granted to universities in 2021?")
    assert a.answered and "308,000" in a.best.quote


def test_a_kind_named_in_the_questions_own_words_is_the_kind_asked_about(engine):
    # "students" alone reads as undergraduates, the only students the briefing counts; the
    # question naming postgraduates in its own words asks about them, not the 12,000
    for question in (
        "How many postgraduate students are studying intellectual property?",
        "How many graduate students are studying intellectual property in China?",
        "How many doctoral and master's students study intellectual property?",
    ):
        a = engine.ask(question)
        assert not a.answered and a.reason == "other kind", question
    a = engine.ask("How many students study intellectual property?")
    assert a.answered and "12,000 undergraduates" in a.best.quote


def test_how_a_figure_is_calculated_wants_a_method(engine):
    from qa.citation import declined_reason

    # the figure is given; how it was arrived at is not
    a = engine.ask("How does WIPO calculate the 1.6 trillion US dollar value of Chinese brands?")
    assert not a.answered and a.reason == "no method"
    assert "how a figure is calculated" in declined_reason(engine, a)
    a = engine.ask("how is the industrialization rate of invention patents measured")
    assert a.answered and "According to the survey" in a.best.quote
    # a ratio says how a thing is measured ...
    a = engine.ask("How is intellectual property capability in manufacturing measured?")
    assert a.answered and "per 100 million yuan of revenue" in a.best.quote
    # ... but not by what criteria it is defined
    a = engine.ask(
        "What criteria make a patent count as 'high-value' in MIIT's per-100-million-yuan"
        " indicator?"
    )
    assert not a.answered and a.reason == "no method"
    # what defines a thing is a method too, and the decline says which
    a = engine.ask("What counts as an inclusive project?")
    assert not a.answered and a.reason == "no method"
    assert "how something is defined" in declined_reason(engine, a)


@pytest.mark.parametrize(
    "question",
    [
        "What is the default rate on IP pledge loans?",  # loans grew by some %: no default rate
        "What is the average interest rate for IP-backed loans?",  # "differentiated interest
        # rate pricing", and no rate given
        "What is the trademark agency rate in 2020?",  # given for this year, not 2020
        "non-performing loan ratio of ip pledge loans CBIRC",  # a ratio is a rate
        "What is the non-performing loan ratio for IP pledge loans?",
        "What yield did the 65 IP securitization products pay investors?",  # and a yield
    ],
)
def test_a_rate_is_a_percentage_said_of_that_rate(engine, question):
    assert not engine.ask(question).answered


def test_the_rate_asked_for_is_quoted(engine):
    a = engine.ask("What is the agency rate for trademarks?")
    assert a.answered and "93.5%" in a.best.quote
    a = engine.ask("industrialization rate of invention patents")
    assert a.answered and "61.3%" in a.best.quote
    a = engine.ask("what is the reward ratio for researchers at universities")
    assert a.answered and "70%" in a.best.quote
    # a growth rate is the growth: "an increase of 64.43%" gives it without saying "rate"
    a = engine.ask("ip pledge loan amount issued by banks in first half 2022 and growth rate")
    assert a.answered and "an increase of 64.43%" in a.best.quote


def test_what_a_named_official_said_comes_from_that_official(engine):
    from qa.citation import declined_reason

    # the introduction names every official; it used to win on the name alone
    a = engine.ask("What did Lei Zhaozi say about universities?")
    assert a.answered and a.best.passage.speaker == "Lei Zhaozi"
    a = engine.ask("what did ren aiguang say about small giants")
    assert a.answered and a.best.passage.speaker == "Ren Aiguang"
    # artificial intelligence comes up in Lei Xiaoyun's answer, never in Heng Fuguang's words
    a = engine.ask("What did Heng Fuguang say about artificial intelligence patents?")
    assert not a.answered and a.reason == "not said"
    assert declined_reason(engine, a) == (
        "Heng Fuguang does not speak of \u201cartificial intelligence\u201d"
    )
    # a pair of words the briefing puts together and he never does; a topic he never touches
    a = engine.ask("what did heng fuguang say about patent open licensing")
    assert not a.answered and a.missing == ("patent open licensing",)
    a = engine.ask("lei zhaozi geographical indications comments")
    assert not a.answered and declined_reason(engine, a) == (
        "Lei Zhaozi does not speak of \u201cgeographical indications\u201d"
    )
    a = engine.ask("what did Lei Xiaoyun say about patent open licensing")
    assert a.answered and a.best.passage.speaker == "Lei Xiaoyun"
    # about the official rather than their words: the introduction is right
    for question in ["What is Li Hanyang's title?", "What is Li Hanyang's job title?"]:
        # (his "job" is not the "good job" he asks banks to do)
        a = engine.ask(question)
        assert a.answered and "Li Hanyang, Deputy Director" in a.best.quote, question
    # a figure and a year are no topic, and an official's own title is theirs to speak of
    a = engine.ask("did heng fuguang say that pledge financing hit 309.8 billion yuan in 2021")
    assert a.answered and "309.8 billion yuan" in a.best.quote
    a = engine.ask("Is Ren Aiguang a deputy director at MIIT?")
    assert a.reason != "not said"
    # nor a word the thesaurus spells out ("MIIT" … Technology) beside the next one
    a = engine.ask(
        "What did Ren Aiguang say MIIT will formulate next with the State Intellectual"
        " Property Office?"
    )
    assert a.answered and a.best.passage.speaker == "Ren Aiguang"
    # an official named as the source, or asked for a figure, is asked a question like any
    # other: "China Intellectual" is no topic Lei Xiaoyun fails to speak of
    a = engine.ask(
        "How many intellectual property service institutions are there in China, according to"
        " Lei Xiaoyun's answer to China Intellectual Property News?"
    )
    assert a.answered and "73,000" in a.best.quote
    a = engine.ask(
        "Despite downward economic pressure in the first half of 2022, what amount of patent"
        " and trademark pledge financing did Heng Fuguang report, and what was the increase?"
    )
    assert a.answered and "162.65 billion yuan" in a.best.quote


def test_a_reporters_outlet_names_the_answers_to_that_reporter(engine):
    # the outlets are named only in the question headers, never in an answer: they are no
    # unknown names, and the question names the turn it is about
    a = engine.ask(
        "Which SIPO official answered the Xinhua question about the creation, operation and "
        "use mechanisms?"
    )
    assert a.answered and a.best.passage.speaker == "Lei Xiaoyun"
    assert a.best.passage.asked_by == "Xinhua News Agency"
    a = engine.ask("which MIIT official answered the Guangming Daily question on IP capacity?")
    assert a.answered and a.best.passage.speaker == "Ren Aiguang"
    assert a.best.passage.asked_by == "Guangming Daily"
    a = engine.ask("what did they tell the Bauhinia reporter about pilot enterprises")
    assert a.answered and a.best.passage.asked_by == "Hong Kong Bauhinia magazine"
    # an official and an outlet named: that official's answer to that reporter
    a = engine.ask("What did Lei Xiaoyun tell the Xinhua reporter about the three mechanisms?")
    assert a.answered and a.best.passage.speaker == "Lei Xiaoyun"
    assert a.best.passage.asked_by == "Xinhua News Agency"
    # "who answered …" a reporter: that reporter's answer, its official first
    for question, speaker in (
        ("Who answered the Xinhua reporter?", "Lei Xiaoyun"),
        ("Which MIIT official answered the Guangming Daily question?", "Ren Aiguang"),
        ("who answered China Daily", "Lei Zhaozi"),
    ):
        a = engine.ask(question)
        assert a.answered and a.who and a.best.passage.speaker == speaker, question
    a = engine.ask("Which official answered the Reuters question?")  # no outlet of the briefing
    assert not a.answered and a.missing == ("Reuters",)
    # a word of an outlet's name used as a word is no outlet ("The Paper")
    a = engine.ask("Does the MOE judge research quality by a paper's impact factor?")
    assert a.answered and a.best.passage.asked_by != "The Paper"
    # a place named only in an outlet's name is no place the briefing speaks of
    a = engine.ask("How many IP service institutions operate in Hong Kong?")
    assert not a.answered and a.reason == "unknown name"


@pytest.mark.parametrize(
    "question",
    [
        "average interest rate on ip pledge loans",
        "total transaction value of the 643 open licensing projects",
    ],
)
def test_keyword_queries_asking_for_a_figure_are_held_to_it(engine, question):
    assert not engine.ask(question).answered


def test_keyword_figure_queries_the_briefing_answers(engine):
    a = engine.ask("agancy rate for inventon patents")  # typos in the rate's name too
    assert a.answered and "83.6%" in a.best.quote
    a = engine.ask("high-value patents per 100 million yuan revenue")  # "high-value": no figure
    assert a.answered


def test_another_kind_of_right_is_declined(engine):
    # pledge financing is given for patents and trademarks together, never for copyright
    a = engine.ask("copyrigt pledge financing amount 2021")
    assert not a.answered and a.reason == "other kind" and a.missing == ("copyright",)
    a = engine.ask("trademark pledge financing amount 2021")
    assert a.answered and "309.8 billion yuan" in a.best.quote


def test_a_name_given_only_as_an_example_in_a_list_has_no_figure_of_its_own(engine):
    from qa.citation import declined_reason

    # "Peking University, Tongji University, Xiamen University and other universities …
    # more than 12,000 undergraduates": the count is national
    a = engine.ask("how many IP undergraduates are at Peking University")
    assert not a.answered and a.reason == "other name"
    assert declined_reason(engine, a) == (
        "it asks about \u201cPeking University\u201d, and the closest passage names it only in "
        "a list"
    )
    # asking for the names themselves, the list is the answer
    a = engine.ask("Which universities set up IP disciplines of their own?")
    assert a.answered and "Peking University" in a.best.quote


@pytest.mark.parametrize(
    "question",
    [
        "What did Li Hanyang say about rewarding bank staff who make IP loans?",
        "What did Heng Fuguang say about money earned from licensing abroad?",
        "Lei Zhaozi on how universities screen inventions before filing",
        "What does Lei Xiaoyun think about agents and service firms?",
    ],
)
def test_a_paraphrase_of_what_an_official_said_is_not_taken_for_a_topic_they_skipped(
    engine, question
):
    # everyday words the official happens not to use say nothing of what they spoke about
    a = engine.ask(question)
    assert a.answered, a.reason


def test_a_rate_under_another_name_is_the_same_rate(engine):
    a = engine.ask(
        "What is the commercialisation rate of invention patents at demonstration enterprises?"
    )
    assert a.answered and "61.3%" in a.best.quote


@pytest.mark.parametrize(
    "question",
    [
        # a capitalised first word is no name: "Despite", "Since", "Among", "Besides"
        "Despite the economic headwinds of early 2022, how much was raised by pawning "
        "inventions and logos in the first six months?",
        "Since early 2017, how much in total has been lent out against idea-rights?",
        # a month is a date, not a name the passage must give
        "How many deals is the posted-terms trial expected to produce by December?",
        # the list is what it asks about
        "How many specialised study tracks in this field have leading schools such as Peking, "
        "Tongji and Xiamen set up on their own?",
    ],
)
def test_hard_paraphrases_are_not_turned_away(engine, question):
    a = engine.ask(question)
    assert a.answered, (a.reason, a.missing)


def test_what_an_official_never_spoke_of_offers_their_turns(engine):
    a = engine.ask("lei zhaozi geographical indications comments")
    assert not a.answered and a.reason == "not said"
    assert a.alternatives and {h.passage.speaker for h in a.alternatives} == {"Lei Zhaozi"}
    assert not a.alternatives[0].quote.startswith("Thank")


def test_a_date_must_be_said_of_the_thing_asked_about(engine):
    from qa.citation import declined_reason

    # the quote's only date, "by the end of this year", is said of the licences expected
    a = engine.ask("When will the patent open licensing system be rolled out nationwide?")
    assert not a.answered and a.reason == "no figure"
    # two of six words ("pilot", "licenses") beside "this year" are not enough
    assert not engine.ask("When did the patent open license pilot officially start?").answered
    assert declined_reason(engine, a) == "it asks for a date, and the closest passage gives none"
    a = engine.ask(
        "When was the Outline for Building a Strong Intellectual Property Country issued?"
    )
    assert a.answered and a.best.quote.startswith("In September last year")
    a = engine.ask("When did the CBRC issue guiding opinions on IP pledge loans?")
    assert a.answered and a.best.quote.startswith("In 2013, the former CBRC")


def test_the_briefings_own_day_asks_about_no_year(engine):
    from qa.scope import dates_in, years_of_date

    assert [d for d, _, _ in dates_in("on 24 August 2022, Aug. 24, 2022 or 2022-08-24")] == [
        "2022-08-24"
    ] * 3
    assert years_of_date("at the 24th of August 2022 briefing", "2022-08-24") == {"2022"}
    assert years_of_date("on 2022-08-24, about pledge loans in 2022", "2022-08-24") == set()
    assert years_of_date("at the 24 August 2021 briefing", "2022-08-24") == set()
    # its month, beside a briefing or press conference
    assert years_of_date("at the august 2022 SIPO briefing", "2022-08-24") == {"2022"}
    assert years_of_date("at the press conference of August 2022", "2022-08-24") == {"2022"}
    assert years_of_date("pledge financing in August 2022", "2022-08-24") == set()
    assert years_of_date("at the July 2022 press conference", "2022-08-24") == set()
    a = engine.ask("who spoke for the banking regulator (CBIRC) at the august 2022 SIPO briefing")
    assert a.answered and "Li Hanyang, Deputy Director" in a.best.quote
    a = engine.ask("Who was the SIPO spokesperson at the 24 August 2022 press conference?")
    assert a.answered
    a = engine.ask("Who was the SIPO spokesperson at the 24 August 2021 press conference?")
    assert not a.answered and a.reason == "other year" and a.missing == ("2021",)


def test_a_close_second_giving_the_name_asked_about_goes_first(briefing_text):
    question = (
        "Which revision of the Patent Law brought in the system where a patent owner "
        "announces licence terms publicly for anyone to take up?"
    )
    # the best passage, on the open licence pilot, never names the Patent Law; the one before
    # it does, and says the system came with the fourth amendment
    a = Engine(briefing_text).ask(question)
    assert a.answered and "the Patent Law" in a.best.quote
    assert "fourth amendment" in a.best.passage.text
    a = Engine(briefing_text, Settings(name_fallback=0)).ask(question)
    assert not a.answered and a.reason == "other name" and a.missing == ("Patent Law",)


def test_an_organisations_name_names_no_kind(engine):
    from qa.scope import without_organisations

    assert "Copyright" not in without_organisations("the CBRC, the Copyright Office and SIPO")
    assert "copyright industry" in without_organisations("the copyright industry added value")
    # the 2013 guidance passage names "the Copyright Office", which is no figure for copyright
    # instead of trademarks
    a = engine.ask(
        "What 2013 rulebook first let commercial lenders accept patents and trademarks as "
        "security for credit?"
    )
    assert a.answered and "Guiding Opinions on the Intellectual Property Pledge Loan" in (
        a.best.quote
    )


def test_a_length_of_time_named_wants_one(engine):
    from qa.citation import declined_reason

    # the online agents "greatly optimized the handling efficiency", and say by how much nowhere
    a = engine.ask(
        "How much has the online bank agency pilot cut the processing time for patent pledge "
        "registration?"
    )
    assert not a.answered and a.reason == "no figure"
    assert declined_reason(engine, a) == (
        "it asks for a length of time, and the closest passage gives none"
    )
    assert not engine.ask("What is the average loan term of IP pledge loans?").answered


def test_damages_are_a_sum_of_their_own_kind(engine):
    # the best passage gives rates and sales of award-winning patents: no damages
    a = engine.ask(
        "How much in punitive damages was awarded in Chinese IP infringement cases in 2021?"
    )
    assert not a.answered and a.reason == "no figure"


def test_usually_is_generally_and_a_general_licence_stays_apart(engine):
    # "universities generally increase the reward ratio to 70%"
    a = engine.ask(
        "What cut of the proceeds from commercialising research do university researchers "
        "usually get as a reward?"
    )
    assert a.answered and "reward ratio to 70%" in a.best.quote
    # "general license" is its own term in the thesaurus, so "generally" does not match it
    terms = engine.analyzer.terms("general license generally")
    assert terms[-1] == "general" and "general" not in terms[:-1]
    a = engine.ask("non-exclusive licensing universities")
    assert a.answered and "general license rather than exclusive license" in a.best.quote


def test_deals_are_the_licensing_projects(engine):
    # four blind writers asked how many deals the open licence trial brokered
    a = engine.ask("How many deals have been struck so far under the open licensing pilot?")
    assert a.answered and "643 licensing projects" in a.best.quote


def test_a_single_word_name_gets_no_close_second(engine):
    # "AI" is in a few passages ("artificial intelligence … accurately matched"); none says
    # who may be named an inventor
    a = engine.ask("Can an AI system be named as the inventor on a Chinese patent?")
    assert not a.answered and a.reason == "other name"


def test_a_post_holder_must_hold_it_in_the_body_asked_about(engine):
    # the introduction names Lei Xiaoyun, a director, of another department; the CBIRC's
    # official there is a deputy director
    a = engine.ask("Who is the director of the CBIRC Regulatory Department?")
    assert not a.answered and a.reason == "no holder"
    a = engine.ask(
        "Who heads the MOE's Department of Science, Technology and Information Technology?"
    )
    assert a.answered and "Lei Zhaozi, Director of the Department of Science" in a.best.quote
    a = engine.ask("Who is the spokesperson hosting this press conference?")
    assert a.answered


def test_a_questions_opening_adverb_is_no_name(engine):
    # "Roughly" is unknown to the briefing and capitalised only for opening the sentence
    a = engine.ask(
        "Roughly what was the combined value of cross-border payments for using intangible "
        "creations in 2021?"
    )
    assert a.reason != "unknown name"
    assert engine.ask("Tencent patent licensing revenue 2021").reason == "unknown name"
    # nor an opening preposition
    a = engine.ask(
        "Along with the banking watchdog, which bodies pushed to bring patent-backed lending"
        " into business parks?"
    )
    assert a.answered and "Development and Reform Commission" in a.best.quote
    # nor an opening verb: "Name some …", "Comparing 2012 with 2021, …"
    a = engine.ask("Name some universities that have set up IP-related disciplines.")
    assert a.answered and "Peking University" in a.best.quote
    a = engine.ask(
        "Comparing 2012 with 2021, how many-fold did the money colleges received from selling"
        " inventions grow?"
    )
    assert a.reason != "unknown name"
