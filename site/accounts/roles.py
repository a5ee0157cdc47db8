"""The roles of the platform, each a group with exactly these permissions.

``setup_roles`` makes the database match this file (adding and removing permissions), so
this file is the one place to read or change who may do what. Nobody but a superuser may
manage users or groups: no role below holds an ``auth`` or ``wagtailusers`` permission.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Role:
    name: str
    label: str
    staff: bool  # staff roles must set up two-step sign-in before doing anything else
    permissions: tuple[str, ...] = ()  # "app_label.codename"
    page_permissions: tuple[str, ...] = ()  # codenames granted on the root page
    collection_permissions: tuple[str, ...] = ()  # "app_label.codename" on the root collection
    scoped_by: str = ""  # "languages" or "countries": see accounts.models.StaffScope
    description: str = field(default="", compare=False)


ADMIN_ACCESS = "wagtailadmin.access_admin"
CHOOSE_MEDIA = ("wagtailimages.choose_image", "wagtaildocs.choose_document")
MANAGE_MEDIA = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    *CHOOSE_MEDIA,
)

LEARNER = Role("learner", _("Learner"), staff=False)
PEER_MENTOR = Role("peer_mentor", _("Peer mentor"), staff=False)
FACILITATOR = Role(
    "facilitator", _("Facilitator"), staff=True, permissions=("accounts.issue_reset_code",)
)
DIRECTORY_EDIT = (
    "resources.add_referralservice",
    "resources.change_referralservice",
    "resources.add_glossaryterm",
    "resources.change_glossaryterm",
)

EDITOR = Role(
    "editor",
    _("Editor"),
    staff=True,
    permissions=(
        ADMIN_ACCESS,
        *DIRECTORY_EDIT,
        "courses.upload_h5ppackage",
        "courses.add_h5pactivity",
        "courses.change_h5pactivity",
    ),
    page_permissions=("add_page", "change_page", "lock_page", "unlock_page"),
    collection_permissions=MANAGE_MEDIA,
)
TRANSLATOR = Role(
    "translator",
    _("Translator"),
    staff=True,
    permissions=(
        ADMIN_ACCESS,
        "resources.change_referralservice",
        "resources.change_glossaryterm",
        "courses.change_h5pactivity",
    ),
    page_permissions=("change_page",),
    collection_permissions=CHOOSE_MEDIA,
    scoped_by="languages",
)
REVIEW_TOOLS = ("safeguarding.take_down_content", "safeguarding.view_review_audit")

SAFEGUARDING_REVIEWER = Role(
    "safeguarding_reviewer",
    _("Safeguarding reviewer"),
    staff=True,
    permissions=(ADMIN_ACCESS, *REVIEW_TOOLS),
    collection_permissions=CHOOSE_MEDIA,
)
SAFEGUARDING_LEAD = Role(
    "safeguarding_lead",
    _("Safeguarding lead"),
    staff=True,
    permissions=(ADMIN_ACCESS, *REVIEW_TOOLS),
    scoped_by="countries",
)
# H5P library code runs in children's browsers: only the steward lets a library version in.
LIBRARY_STEWARD = Role(
    "library_steward",
    _("Library steward"),
    staff=True,
    permissions=(ADMIN_ACCESS, "courses.approve_h5plibrary"),
)
SITE_ADMINISTRATOR = Role(
    "site_administrator",
    _("Site administrator"),
    staff=True,
    permissions=(
        ADMIN_ACCESS,
        "wagtailcore.add_site",
        "wagtailcore.change_site",
        "wagtailcore.delete_site",
        "wagtailcore.add_collection",
        "wagtailcore.change_collection",
        "wagtailcore.delete_collection",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "accounts.issue_reset_code",
        *DIRECTORY_EDIT,
        "resources.delete_referralservice",
        "resources.delete_glossaryterm",
        "safeguarding.view_review_audit",
        "safeguarding.export_review_audit",
        "safeguarding.add_checklistitem",
        "safeguarding.change_checklistitem",
        # Until cohorts exist, an administrator enrols learners in cohort-only courses.
        "courses.add_enrolment",
        "courses.change_enrolment",
        "courses.delete_enrolment",
        "courses.view_enrolment",
    ),
    page_permissions=("add_page", "change_page", "lock_page", "unlock_page"),
    collection_permissions=MANAGE_MEDIA,
)

ROLES: tuple[Role, ...] = (
    LEARNER,
    PEER_MENTOR,
    FACILITATOR,
    EDITOR,
    TRANSLATOR,
    SAFEGUARDING_REVIEWER,
    SAFEGUARDING_LEAD,
    LIBRARY_STEWARD,
    SITE_ADMINISTRATOR,
)
ROLES_BY_NAME = {role.name: role for role in ROLES}
STAFF_ROLE_NAMES = frozenset(role.name for role in ROLES if role.staff)
