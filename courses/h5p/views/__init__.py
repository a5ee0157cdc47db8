"""Wagtail admin screens for H5P: packages editors upload, libraries the steward approves."""
