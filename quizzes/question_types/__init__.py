"""Question types: one class per kind of question, looked up by name in `registry`.

A type's class (a `base.QuestionType`) is the one place its rules live: the snapshot an attempt
stores, how the form's values become an answer, how that answer is graded and read back in the
review, the model answer, and how the question is written to and read from the StreamField, GIFT
and CSV (course packages carry quizzes as GIFT, so they follow). Scoring, attempts, review, the
question bank import/export and the demo all ask `registry.get(question_type_name)`; none of them
names a type. Scenarios are not a type: they are a container of questions, handled by each format
(the stream, GIFT, CSV, the attempt form and review) in the one place that format reads items.

What a new question type touches:
1. `quizzes/question_types/<name>.py`: a `QuestionType` subclass decorated with `@register`, with
   `name`, `label`, `block` and the hooks base.py lists (`choice.ChoiceQuestionType` gives option lists);
   and its module imported below, so it registers.
2. Its block in `quizzes/blocks.py` (`<Thing>QuestionBlock`), added under the same name to
   `QuizQuestionStreamBlock` and `ScenarioQuestionsStreamBlock`, with the migration that follows.
3. Its input template, `templates/quizzes/includes/question_types/<name>.html`.
Reading GIFT and Moodle XML maps Moodle's qtypes to ours (question_bank/gift_answers.py, moodle_xml.py).
tests/quizzes/test_question_types.py then checks it round-trips through GIFT, Moodle XML and CSV and that the
stream blocks and the registry agree. A type whose answer key fits none of ParsedQuestion's
`options`, `answer` or `accepted` adds a field there too.
"""

from quizzes.question_types import (  # noqa: F401 - importing a type's module registers it
    description,
    essay,
    matching,
    missing_word,
    multiple_response,
    numerical,
    registry,
    short_text,
    single_choice,
    true_false,
)
