"""The accessibility sweep's tools: axe-core (from npm, pinned in package.json) and the 320 px reflow check."""

from pathlib import Path

from django.conf import settings

AXE_JS = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
REFLOW_WIDTH = 320  # CSS px: WCAG 1.4.10 Reflow, 1280 px at 400% zoom


def axe_source():
    if not AXE_JS.exists():
        raise AssertionError(f"{AXE_JS} is missing: run `npm ci` (axe-core is a pinned devDependency)")
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page, source):
    """axe's WCAG 2.2 A/AA violations on the page as loaded, as 'rule: target' lines (empty when clean)."""
    # evaluate() runs through the DevTools protocol, so the page's Content-Security-Policy does not block it.
    page.evaluate(source)
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(r => r.violations.map("
        "v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))",
        WCAG_22_AA_TAGS,
    )
    return results


def horizontal_overflow(page):
    """How many CSS px the page scrolls sideways at the reflow width (0 when it fits)."""
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 800})
    page.wait_for_function(f"document.documentElement.clientWidth <= {REFLOW_WIDTH}")
    page.wait_for_timeout(200)  # media queries and layout settle
    return page.evaluate("document.documentElement.scrollWidth") - REFLOW_WIDTH


def widest_elements(page):
    """What sticks out past the reflow width, to say what to fix."""
    return page.evaluate(
        "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
        " || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth)"
        ".slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + e.className"
        " + ' ' + e.scrollWidth + '/' + e.clientWidth)",
        REFLOW_WIDTH,
    )


def check(page, label, source):
    """The page as it is now: axe at its current width, then reflow at 320 px."""
    problems = [f"{label}: {violation}" for violation in axe_violations(page, source)]
    overflow = horizontal_overflow(page)
    if overflow > 0:
        problems.append(f"{label}: scrolls sideways by {overflow}px at {REFLOW_WIDTH}px: {widest_elements(page)}")
    return problems


def sweep(page, base_url, paths, source, wide=1280):
    """Visit each path at desktop width and check it. Returns every problem found."""
    problems = []
    for path in paths:
        page.set_viewport_size({"width": wide, "height": 900})
        page.goto(base_url + path)
        problems += check(page, path, source)
    return problems
