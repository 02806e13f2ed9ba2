"""Importing and exporting question banks: GIFT and CSV round-trip, bad files import nothing."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from courses.models import ModulePage
from quizzes.models import QuizPage
from quizzes.question_bank.csv_format import parse_csv, to_csv
from quizzes.question_bank.gift import parse_gift, to_gift
from quizzes.question_bank.parsed import BankFileError
from quizzes.question_bank.services import question_bank_export, question_bank_import
from tests.quizzes.factories import build_quiz

GIFT_FILE = Path(__file__).parent / "fixtures" / "negotiation.gift"


def without_lines(items):
    """Items compared on content: line numbers differ between a file and its re-export."""

    def strip(item):
        data = dict(vars(item))
        data.pop("line")
        if "questions" in data:
            data["questions"] = [strip(q) for q in data["questions"]]
        for key in ("options", "accepted"):
            if key in data:
                data[key] = [vars(o) for o in data[key]]
        return data

    return [strip(item) for item in items]


def test_real_gift_file_parses_every_supported_type():
    items = parse_gift(GIFT_FILE.read_text())
    kinds = [getattr(item, "type", "scenario") for item in items]
    assert kinds == ["single_choice", "multiple_response", "true_false", "short_text", "scenario"]
    batna = items[0]
    assert batna.prompt_format == "html" and "What does BATNA stand for in a negotiation?" in batna.prompt
    assert [o.correct for o in batna.options] == [True, False, False]
    assert batna.options[0].feedback == "Right: it is what you do if the talks fail."
    assert batna.feedback == "Knowing your BATNA tells you when to walk away."
    assert [o.correct for o in items[1].options] == [True, True, False]
    assert items[2].answer is True
    assert [(a.text, a.fraction) for a in items[3].accepted] == [("ZOPA", "1"), ("zone of possible agreement", "1")]
    assert items[4].title == "Custody renewal" and len(items[4].questions) == 1


def test_gift_round_trips():
    items = parse_gift(GIFT_FILE.read_text())
    assert without_lines(parse_gift(to_gift(items))) == without_lines(items)


def test_csv_round_trips():
    items = parse_gift(GIFT_FILE.read_text())
    assert without_lines(parse_csv(to_csv(items))) == without_lines(items)


@pytest.mark.parametrize(
    "source, message",
    [
        ("::Q:: Unclosed {=yes ~no\n", "Line 1: the braces { } around the answers do not match"),
        ("::Q:: A {=yes ~no}\n\n::M:: Match {=a -> 1 =b}\n", "Line 3: every matching pair is written"),
        ("::N:: How many? {#five:1}\n", "Line 1: 'five' in a numerical answer is not a number"),
        ("::N:: How many? {#=%45%5}\n", "Line 1: 45% is not a grade Moodle allows"),
        ("// nothing here\n", "the file holds no questions"),
        ("::C:: Pick {~only}\n", "Line 1: a multiple choice question needs at least two answers"),
    ],
)
def test_malformed_gift_is_rejected_with_line_numbers(source, message):
    with pytest.raises(BankFileError) as error:
        parse_gift(source)
    assert any(message in line for line in error.value.errors), error.value.errors


@pytest.mark.parametrize(
    "rows, message",
    [
        ("type,prompt,options,correct\ncloze,Why?,,\n", "Line 2: type must be one of"),
        ("type,prompt,options,correct,fractions\nsingle_choice,Pick,A|B,,100|45\n", "Line 2: 45% is not a grade"),
        ("type,prompt,options,correct\nsingle_choice,Pick,A|B,3\n", "Line 2: correct must list option numbers"),
        ("type,prompt,options,correct\ntrue_false,Is it?,,maybe\n", "Line 2: a true/false answer must be"),
        ("prompt,correct\nx,y\n", "Line 1: missing column(s): type"),
    ],
)
def test_malformed_csv_is_rejected_with_line_numbers(rows, message):
    with pytest.raises(BankFileError) as error:
        parse_csv(rows)
    assert any(message in line for line in error.value.errors), error.value.errors


@pytest.fixture
def quiz(course):
    return build_quiz(ModulePage.objects.child_of(course).first())


def test_import_adds_a_draft_revision_the_trainer_publishes(quiz):
    count = question_bank_import(quiz=quiz, data=GIFT_FILE.read_bytes(), file_format="gift")
    assert count == 5
    live = QuizPage.objects.get(pk=quiz.pk)
    assert len(live.questions) == 4  # the live quiz is unchanged until publishing
    draft = live.get_latest_revision_as_object()
    assert len(draft.questions) == 9
    assert [b.block_type for b in draft.questions][-1] == "scenario"


def test_import_with_an_invalid_question_imports_nothing(quiz):
    bad_gift = GIFT_FILE.read_text() + "\n::No right:: Pick one {~A ~B}\n"
    bad_line = bad_gift.count("\n")
    bad_csv = "type,prompt,options,correct\nsingle_choice,Pick one,A|B|C,\n"
    revisions = quiz.revisions.count()
    with pytest.raises(BankFileError) as error:
        question_bank_import(quiz=quiz, data=bad_csv.encode(), file_format="csv")
    assert error.value.errors == ["Line 2: One of the options must be worth 100%, so full marks are possible."]
    with pytest.raises(BankFileError) as error:
        question_bank_import(quiz=quiz, data=bad_gift.encode(), file_format="gift")
    # Moodle reads braces without '=' as multiple answers; their positive grades must make 100%.
    assert error.value.errors == [f"Line {bad_line}: The positive grades of the options must add up to 100%."]
    with pytest.raises(BankFileError, match="not UTF-8"):
        question_bank_import(quiz=quiz, data=b"\xff\xfe not utf-8", file_format="gift")
    assert quiz.revisions.count() == revisions


def test_export_then_import_replace_keeps_the_bank(quiz):
    exported = question_bank_export(quiz=quiz, file_format="gift")
    question_bank_import(quiz=quiz, data=exported.encode(), file_format="gift", replace=True, publish=True)
    quiz.refresh_from_db()
    assert question_bank_export(quiz=quiz, file_format="gift") == exported


def test_management_commands(quiz, tmp_path, capsys):
    call_command("import_questions", quiz.pk, str(GIFT_FILE), "--publish")
    quiz.refresh_from_db()
    assert len(quiz.questions) == 9
    call_command("export_questions", quiz.pk, "--format", "csv")
    assert "Custody renewal" in capsys.readouterr().out
    broken = tmp_path / "broken.gift"
    broken.write_text("::Q:: Unclosed {=yes\n")
    with pytest.raises(CommandError, match="Line 1"):
        call_command("import_questions", quiz.pk, str(broken))


def test_the_command_line_skips_refused_questions_only_when_told(quiz, tmp_path, capsys):
    mixed = tmp_path / "mixed.gift"
    mixed.write_text("::Q:: TUPE applies? {T}\n\n::N:: How many? {#lots}\n")
    with pytest.raises(CommandError, match="Line 3: 'lots' in a numerical answer is not a number"):
        call_command("import_questions", quiz.pk, str(mixed))
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 4
    call_command("import_questions", quiz.pk, str(mixed), "--skip-invalid")
    assert "Skipped Line 3: 'lots' in a numerical answer is not a number." in capsys.readouterr().err
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 5


def test_moodle_xml_through_the_command_line(quiz, tmp_path, capsys):
    call_command("export_questions", quiz.pk, "--format", "xml")
    xml = tmp_path / "bank.xml"
    xml.write_text(capsys.readouterr().out)
    assert "<quiz>" in xml.read_text() and 'type="multichoice"' in xml.read_text()
    call_command("import_questions", quiz.pk, str(xml), "--replace")
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 4
