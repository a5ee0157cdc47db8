"""The background check of an uploaded H5P package (registered through courses/tasks.py).

A package is chosen by whoever uploads it, so its check is bounded:

- time: a soft limit (120 s) interrupts the check, which then leaves nothing in storage and
  refuses the package as "took too long"; the hard limit (150 s) kills the worker process if
  even that hangs;
- memory: ``CELERY_WORKER_MAX_MEMORY_PER_CHILD`` (400000 KiB) replaces a worker process that
  grew while checking a package once the check is done. Reading never holds a whole member in
  memory (archive.py streams with byte caps), so the growth is bounded by the JSON caps in
  limits.py;
- redelivery: ``acks_late`` keeps a check that a restarted worker never finished in the queue,
  but ``reject_on_worker_lost`` is off for this task: a package that kills its worker (the hard
  limit, the kernel's OOM killer) is not handed to the next worker again and again. It stays
  "being checked" until an editor or steward asks for a new check.

Unexpected errors (a database hiccup, a full disk) are retried twice; after that the package is
refused with a "could not be checked" problem, so nobody waits for it forever.
"""

from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded


class CheckPackageTask(Task):
    def on_failure(self, exc, task_id, args, kwargs, einfo):
        # Called once the retries are used up (or at once for a timeout), not on each retry.
        from .intake import mark_unchecked

        package_id = args[0] if args else kwargs.get("package_id")
        if package_id is not None:
            mark_unchecked(package_id, timed_out=isinstance(exc, SoftTimeLimitExceeded))
        super().on_failure(exc, task_id, args, kwargs, einfo)


@shared_task(
    base=CheckPackageTask,
    autoretry_for=(Exception,),
    dont_autoretry_for=(SoftTimeLimitExceeded,),
    retry_backoff=True,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=2,
    acks_late=True,
    reject_on_worker_lost=False,
    soft_time_limit=120,
    time_limit=150,
)
def check_h5p_package(package_id: str) -> str | None:
    """Check one uploaded package; returns its new status (None if it was deleted meanwhile)."""
    from courses.models import H5PPackage

    from .intake import check

    package = H5PPackage.objects.filter(pk=package_id).first()
    if package is None:
        return None
    return check(package).status
