"""The demo academy: realistic courses, organisations and accounts for trying the product."""
