"""Reads a whole package into a plan of pages and media, checking everything and listing every problem.

Nothing here writes to the database or to storage: the importer acts only on a plan without problems.
"""

import io
import re
import uuid
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.contrib.auth import get_user_model
from PIL import Image as PillowImage

from courses.models import CoursePage, LessonPage, ModulePage
from courses.sanitise import RichTextError, clean_rich_text
from packages import quiz_adapter
from packages.errors import Problems
from packages.lesson_format import LessonBodyReader
from packages.metadata import TomlTable, decoded, parse_toml, split_front_matter
from packages.quiz_format import read_quiz

ORDERED_NAME = re.compile(r"^(\d+)-(.+)$")
LESSON_SUFFIX = ".html"
COURSE_KEYS = [
    "title",
    "slug",
    "summary",
    "topic",
    "level",
    "estimated_minutes",
    "overview",
    "learning_outcomes",
    "trainers",
]
MAX_IMAGE_PIXELS = 40_000_000


@dataclass
class PagePlan:
    kind: str  # module | lesson | quiz
    path: str
    slug: str
    fields: dict
    children: list = field(default_factory=list)
    media_refs: list = field(default_factory=list)
    quiz: object = None


@dataclass
class MediaPlan:
    kind: str  # image | document
    path: str
    title: str
    description: str
    data: bytes


@dataclass
class CoursePlan:
    slug: str
    fields: dict
    trainers: list
    children: list
    media: dict  # package path: MediaPlan
    slug_line: int | None = None

    def pages(self):
        for child in self.children:
            yield child
            yield from child.children


def new_id():
    return str(uuid.uuid4())


def ordered_entries(paths, prefix):
    """{(number, name): is a folder} for the numbered entries directly under `prefix`, in order."""
    entries, others = {}, set()
    for path in paths:
        relative = path[len(prefix) :] if prefix else path
        if prefix and not path.startswith(prefix):
            continue
        head, _, rest = relative.partition("/")
        match = ORDERED_NAME.match(head)
        if match:
            entries[(int(match.group(1)), head)] = entries.get((int(match.group(1)), head), False) or bool(rest)
        else:
            others.add(head)
    return dict(sorted(entries.items())), others


