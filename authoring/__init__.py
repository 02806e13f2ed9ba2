"""Authoring: the admin screens a trainer builds a course with (outline, dashboard panels, review workflow)."""
