"""The page types that are course steps, whichever app defines them: every page model with `is_course_step`."""

from functools import cache

from wagtail.models import get_page_models


@cache
def step_page_models():
    """LessonPage and the step types other apps add (QuizPage), in a fixed order; found once models are loaded."""
    models = [model for model in get_page_models() if getattr(model, "is_course_step", False)]
    return sorted(models, key=lambda model: model._meta.label)
