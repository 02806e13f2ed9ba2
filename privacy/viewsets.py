"""Read-only admin listings: the audit log (filterable by action, actor and date) and the retention runs."""

import django_filters
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from privacy.models import AuditEntry, RetentionRun


class ViewOnlyPolicy(ModelPermissionPolicy):
    """Records of what happened are never added, edited or deleted by hand, even by a superuser."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


class ViewOnlyViewSet(ModelViewSet):
    """Only the listing and inspect pages can be used: the policy refuses adding, editing and deleting to everyone."""

    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields = []  # no add or edit view is served; Wagtail still builds their form class
    # An entry names what it concerns as text; indexing its references would cost queries on every record.
    add_to_reference_index = False


class AuditEntryFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label="Date", widget=DateRangePickerWidget)
    action = django_filters.ChoiceFilter(choices=list(AuditEntry.ACTIONS.items()))
    actor_label = django_filters.CharFilter(label="By", lookup_expr="icontains")

    class Meta:
        model = AuditEntry
        fields = ["action", "actor_label", "created_at"]


class AuditEntryViewSet(ViewOnlyViewSet):
    model = AuditEntry
    icon = "list-ul"
    menu_label = "Audit log"
    menu_order = 920
    add_to_admin_menu = True
    url_prefix = "audit-log"
    list_display = [
        "created_at",
        Column("action", label="Action", accessor="get_action_display"),
        "actor_label",
        "target_label",
        "detail",
    ]
    filterset_class = AuditEntryFilterSet
    search_fields = ["target_label", "actor_label", "detail"]
    list_export = ["created_at", "action", "actor_label", "target_label", "detail"]


class RetentionRunViewSet(ViewOnlyViewSet):
    model = RetentionRun
    icon = "time"
    menu_label = "Retention runs"
    menu_order = 921
    add_to_admin_menu = True
    url_prefix = "retention-runs"
    list_display = ["ran_at", "inactive_account_days", "attempt_answer_days", "accounts_anonymised", "attempts_cleared"]


register_permission_policy(AuditEntry, ViewOnlyPolicy(AuditEntry))
register_permission_policy(RetentionRun, ViewOnlyPolicy(RetentionRun))
