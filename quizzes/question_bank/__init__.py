"""Question bank import and export: Moodle GIFT and CSV, validated before anything is saved."""
