"""A course's trainers become CourseTrainer rows, chosen in a modal and kept in revisions.

The existing links are copied into rows, and every saved revision of a course has its list of trainer ids
rewritten as rows (an old revision would otherwise fail to open). Reversible: the rows are copied back.
"""

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


def course_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    course_type = ContentType.objects.filter(app_label="courses", model="coursepage").first()
    if course_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=course_type)


def links_to_rows(apps, schema_editor):
    CoursePage = apps.get_model("courses", "CoursePage")
    CourseTrainer = apps.get_model("courses", "CourseTrainer")
    links = CoursePage.trainers.through.objects.order_by("coursepage_id", "pk")
    rows = [CourseTrainer(course_id=link.coursepage_id, user_id=link.user_id) for link in links]
    for order, row in enumerate(rows):
        row.sort_order = order
    CourseTrainer.objects.bulk_create(rows)
    for revision in course_revisions(apps).iterator():
        if "trainers" not in revision.content:
            continue
        ids = revision.content.pop("trainers") or []
        revision.content["course_trainers"] = [
            {"pk": None, "course": int(revision.object_id), "user": user_id, "sort_order": order}
            for order, user_id in enumerate(ids)
        ]
        revision.save(update_fields=["content"])


def rows_to_links(apps, schema_editor):
    CoursePage = apps.get_model("courses", "CoursePage")
    CourseTrainer = apps.get_model("courses", "CourseTrainer")
    Link = CoursePage.trainers.through
    Link.objects.bulk_create(
        [Link(coursepage_id=row.course_id, user_id=row.user_id) for row in CourseTrainer.objects.order_by("pk")],
        ignore_conflicts=True,
    )
    for revision in course_revisions(apps).iterator():
        if "course_trainers" not in revision.content:
            continue
        rows = revision.content.pop("course_trainers") or []
        revision.content["trainers"] = [row["user"] for row in rows]
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_plain_labels"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="CourseTrainer",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "course",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="course_trainers",
                        to="courses.coursepage",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        limit_choices_to={"is_staff": True},
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="trainer",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.AddConstraint(
            model_name="coursetrainer",
            constraint=models.UniqueConstraint(fields=("course", "user"), name="course_trainer_once_per_course"),
        ),
        migrations.RunPython(links_to_rows, rows_to_links),
        # Django cannot add a through model to an existing many-to-many field: the old one goes (its
        # links now copied) and the same name returns, read through the rows.
        migrations.RemoveField(model_name="coursepage", name="trainers"),
        migrations.AddField(
            model_name="coursepage",
            name="trainers",
            field=models.ManyToManyField(
                blank=True,
                related_name="courses_trained",
                through="courses.CourseTrainer",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
    ]
