"""Search of the rights library, in the reader's language, with the same results on SQLite and
PostgreSQL.

Text is normalised once when content is published (``text.words``): Khmer is split into words
by ICU because it is written without spaces, and accents are set aside so that Vietnamese typed
without diacritics still matches. Queries go through the same normalisation.
"""
