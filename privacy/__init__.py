"""Data rights and accountability: audit log, subject access exports, erasure and retention."""
