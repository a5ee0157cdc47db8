"""Uploads: the written policy per upload type, safe storage and serving (UP-1 to UP-6)."""
