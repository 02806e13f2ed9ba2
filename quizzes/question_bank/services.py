"""Import a question bank into a quiz (a preview first, then all the valid questions at once) and export one.

Formats: Moodle GIFT, Moodle XML and CSV. A file is read into questions and refused questions
(each with its line and reason); the trainer sees both, then imports the valid ones in one new
revision, or cancels. The command line imports only a clean file unless told `--skip-invalid`.
"""

import csv
import io
import json
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from courses.models import CoursePage, LessonPage
from quizzes.models import QuestionBankImport, QuizPage
from quizzes.question_bank.csv_format import parse_csv_report, to_csv
from quizzes.question_bank.gift import parse_gift_report, to_gift
from quizzes.question_bank.moodle_xml import parse_xml_report
from quizzes.question_bank.moodle_xml_writer import to_xml
from quizzes.question_bank.parsed import BankFileError, ParsedScenario, Refused
from quizzes.question_bank.stream import parsed_items, validated_stream_report

FORMATS = {
    "gift": (parse_gift_report, to_gift, "text/plain", "gift"),
    "xml": (parse_xml_report, to_xml, "application/xml", "xml"),
    "csv": (parse_csv_report, to_csv, "text/csv", "csv"),
}
FORMAT_CHOICES = [("gift", "Moodle GIFT"), ("xml", "Moodle XML"), ("csv", "CSV")]
MAX_FILE_BYTES = 2 * 1024 * 1024


def decode_upload(data):
    if len(data) > MAX_FILE_BYTES:
        raise BankFileError(["Line 1: the file is larger than 2 MB."])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BankFileError(["Line 1: the file is not UTF-8 text. Save it as UTF-8 and try again."]) from None


def course_lessons(quiz):
    """{lesson slug: id} and {id: slug} for the lessons of the quiz's course, for revise links in files."""
    course = CoursePage.objects.ancestor_of(quiz).last() if quiz.pk else None
    if course is None:
        return {}, {}
    slugs = dict(LessonPage.objects.descendant_of(course).values_list("slug", "pk"))
    return slugs, {pk: slug for slug, pk in slugs.items()}


@dataclass
class BankPreview:
    """What a file holds: the items that will import (raw stream data alongside), and what is refused."""

    items: list
    raws: list
    refused: list

    @property
    def question_count(self):
        return sum(len(i.questions) if isinstance(i, ParsedScenario) else 1 for i in self.items)


def question_bank_preview(*, quiz, source, file_format):
    parse = FORMATS[file_format][0]
    items, refused = parse(source)
    accepted, stream_refused = validated_stream_report(items, quiz.questions.stream_block, course_lessons(quiz)[0])
    refused = sorted([*refused, *stream_refused], key=lambda entry: entry.line)
    if not accepted and not refused:
        refused = [Refused(1, "the file holds no questions.")]
    return BankPreview(items=[item for item, _ in accepted], raws=[raw for _, raw in accepted], refused=refused)


def bank_import_create(*, quiz, user, file_name, data, file_format, replace):
    """Keep an uploaded file for its preview; a file that cannot be decoded raises ValidationError."""
    if file_format not in FORMATS:
        raise ValidationError("Choose GIFT, Moodle XML or CSV.")
    try:
        source = decode_upload(data)
    except BankFileError as error:
        raise ValidationError(error.errors) from None
    if "\x00" in source or "\x00" in file_name:  # a binary file; PostgreSQL cannot store the character either
        raise ValidationError(
            "The file holds a null character, so it is not a text file. Upload a GIFT, XML or CSV file."
        )
    refused = question_bank_preview(quiz=quiz, source=source, file_format=file_format).refused
    return QuestionBankImport.objects.create(
        quiz=quiz,
        user=user,
        file_name=file_name[:255],
        file_format=file_format,
        source=source,
        replace=replace,
        refused=[{"line": entry.line, "reason": entry.reason} for entry in refused],
    )


def save_questions(*, quiz, raws, replace, user, publish):
    existing = [] if replace else list(quiz.questions.raw_data)
    quiz.questions = json.dumps([*existing, *raws])
    revision = quiz.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)


def bank_import_confirm(*, bank_import, user):
    """Import every valid question of a previewed file in one revision; the refused ones stay as its report."""
    with transaction.atomic():
        locked = QuestionBankImport.objects.select_for_update().get(pk=bank_import.pk)
        if locked.status != QuestionBankImport.Status.PREVIEWED:
            raise ValidationError("This file has already been imported or cancelled.")
        quiz = QuizPage.objects.get(pk=locked.quiz_id).get_latest_revision_as_object()
        preview = question_bank_preview(quiz=quiz, source=locked.source, file_format=locked.file_format)
        if not preview.raws:
            raise ValidationError("The file holds no question that can be imported.")
        save_questions(quiz=quiz, raws=preview.raws, replace=locked.replace, user=user, publish=False)
        locked.status, locked.imported_count = QuestionBankImport.Status.IMPORTED, len(preview.raws)
        locked.refused = [{"line": entry.line, "reason": entry.reason} for entry in preview.refused]
        locked.save(update_fields=["status", "imported_count", "refused"])
    return locked


def bank_import_cancel(*, bank_import):
    QuestionBankImport.objects.filter(pk=bank_import.pk, status=QuestionBankImport.Status.PREVIEWED).update(
        status=QuestionBankImport.Status.CANCELLED
    )


def question_bank_import(**kwargs):
    """Import a file at once; returns how many items were imported (see question_bank_import_report)."""
    return question_bank_import_report(**kwargs)[0]


def question_bank_import_report(
    *, quiz, data, file_format, replace=False, user=None, publish=False, skip_invalid=False
):
    """Import a file at once (the command line): a refused question stops it unless `skip_invalid`.

    Returns (imported count, refused entries); nothing is written when it raises.
    """
    preview = question_bank_preview(quiz=quiz, source=decode_upload(data), file_format=file_format)
    if preview.refused and (not skip_invalid or not preview.raws):
        raise BankFileError([str(entry) for entry in preview.refused])
    with transaction.atomic():
        save_questions(quiz=quiz, raws=preview.raws, replace=replace, user=user, publish=publish)
    return len(preview.raws), preview.refused


def question_bank_export(*, quiz, file_format):
    return FORMATS[file_format][1](parsed_items(quiz.questions, course_lessons(quiz)[1]))


def refused_report(bank_import):
    """The refused questions of an import as CSV: line, reason."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(["line", "reason"])
    writer.writerows([entry["line"], entry["reason"]] for entry in bank_import.refused)
    return output.getvalue()
