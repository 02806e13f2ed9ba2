"""The question types by name: each type's module registers its class here, and every caller looks types up here."""

_types = {}


class UnknownQuestionType(LookupError):
    """A snapshot, file or block names a question type nobody registered."""


def register(cls):
    """Class decorator: register one instance of a QuestionType subclass under its `name`."""
    if not cls.name or cls.name in _types:
        raise ValueError(f"Question type {cls.__name__} needs a name of its own, not {cls.name!r}.")
    _types[cls.name] = cls()
    return cls


def get(name):
    try:
        return _types[name]
    except (KeyError, TypeError):
        raise UnknownQuestionType(
            f"Unknown question type {name!r}; the registered types are: {', '.join(sorted(_types))}."
        ) from None


def all_types():
    """Every registered type, in registration order."""
    return tuple(_types.values())


def names():
    return tuple(_types)
