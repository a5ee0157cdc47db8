"""Every address of the project, classified into the areas of the README's access table.

A new URL fails tests/security/test_access_table.py until it is added here, so nobody adds
an address without deciding who may reach it. Keep this file reviewed like code.
"""

# Areas: the rows of the table under "## Who may see and do what" in README.md.
LIBRARY = "Rights library"
ACCOUNT = "Signing in"
OWN = "Your own page and data"
COURSES = "Courses, lessons and quizzes"
CERTIFICATE_CHECK = "Certificate check"
COHORTS = "Cohorts, sessions, attendance, dashboards"
MENTORING = "Mentoring"
MENTOR_APPROVALS = "Mentor approvals"
CONCERNS_RAISE = "Raising a concern"
CONCERNS_HANDLE = "Handling concerns"
RESET_CODES = "Password reset codes"
ADMIN = "Wagtail admin"
H5P_CONTENT = "H5P content origin"

# Route name (with namespace) -> area. Routes under ADMIN_PREFIX are the Wagtail admin.
ADMIN_PREFIX = "admin/"
ROUTES = {
    # Machine endpoints and files, outside the language prefix
    "healthz": LIBRARY,
    "sitemap": LIBRARY,
    "service_worker": LIBRARY,
    "manifest": LIBRARY,
    "wagtaildocs_serve": LIBRARY,
    "wagtaildocs_authenticate_with_password": LIBRARY,
    "h5p_xapi": COURSES,
    # Pages and their routes (lessons, quizzes, guides: see PAGE_TYPES)
    "wagtail_serve": LIBRARY,
    "wagtailcore_authenticate_with_password": LIBRARY,
    "wagtailcore_login": ACCOUNT,
    "resources:search": LIBRARY,
    "home:offline": LIBRARY,
    "home:clear_phone": LIBRARY,
    "safeguarding:report_problem": LIBRARY,
    "courses:certificate_verify": CERTIFICATE_CHECK,
    # allauth and our reset codes
    "account_login": ACCOUNT,
    "account_logout": ACCOUNT,
    "account_inactive": ACCOUNT,
    "account_signup": ACCOUNT,
    "account_reauthenticate": ACCOUNT,
    "account_email": OWN,
    "account_email_verification_sent": ACCOUNT,
    "account_change_password": OWN,
    "account_set_password": OWN,
    "account_reset_password": ACCOUNT,
    "account_confirm_login_code": ACCOUNT,
    "account_confirm_email": ACCOUNT,
    "account_reset_password_from_key_done": ACCOUNT,
    "account_reset_password_from_key": ACCOUNT,
    "account_reset_password_done": ACCOUNT,
    "accounts_redeem_reset_code": ACCOUNT,
    "accounts_issue_reset_code": RESET_CODES,
    "mfa_index": OWN,
    "mfa_authenticate": ACCOUNT,
    "mfa_reauthenticate": OWN,
    "mfa_activate_totp": OWN,
    "mfa_deactivate_totp": OWN,
    "mfa_view_recovery_codes": OWN,
    "mfa_generate_recovery_codes": OWN,
    "mfa_download_recovery_codes": OWN,
    "usersessions_list": OWN,
    "home:dashboard": OWN,
    "courses:my_learning": OWN,
    # Your own data (paralegal/data)
    "paralegal:my_data": OWN,
    "paralegal:my_data_export": OWN,
    "paralegal:my_data_export_html": OWN,
    "paralegal:account_delete": OWN,
    # Concerns (site/safeguarding)
    "safeguarding:concern_new": CONCERNS_RAISE,
    "safeguarding:concern_status": CONCERNS_RAISE,
    "safeguarding:concern_list": CONCERNS_HANDLE,
    "safeguarding:concern_detail": CONCERNS_HANDLE,
    # Mentoring
    "paralegal:mentor_approvals": MENTOR_APPROVALS,
    "paralegal:my_mentor": OWN,
    "paralegal:mentees": MENTORING,
    "paralegal:mentee_progress": MENTORING,
    "paralegal:conversation_log": MENTORING,
    # A facilitator's cohorts
    "paralegal:join": OWN,
    "paralegal:cohort_list": COHORTS,
    "paralegal:cohort_create": COHORTS,
    "paralegal:cohort_detail": COHORTS,
    "paralegal:cohort_edit": COHORTS,
    "paralegal:join_code_rotate": COHORTS,
    "paralegal:bulk_accounts": COHORTS,
    "paralegal:consent_record": COHORTS,
    "paralegal:course_assign": COHORTS,
    "paralegal:member_remove": COHORTS,
    "paralegal:session_list": COHORTS,
    "paralegal:session_create": COHORTS,
    "paralegal:session_pack": COHORTS,
    "paralegal:attendance": COHORTS,
    "paralegal:attendance_marks": COHORTS,
    "paralegal:mentors": COHORTS,
    "paralegal:mentor_propose": COHORTS,
    "paralegal:mentor_withdraw": COHORTS,
    "paralegal:mentor_assign": COHORTS,
    "paralegal:assignment_end": COHORTS,
    "paralegal:dashboard": COHORTS,
    "paralegal:dashboard_csv": COHORTS,
    "paralegal:member_data_export": COHORTS,
    "paralegal:member_delete": COHORTS,
}

# The content origin's own URLconf (courses/h5p/content_urls.py): signed, expiring addresses.
CONTENT_ORIGIN_ROUTES = {
    "h5p_play": H5P_CONTENT,
    "h5p_play_manifest": H5P_CONTENT,
    "h5p_play_content": H5P_CONTENT,
    "h5p_play_file": H5P_CONTENT,
    "h5p_play_library": H5P_CONTENT,
    "h5p_player_file": H5P_CONTENT,
    "h5p_player_static": H5P_CONTENT,
}

# Page types are served by wagtail_serve; each is classified too.
PAGE_TYPES = {
    "wagtailcore.page": LIBRARY,
    "home.homepage": LIBRARY,
    "resources.directorypage": LIBRARY,
    "resources.glossarypage": LIBRARY,
    "resources.guideindexpage": LIBRARY,
    "resources.rightsguidepage": LIBRARY,
    "courses.courseindexpage": LIBRARY,
    "courses.coursepage": LIBRARY,
    "courses.modulepage": COURSES,
    "courses.lessonpage": COURSES,
    "courses.quizpage": COURSES,
    "paralegal.sessionplanindexpage": COHORTS,
    "paralegal.sessionplanpage": COHORTS,
}
