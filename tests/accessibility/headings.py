"""Reading a page's title and heading outline from its HTML, as a screen reader's headings list would."""

import re
from html.parser import HTMLParser


class HeadingOutline(HTMLParser):
    """The level and text of every h1-h6 inside <main>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_main, self.current, self.headings = 0, None, []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main += 1
        elif self.in_main and re.fullmatch(r"h[1-6]", tag):
            self.current = [int(tag[1]), ""]

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main -= 1
        elif self.current and tag == f"h{self.current[0]}":
            self.headings.append((self.current[0], " ".join(self.current[1].split())))
            self.current = None

    def handle_data(self, data):
        if self.current:
            self.current[1] += data


def headings(html):
    parser = HeadingOutline()
    parser.feed(html)
    return parser.headings


def title(html):
    return " ".join(re.search(r"<title>(.*?)</title>", html, re.S).group(1).split())


def assert_outline(html):
    """One h1, first; no heading deeper than one level below the heading before it."""
    outline = headings(html)
    assert outline and outline[0][0] == 1, outline
    assert [level for level, _ in outline].count(1) == 1, outline
    for (before, _), (level, text) in zip(outline, outline[1:], strict=False):
        assert level <= before + 1, f"h{before} then h{level} ({text}): {outline}"
    return outline