class PackageReader:
    def __init__(self, files):
        self.files, self.problems = files, Problems()
        self.media_refs = []

    def read(self):
        course = self.read_course()
        children = self.read_children("", top_level=True)
        media = self.read_media()
        self.check_lesson_links(children)
        self.problems.check()
        return CoursePlan(course["slug"], course["fields"], course["trainers"], children, media, course["slug_line"])

    # course.toml

    def read_course(self):
        path = "course.toml"
        text = decoded(self.files, path, self.problems)
        data = parse_toml(text, path, self.problems) if text is not None else None
        if data is None:
            return {"slug": "", "fields": {}, "trainers": [], "slug_line": None}
        table = TomlTable(data, path, text, self.problems)
        table.check_keys(COURSE_KEYS, ["title", "slug", "summary", "topic", "level", "estimated_minutes"])
        fields = {
            name: table.model_value(CoursePage, name)
            for name in ["title", "summary", "topic", "level", "estimated_minutes"]
        }
        fields["overview"] = self.rich_value(table, CoursePage, "overview")
        outcomes = table.string_list("learning_outcomes")
        outcome_block = CoursePage._meta.get_field("learning_outcomes").stream_block.child_blocks["outcome"]
        for outcome in outcomes:
            if len(outcome) > outcome_block.field.max_length:
                table.error("learning_outcomes", f"a learning outcome is longer than {outcome_block.field.max_length}.")
        fields["learning_outcomes"] = [{"type": "outcome", "value": text, "id": new_id()} for text in outcomes]
        return {
            "slug": table.model_value(CoursePage, "slug"),
            "fields": fields,
            "trainers": self.trainers(table),
            "slug_line": table.line("slug"),
        }

    def trainers(self, table):
        emails = table.string_list("trainers")
        users = list(get_user_model().objects.filter(email__in=emails))
        known = {user.email.lower() for user in users}
        for email in emails:
            if email.lower() not in known:
                table.error("trainers", f"no account has the email address {email}.")
        for user in users:
            if not user.is_staff:  # a course's trainers are staff, as the editor's chooser offers
                table.error("trainers", f"{user.email} is not a member of staff.")
        return users

    def rich_value(self, table, model, name):
        value = table.data.get(name, "")
        if not isinstance(value, str):
            table.error(name, f"'{name}' must be a string of HTML.")
            return ""
        try:
            return clean_rich_text(value, features=model._meta.get_field(name).features) if value else ""
        except RichTextError as error:
            table.error(name, f"'{name}': {error}")
            return ""

    # the tree

    def read_children(self, prefix, top_level):
        entries, others = ordered_entries(self.files, prefix)
        allowed_others = {"course.toml", "media"} if top_level else {"module.toml"}
        for name in sorted(others - allowed_others):
            self.problems.add(prefix + name, None, "not part of a package: name modules, lessons and quizzes NN-slug.")
        children, slugs = [], {}
        for (_, name), is_folder in entries.items():
            child = self.read_child(prefix + name, is_folder, top_level)
            if child is None:
                continue
            if child.slug in slugs:
                self.problems.add(child.path, None, f"the slug '{child.slug}' is also used by {slugs[child.slug]}.")
            slugs[child.slug] = child.path
            children.append(child)
        return children

    def read_child(self, path, is_folder, top_level):
        if is_folder and f"{path}/quiz.toml" in self.files:
            return self.read_quiz(path)
        if is_folder and top_level and f"{path}/module.toml" in self.files:
            return self.read_module(path)
        if not is_folder and not top_level and path.endswith(LESSON_SUFFIX):
            return self.read_lesson(path)
        expected = (
            "a module folder (module.toml) or a quiz folder (quiz.toml)"
            if top_level
            else ("a lesson (NN-slug.html) or a quiz folder (quiz.toml)")
        )
        self.problems.add(path, None, f"expected {expected} here.")
        return None

    def default_slug(self, path):
        return ORDERED_NAME.match(PurePosixPath(path).name.removesuffix(LESSON_SUFFIX)).group(2)

    def read_module(self, path):
        metadata_path = f"{path}/module.toml"
        text = decoded(self.files, metadata_path, self.problems)
        data = parse_toml(text, metadata_path, self.problems) if text is not None else None
        if data is None:
            return None
        table = TomlTable(data, metadata_path, text, self.problems)
        table.check_keys(["title", "slug", "summary"], ["title"])
        fields = {name: table.model_value(ModulePage, name) for name in ["title", "summary"]}
        slug = table.model_value(ModulePage, "slug", self.default_slug(path))
        return PagePlan("module", path, slug, fields, children=self.read_children(f"{path}/", top_level=False))

    def read_lesson(self, path):
        text = decoded(self.files, path, self.problems)
        parts = split_front_matter(text, path, self.problems) if text is not None else None
        if parts is None:
            return None
        front_text, body, body_offset = parts
        data = parse_toml(front_text, path, self.problems, offset=1)
        if data is None:
            return None
        table = TomlTable(data, path, front_text, self.problems, offset=1)
        table.check_keys(["title", "slug", "summary", "estimated_minutes"], ["title"])
        fields = {name: table.model_value(LessonPage, name) for name in ["title", "summary", "estimated_minutes"]}
        slug = table.model_value(LessonPage, "slug", self.default_slug(path))
        body_reader = LessonBodyReader(
            LessonPage._meta.get_field("body").stream_block, path, self.problems, line_offset=body_offset
        )
        raws = body_reader.read(body)
        fields["body"] = [{**raw, "id": new_id()} for raw in raws]
        self.media_refs.extend((path, *ref) for ref in body_reader.media_refs)
        return PagePlan("lesson", path, slug, fields, media_refs=body_reader.media_refs)

    def read_quiz(self, path):
        plan = read_quiz(self.files, path, self.problems)
        if plan is None:
            return None
        intro_table = TomlTable({"intro": plan.intro}, f"{path}/quiz.toml", plan.metadata_text, self.problems)
        fields = {"title": plan.title, "intro": self.rich_value(intro_table, quiz_adapter.QuizPage, "intro")}
        fields.update(plan.settings)
        return PagePlan("quiz", path, plan.slug, fields, quiz=plan)

    # links between files

    def check_lesson_links(self, children):
        lessons = {}
        for child in children:
            for page in [child, *child.children]:
                if page.kind == "lesson":
                    lessons.setdefault(page.slug, []).append(page.path)
        for child in children:
            for page in [child, *child.children]:
                if page.kind != "quiz":
                    continue
                for _, slug, line in page.quiz.revise:
                    if len(lessons.get(slug, [])) != 1:
                        reason = "no lesson has" if slug not in lessons else "more than one lesson has"
                        self.problems.add(f"{page.path}/questions.gift", line, f"{reason} the slug '{slug}'.")

    # media

    def read_media(self):
        listed = self.media_metadata()
        media = {}
        for lesson_path, _, _, kind, path, line in self.media_refs:
            if path in media:
                continue
            if path not in self.files:
                self.problems.add(lesson_path, line, f"the {kind} file '{path}' is not in the package.")
                continue
            title, description = listed.get(path, (PurePosixPath(path).stem, ""))
            if kind == "image" and not self.image_ok(path):
                continue
            media[path] = MediaPlan(kind, path, title, description, self.files[path])
        return media

    def media_metadata(self):
        """{path: (title, description)} from media/media.toml, whose [[images]] and [[documents]] name each file."""
        path = "media/media.toml"
        if path not in self.files:
            return {}
        text = decoded(self.files, path, self.problems)
        data = parse_toml(text, path, self.problems) if text is not None else None
        if data is None:
            return {}
        table = TomlTable(data, path, text, self.problems)
        table.check_keys(["images", "documents"], [])
        listed = {}
        for key in ("images", "documents"):
            for entry in data.get(key, []):
                if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                    table.error(key, f"each [[{key}]] needs a file name.")
                    continue
                file_path = f"media/{entry['file']}"
                if file_path not in self.files:
                    table.error(key, f"'{entry['file']}' is listed but not in the media folder.")
                listed[file_path] = (
                    str(entry.get("title") or PurePosixPath(file_path).stem),
                    str(entry.get("description", "")),
                )
        return listed

    def image_ok(self, path):
        try:
            with PillowImage.open(io.BytesIO(self.files[path])) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    self.problems.add(path, None, "the image has too many pixels.")
                    return False
                image.verify()
        except Exception:  # Pillow raises many kinds for a file that is not an image
            self.problems.add(path, None, "this file is not an image that can be read.")
            return False
        return True


def read_course_package(files):
    """The plan for a package's files (raises PackageError listing every problem)."""
    return PackageReader(files).read()
