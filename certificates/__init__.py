"""Certificates: issue, verify, expire and renew the academy's accreditations."""
