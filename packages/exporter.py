"""Writes a course, as its latest revisions stand, to package files: {relative path: bytes}."""

from pathlib import PurePosixPath

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.models import LessonPage, ModulePage
from packages import quiz_adapter, toml_writer
from packages.lesson_format import body_html
from packages.metadata import front_matter_file
from packages.quiz_format import quiz_files


class MediaCollector:
    """The images and documents a course's blocks choose, each written once under media/."""

    MODELS = {"image": get_image_model, "document": get_document_model}

    def __init__(self):
        self.paths, self.entries, self.files = {}, {"images": [], "documents": []}, {}

    def path(self, kind, pk):
        if pk is None:
            return ""
        if (kind, pk) not in self.paths:
            item = self.MODELS[kind]().objects.filter(pk=pk).first()
            self.paths[(kind, pk)] = self.add(kind, item) if item else ""
        return self.paths[(kind, pk)]

    def add(self, kind, item):
        name = PurePosixPath(item.file.name).name
        if f"media/{name}" in self.files:
            name = f"{item.pk}-{name}"
        with item.file.open("rb") as handle:
            self.files[f"media/{name}"] = handle.read()
        entry = {"file": name, "title": item.title}
        if kind == "image":
            entry["description"] = item.description
        self.entries[f"{kind}s"].append(entry)
        return f"media/{name}"

    def package_files(self):
        if not self.files:
            return {}
        entries = {key: rows for key, rows in self.entries.items() if rows}
        return {**self.files, "media/media.toml": toml_writer.dumps(entries).encode()}


def numbered(pages):
    width = max(2, len(str(len(pages))))
    return [(f"{number:0{width}d}-{page.slug}", page) for number, page in enumerate(pages, start=1)]


def latest_children(page):
    return [child.specific.get_latest_revision_as_object() for child in page.get_children().specific()]


class CourseExporter:
    def __init__(self, course):
        self.course = course.specific.get_latest_revision_as_object()
        self.media = MediaCollector()
        self.stream_block = LessonPage._meta.get_field("body").stream_block
        self.lesson_slugs = {
            lesson.pk: lesson.get_latest_revision_as_object().slug
            for lesson in LessonPage.objects.descendant_of(course)
        }

    def files(self):
        files = {"course.toml": self.course_toml()}
        for folder, child in numbered(latest_children(self.course)):
            files.update(self.child_files(folder, child))
        files.update(self.media.package_files())
        return files

    def course_toml(self):
        course = self.course
        return toml_writer.dumps(
            {
                "title": course.title,
                "slug": course.slug,
                "summary": course.summary,
                "topic": course.topic,
                "level": course.level,
                "estimated_minutes": course.estimated_minutes,
                "overview": course.overview,
                "learning_outcomes": [item["value"] for item in course.learning_outcomes.raw_data],
                "trainers": sorted(row.user.email for row in course.course_trainers.all()),  # as drafted
            }
        ).encode()

    def child_files(self, name, page):
        if isinstance(page, ModulePage):
            files = {f"{name}/module.toml": self.module_toml(page)}
            for child_name, child in numbered(latest_children(page)):
                files.update(self.child_files(f"{name}/{child_name}", child))
            return files
        if isinstance(page, LessonPage):
            return {f"{name}.html": self.lesson_file(page)}
        if quiz_adapter.is_quiz(page):
            return quiz_files(page, name, self.lesson_slugs)
        raise ValueError(f"A package cannot hold a {type(page).__name__}")

    def module_toml(self, module):
        return toml_writer.dumps({"title": module.title, "slug": module.slug, "summary": module.summary}).encode()

    def lesson_file(self, lesson):
        front = {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": lesson.summary,
            "estimated_minutes": lesson.estimated_minutes,
        }
        body = body_html(list(lesson.body.raw_data), self.stream_block, self.media.path)
        return front_matter_file(front, body).encode()


def course_package_files(course):
    """Every file of the course's package, by path relative to the package folder."""
    return CourseExporter(course).files()
