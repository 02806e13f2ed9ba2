"""GIFT syntax shared by the file reader and the question types: escaping, as Moodle's qformat_gift does it.

Moodle swaps each escaped control character for a placeholder before it looks for braces, '=',
'~' and '#', and swaps them back in each piece of text it keeps; `hide_escapes`/`show_escapes` do
the same with private-use characters. Writing escapes what Moodle's `repchar` escapes.
"""

ESCAPABLE = ":#={}~"
_PLACEHOLDERS = {char: chr(0xE000 + index) for index, char in enumerate(ESCAPABLE)}
_NEWLINE = chr(0xE010)
_BACKSLASH = chr(0xE011)
_SHOWN = {**{value: key for key, value in _PLACEHOLDERS.items()}, _NEWLINE: "\n", _BACKSLASH: "\\"}


def hide_escapes(text):
    """`\\\\` -> a backslash, `\\=` and the others -> placeholders that no parsing step sees as syntax."""
    text = text.replace("\\\\", _BACKSLASH)
    for char, placeholder in _PLACEHOLDERS.items():
        text = text.replace("\\" + char, placeholder)
    return text.replace("\\n", _NEWLINE)


def show_escapes(text):
    return "".join(_SHOWN.get(char, char) for char in text)


def escape(text):
    """Text as GIFT writes it: backslash, control characters and newlines escaped (Moodle's repchar)."""
    text = str(text).replace("\\", "\\\\")
    for char in ESCAPABLE:
        text = text.replace(char, "\\" + char)
    return text.replace("\r", "").replace("\n", "\\n")


def gift_text(text, text_format="plain"):
    """A text GIFT writes, with its [format] when it is not the default."""
    return ("[html]" if text_format == "html" and text else "") + escape(text)
