"""Learner views that are not pages in the tree: 'My learning'."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from courses.selectors import learner_dashboard


@login_required
def my_learning(request):
    dashboard = learner_dashboard(user=request.user, request=request)
    return render(request, "courses/my_learning.html", {"dashboard": dashboard})
