from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import demo_accounts_ensure
from accounts.services import roles_sync
from courses.demo import demo_courses_ensure
from courses.demo_h5p import demo_activities_ensure
from courses.models import CoursePage
from home.demo_content import demo_home_ensure
from paralegal.demo import session_plans_ensure
from paralegal.demo_cohort import demo_cohort_ensure
from resources.demo import demo_directory_ensure, demo_glossary_ensure, demo_guides_ensure
from resources.search import index as search_index
from safeguarding.demo import review_publisher
from translation_status.services import translation_status_rebuild


def _user(username: str):
    return get_user_model().objects.get(username=username)


class Command(BaseCommand):
    help = "Load demo content and one demo account per role. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--credentials-file",
            default=str(Path(settings.BASE_DIR) / "var" / "demo-credentials.json"),
        )

    def handle(self, *args, credentials_file, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG=True).")
        roles_sync()
        accounts = demo_accounts_ensure(credentials_file=Path(credentials_file))
        publish = review_publisher(editor=_user("demo_editor"), reviewer=_user("demo_reviewer"))
        home = demo_home_ensure(publish=publish)
        demo_directory_ensure(home=home, publish=publish)
        demo_glossary_ensure(home=home, publish=publish)
        demo_guides_ensure(home=home, publish=publish)
        activities = demo_activities_ensure(
            editor=_user("demo_editor"), steward=_user("demo_steward"), publish=publish
        )
        courses = demo_courses_ensure(
            home=home,
            publish=publish,
            activities={slug: activity.pk for slug, activity in activities.items()},
        )
        # Session plans link demo lessons: after the courses.
        session_plans_ensure(home=home, publish=publish)
        # The demo facilitator's cohort enrols the demo learner in the paralegal course.
        paralegal = CoursePage.objects.child_of(courses).get(slug="paralegal-training")
        demo_cohort_ensure(
            facilitator=_user("demo_facilitator"),
            learner=_user("demo_learner"),
            mentor=_user("demo_mentor"),
            lead=_user("demo_lead"),
            course=paralegal,
        )
        search_index.rebuild()
        # Content loaded before translation status existed gets its rows (safe to repeat).
        translation_status_rebuild()
        self.stdout.write(self.style.SUCCESS("Demo accounts (sign in at /en/accounts/login/):"))
        for item in accounts:
            role = item.account.role or "superuser"
            self.stdout.write(f"  {role:<22} {item.account.username:<18} password: {item.password}")
            if item.totp_secret:
                self.stdout.write(
                    f"  {'':<22} authenticator key: {item.totp_secret}"
                    f"  (current code: python manage.py totp_code {item.account.username})"
                )
                self.stdout.write(
                    f"  {'':<22} recovery codes: {' '.join(item.recovery_codes[:3])} …"
                )
