"""Settings: base.py is production-safe; dev, test and production adjust a few keys."""
