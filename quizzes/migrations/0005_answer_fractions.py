"""Every option and accepted answer gets a Moodle grade fraction that scores exactly as before.

Mapping (quizzes.grades.legacy_fractions): single choice, the right option 100% and the others 0%;
multiple response with k right options, each right option +1/k and each wrong one -1/k (Moodle's
clamped sum then equals the old (right chosen - wrong chosen) / k floored at 0); short text, each
accepted answer a 100% answer without feedback, case ignored as before. Applied to live pages,
every revision (drafts included) and every attempt's snapshot, so old attempts review as they did.
"""

import json

import wagtail.fields
from django.db import migrations

from quizzes.grades import EXACT, legacy_fractions

CHOICE_TYPES = {"single_choice": False, "multiple_response": True}


def items(list_value):
    """(item dict to update, its value) for a ListBlock's raw data in either of Wagtail's shapes."""
    for index, item in enumerate(list_value):
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            yield item, item["value"]
        else:
            yield (list_value, index), item


def forward_block(block_type, value):
    if block_type == "scenario":
        for child in value.get("questions", []):
            forward_block(child["type"], child["value"])
    elif block_type in CHOICE_TYPES:
        options = [option for _, option in items(value.get("options", []))]
        flags = [bool(option.pop("is_correct", False)) for option in options]
        for option, fraction in zip(options, legacy_fractions(flags, multiple=CHOICE_TYPES[block_type])):
            option.setdefault("fraction", fraction)
    elif block_type == "short_text":
        for holder, answer in items(value.get("accepted_answers", [])):
            if isinstance(answer, str):
                new = {"text": answer, "fraction": "1", "feedback": ""}
                if isinstance(holder, tuple):
                    holder[0][holder[1]] = new
                else:
                    holder["value"] = new


def backward_block(block_type, value):
    if block_type == "scenario":
        for child in value.get("questions", []):
            backward_block(child["type"], child["value"])
    elif block_type in CHOICE_TYPES:
        for _, option in items(value.get("options", [])):
            option["is_correct"] = EXACT.get(option.pop("fraction", "0"), 0) > 0
    elif block_type == "short_text":
        for holder, answer in items(value.get("accepted_answers", [])):
            if isinstance(answer, dict):
                if isinstance(holder, tuple):
                    holder[0][holder[1]] = answer["text"]
                else:
                    holder["value"] = answer["text"]


def forward_snapshot(question):
    if question.get("type") in CHOICE_TYPES:
        flags = [bool(option.pop("correct", False)) for option in question["options"]]
        fractions = legacy_fractions(flags, multiple=CHOICE_TYPES[question["type"]])
        for option, fraction in zip(question["options"], fractions):
            option.setdefault("fraction", fraction)
    elif question.get("type") == "short_text":
        question["accepted"] = [
            {"text": text, "fraction": "1", "feedback": ""} if isinstance(text, str) else text
            for text in question.get("accepted", [])
        ]
        question.setdefault("case_sensitive", False)


def backward_snapshot(question):
    if question.get("type") in CHOICE_TYPES:
        for option in question["options"]:
            option["correct"] = EXACT.get(option.pop("fraction", "0"), 0) > 0
    elif question.get("type") == "short_text":
        question["accepted"] = [a["text"] if isinstance(a, dict) else a for a in question.get("accepted", [])]


def convert_stream(raw, convert):
    # A page's raw_data is a RawDataView; a revision holds a JSON string (or a list).
    stream = json.loads(raw) if isinstance(raw, str) else [dict(block) for block in raw or []]
    for block in stream:
        convert(block["type"], block["value"])
    return stream


