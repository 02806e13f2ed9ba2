"""Content pages from files: TOML front matter between +++ lines, then the body as HTML.

The same import is used for the demo pages and for an operator's own: the body takes the editor's
own sanitising (courses.sanitise), so a file can hold nothing the rich text editor could not.
"""

import datetime
import tomllib
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from content.models import CONTENT_FEATURES, ContentPage
from courses.sanitise import RichTextError, clean_rich_text

FENCE = "+++"
REQUIRED = ("title", "slug", "last_reviewed")


def read_content_file(text, name="page"):
    """{title, slug, summary, last_reviewed, body} from a file's text; ValidationError naming what is wrong."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != FENCE or FENCE not in (line.strip() for line in lines[1:]):
        raise ValidationError(f"{name}: start with front matter between two lines of {FENCE}")
    end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == FENCE)
    try:
        front = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        raise ValidationError(f"{name}: the front matter is not valid TOML: {error}") from error
    missing = [key for key in REQUIRED if key not in front]
    if missing:
        raise ValidationError(f"{name}: the front matter needs {', '.join(missing)}")
    if not isinstance(front["last_reviewed"], datetime.date):
        raise ValidationError(f"{name}: last_reviewed must be a date such as 2026-11-27")
    try:
        body = clean_rich_text("\n".join(lines[end + 1 :]), features=CONTENT_FEATURES)
    except RichTextError as error:
        raise ValidationError(f"{name}: the body cannot be read as HTML: {error}") from error
    return {
        "title": str(front["title"]),
        "slug": str(front["slug"]),
        "summary": str(front.get("summary", "")),
        "last_reviewed": front["last_reviewed"],
        "body": body,
    }


@transaction.atomic
def content_page_import(*, text, parent, name="page", publish=True):
    """Create the page, or a new revision of the page with the same slug under `parent`."""
    fields = read_content_file(text, name)
    page = ContentPage.objects.child_of(parent).filter(slug=fields["slug"]).first()
    if page is None:
        page = ContentPage(**fields)
        parent.add_child(instance=page)
    else:
        for key, value in fields.items():
            setattr(page, key, value)
    page.full_clean()
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def content_pages_import_directory(*, directory, parent, publish=True):
    """Every .html file in `directory`, in name order."""
    return [
        content_page_import(text=path.read_text(encoding="utf-8"), parent=parent, name=path.name, publish=publish)
        for path in sorted(Path(directory).glob("*.html"))
    ]
