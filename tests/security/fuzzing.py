"""The fuzz pass's inputs and its sender: a seeded generator of hostile values, and a counter of 5xx."""

import random
import string
import traceback
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache

from tests.security.conftest import request_undone

SEED = 20260607
NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x00" * 64,
    "'",
    '"',
    '"unterminated',
    "word:",
    "title:contract",
    "summary:x OR y",
    "AND",
    "OR NOT",
    "(",
    ")",
    "*",
    "%",
    "_",
    "\\",
    "' OR 1=1 --",
    '"; DROP TABLE courses_enrolment; --',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    "{% debug %}",
    "${7*7}",
    "../../../../etc/passwd",
    "\r\nSet-Cookie: x=y",
    "\u202eevil",
    "\ufeff",
    "\u200b",
    "Ǆǅǆ",
    "İstanbul",
    "ß",
    "💥🔥👩‍👩‍👧",
    "𝕬𝖈𝖆𝖉𝖊𝖒𝖞",
    "日本語のテキスト",
    "مرحبا",
    "null",
    "None",
    "undefined",
    "true",
    "[]",
    "{}",
    '{"a": {"b": [1, 2]}}',
    "@example.gov.uk",
    "a@b",
    "ada@example.gov.uk\x00",
    '=HYPERLINK("http://evil")',
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "-0001-01-01",
    "2026-13-01",
    "31/12/2026",
]
NUMBERS = [
    "0",
    "1",
    "-1",
    "-9223372036854775808",
    "-9223372036854775809",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551616",
    "1" + "0" * 40,
    "1e9",
    "1.5",
    "0x10",
    "NaN",
    "inf",
    "-inf",
    "١٢",
    "+5",
    " 7 ",
    "07",
]
INVALID_UTF8 = ["%FF", "%FE%FF", "%C0%AF", "%ED%A0%80", "%00", "a%FFb", "%E2%82", "%F4%90%80%80"]
HUGE_LENGTHS = [1_000, 10_000, 100_000]
ALPHABET = string.printable + "\x00\x01\x1f\x7f" + "éßø€日本💥\u202e\u200b\ufeff"
TOPICS = ["negotiation", "supplier-management", "leadership"]
LEVELS = ["foundation", "practitioner", "expert"]


class Inputs:
    """Deterministic hostile values; one instance per area, seeded from the area's name."""

    def __init__(self, area):
        self.rng = random.Random(f"{SEED}:{area}")

    def text(self):
        roll = self.rng.random()
        if roll < 0.45:
            return self.rng.choice(NASTY)
        if roll < 0.65:
            return "".join(self.rng.choice(ALPHABET) for _ in range(self.rng.choice([1, 5, 40, 300])))
        if roll < 0.75:
            return self.rng.choice(["A", "€", "\x00", "<", "💥"]) * self.rng.choice(HUGE_LENGTHS)
        return self.number()

    def number(self):
        return self.rng.choice(NUMBERS)

    def id_or_text(self, real_ids):
        roll = self.rng.random()
        if roll < 0.25:
            return str(self.rng.choice(real_ids))
        if roll < 0.7:
            return self.number()
        return self.text()

    def value(self, real=None):
        """One form value: usually hostile, sometimes a real one, sometimes a list (a duplicated key)."""
        roll = self.rng.random()
        if real is not None and roll < 0.3:
            return self.rng.choice(real)
        if roll > 0.9:
            return [self.text() for _ in range(self.rng.randint(2, 4))]
        return self.text()

    def form(self, fields, extra_keys=()):
        """A POST body: some of `fields` ({name: real values or None}), plus odd keys now and then."""
        data = {name: self.value(real) for name, real in fields.items() if self.rng.random() < 0.85}
        if self.rng.random() < 0.3:
            for _ in range(self.rng.randint(1, 3)):
                key = self.rng.choice([*extra_keys, "x[y][z]", "a[]", "__proto__", "csrfmiddlewaretoken", "\x00"])
                data[key] = self.value()
        return data

    def raw_query(self, names):
        """A querystring written by hand: invalid UTF-8, empty keys, repeated keys, no '='."""
        parts = []
        for _ in range(self.rng.randint(1, 4)):
            name = self.rng.choice([*names, "", "%00", "x%FF"])
            roll = self.rng.random()
            if roll < 0.5:
                parts.append(f"{name}={self.rng.choice(INVALID_UTF8)}")
            elif roll < 0.7:
                parts.append(name)
            else:
                parts.append(f"{name}={quote(self.text()[:2000], safe='')}")
        return "&".join(parts)

    def query(self, fields):
        """Querystring data, or (one time in five) a hand-written querystring."""
        if self.rng.random() < 0.2:
            return "?" + self.raw_query(list(fields))
        return self.form(fields)


# Sending ----------------------------------------------------------------------------------------------------


def where_it_broke(response):
    """The innermost frame of the project (and of anything) in a 500's traceback."""
    exc_info = getattr(response, "exc_info", None)
    if not exc_info:
        return ""
    frames = traceback.extract_tb(exc_info[2])
    root = str(settings.BASE_DIR) + "/"
    ours = [f for f in frames if f.filename.startswith(root) and "/.venv/" not in f.filename]
    last = frames[-1]
    mine = f" via {ours[-1].filename.removeprefix(root)}:{ours[-1].lineno}" if ours else ""
    at = f"{last.filename.split('site-packages/')[-1]}:{last.lineno}"
    return f"{exc_info[0].__name__}: {str(exc_info[1])[:160]} at {at}{mine}"


def short(data):
    text = repr(data)
    return text if len(text) < 300 else text[:300] + f"... ({len(text)} chars)"


class Sender:
    """Sends inputs, counts them, and collects every 5xx with what caused it."""

    def __init__(self):
        self.sent = 0
        self.failures = []

    def send(self, client, method, url, data=None, **kwargs):
        cache.clear()  # rate limits would otherwise turn later inputs into 429s that test nothing
        if isinstance(data, str):  # a hand-written querystring
            url, data = url + data, None
        if data is not None:
            kwargs["data"] = data
        response, _ = request_undone(client, method, url, **kwargs)
        self.sent += 1
        if response.status_code >= 500:
            self.failures.append(
                f"#{self.sent} {method.upper()} {url} {short(data)}: {response.status_code} {where_it_broke(response)}"
            )
        return response
