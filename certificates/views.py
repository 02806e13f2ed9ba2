"""Learner views (my certificates, downloads) and public ones (verification, issuer profile, keys, status list)."""

from allauth.account.adapter import get_adapter as get_account_adapter
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from certificates import credentials, selectors
from certificates.keys import multikey, public_jwk, published_keys
from certificates.models import Certificate, readable_code

VERIFY_LIMIT = 30  # lookups a minute from one address: plenty for an employer, too few to enumerate codes
VERIFY_WINDOW = 60


@login_required
def my_certificates(request):
    return render(
        request, "certificates/my_certificates.html", {"certificates": selectors.learner_certificates(request.user)}
    )


def downloadable(request, code):
    """The certificate behind a download URL, for its owner or staff who may see it; anyone else gets a 404."""
    certificate = selectors.certificate_by_code(code)
    if certificate is None or not selectors.can_download(request.user, certificate):
        raise Http404("No such certificate")
    return certificate


@login_required
def certificate_pdf(request, code):
    certificate = downloadable(request, code)
    if certificate.pdf_status != Certificate.PDF_READY or not certificate.pdf:
        return render(request, "certificates/pdf_pending.html", {"certificate": certificate}, status=404)
    response = FileResponse(
        certificate.pdf.open("rb"), as_attachment=True, filename=f"certificate-{certificate.readable_code}.pdf"
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def certificate_credential(request, code):
    """The Open Badges 3.0 credential as a VC-JWT file a wallet imports."""
    certificate = downloadable(request, code)
    response = HttpResponse(credentials.credential_jwt(certificate), content_type="application/vc+jwt")
    response["Content-Disposition"] = f'attachment; filename="open-badge-{certificate.readable_code}.jwt"'
    response["Cache-Control"] = "private, no-store"
    return response


def client_address(request):
    # allauth's reading of the address, so behind a proxy (ALLAUTH_TRUSTED_PROXY_COUNT) each visitor is
    # counted, not the proxy, the same way the sign-in rate limits count them.
    return get_account_adapter(request).get_client_ip(request)


def rate_limited(request):
    """A fixed one-minute window per address, counted in the cache (shared by every process on Redis)."""
    key = f"certificates:verify:{client_address(request)}"
    cache.add(key, 0, VERIFY_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, VERIFY_WINDOW)
        count = 1
    return count > VERIFY_LIMIT


@require_GET
@never_cache
def verify_form(request):
    """The page a code is typed into; submitting it opens that code's verification page."""
    code = request.GET.get("code", "").strip()
    if code:
        normalised = selectors.normalise_code(code)
        return redirect("certificates:verify", code=readable_code(normalised) if normalised else "invalid")
    return render(request, "certificates/verify_form.html")


@require_GET
@never_cache
def verify(request, code):
    """Public: valid, expired, revoked or superseded; unknown and malformed codes get the same not-found page."""
    if rate_limited(request):
        response = render(request, "certificates/verify_limited.html", status=429)
        response["Retry-After"] = str(VERIFY_WINDOW)
        return response
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        return render(request, "certificates/verify_not_found.html", status=404)
    context = {"verification": selectors.verification(certificate), "code": certificate.readable_code}
    return render(request, "certificates/verify.html", context)


@require_GET
def issuer(request):
    """The issuer profile: who signs the academy's credentials, with every key that has signed one."""
    keys = published_keys()
    issuer_id = credentials.issuer_id()
    profile = {
        **credentials.issuer_profile(),
        "verificationMethod": [
            {
                "id": f"{issuer_id}#{key.kid}",
                "type": "Multikey",
                "controller": issuer_id,
                "publicKeyMultibase": multikey(key),
                "publicKeyJwk": public_jwk(key),
            }
            for key in keys
        ],
    }
    return JsonResponse(profile, content_type="application/ld+json")


@require_GET
def issuer_keys(request):
    """The JWKS: current and retired keys, so credentials signed before a rotation still verify."""
    return JsonResponse({"keys": [public_jwk(key) for key in published_keys()]})


@require_GET
@never_cache
def status_list(request, list_id):
    if list_id != credentials.STATUS_LIST_ID:
        raise Http404("No such status list")
    return HttpResponse(credentials.status_list_jwt(), content_type="application/vc+jwt")
