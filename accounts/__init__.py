"""Learner accounts: the custom User, organisations and departments, allauth adapters."""
