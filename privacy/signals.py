"""Signals other apps listen to: learner_erased(sender=User, user_id, actor, reason) after an erasure commits."""

from django.dispatch import Signal

# Sent inside the erasure's transaction, after the learner's own data is anonymised. A receiver removes or
# marks what its app holds about the learner (certificates: "revoked: erased on request"); if it raises,
# the whole erasure is rolled back, so nothing is left half-erased.
learner_erased = Signal()
