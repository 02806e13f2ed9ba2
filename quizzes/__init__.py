"""Quizzes: QuizPage, attempts and their grading, question banks and their import and export."""
