"""Demo progress, so 'My learning' has something to continue and something completed."""

from accounts.models import User
from courses.models import CoursePage
from courses.selectors import live_lessons_under
from courses.services import enrolment_create, lesson_complete

DEMO_PROGRESS = {
    # learner email: [(course slug, how many lessons done; None = all)]
    "learner@example.com": [("contract-negotiation", 3), ("contract-management-foundation", None)],
}


def ensure_demo_progress():
    for email, courses in DEMO_PROGRESS.items():
        user = User.objects.get(email=email)
        for slug, lessons_done in courses:
            course = CoursePage.objects.live().filter(slug=slug).first()
            if course is None or course.enrolments.filter(user=user).exists():
                continue
            enrolment_create(user=user, course=course)
            for lesson in list(live_lessons_under([course]))[:lessons_done]:
                lesson_complete(user=user, lesson=lesson)
