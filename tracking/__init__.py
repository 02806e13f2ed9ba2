"""Tracking for academy admins: course assignments with due dates, reminders, reports and exports."""
