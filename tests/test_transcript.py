"""The parser on the shipped briefing and on a second, invented transcript in the same style."""

from __future__ import annotations

import json

import pytest

from index.transcript import TranscriptError, normalize_space, parse_transcript, speaker_key
from tests.conftest import DATA, SHARED_BRIEFING

SIPO = "spokesman and deputy director of the State Intellectual Property Office"


def test_shipped_briefing_is_byte_identical_to_the_shared_copy(briefing_text):
    if not SHARED_BRIEFING.exists():
        pytest.skip("no shared/ checkout beside the repository")
    assert SHARED_BRIEFING.read_bytes() == briefing_text.encode("utf-8")


def test_title_and_release_date(briefing):
    assert briefing.title.startswith("The State Knowledge Bureau held a special press conference")
    assert briefing.date == "2022-08-24"


def test_turns_in_order(briefing):
    kinds = [t.kind for t in briefing.turns]
    assert kinds == ["opening"] + ["question", "answer"] * 9 + ["closing"]
    answerers = [t.speaker for t in briefing.turns if t.kind == "answer"]
    assert answerers == [
        "Lei Xiaoyun",
        "Lei Zhaozi",
        "Ren Aiguang",
        "Li Hanyang",
        "Lei Xiaoyun",
        "Ren Aiguang",
        "Lei Zhaozi",
        "Li Hanyang",
        "Lei Xiaoyun",
    ]
    outlets = [t.outlet for t in briefing.turns if t.kind == "question"]
    assert outlets == [
        "Xinhua News Agency",
        "Zhejiang Daily",
        "Guangming Daily",
        "The Paper",
        "Hong Kong Economic Herald",
        "Hong Kong Bauhinia magazine",
        "China Daily",
        "Economic Information Daily",
        "China Intellectual Property News",
    ]


def test_each_answer_links_to_the_question_before_it(briefing):
    for turn in briefing.turns:
        if turn.kind == "answer":
            assert briefing.turns[turn.answers_to].kind == "question"
            assert turn.answers_to == turn.index - 1
        else:
            assert turn.answers_to is None


def test_name_spelled_two_ways_is_one_speaker_with_the_title_carried_over(briefing):
    opening, closing = briefing.turns[0], briefing.turns[-1]
    assert opening.speaker == closing.speaker == "Heng Fuguang"
    assert closing.header == "Heng Fu Guang"
    assert opening.title == closing.title == SIPO
    assert speaker_key("Heng Fu Guang") == speaker_key("Heng Fuguang")


def test_bare_name_turns_carry_the_title(briefing):
    lei = [t for t in briefing.turns if t.speaker == "Lei Xiaoyun"]
    assert len(lei) == 3 and lei[1].header == "Lei Xiaoyun"
    assert {t.title for t in lei} == {
        "Director of the Department of Intellectual Property Promotion, State Intellectual Property Office"
    }


def test_paragraph_counts_and_positions(briefing):
    assert [len(t.paragraphs) for t in briefing.turns if t.kind != "question"] == [
        9,
        5,
        5,
        6,
        5,
        4,
        2,
        5,
        5,
        5,
        1,
    ]
    first = briefing.turns[0].paragraphs[0]
    assert first.text.startswith("Friends from the media, good morning.")
    assert first.line == 18
    numbers = [p.number for t in briefing.turns for p in t.paragraphs]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def test_preamble_and_footer_belong_to_no_turn(briefing, briefing_text):
    text = "\n".join(p.text for t in briefing.turns for p in t.paragraphs)
    for junk in (
        "memoir.",
        "Release Time",
        "On August 24, the State Intellectual Property Office held",
        ".jpg",
        ".png",
        ".jpeg",
        "Copyright ©",
        "Copyright\u00a0",
        "Head Office",
        "Longhua",
        "ICP",
        "More intellectual property information",
        "Pay attention to",
        "Service Number",
    ):
        assert junk not in text, junk
    assert briefing.turns[-1].paragraphs[-1].text.endswith("This is the end of the conference.")


def test_every_paragraph_is_verbatim_from_the_source(briefing, briefing_text):
    source = normalize_space(briefing_text)
    for turn in briefing.turns:
        for p in turn.paragraphs:
            assert p.text in source


def test_second_transcript_parses_as_expected(second_path):
    t = parse_transcript(second_path.read_text("utf-8"))
    expected = json.loads((DATA / "nhc-2023-03-15.expected.json").read_text("utf-8"))
    assert t.title == expected["title"]
    assert t.date == expected["date"]
    got = [
        {
            "kind": x.kind,
            "speaker": x.speaker,
            "title": x.title,
            "answers_question": x.answers_to,
            "paragraphs": len(x.paragraphs),
            "first_words": " ".join(x.paragraphs[0].text.split()[:6]),
        }
        for x in t.turns
    ]
    assert got == expected["turns"]


def test_two_officials_answering_one_question_both_link_to_it(second_path):
    t = parse_transcript(second_path.read_text("utf-8"))
    answers = [x for x in t.turns if x.kind == "answer"]
    targets = [x.answers_to for x in answers]
    assert len(targets) > len(set(targets))  # one question has two answers


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n \u00a0\n",
        "just some prose without any speaker.\n\nAnother sentence.",
        "Shopping list\n\neggs\n\nmilk",
        "\x00\x01binary",
    ],
)
def test_not_a_transcript_raises(text):
    with pytest.raises(TranscriptError):
        parse_transcript(text)


def test_minimal_transcript_with_month_name_date():
    text = (
        "Weekly briefing\n\nMarch 3, 2021\n\nAnna Berg, spokesperson of the Agency\n\n"
        "Good morning. We built 12 bridges.\n\nDaily Planet reporter\n\nHow many bridges?\n\n"
        "Tom Hale, chief engineer\n\nTwelve bridges. thank you.\n\nAnna Berg\n\nThat is all.\n"
    )
    t = parse_transcript(text)
    assert t.date == "2021-03-03"
    assert [x.kind for x in t.turns] == ["opening", "question", "answer", "closing"]
    assert t.turns[1].outlet == "Daily Planet"
    assert t.turns[3].title == "spokesperson of the Agency"
