"""Pure progress rules: percentages and completion, no database."""


def percent_complete(done, total):
    """Whole-number percentage of `total` steps done; an empty course is 0%, never 100%."""
    if total <= 0:
        return 0
    return min(100, (100 * min(done, total)) // total)


def is_course_complete(done, total):
    return total > 0 and done >= total
