"""The analyzer: numbers, stemming, spellings, acronyms, synonyms, typo tolerance."""

from __future__ import annotations

import pytest

from index.analysis import Analyzer, find_acronyms, load_synonyms
from index.spelling import Corrector, edit_distance


@pytest.fixture(scope="module")
def plain() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("309.8 billion yuan", "309.8"),
        ("5,729 enterprises", "5729"),
        ("5729 firms", "5729"),
        ("accounted for 60.5%", "60.5%"),
        ("60.5 percent of it", "60.5%"),
        ("an increase of 246.2 percent", "246.2%"),
        ("(2021-2035)", "2021-2035"),
        ("the 14th Five-Year Plan", "14th"),
        ("124.637 billion", "124.637"),
    ],
)
def test_numbers_are_kept_whole(plain, text, term):
    assert term in plain.terms(text)


def test_number_ranges_also_match_their_ends(plain):
    assert {"2021-2035", "2021", "2035"} <= set(plain.terms("Outline (2021-2035)"))
    # a range of years written short ends in its century
    assert plain.terms("the plan for 2021-25") == plain.terms("the plan for 2021-2025")
    assert plain.terms("10-15%") == ["10-15%", "10", "15%"]  # no year: as written


def test_numbers_written_short_are_written_out(plain):
    # "420k", "58.7bn", "1.5pc": as the briefing writes them
    assert plain.terms("hit 420k") == plain.terms("hit 420,000")
    assert plain.terms("58.7bn yuan") == plain.terms("58.7 billion yuan")
    assert plain.terms("1.6tn dollars") == plain.terms("1.6 trillion dollars")
    assert plain.terms("just 1.5pc of firms") == plain.terms("just 1.5% of firms")
    assert plain.terms("1.5k") == ["1500"]
    assert plain.terms("the 23rd award") == ["23rd", "award"]  # an ordinal, no shorthand


def test_stemming_joins_word_forms(plain):
    assert plain.terms("licensing") == plain.terms("licenses") == plain.terms("licensed")
    assert plain.terms("universities") == plain.terms("university")


def test_british_and_american_spellings_match(plain):
    assert plain.terms("licence") == plain.terms("license")
    assert plain.terms("organisation programme") == plain.terms("organization program")


def test_case_unicode_and_possessives(plain):
    assert plain.terms("ＳＩＰＯ") == plain.terms("sipo") == plain.terms("SIPO")
    assert plain.terms("China's") == plain.terms("china")


def test_stopwords_and_question_scaffolding_are_dropped(plain):
    assert plain.terms("What is the, and how much of it?") == []
    assert plain.terms("Tell me about pledge financing") == plain.terms("pledge financing")
    # and the filler of chat, which would weigh as unknown words
    assert plain.terms("hey, I was wondering about the IP pledge stuff, basically") == plain.terms(
        "IP pledge"
    )


def test_acronyms_defined_in_the_text_are_found(briefing_text):
    found = dict(find_acronyms(briefing_text))
    assert found["SIPO"] == "State Intellectual Property Office"
    assert found["GDP"] == "gross domestic product"
    assert found["WIPO"] == "World Intellectual Property Organization"
    assert "centers" not in {a.lower() for a in found}


def test_acronyms_expand_both_ways(briefing_text):
    a = Analyzer(acronyms=find_acronyms(briefing_text))
    assert a.terms("SIPO") == a.terms("State Intellectual Property Office")
    assert set(a.terms("growth of gross domestic product")) >= set(a.terms("GDP"))


def test_synonym_groups_rewrite_every_member_to_the_first():
    groups = load_synonyms(
        "# comment\nuniversities, colleges, institutions of higher learning\n"
        "pledge, collateral  # inline comment\n\nlonely\n"
    )
    assert groups == [
        ["universities", "colleges", "institutions of higher learning"],
        ["pledge", "collateral"],
    ]
    a = Analyzer(synonyms=groups)
    assert (
        a.terms("colleges") == a.terms("universities") == a.terms("institutions of higher learning")
    )
    assert a.terms("collateral") == a.terms("pledge")


