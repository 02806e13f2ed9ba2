"""TOML metadata in a package: read with every error's line, checked field by field against the page models."""

import re
import tomllib

from django.core.exceptions import ValidationError

from packages import toml_writer

FRONT_MATTER_FENCE = "+++"


def decoded(files, path, problems):
    try:
        return files[path].decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.add(path, None, "the file is not UTF-8 text.")
        return None


def parse_toml(text, path, problems, offset=0):
    """The table in `text`, or None with the syntax error (and its line) recorded."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column \d+\)", str(error))
        line = int(match.group(1)) + offset if match else None
        reason = re.sub(r" \(at line.*", "", str(error))
        problems.add(path, line, f"TOML: {reason}")
        return None


def key_line(text, key, offset=0):
    """The line a key is set on, so an error about its value can point there."""
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number + offset
    return None


def split_front_matter(text, path, problems):
    """(front matter text, body text, line the body starts after) for a lesson file fenced by +++ lines."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        problems.add(path, 1, f"a lesson starts with front matter between two '{FRONT_MATTER_FENCE}' lines.")
        return None
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == FRONT_MATTER_FENCE:
            return "\n".join(lines[1:number]), "\n".join(lines[number + 1 :]), number + 1
    problems.add(path, 1, f"the front matter is never closed with a '{FRONT_MATTER_FENCE}' line.")
    return None


def front_matter_file(front, body):
    return f"{FRONT_MATTER_FENCE}\n{toml_writer.dumps(front)}{FRONT_MATTER_FENCE}\n\n{body}"


class TomlTable:
    """A parsed table with its file and text, so each value check can name the line it came from."""

    def __init__(self, data, path, text, problems, offset=0):
        self.data, self.path, self.text, self.problems, self.offset = data, path, text, problems, offset

    def line(self, key):
        return key_line(self.text, key, self.offset)

    def error(self, key, message):
        self.problems.add(self.path, self.line(key), message)

    def check_keys(self, allowed, required):
        for key in self.data:
            if key not in allowed:
                self.error(key, f"unknown key '{key}' (known keys: {', '.join(allowed)}).")
        for key in required:
            if key not in self.data:
                self.problems.add(self.path, self.offset + 1 if self.offset else None, f"'{key}' is missing.")

    def model_value(self, model, key, default=None):
        """The value for a model field, cleaned by the field itself (type, length, choices, range)."""
        field = model._meta.get_field(key)
        value = self.data.get(key, default)
        if value is None and not field.null:
            value = field.get_default()
        if isinstance(value, (dict, list)) or (isinstance(value, bool) and field.get_internal_type() != "BooleanField"):
            self.error(key, f"'{key}' has the wrong kind of value.")
            return None
        try:
            return field.clean(value, None)
        except ValidationError as error:
            self.error(key, f"'{key}': {' '.join(error.messages)}")
            return None

    def string_list(self, key):
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.error(key, f"'{key}' must be a list of strings.")
            return []
        return value
