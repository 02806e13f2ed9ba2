"""Writes for course packages: import a package as pages (drafts unless published), all or nothing."""

import io
import json

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from authoring.media import course_collection_ensure
from courses.models import CoursePage, LessonPage, ModulePage
from packages import quiz_adapter
from packages.errors import PackageError, Problem
from packages.exporter import course_package_files
from packages.reader import read_course_package

PAGE_CLASSES = {"module": ModulePage, "lesson": LessonPage}


def course_package_export(*, course):
    """{relative path: bytes} for the course as its latest revisions stand."""
    return course_package_files(course)


def course_package_import(*, files, catalogue, user=None, update=False, publish=False):
    """Import a package under `catalogue`; every problem is listed and nothing is saved unless there are none.

    A new course's pages are drafts unless `publish`. With `update`, a course with the same slug gets a new
    revision of each page the package holds (pages it does not hold are left as they are).
    """
    plan = read_course_package(files)
    written = []  # media files stored so far, removed again if the import fails
    try:
        with transaction.atomic():
            return PackageImport(plan, catalogue, user=user, update=update, publish=publish, written=written).run()
    except BaseException:
        for stored in written:
            stored.storage.delete(stored.name)
        raise


class PackageImport:
    def __init__(self, plan, catalogue, *, user, update, publish, written):
        self.plan, self.catalogue, self.user = plan, catalogue, user
        self.update, self.publish, self.written = update, publish, written
        self.lesson_ids, self.quizzes = {}, []

    def run(self):
        existing = CoursePage.objects.child_of(self.catalogue).filter(slug=self.plan.slug).first()
        if existing and not self.update:
            message = f"a course with the slug '{self.plan.slug}' exists already; update it instead."
            raise PackageError([Problem("course.toml", self.plan.slug_line, message)])
        fields = dict(self.plan.fields, learning_outcomes=json.dumps(self.plan.fields["learning_outcomes"]))
        course = self.save_page(self.catalogue, CoursePage, self.plan.slug, fields, trainers=self.plan.trainers)
        # The course's media go into its collection, where its trainers can choose them again.
        media_ids = self.store_media(course_collection_ensure(course=course))
        for page in self.plan.pages():
            for value, field, _kind, path, _line in page.media_refs:
                value[field] = media_ids[path]
        for child in self.plan.children:
            self.save_tree(course, child)
        self.link_revise_lessons()
        return CoursePage.objects.get(pk=course.pk)

    def save_tree(self, parent, plan):
        page = self.save_plan(parent, plan)
        for child in plan.children:
            self.save_tree(page, child)

    def save_plan(self, parent, plan):
        if plan.kind == "quiz":
            questions = self.questions_json(plan)
            page = self.save_page(parent, quiz_adapter.QuizPage, plan.slug, dict(plan.fields, questions=questions))
            self.quizzes.append((page, plan))
            return page
        fields = dict(plan.fields)
        if plan.kind == "lesson":
            fields["body"] = json.dumps(fields["body"])
        page = self.save_page(parent, PAGE_CLASSES[plan.kind], plan.slug, fields)
        if plan.kind == "lesson":
            self.lesson_ids[plan.slug] = page.pk
        return page

    def questions_json(self, plan):
        """The bank with revise links to lessons saved so far; a quiz before its lessons is linked at the end."""
        for index, slug, _ in plan.quiz.revise:
            self.question_value(plan.quiz.raws, index)["revise_lesson"] = self.lesson_ids.get(slug)
        return json.dumps(plan.quiz.raws)

    def question_value(self, raws, index):
        return quiz_adapter.raw_question_values(raws)[index]

    def link_revise_lessons(self):
        for page, plan in self.quizzes:
            linked = [self.question_value(plan.quiz.raws, index)["revise_lesson"] for index, _, _ in plan.quiz.revise]
            if all(linked):
                continue
            page = page.get_latest_revision_as_object()
            page.questions = self.questions_json(plan)
            self.save_revision(page)

    def save_page(self, parent, page_class, slug, fields, trainers=None):
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            if not isinstance(existing, page_class):
                raise PackageError(
                    [Problem(slug, None, f"'{existing.title}' has this slug but is not a {page_class.__name__}.")]
                )
            page = existing.get_latest_revision_as_object()
        else:
            page = page_class(slug=slug, live=False, has_unpublished_changes=True)
        for name, value in fields.items():
            setattr(page, name, value)
        if trainers is not None:
            page.trainers.set(trainers)
        if existing is None:
            parent.add_child(instance=page)
        self.save_revision(page)
        return page

    def save_revision(self, page):
        revision = page.save_revision(user=self.user, log_action=True)
        if self.publish:
            revision.publish(user=self.user)

    def store_media(self, collection):
        """{package path: image or document id}: an identical file with the same title in the course's
        collection is used again."""
        ids = {}
        for path, media in self.plan.media.items():
            model = get_image_model() if media.kind == "image" else get_document_model()
            file_hash = hash_filelike(io.BytesIO(media.data))
            item = model.objects.filter(file_hash=file_hash, title=media.title, collection=collection).first()
            if item is None:
                item = self.new_media(model, media, file_hash, collection)
            ids[path] = item.pk
        return ids

    def new_media(self, model, media, file_hash, collection):
        name = path_name(media.path)
        item = model(title=media.title, file_hash=file_hash, uploaded_by_user=self.user, collection=collection)
        if media.kind == "image":
            item.description = media.description
            item.file = ImageFile(io.BytesIO(media.data), name=name)
            item.file_size = len(media.data)
        else:
            item.file = ContentFile(media.data, name=name)
        item.save()
        self.written.append(item.file)
        return item


def path_name(path):
    return path.rsplit("/", 1)[-1]
