"""BM25 scoring: checked against rank-bm25 and against the formulas by hand, traps included."""

from __future__ import annotations

import math

import numpy as np
import pytest
from rank_bm25 import BM25Okapi, BM25Plus

from index.analysis import Analyzer
from index.bm25 import BM25, rank
from index.search import SearchIndex

DOCS = [
    ["pledge", "financing", "patent", "patent"],
    ["pledge", "loan", "bank"],
    ["patent", "licensing", "open", "pilot", "university"],
    ["pledge", "insurance"],
    ["trademark", "brand", "station"],
]


def test_cached_term_vectors_sum_to_rank_bm25_scores():
    ours = BM25(DOCS, variant="okapi", k1=1.5, b=0.75)
    ref = BM25Okapi(DOCS, k1=1.5, b=0.75)
    query = ["pledge", "patent", "bank"]
    assert np.allclose(ours.scores(query), ref.get_scores(query))
    plus = BM25(DOCS, variant="plus", k1=1.2, b=0.75, delta=1.0)
    assert np.allclose(
        plus.scores(query), BM25Plus(DOCS, k1=1.2, b=0.75, delta=1.0).get_scores(query)
    )


def test_lucene_idf_is_never_negative_and_rarer_terms_weigh_more():
    index = BM25(DOCS, variant="lucene")
    n = len(DOCS)
    assert index.idf("pledge") == pytest.approx(math.log(1 + (n - 3 + 0.5) / (3 + 0.5)))
    assert 0 < index.idf("pledge") < index.idf("bank")


def test_okapi_idf_floor_trap_is_what_lucene_avoids():
    """In rank-bm25's BM25Okapi a term in more than half the documents gets epsilon x mean IDF."""
    okapi = BM25(DOCS, variant="okapi")
    assert okapi.idf("pledge") == pytest.approx(0.25 * okapi._impl.average_idf)


def test_bm25l_is_scored_as_published():
    k1, b, delta = 1.2, 0.75, 0.5
    index = BM25(DOCS, variant="l", k1=k1, b=b, delta=delta)
    avgdl = sum(map(len, DOCS)) / len(DOCS)
    tf, dl = 2, len(DOCS[0])
    ctd = tf / (1 - b + b * dl / avgdl)
    expected = index.idf("patent") * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)
    assert index.scores(["patent"])[0] == pytest.approx(expected)
    assert index.scores(["patent"])[1] == 0.0  # no term, no score


def test_empty_documents_with_b_1_give_zero_not_nan():
    index = BM25([["a", "b"], [], ["b"]], variant="okapi", b=1.0)
    scores = index.scores(["a"])
    assert not np.isnan(scores).any() and scores[1] == 0.0


def test_ties_keep_document_order():
    assert list(rank(np.array([1.0, 2.0, 1.0, 2.0]))) == [1, 3, 0, 2]


def test_errors_name_the_problem():
    with pytest.raises(ValueError, match="at least one document"):
        BM25([])
    with pytest.raises(ValueError, match="unknown BM25 variant"):
        BM25(DOCS, variant="bm99")


def test_search_reports_matches_and_corrects_typos_but_not_names():
    texts = ["Pledge financing reached 309.8 billion yuan.", "Parks and universities.", "Brands."]
    index = SearchIndex(Analyzer(), {"body": texts})
    query = index.analyze("pledge finacing")
    assert ("finacing", "financing") in query.corrections
    best = index.search(query)[0]
    assert best.doc == 0 and best.matched == frozenset({"pledg", "financ"})
    assert index.analyze("weather in Paris").corrections == ()  # a name, not a typo of "parks"
    assert index.analyze("paris weather").corrections == (("paris", "parks"),)


def test_a_name_one_letter_off_a_name_of_the_text_is_corrected_to_it():
    texts = [
        "We have invited Lei Zhaozi and Li Hanyang.",
        "Parks and universities.",
        "They issued the Outline for Building a Strong Country, building on it.",
    ]
    index = SearchIndex(Analyzer(), {"body": texts})
    # a name the text writes, capitalised inside its sentences: shown as written
    assert index.analyze("What did Lei Zhaoze say").corrections == (("Zhaoze", "Zhaozi"),)
    # a word of a title too, though the text also writes it in lower case
    assert ("Bulding", "Building") in index.analyze("the Outline for Bulding").corrections
    # "Parks" opens a sentence: no name, and "Paris" is still one the user meant
    assert index.analyze("weather in Paris").corrections == ()


def test_phrase_field_prefers_the_words_side_by_side():
    # the same words, apart in one passage and side by side in the other: a tie without pairs
    texts = ["Pledge now, financing later.", "Pledge financing now and later."]
    plain = SearchIndex(Analyzer(), {"body": texts})
    phrased = SearchIndex(Analyzer(), {"body": texts}, phrase_weight=0.5)
    query = plain.analyze("pledge financing")
    assert plain.scores(query)[0] == plain.scores(query)[1]
    best = phrased.search(query)[0]
    assert best.doc == 1 and best.matched == frozenset({"pledg", "financ"})
    assert phrased.search(phrased.analyze("financing pledge"))[0].score == plain.scores(query)[0]