def test_tokens_keep_spans_for_highlighting():
    a = Analyzer(synonyms=[["intellectual property", "IP"]])
    text = "Our IP and intellectual property"
    spans = {(text[t.start : t.end]) for t in a.tokens(text)}
    assert spans == {"IP", "intellectual", "property"}


def test_edit_distance():
    assert edit_distance("finacing", "financing") == 1
    assert edit_distance("univeristies", "universities") == 1  # a transposition
    assert edit_distance("abc", "xyz", limit=2) == 3


def test_corrector_fixes_typos_but_leaves_known_and_short_words():
    c = Corrector({"financing": 30, "universities": 12, "patent": 50, "parks": 1})
    assert c.correct("finacing") == "financing"
    assert c.correct("univrsities") == "universities"
    assert c.correct("patent") is None
    assert c.correct("pat") is None
    assert c.correct("zzzzzz") is None


def test_corrector_finds_two_edits_on_both_sides_in_long_words():
    # a letter changed and one dropped: "industrialisaton" for "industrialization"
    c = Corrector({"industrialization": 9, "exceeding": 3, "strengthen": 4})
    assert c.correct("industrialisaton") == "industrialization"
    # a shorter real word two edits from another is left alone
    assert c.correct("excluding") is None
    assert c.correct("strengths") is None


def test_the_shipped_thesaurus_is_consistent(briefing_text):
    """Each phrase belongs to one group, and no group rewrites another group's first member
    (which would leave that group's members pointing at terms no passage contains)."""
    from qa.datafiles import data_file

    a = Analyzer()
    groups = load_synonyms(data_file("synonyms.txt"))
    owner: dict[tuple[str, ...], int] = {}
    clashes = []
    for g, members in enumerate(groups):
        for member in members:
            phrase = tuple(a.terms(member))
            assert phrase, f"{member!r} analyses to nothing"
            if owner.setdefault(phrase, g) != g:
                clashes.append((member, groups[owner[phrase]][0], members[0]))
    assert clashes == []
    full = Analyzer(synonyms=groups)
    for members in groups:
        canonical = a.terms(members[0])
        for member in members:
            assert full.terms(member) == canonical, (member, members[0])
    text = briefing_text.casefold()
    missing = [
        m[0] for m in groups if m[0].casefold().replace("-", " ") not in text.replace("-", " ")
    ]
    assert len(missing) <= 3, f"first members not in the briefing: {missing}"


def test_ize_words_keep_a_stem_of_their_own(plain):
    # Snowball alone folds these into "commercial" and "industrial": other concepts
    assert plain.terms("commercialization") == plain.terms("commercialize")
    assert plain.terms("commercialization") != plain.terms("commercial")
    assert plain.terms("industrialization rate") != plain.terms("industrial rate")
    assert plain.terms("medium-sized") == plain.terms("medium sized")  # "sized" is not an -ize word


def test_words_the_stemmer_would_join_to_another_word_stay_apart(plain):
    # Snowball folds "customs" into "customers" and "goods" into "good"
    assert plain.terms("customs") != plain.terms("customers")
    assert plain.terms("counterfeit goods") != plain.terms("counterfeit good")
    assert plain.terms("customers") == plain.terms("customer")
    assert plain.terms("closely related") != plain.terms("close related")


def test_nouns_the_stemmer_leaves_apart_meet_their_verb(plain):
    # "the 2013 bank guidance" is the "Guiding Opinions"; "trial before payment" is paying
    assert plain.terms("guidance") == plain.terms("guiding") == plain.terms("guide")
    assert plain.terms("payment") == plain.terms("pay") == plain.terms("payments")


def test_irregular_forms_meet_their_base_word():
    a = Analyzer()
    assert a.terms("royalties paid, sales grew, smaller firms") == a.terms(
        "royalties pay, sales grow, small firms"
    )
    assert a.terms("lower costs") != a.terms("low costs")  # "lower" is a verb too
