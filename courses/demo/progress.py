"""Demo progress, so 'My learning' has something to continue and something completed."""

from accounts.models import User
from courses.models import CoursePage, LessonPage
from courses.selectors import live_lessons_under, live_steps_under
from courses.services import enrolment_create, lesson_complete
from quizzes.question_types import registry
from quizzes.quiz_bank import flat_questions
from quizzes.services import quiz_attempt_start, quiz_attempt_submit

DEMO_PROGRESS = {
    # learner email: [(course slug, how many lessons done; None = every lesson read and quiz passed)]
    "learner@example.com": [("contract-negotiation", 3), ("contract-management-foundation", None)],
}


def ensure_demo_progress():
    for email, courses in DEMO_PROGRESS.items():
        user = User.objects.get(email=email)
        for slug, lessons_done in courses:
            course = CoursePage.objects.live().filter(slug=slug).first()
            if course is None or course.enrolments.filter(user=user).exists():
                continue
            if lessons_done is None:
                course_complete(user=user, course=course)
                continue
            enrolment_create(user=user, course=course)
            for lesson in list(live_lessons_under([course]))[:lessons_done]:
                lesson_complete(user=user, lesson=lesson)


def course_complete(*, user, course):
    """Enrol, read every lesson and pass every quiz with the right answers, in course order."""
    enrolment_create(user=user, course=course)
    for step in live_steps_under([course]):
        if isinstance(step, LessonPage):
            lesson_complete(user=user, lesson=step)
        else:
            attempt = quiz_attempt_start(user=user, quiz=step)
            answers = {q["id"]: registry.get(q["type"]).model_answer(q) for q in flat_questions(attempt.questions)}
            quiz_attempt_submit(attempt=attempt, answers=answers)
