"""A quiz in a package: quiz.toml (title, intro, settings) and questions.gift, with revise-lesson comments.

A question missed by a learner can send them back to a lesson. In the GIFT file that link is a comment
line just before the question, `// revise: <lesson slug>`, which Moodle ignores as any other comment.
"""

import re
from dataclasses import dataclass, field

from packages import quiz_adapter, toml_writer
from packages.metadata import TomlTable, decoded, parse_toml

REVISE_COMMENT = re.compile(r"//\s*revise:\s*(\S+)\s*$")


@dataclass
class QuizPlan:
    folder: str
    slug: str
    title: str
    intro: str
    settings: dict
    metadata_text: str
    raws: list
    revise: list = field(default_factory=list)  # (question index, lesson slug, line in questions.gift)


def quiz_files(quiz, folder, lesson_slugs):
    """{path: bytes} for one quiz; `lesson_slugs` maps lesson page ids to slugs within the course."""
    metadata = {"title": quiz.title, "slug": quiz.slug, "intro": quiz.intro}
    metadata.update({name: getattr(quiz, name) for name in quiz_adapter.QUIZ_SETTINGS})
    revise_ids = [value.get("revise_lesson") for value in quiz_adapter.raw_question_values(quiz.questions.raw_data)]
    chunks = []
    for text, index in quiz_adapter.bank_gift_chunks(quiz):
        slug = lesson_slugs.get(revise_ids[index]) if index is not None else None
        chunks.append(f"// revise: {slug}\n{text}" if slug else text)
    return {
        f"{folder}/quiz.toml": toml_writer.dumps(metadata).encode(),
        f"{folder}/questions.gift": ("\n\n".join(chunks) + "\n").encode(),
    }


def revise_comments(text):
    """{line of the question a comment precedes: (lesson slug, comment line)}, and comments that precede none."""
    found, pending = {}, None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        match = REVISE_COMMENT.match(stripped)
        if match:
            pending = (match.group(1), number)
        elif stripped and not stripped.startswith(("//", "$CATEGORY")) and pending:
            found[number], pending = pending, None
    return found, [pending] if pending else []


def read_quiz(files, folder, problems):
    """A QuizPlan from a quiz folder, or None with every problem recorded."""
    metadata_path, bank_path = f"{folder}/quiz.toml", f"{folder}/questions.gift"
    text = decoded(files, metadata_path, problems)
    data = parse_toml(text, metadata_path, problems) if text is not None else None
    settings = {}
    if data is not None:
        table = TomlTable(data, metadata_path, text, problems)
        table.check_keys(["title", "slug", "intro", *quiz_adapter.QUIZ_SETTINGS], ["title"])
        for name in ["title", "slug", *quiz_adapter.QUIZ_SETTINGS]:
            settings[name] = table.model_value(quiz_adapter.QuizPage, name)
    raws, revise = read_bank(files, bank_path, problems)
    if data is None or raws is None:
        return None
    draw = settings.get("questions_per_attempt")
    if draw and draw > len(raws):
        table.error("questions_per_attempt", f"the bank has only {len(raws)} question items; draw at most {len(raws)}.")
    return QuizPlan(
        folder=folder,
        slug=settings.pop("slug") or folder.rsplit("/", 1)[-1].split("-", 1)[-1],
        title=settings.pop("title"),
        intro=data.get("intro", ""),
        settings=settings,
        metadata_text=text,
        raws=raws,
        revise=revise,
    )


def read_bank(files, path, problems):
    if path not in files:
        problems.add(path, None, "a quiz folder needs its questions.gift.")
        return None, []
    text = decoded(files, path, problems)
    if text is None:
        return None, []
    try:
        items, lines = quiz_adapter.parse_bank(text)
        raws = quiz_adapter.bank_raws(items)
    except quiz_adapter.BankFileError as error:
        problems.add_line_messages(path, error.errors)
        return None, []
    comments, strays = revise_comments(text)
    revise = []
    for index, line in enumerate(lines):
        if line in comments:
            slug, comment_line = comments.pop(line)
            revise.append((index, slug, comment_line))
    for slug, comment_line in strays + list(comments.values()):
        problems.add(path, comment_line, f"'// revise: {slug}' is not just before a question.")
    return raws, revise
