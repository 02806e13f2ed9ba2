"""The certificate PDF: an HTML template rendered by WeasyPrint, with a QR code of the verification URL."""

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe


def qr_svg(data):
    """An inline SVG QR code: no image file to store, sharp at any print size."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    return mark_safe(image.to_string(encoding="unicode"))


def certificate_pdf_bytes(certificate, verify_url):
    # Imported here: WeasyPrint loads Pango when imported, which only the worker rendering a PDF needs.
    from weasyprint import HTML

    html = render_to_string(
        "certificates/certificate_pdf.html",
        {
            "certificate": certificate,
            "verify_url": verify_url,
            "qr_code": qr_svg(verify_url),
            "academy_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
