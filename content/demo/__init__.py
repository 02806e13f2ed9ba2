"""The demo academy's information pages: accessibility statement, privacy notice and cookies, as data files."""

from pathlib import Path

from content.models import ContentPage
from content.services import content_pages_import_directory

PAGES = Path(__file__).resolve().parent / "pages"


def ensure_demo_content_pages(home):
    """Import the pages the first time; an editor's later changes are left alone."""
    if ContentPage.objects.child_of(home).exists():
        return []
    return content_pages_import_directory(directory=PAGES, parent=home)
