"""A small TOML writer for package metadata: strings, numbers, booleans, lists of strings, arrays of tables."""

import json


def value_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        if "\n" in value and "'''" not in value and all(c >= " " or c in "\n\t" for c in value):
            return "'''\n" + value + "'''"  # multi-line literal: HTML stays readable and needs no escaping
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        if not value:
            return "[]"
        return "[\n" + "".join(f"    {value_text(item)},\n" for item in value) + "]"
    raise TypeError(f"Cannot write {type(value).__name__} as TOML here")


def dumps(data):
    """`data` as TOML: plain keys first (None values left out), then each list of tables as [[name]]."""
    lines, tables = [], []
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            tables.append((key, value))
        else:
            lines.append(f"{key} = {value_text(value)}")
    for key, rows in tables:
        for row in rows:
            lines.append(f"\n[[{key}]]")
            lines.extend(f"{name} = {value_text(value)}" for name, value in row.items() if value is not None)
    return "\n".join(lines) + "\n"
