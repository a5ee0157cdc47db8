"""A person's own data: export it (export.py), erase it (erase.py), keep it no longer than the
retention settings allow (retention.py)."""
