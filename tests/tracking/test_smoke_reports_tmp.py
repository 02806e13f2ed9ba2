import pytest

from courses.services import enrolment_create, lesson_complete
from tests.factories import lessons_of, staff_user


@pytest.mark.parametrize("slug", ["courses", "organisations", "departments", "learners", "overdue", "enrolments"])
def test_report_pages(client, course, learner, slug):
    enrolment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    admin = staff_user()
    client.force_login(admin)
    r = client.get(f"/admin/academy-reports/{slug}/")
    assert r.status_code == 200, r.content[:3000]
    r = client.get(f"/admin/academy-reports/{slug}/?export=csv")
    assert r.status_code == 200
    body = b"".join(r.streaming_content) if r.streaming else r.content
    print(body[:500])
    r = client.get(f"/admin/academy-reports/{slug}/?export=xlsx")
    assert r.status_code == 200
    r = client.get(f"/admin/academy-reports/learners/{learner.pk}/")
    assert r.status_code == 200
