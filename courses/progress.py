"""Pure progress rules: percentages and completion, no database."""


def percent_complete(done, total):
    """Whole-number percentage of `total` steps done, rounded half up (2 of 3 is 67%).

    An empty course is 0%, never 100%, and only every step done is 100% (199 of 200 is 99%, not 100%).
    """
    if total <= 0:
        return 0
    done = min(done, total)
    percent = (200 * done + total) // (2 * total)  # round half up in integers: no float error
    return min(percent, 99) if done < total else 100


def is_course_complete(done, total):
    return total > 0 and done >= total
