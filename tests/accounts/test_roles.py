"""Roles are groups with exactly the permissions in accounts/roles.py (checklist AC-4)."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from accounts.roles import ROLES
from accounts.services import roles_sync

pytestmark = pytest.mark.django_db


def permission_names(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_every_role_exists_with_exactly_its_permissions(roles):
    assert set(roles) == {role.name for role in ROLES}
    for role in ROLES:
        group = Group.objects.get(name=role.name)
        assert permission_names(group) == set(role.permissions), role.name
        page_codes = set(
            GroupPagePermission.objects.filter(group=group).values_list(
                "permission__codename", flat=True
            )
        )
        assert page_codes == set(role.page_permissions), role.name
        collection = {
            f"{p.permission.content_type.app_label}.{p.permission.codename}"
            for p in GroupCollectionPermission.objects.filter(group=group)
        }
        assert collection == set(role.collection_permissions), role.name


def test_no_other_group_exists(roles):
    assert set(Group.objects.values_list("name", flat=True)) == {role.name for role in ROLES}


def test_only_superusers_manage_users_and_groups(roles):
    for group in Group.objects.all():
        for name in permission_names(group):
            app_label, codename = name.split(".")
            assert app_label not in ("auth", "wagtailusers"), (group.name, name)
            assert not codename.endswith(("_user", "_group")), (group.name, name)


def test_nobody_can_publish_or_skip_review_by_role(roles):
    granted = set(GroupPagePermission.objects.values_list("permission__codename", flat=True))
    assert "publish_page" not in granted
    assert "bypass_workflow" not in granted


def test_sync_removes_permissions_added_by_hand_and_is_idempotent(roles):
    editor = Group.objects.get(name="editor")
    editor.permissions.add(Permission.objects.get(codename="delete_user"))
    roles_sync()
    roles_sync()
    assert "auth.delete_user" not in permission_names(editor)
    assert Group.objects.filter(name="editor").count() == 1
    assert GroupPagePermission.objects.filter(group=editor).count() == 4


def test_translators_and_leads_are_scoped(roles):
    by_name = {role.name: role for role in ROLES}
    assert by_name["translator"].scoped_by == "languages"
    assert by_name["safeguarding_lead"].scoped_by == "countries"


def test_no_role_may_publish_a_snippet_and_only_reviewers_take_down(roles):
    for role in ROLES:
        assert not [p for p in role.permissions if ".publish_" in p], role.name
    takers = {role.name for role in ROLES if "safeguarding.take_down_content" in role.permissions}
    assert takers == {"safeguarding_reviewer", "safeguarding_lead"}
    exporters = {
        role.name for role in ROLES if "safeguarding.export_review_audit" in role.permissions
    }
    assert exporters == {"site_administrator"}
