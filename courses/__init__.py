"""Courses: the catalogue, lessons, enrolment and progress."""
