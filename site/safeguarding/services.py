"""What the public and the reviewers do, apart from the workflow itself."""

from django.db import transaction

from .models import ProblemReport


def problem_report_create(*, page, reason: str, note: str, language: str) -> ProblemReport:
    from .tasks import notify_problem_reported

    report = ProblemReport.objects.create(
        page=page, reason=reason, note=note.strip(), language=language
    )
    transaction.on_commit(lambda: notify_problem_reported.delay(report.pk))
    return report
