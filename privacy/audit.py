"""audit_record(): the one way any app writes to the audit log, and who is acting in this request."""

from contextvars import ContextVar

from privacy.models import AuditEntry

# Set by AuditActorMiddleware for the length of a request, so signal handlers (role changes made through
# Wagtail's user editor) know which member of staff acted.
current_actor = ContextVar("current_actor", default=None)

SYSTEM = "The academy (automatic)"


def actor_label(actor):
    if actor is None:
        return SYSTEM
    return f"{actor.get_full_name() or 'Staff member'} <{actor.email}>" if actor.email else str(actor)


def target_parts(target):
    """(type, id, label) for a model instance, or a plain label for anything else."""
    if hasattr(target, "_meta") and target.pk is not None:
        label = f"{target._meta.verbose_name.capitalize()} #{target.pk}: {target}"
        if getattr(target, "email", "") and target.email not in label:
            label += f" <{target.email}>"
        return target._meta.label_lower, str(target.pk), label[:300]
    return "", "", str(target)[:300]


def audit_record(actor, action, target, detail=""):
    """Record a staff action. `action` is one of AuditEntry.ACTIONS; `target` a model instance or a label.

    For example, the certificates app records a revocation with
    `audit_record(request.user, AuditEntry.REVOCATION, certificate, "Issued in error")`.
    """
    if action not in AuditEntry.ACTIONS:
        raise ValueError(f"Unknown audit action {action!r}; expected one of {', '.join(AuditEntry.ACTIONS)}")
    target_type, target_id, target_label = target_parts(target)
    # What a request carried (report filters) may hold NUL characters, which PostgreSQL cannot store.
    target_label, detail = target_label.replace("\x00", ""), str(detail).replace("\x00", "")
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=actor_label(actor if getattr(actor, "pk", None) else None),
        action=action,
        target_type=target_type,
        target_id=target_id,
        target_label=target_label,
        detail=detail,
    )


class AuditActorMiddleware:
    """Remembers the signed-in user for the request, for audit entries written by signal handlers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        token = current_actor.set(user if user is not None and user.is_authenticated else None)
        try:
            return self.get_response(request)
        finally:
            current_actor.reset(token)
