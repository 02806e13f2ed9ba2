"""The percentage and completion rules learners see on every progress bar."""

import pytest

from courses.progress import is_course_complete, percent_complete


@pytest.mark.parametrize("done", [0, 1, 5])
def test_a_course_without_lessons_is_0_percent_and_never_complete(done):
    assert percent_complete(done, 0) == 0
    assert not is_course_complete(done, 0)


@pytest.mark.parametrize(
    ("done", "total", "percent"),
    [(0, 4, 0), (1, 4, 25), (1, 3, 33), (2, 3, 67), (1, 8, 13), (1, 6, 17), (4, 4, 100)],
)
def test_percent_is_the_nearest_whole_number_halves_rounded_up(done, total, percent):
    assert percent_complete(done, total) == percent


def test_100_percent_means_every_step_is_done_even_when_rounding_would_reach_it():
    assert percent_complete(199, 200) == 99
    assert not is_course_complete(199, 200)


def test_more_steps_done_than_exist_clamps_to_100_and_complete():
    # Completions of lessons that were later withdrawn can outnumber the live lessons.
    assert percent_complete(7, 4) == 100
    assert is_course_complete(7, 4)


@pytest.mark.parametrize(("done", "total", "complete"), [(0, 3, False), (2, 3, False), (3, 3, True)])
def test_course_is_complete_only_when_every_step_is_done(done, total, complete):
    assert is_course_complete(done, total) is complete
