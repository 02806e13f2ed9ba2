"""Demo media made on the spot: a Kraljic matrix image and a negotiation planning worksheet."""

import io
import json

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents.models import Document
from wagtail.images.models import Image

from courses.models import LessonPage

KRALJIC_TITLE = "Kraljic matrix"
WORKSHEET_TITLE = "Negotiation planning worksheet"
WORKSHEET_TEXT = """NEGOTIATION PLANNING WORKSHEET

Contract / service:
Supplier:
Date of negotiation:

1. Our interests (why we want what we want):
2. Their likely interests:
3. Issues to agree (price, term, KPIs, service credits, exit, TUPE, change control):
4. Most desired outcome for each issue:
5. Least desired outcome (our reservation point) for each issue:
6. Our BATNA (what we will do if we cannot agree):
7. Their likely BATNA:
8. Zone of possible agreement (ZOPA), if any:
9. Concessions we can give (cheap to us, valuable to them):
10. Concessions we want in return:
11. Opening position and why it is credible:
12. Who records the agreement, and how it is confirmed in writing:
"""


def kraljic_png():
    """Draw the four quadrants of supply risk against profit impact."""
    image = PillowImage.new("RGB", (900, 640), "white")
    draw = ImageDraw.Draw(image)
    quadrants = [
        ((100, 40, 480, 300), "#d2e2f1", "BOTTLENECK", "secure supply"),
        ((480, 40, 860, 300), "#cce2d8", "STRATEGIC", "partnership"),
        ((100, 300, 480, 560), "#f3f2f1", "ROUTINE", "simplify, automate"),
        ((480, 300, 860, 560), "#fff7bf", "LEVERAGE", "use buying power"),
    ]
    for box, colour, name, approach in quadrants:
        draw.rectangle(box, fill=colour, outline="black", width=3)
        draw.text((box[0] + 30, box[1] + 110), name, fill="black", font_size=34)
        draw.text((box[0] + 30, box[1] + 160), approach, fill="black", font_size=24)
    draw.text((380, 580), "Profit impact (low to high)", fill="black", font_size=24)
    draw.text((10, 20), "Supply risk (high)", fill="black", font_size=20)
    draw.text((10, 570), "(low)", fill="black", font_size=20)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def attach_demo_media():
    """Create the image and document once, and add them to the lessons they illustrate."""
    image = Image.objects.filter(title=KRALJIC_TITLE).first()
    if image is None:
        image = Image(title=KRALJIC_TITLE)
        image.file = ImageFile(io.BytesIO(kraljic_png()), name="kraljic-matrix.png")
        image.save()
    document = Document.objects.filter(title=WORKSHEET_TITLE).first()
    if document is None:
        document = Document(title=WORKSHEET_TITLE)
        document.file.save("negotiation-planning-worksheet.txt", ContentFile(WORKSHEET_TEXT.encode()), save=False)
        document.save()
    append_block_once(
        LessonPage.objects.live().filter(title__icontains="Kraljic").first(),
        "image",
        {
            "image": image.pk,
            "alt_text": "The Kraljic matrix: four quadrants of supply risk against profit impact. "
            "Bottleneck items (high risk, low impact) need secure supply; strategic items (high risk, high impact) "
            "need partnership; routine items (low, low) should be simplified; leverage items (low risk, high impact) "
            "use buying power.",
            "caption": "Kraljic matrix: where each supplier sits sets how you manage it.",
        },
    )
    append_block_once(
        LessonPage.objects.live().filter(url_path__contains="/contract-negotiation/").order_by("path").first(),
        "document",
        {
            "document": document.pk,
            "title": WORKSHEET_TITLE,
            "description": "A one-page plan to fill in before any negotiation: interests, BATNA, reservation point, "
            "concessions.",
        },
    )


def append_block_once(lesson, block_type, value):
    if lesson is None or any(block.block_type == block_type for block in lesson.body):
        return
    blocks = json.loads(json.dumps(list(lesson.body.get_prep_value())))
    blocks.append({"type": block_type, "value": value})
    lesson.body = json.dumps(blocks)
    lesson.save_revision().publish()