def migrate(apps, convert_block, convert_snapshot):
    QuizPage = apps.get_model("quizzes", "QuizPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    for quiz in QuizPage.objects.all():
        quiz.questions = json.dumps(convert_stream(quiz.questions.raw_data, convert_block))
        quiz.save(update_fields=["questions"])
    revisions = Revision.objects.filter(content_type__app_label="quizzes", content_type__model="quizpage")
    for revision in revisions.iterator():
        if "questions" in revision.content:
            raw = revision.content["questions"]
            stream = convert_stream(raw, convert_block)
            revision.content["questions"] = json.dumps(stream) if isinstance(raw, str) else stream
            revision.save(update_fields=["content"])
    for attempt in QuizAttempt.objects.iterator():
        for item in attempt.questions:
            for question in item.get("questions", []):
                convert_snapshot(question)
        attempt.save(update_fields=["questions"])


def forward(apps, schema_editor):
    migrate(apps, forward_block, forward_snapshot)


def backward(apps, schema_editor):
    migrate(apps, backward_block, backward_snapshot)



class Migration(migrations.Migration):

    dependencies = [
        ('quizzes', '0004_accepted_answer_label'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='quizpage',
            name='questions',
            field=wagtail.fields.StreamField([('single_choice', 10), ('multiple_response', 10), ('true_false', 14), ('short_text', 21), ('numerical', 26), ('matching', 30), ('missing_word', 10), ('essay', 32), ('description', 33), ('scenario', 37)], block_lookup={0: ('wagtail.blocks.TextBlock', (), {}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('plain', 'Plain text'), ('html', 'HTML')], 'required': False}), 2: ('wagtail.blocks.TextBlock', (), {'help_text': 'Explains the right answer; shown after grading', 'required': False}), 3: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'The lesson to revise if this is missed', 'page_type': ['courses.LessonPage'], 'required': False}), 4: ('wagtail.blocks.CharBlock', (), {'help_text': "A tag (Moodle's question category)", 'max_length': 255, 'required': False}), 5: ('wagtail.blocks.CharBlock', (), {'max_length': 500}), 6: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('1', '100%'), ('0.9', '90%'), ('0.8333333', '83.33333%'), ('0.8', '80%'), ('0.75', '75%'), ('0.7', '70%'), ('0.6666667', '66.66667%'), ('0.6', '60%'), ('0.5', '50%'), ('0.4', '40%'), ('0.3333333', '33.33333%'), ('0.3', '30%'), ('0.25', '25%'), ('0.2', '20%'), ('0.1666667', '16.66667%'), ('0.1428571', '14.28571%'), ('0.125', '12.5%'), ('0.1111111', '11.11111%'), ('0.1', '10%'), ('0.05', '5%'), ('0', '0%'), ('-0.05', '-5%'), ('-0.1', '-10%'), ('-0.1111111', '-11.11111%'), ('-0.125', '-12.5%'), ('-0.1428571', '-14.28571%'), ('-0.1666667', '-16.66667%'), ('-0.2', '-20%'), ('-0.25', '-25%'), ('-0.3', '-30%'), ('-0.3333333', '-33.33333%'), ('-0.4', '-40%'), ('-0.5', '-50%'), ('-0.6', '-60%'), ('-0.6666667', '-66.66667%'), ('-0.7', '-70%'), ('-0.75', '-75%'), ('-0.8', '-80%'), ('-0.8333333', '-83.33333%'), ('-0.9', '-90%'), ('-1', '-100%')], 'help_text': 'The share of the marks for choosing this option (may be negative)', 'label': 'Grade'}), 7: ('wagtail.blocks.TextBlock', (), {'help_text': 'Shown after grading to a learner who chose this option', 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('text', 5), ('fraction', 6), ('feedback', 7)]], {}), 9: ('wagtail.blocks.ListBlock', (8,), {'min_num': 2}), 10: ('wagtail.blocks.StructBlock', [[('prompt', 0), ('prompt_format', 1), ('feedback', 2), ('revise_lesson', 3), ('category', 4), ('options', 9)]], {}), 11: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('true', 'True'), ('false', 'False')]}), 12: ('wagtail.blocks.TextBlock', (), {'help_text': 'Shown to a learner who answered True', 'required': False}), 13: ('wagtail.blocks.TextBlock', (), {'help_text': 'Shown to a learner who answered False', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('prompt', 0), ('prompt_format', 1), ('feedback', 2), ('revise_lesson', 3), ('category', 4), ('correct_answer', 11), ('feedback_true', 12), ('feedback_false', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'help_text': '* matches any run of characters', 'max_length': 200}), 16: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('1', '100%'), ('0.9', '90%'), ('0.8333333', '83.33333%'), ('0.8', '80%'), ('0.75', '75%'), ('0.7', '70%'), ('0.6666667', '66.66667%'), ('0.6', '60%'), ('0.5', '50%'), ('0.4', '40%'), ('0.3333333', '33.33333%'), ('0.3', '30%'), ('0.25', '25%'), ('0.2', '20%'), ('0.1666667', '16.66667%'), ('0.1428571', '14.28571%'), ('0.125', '12.5%'), ('0.1111111', '11.11111%'), ('0.1', '10%'), ('0.05', '5%'), ('0', '0%')], 'label': 'Grade'}), 17: ('wagtail.blocks.TextBlock', (), {'required': False}), 18: ('wagtail.blocks.StructBlock', [[('text', 15), ('fraction', 16), ('feedback', 17)]], {}), 19: ('wagtail.blocks.ListBlock', (18,), {'help_text': "The first answer that matches, in this order, gives its grade", 'min_num': 1}), 20: ('wagtail.blocks.BooleanBlock', (), {'help_text': "Otherwise 'ZOPA' and 'zopa' are the same", 'required': False}), 21: ('wagtail.blocks.StructBlock', [[('prompt', 0), ('prompt_format', 1), ('feedback', 2), ('revise_lesson', 3), ('category', 4), ('accepted_answers', 19), ('case_sensitive', 20)]], {}), 22: ('wagtail.blocks.CharBlock', (), {'help_text': 'A number, or * for any other answer', 'max_length': 40}), 23: ('wagtail.blocks.CharBlock', (), {'default': '0', 'help_text': 'Accepted error either side', 'max_length': 40, 'required': False}), 24: ('wagtail.blocks.StructBlock', [[('answer', 22), ('tolerance', 23), ('fraction', 16), ('feedback', 17)]], {}), 25: ('wagtail.blocks.ListBlock', (24,), {'help_text': 'The first answer in range is graded', 'min_num': 1}), 26: ('wagtail.blocks.StructBlock', [[('prompt', 0), ('prompt_format', 1), ('feedback', 2), ('revise_lesson', 3), ('category', 4), ('answers', 25)]], {}), 27: ('wagtail.blocks.CharBlock', (), {'help_text': 'Leave empty for an extra wrong answer', 'max_length': 500, 'required': False}), 28: ('wagtail.blocks.StructBlock', [[('question', 27), ('answer', 5)]], {}), 29: ('wagtail.blocks.ListBlock', (28,), {'min_num': 2}), 30: ('wagtail.blocks.StructBlock', [[('prompt', 0), ('prompt_format', 1), ('feedback', 2), ('revise_lesson', 3), ('category', 4), ('pairs', 29)]], {}), 31: ('wagtail.blocks.TextBlock', (), {'help_text': 'Marking guidance, shown to the trainer who marks it', 'required': False}), 32: ('wagtail.blocks.StructBlock', [[('prompt', 0), ('prompt_format', 1), ('feedback', 2), ('revise_lesson', 3), ('category', 4), ('rubric', 31)]], {}), 33: ('wagtail.blocks.StructBlock', [[('prompt', 0), ('prompt_format', 1), ('feedback', 2), ('revise_lesson', 3), ('category', 4)]], {}), 34: ('wagtail.blocks.CharBlock', (), {'max_length': 160}), 35: ('courses.blocks.CleanRichTextBlock', (), {'features': ['bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'help_text': 'The case the questions are about'}), 36: ('wagtail.blocks.StreamBlock', [[('single_choice', 10), ('multiple_response', 10), ('true_false', 14), ('short_text', 21), ('numerical', 26), ('matching', 30), ('missing_word', 10), ('essay', 32), ('description', 33)]], {}), 37: ('wagtail.blocks.StructBlock', [[('title', 34), ('stem', 35), ('questions', 36)]], {})}, help_text='The question bank'),
        ),
        migrations.RunPython(forward, backward),
    ]
