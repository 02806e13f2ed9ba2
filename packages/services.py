"""Writes for course packages: import a package as pages (drafts, published, or sent for review), all or nothing."""

import io
import json
from typing import NamedTuple

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from authoring.media import course_collection_ensure
from authoring.review import course_submit_for_review, review_required
from courses.models import CoursePage, LessonPage, ModulePage
from packages import quiz_adapter
from packages.errors import PackageError, Problem
from packages.exporter import course_package_files
from packages.reader import read_course_package

PAGE_CLASSES = {"module": ModulePage, "lesson": LessonPage}


def course_package_export(*, course):
    """{relative path: bytes} for the course as its latest revisions stand."""
    return course_package_files(course)


def course_package_import(*, files, catalogue, user=None, update=False, publish=False, submit_for_review=False):
    """Import a package under `catalogue`; every problem is listed and nothing is saved unless there are none.

    A new course's pages are drafts unless `publish`; with `submit_for_review` the drafts are sent to the review
    workflow as `user` (a page that cannot be sent, such as an incomplete one, fails the whole import). With
    `update`, a course with the same slug gets a new revision of each page the package holds (pages it does not
    hold are left as they are).
    """
    plan = read_course_package(files)
    written = []  # media files stored so far, removed again if the import fails
    options = {"update": update, "publish": publish, "submit_for_review": submit_for_review}
    try:
        with transaction.atomic():
            return PackageImport(plan, catalogue, user=user, written=written, **options).run()
    except BaseException:
        for stored in written:
            stored.storage.delete(stored.name)
        raise


class AdminImport(NamedTuple):
    course: CoursePage
    sent_for_review: bool


def import_may_publish(*, user, catalogue):
    """Whether `user` may publish a course package straight away: as in the page editor, only where
    nobody must review their pages (authoring.review) and they may publish in the catalogue."""
    return not review_required(catalogue, user) and catalogue.permissions_for_user(user).can_publish_subpage()


def course_package_import_by(*, user, files, catalogue, update=False, publish=False):
    """An import from the admin, under the page editor's rules: someone whose pages must be reviewed (a trainer
    while the review workflow is active) imports drafts that are sent for review; anyone else imports drafts,
    or publishes them when they ask and may. An import never skips the review that editing would need."""
    if publish and not import_may_publish(user=user, catalogue=catalogue):
        raise PermissionDenied("Your pages are published by a reviewer: import the course for review instead.")
    must_review = review_required(catalogue, user)
    course = course_package_import(
        files=files, catalogue=catalogue, user=user, update=update, publish=publish, submit_for_review=must_review
    )
    return AdminImport(course, sent_for_review=must_review)


class PackageImport:
    def __init__(self, plan, catalogue, *, user, update, publish, submit_for_review, written):
        self.plan, self.catalogue, self.user = plan, catalogue, user
        self.update, self.publish, self.written = update, publish, written
        self.submit_for_review = submit_for_review
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
        course = CoursePage.objects.get(pk=course.pk)
        if self.submit_for_review:
            self.send_for_review(course)
        return course

    def send_for_review(self, course):
        try:
            course_submit_for_review(course=course, user=self.user)
        except ValidationError as error:
            problems = [Problem("course.toml", None, f"cannot be sent for review: {text}") for text in error.messages]
            raise PackageError(problems) from None

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
            if existing.workflow_in_progress:
                # A new revision would change what the reviewer is looking at, behind their back.
                message = f"'{existing.title}' is waiting for review; update it once the review is finished."
                raise PackageError([Problem(slug, None, message)])
            page = existing.get_latest_revision_as_object()
        else:
            page = page_class(slug=slug, live=False, has_unpublished_changes=True)
        for name, value in fields.items():
            setattr(page, name, value)
        if trainers is not None:
            page.set_trainers(trainers)
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
