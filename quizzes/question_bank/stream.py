"""Between parsed questions and a QuizPage's question StreamField, validated like the editor does."""

import uuid

from django.core.exceptions import ValidationError

from courses.sanitise import RichTextError, clean_rich_text
from quizzes.question_bank.parsed import BankFileError, ParsedScenario
from quizzes.question_types import registry


def new_id():
    return str(uuid.uuid4())


def question_raw(question):
    return {"type": question.type, "id": new_id(), "value": registry.get(question.type).stream_value(question)}


def stem_html(scenario, features):
    """The stem as the rich-text editor would store it: imported HTML is never trusted as it stands."""
    try:
        return clean_rich_text(scenario.stem, features=features)
    except RichTextError as error:
        raise BankFileError([f"Line {scenario.line}: the scenario stem: {error}"]) from None


def item_raw(item, stream_block):
    if isinstance(item, ParsedScenario):
        features = stream_block.child_blocks["scenario"].child_blocks["stem"].features
        return {
            "type": "scenario",
            "id": new_id(),
            "value": {
                "title": item.title,
                "stem": stem_html(item, features),
                "questions": [question_raw(q) for q in item.questions],
            },
        }
    return question_raw(item)


def error_messages(error):
    """Flatten a block validation error into readable sentences."""
    if hasattr(error, "block_errors") and error.block_errors:
        errors = error.block_errors.values() if isinstance(error.block_errors, dict) else error.block_errors
        return [message for child in errors if child for message in error_messages(child)]
    if hasattr(error, "non_block_errors") and error.non_block_errors:
        return [message for child in error.non_block_errors for message in error_messages(child)]
    return list(getattr(error, "messages", [str(error)]))


def validated_stream_items(items, stream_block):
    """Raw stream items for `items`, each checked by the same block validation as the editor."""
    raws, errors = [], []
    for item in items:
        try:
            raw = item_raw(item, stream_block)
            block = stream_block.child_blocks[raw["type"]]
            block.clean(block.to_python(raw["value"]))
        except BankFileError as error:
            errors.extend(error.errors)
            continue
        except ValidationError as error:
            errors.extend(f"Line {item.line}: {message}" for message in error_messages(error))
        raws.append(raw)
    if errors:
        raise BankFileError(errors)
    return raws


def parsed_question(child):
    return registry.get(child.block_type).parsed(child.value)


def parsed_items(stream_value):
    """A quiz's question bank in the parsed form the exporters write."""
    items = []
    for child in stream_value:
        if child.block_type == "scenario":
            items.append(
                ParsedScenario(
                    child.value["title"],
                    child.value["stem"].source,
                    0,
                    [parsed_question(q) for q in child.value["questions"]],
                )
            )
        else:
            items.append(parsed_question(child))
    return items
