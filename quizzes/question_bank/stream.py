"""Between parsed questions and a QuizPage's question StreamField, validated like the editor does."""

import uuid

from django.core.exceptions import ValidationError

from courses.sanitise import RichTextError, clean_rich_text
from quizzes.question_bank.parsed import BankFileError, ParsedScenario, refused_from
from quizzes.question_types import registry


def new_id():
    return str(uuid.uuid4())


def question_raw(question, lesson_ids=None):
    """Raw stream data for a question; its revise-lesson slug is resolved when `lesson_ids` ({slug: id}) is given."""
    value = registry.get(question.type).stream_value(question)
    if question.revise_lesson and lesson_ids is not None:
        if question.revise_lesson not in lesson_ids:
            raise BankFileError(
                [f"Line {question.line}: there is no lesson '{question.revise_lesson}' in this course to revise."]
            )
        value["revise_lesson"] = lesson_ids[question.revise_lesson]
    return {"type": question.type, "id": new_id(), "value": value}


def stem_html(scenario, features):
    """The stem as the rich-text editor would store it: imported HTML is never trusted as it stands."""
    try:
        return clean_rich_text(scenario.stem, features=features)
    except RichTextError as error:
        raise BankFileError([f"Line {scenario.line}: the scenario stem: {error}"]) from None


def item_raw(item, stream_block, lesson_ids=None):
    if isinstance(item, ParsedScenario):
        features = stream_block.child_blocks["scenario"].child_blocks["stem"].features
        return {
            "type": "scenario",
            "id": new_id(),
            "value": {
                "title": item.title,
                "stem": stem_html(item, features),
                "questions": [question_raw(q, lesson_ids) for q in item.questions],
            },
        }
    return question_raw(item, lesson_ids)


def error_messages(error):
    """Flatten a block validation error into readable sentences."""
    if hasattr(error, "block_errors") and error.block_errors:
        errors = error.block_errors.values() if isinstance(error.block_errors, dict) else error.block_errors
        return [message for child in errors if child for message in error_messages(child)]
    if hasattr(error, "non_block_errors") and error.non_block_errors:
        return [message for child in error.non_block_errors for message in error_messages(child)]
    return list(getattr(error, "messages", [str(error)]))


def validated_stream_report(items, stream_block, lesson_ids=None):
    """(accepted, refused): (item, raw stream data) for each item the editor's validation accepts; each it refuses."""
    accepted, refused = [], []
    for item in items:
        try:
            raw = item_raw(item, stream_block, lesson_ids)
            block = stream_block.child_blocks[raw["type"]]
            block.clean(block.to_python(raw["value"]))
        except BankFileError as error:
            refused.extend(refused_from(error, item.line))
            continue
        except ValidationError as error:
            refused.extend(refused_from(BankFileError(error_messages(error)), item.line))
            continue
        accepted.append((item, raw))
    return accepted, refused


def validated_stream_items(items, stream_block, lesson_ids=None):
    """Raw stream items for `items`, each checked by the same block validation as the editor; any refusal raises."""
    accepted, refused = validated_stream_report(items, stream_block, lesson_ids)
    if refused:
        raise BankFileError([str(entry) for entry in refused])
    return [raw for _, raw in accepted]


def parsed_question(child, lesson_slugs=None):
    question = registry.get(child.block_type).parsed(child.value)
    lesson = child.value.get("revise_lesson")
    if lesson_slugs is not None and lesson is not None:
        question.revise_lesson = lesson_slugs.get(lesson.pk, "")
    return question


def parsed_items(stream_value, lesson_slugs=None):
    """A quiz's bank in the parsed form the exporters write; revise links as slugs when `lesson_slugs` is given."""
    items = []
    for child in stream_value:
        if child.block_type == "scenario":
            items.append(
                ParsedScenario(
                    child.value["title"],
                    child.value["stem"].source,
                    0,
                    [parsed_question(q, lesson_slugs) for q in child.value["questions"]],
                )
            )
        else:
            items.append(parsed_question(child, lesson_slugs))
    return items
