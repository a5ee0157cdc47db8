"""The upload storage on S3 (production with AWS_STORAGE_BUCKET_NAME): same names, same cleaning.

Kept apart from uploads.storage so that boto3 is imported only where S3 is used.
"""

from storages.backends.s3 import S3Storage

from .storage import UploadNamingMixin


class S3UploadStorage(UploadNamingMixin, S3Storage):
    """Private S3 objects named ``<uuid hex>.<ext>``; images re-encoded without metadata."""
