"""qa's settings: one dataclass, defaults chosen with the evaluation (see README, Retrieval quality)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    """Every choice that shapes retrieval and answering, in one place."""

    # BM25 (index.bm25.VARIANTS) and its parameters
    variant: str = "lucene"
    k1: float = 1.2
    b: float = 0.3
    delta: float = 1.0
    # analysis
    stemming: bool = True
    spellings: bool = True
    synonyms: bool = True
    acronyms: bool = True
    typos: bool = True
    # passages: None = one passage per paragraph; N = windows of N sentences for longer ones
    max_sentences: int | None = None
    # extra fields and their weights relative to the passage text (0 = not indexed)
    field_weights: dict[str, float] = field(
        default_factory=lambda: {"question": 0.35, "speaker": 0.3}
    )
    # adjacent question words found adjacent in a passage ("pledge financing"): BM25 over
    # term pairs, this weight relative to the body (0 = off)
    phrase_weight: float = 0.1
    # a question naming a speaker ("what did Lei Zhaozi say about …") searches that speaker's
    # passages for the rest of it
    speaker_filter: bool = True
    # a question naming a reporter's outlet ("the Xinhua question on …") searches the answers
    # to that reporter
    outlet_filter: bool = True
    # "why …" questions prefer a quote window that gives a reason ("Due to time, …"), and a
    # passage with one gains this share of the top score in the re-ranking below
    prefer_reasons: bool = True
    reason_weight: float = 0.05
    # re-rank the top passages by how much of the question one quote window covers
    proximity_weight: float = 1.0
    rerank_depth: int = 8
    # ...and by whether that window gives the figure a "how many / how much" question wants
    figure_weight: float = 0.1
    # "how many X": a passage scoring this share of the best's that puts a number right before
    # X goes first when the best gives no count of X, or one that never names X (0 = never)
    count_fallback: float = 0.5
    # ...and for other figures, one this close with a clause giving the figure and two of the
    # question's words ("pledge financing reached 309.8 billion yuan")
    figure_fallback: float = 0.9
    # ...and for "which bank / university …", one this close with a sentence naming one and
    # giving two of the question's words
    named_fallback: float = 0.7
    # the quote: at most this many consecutive sentences
    quote_sentences: int = 3
    # ...and a quote shorter than this many words takes in the sentence after it
    quote_min_words: int = 15
    # declining: the best passage must cover this share of the question's IDF mass
    min_coverage: float = 0.1
    # ...and a yes/no question ("Can AI-generated works be protected by copyright?") this
    # share: it states what it asks about, and a passage speaking to it holds most of it
    yes_no_coverage: float = 0.45
    # decline questions naming something (a capitalised word, an acronym, a year) never mentioned
    decline_unknown_names: bool = True
    # decline "how much / how many" questions when the best quote gives no figure, and
    # "which bank / province" questions when it names none
    decline_without_figure: bool = True
    # ...and "when" questions when no sentence of it gives a date beside two of the question's
    # words (three when it names four or more)
    date_of_thing: bool = True
    # ...where a number the question itself states is not the figure it asks for
    not_the_given_figure: bool = True
    # ...and a figure asked of a whole the question states ("how many of the 65 products …")
    # must be given as a part of it ("including 189 …", "408 of the … 5,000 brands")
    part_of_whole: bool = True
    # ...and "how many of <a whole named, not numbered> …" wants a figure given as a part
    part_of_named: bool = True
    # ...and one asked about something counted by a number the question states ("how much
    # capital do the 20 funds manage") must be given in a sentence with that number
    beside_given: bool = True
    # ...and one about a thing the quote gives only with another, "A and B", when the question
    # names one of them ("royalty exports" against "import and export volume … reached")
    decline_only_together: bool = True
    # ...and any other question stating a number ("did he say it will top 400 billion yuan?")
    # when no sentence of the quote gives that number
    stated_number_said: bool = True
    # ...but a bound it holds a figure against ("did loans top 370 billion yuan?") is met by a
    # figure of its unit within this factor of it either way (0 = the bound must be said too)
    bound_near: float = 1.5
    # ...and so is any figure a yes/no question states ("did SIPO set up 25 operating funds?"
    # is answered by "20 … operating funds")
    yes_no_claims: bool = True
    # ...in a clause naming something else the question names ("more than 1,000 bank-enterprise
    # docking activities" is no figure for "more than 1,000 insurance claims")
    bound_said_with: bool = True
    # ...and "who is the director general of …" questions when it names no one in that post
    # (a deputy director general is not one)
    decline_without_holder: bool = True
    # ...and "where was it held / is it based" questions when it names no place but the
    # briefing's own country
    decline_without_place: bool = True
    # ...and "which had the most / the largest …" questions when it ranks nothing
    decline_without_ranking: bool = True
    # ...and "who won …", "what is the name of …" questions when it names no one and nothing
    # the question does not
    decline_without_winner: bool = True
    # ...and "what is the forecast / expected …" questions when it looks ahead to nothing
    decline_without_forecast: bool = True
    # ...and "how is it calculated" questions when it says nothing of a method
    decline_without_method: bool = True
    # decline when the question names a year and the quote speaks of none of its years
    decline_other_year: bool = True
    # ...and a month the question names when the paragraph names other months only
    decline_other_month: bool = True
    # decline when the question names a place, or a name (a run of capitalised words, an
    # acronym), that the briefing gives in at most ``rare_passages`` passages, and the chosen
    # passage does not give it
    decline_other_place: bool = True
    # ...or a kind (qa/data/contrasts.txt: "utility model patents") where the paragraph names
    # another kind of the same set ("invention patents") and not the one asked about
    decline_other_kind: bool = True
    decline_other_name: bool = True
    rare_passages: int = 4
    # ...unless a passage scoring at least this share of the best, among the first three, gives
    # the name (of several words) and all else asked (0 = never): "which revision of the Patent
    # Law …"
    name_fallback: float = 0.5
    # ...and the same for a numbered period ("the 14th Five-Year Plan") or a year the briefing
    # names in few passages ("since 2017"), scoring this share
    period_fallback: float = 0.9
    # ...and for "who is the <post>", one this close naming someone in the post
    holder_fallback: float = 0.5
    # ...and, for a figure, a place or name the paragraph gives only as one item of a list of
    # three or more ("Peking University, Tongji University, … and other universities")
    in_passing: bool = True
    # ...and "how many X" questions when no number in the quote counts X
    count_the_noun: bool = True
    # ...and, when the briefing has a word for the things counted, the quote must use it
    count_named_things: bool = False
    # decline when only one word of the question is in the passage and another is in no passage
    decline_lone_match: bool = True
    # an unknown word (not in the briefing) weighs this many times the rarest known word
    unknown_weight: float = 1.0
    # questions longer than this many characters are declined, not analysed
    max_question_chars: int = 2000

    def replace(self, **changes: object) -> Settings:
        from dataclasses import replace

        return replace(self, **changes)  # type: ignore[arg-type]
