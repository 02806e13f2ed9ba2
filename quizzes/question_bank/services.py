"""Import a question bank into a quiz (all or nothing) and export one, in GIFT or CSV."""

import json

from quizzes.question_bank.csv_format import parse_csv, to_csv
from quizzes.question_bank.gift import parse_gift, to_gift
from quizzes.question_bank.parsed import BankFileError
from quizzes.question_bank.stream import parsed_items, validated_stream_items

FORMATS = {"gift": (parse_gift, to_gift, "text/plain", "gift"), "csv": (parse_csv, to_csv, "text/csv", "csv")}
MAX_FILE_BYTES = 2 * 1024 * 1024


def decode_upload(data):
    if len(data) > MAX_FILE_BYTES:
        raise BankFileError(["Line 1: the file is larger than 2 MB."])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BankFileError(["Line 1: the file is not UTF-8 text. Save it as UTF-8 and try again."]) from None


def question_bank_import(*, quiz, data, file_format, replace=False, user=None, publish=False):
    """Parse and validate every question first; only a clean file changes the quiz (a new revision)."""
    parse = FORMATS[file_format][0]
    items = parse(decode_upload(data))
    raws = validated_stream_items(items, quiz.questions.stream_block)
    existing = [] if replace else list(quiz.questions.raw_data)
    quiz.questions = json.dumps([*existing, *raws])
    revision = quiz.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return len(raws)


def question_bank_export(*, quiz, file_format):
    return FORMATS[file_format][1](parsed_items(quiz.questions))
