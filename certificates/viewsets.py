"""The Wagtail admin for certificates: every certificate (filter, revoke, reissue, retry a PDF) and course settings."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import CreateView, DeleteView, EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from certificates import selectors, services
from certificates.filters import CertificateFilterSet
from certificates.models import Certificate, CourseCertification
from tracking.selectors import reportable_courses

REVOKE = "certificates.revoke_certificate"


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Certificates are issued by the academy, never typed in or edited: only seen (and revoked through a view)."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class CertificateIndexView(IndexView):
    def get_base_queryset(self):
        return selectors.visible_certificates(self.request.user)


class CertificateInspectView(InspectView):
    template_name = "certificates/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(selectors.visible_certificates(self.request.user), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.object
        context.update(
            certificate=certificate,
            state=certificate.state(),
            can_revoke=self.request.user.has_perm(REVOKE),
        )
        return context


def state_label(certificate):
    return selectors.STATES[certificate.state()]


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = "Certificates"
    menu_order = 320
    add_to_admin_menu = True
    url_prefix = "certificates"
    name = "certificates_admin"
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    filterset_class = CertificateFilterSet
    search_fields = None
    list_display = [
        "learner_name",
        "course_title",
        Column("organisation", label="Organisation", accessor="user.organisation"),
        "issued_at",
        "valid_until",
        Column("state", label="State", accessor=state_label),
        Column("pdf_status", label="PDF", accessor="pdf_status"),
    ]
    inspect_view_fields = [
        "learner_name",
        "course_title",
        "accreditation_line",
        "issued_at",
        "valid_until",
        "revoked_at",
        "revoked_reason",
        "signatory_name",
        "pdf_status",
        "pdf_error",
    ]
    form_fields = []

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("revoke/<int:pk>/", certificate_revoke_view, name="revoke"),
            path("reissue/<int:pk>/", certificate_reissue_view, name="reissue"),
            path("retry-pdf/<int:pk>/", certificate_retry_view, name="retry_pdf"),
        ]


def staff_certificate(request, pk, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied
    return get_object_or_404(selectors.visible_certificates(request.user), pk=pk)


def inspect_url(certificate):
    return reverse("certificates_admin:inspect", args=[certificate.pk])


@require_POST
def certificate_revoke_view(request, pk):
    certificate = staff_certificate(request, pk, REVOKE)
    try:
        services.certificate_revoke(certificate=certificate, reason=request.POST.get("reason", ""), by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Revoked {certificate}.")
    return redirect(inspect_url(certificate))


@require_POST
def certificate_reissue_view(request, pk):
    certificate = staff_certificate(request, pk, REVOKE)
    try:
        new = services.certificate_reissue(certificate=certificate)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(inspect_url(certificate))
    messages.success(request, f"Reissued as {new.readable_code}; the old certificate now shows as superseded.")
    return redirect(inspect_url(new))


@require_POST
def certificate_retry_view(request, pk):
    certificate = staff_certificate(request, pk, "certificates.view_certificate")
    if certificate.pdf_status == Certificate.PDF_READY:
        messages.info(request, "This certificate's PDF is already made.")
    else:
        services.certificate_pdf_retry(certificate=certificate)
        messages.success(request, "The PDF is being made again.")
    return redirect(inspect_url(certificate))


class CourseCertificationForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "course" in self.fields and for_user is not None:
            self.fields["course"].queryset = reportable_courses(for_user).order_by("title")


def certifications_for(user):
    """A trainer sees and edits the settings of the courses they own or train; academy admins every course's."""
    return CourseCertification.objects.filter(course__in=reportable_courses(user).values("pk")).select_related("course")


class CertificationIndexView(IndexView):
    def get_base_queryset(self):
        return certifications_for(self.request.user)


class CertificationCreateView(CreateView):
    def get_initial(self):
        # The course editor's "Certificate settings" button names the course.
        initial = super().get_initial()
        course_id = self.request.GET.get("course", "")
        if course_id.isdigit() and reportable_courses(self.request.user).filter(pk=int(course_id)).exists():
            initial["course"] = int(course_id)
        return initial


class CertificationEditView(EditView):
    def get_object(self, queryset=None):
        return get_object_or_404(certifications_for(self.request.user), pk=self.kwargs[self.pk_url_kwarg])


class CertificationDeleteView(DeleteView):
    def get_object(self, queryset=None):
        return get_object_or_404(certifications_for(self.request.user), pk=self.kwargs[self.pk_url_kwarg])


class CourseCertificationViewSet(ModelViewSet):
    """Per course: does it certify, the accreditation line, signatory, validity and renewal route."""

    model = CourseCertification
    icon = "tasks"
    menu_label = "Certification settings"
    menu_order = 330
    add_to_admin_menu = True
    name = "course_certifications"
    url_prefix = "certification-settings"
    copy_view_enabled = False
    index_view_class = CertificationIndexView
    add_view_class = CertificationCreateView
    edit_view_class = CertificationEditView
    delete_view_class = CertificationDeleteView
    list_display = ["course", "certifies", "accreditation_line", "validity_months", "renewal_route"]
    panels = [
        FieldPanel("course", widget=forms.Select),
        FieldPanel("certifies"),
        FieldPanel("accreditation_line"),
        FieldPanel("signatory_name"),
        FieldPanel("signatory_role"),
        FieldPanel("validity_months"),
        FieldPanel("renewal_route", widget=forms.RadioSelect),
    ]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        return type("CourseCertificationForm", (CourseCertificationForm, form_class), {})
