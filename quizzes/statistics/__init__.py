"""Question statistics for trainers, by Moodle's definitions: the calculation, its storage and its task."""
