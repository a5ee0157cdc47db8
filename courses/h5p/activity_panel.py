"""What a safeguarding reviewer reads beside an activity: its package, libraries and addresses."""

from wagtail.admin.panels import Panel


class H5PPackagePanel(Panel):
    """Placed first in the activity's edit form (courses/wagtail_hooks.py)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/h5p/admin/activity_panel.html"

        def get_context_data(self, parent_context=None):
            from .views.packages import shown_urls, used_libraries  # the models import this

            context = super().get_context_data(parent_context)
            package = getattr(self.instance, "package", None) if self.instance.pk else None
            context["package"] = package
            if package is not None:
                context["libraries"] = used_libraries(package)
                context["external_urls"] = shown_urls(package)
                context["string_count"] = len(package.report.get("readable_strings") or [])
            return context
