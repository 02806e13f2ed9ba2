"""Learner views: 'My learning', and the POSTs a course's pages route here (enrol, complete a lesson)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from courses.selectors import learner_dashboard, lesson_navigation
from courses.services import enrolment_create
from courses.services import lesson_complete as lesson_complete_service


@login_required
def my_learning(request):
    dashboard = learner_dashboard(user=request.user, request=request)
    return render(request, "courses/my_learning.html", {"dashboard": dashboard})


@require_POST
def course_enrol(request, course):
    """POST <course>/enrol/: enrol the signed-in learner, or send a visitor to sign in first."""
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request=request))
    enrolment_create(user=request.user, course=course)
    messages.success(request, f"You are enrolled on {course.title}.")
    return redirect(course.get_url(request=request))


@require_POST
def lesson_complete(request, lesson):
    """POST <lesson>/complete/: tick the lesson off and go on to the next step (the page checked enrolment)."""
    course = request.academy_course
    try:
        lesson_complete_service(user=request.user, lesson=lesson)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(lesson.get_url(request=request))
    navigation = lesson_navigation(lesson=lesson, course=course, user=request.user, request=request)
    if navigation.next_url:
        return redirect(navigation.next_url)
    messages.success(request, f"You have reached the end of {course.title}.")
    return redirect(course.get_url(request=request))
