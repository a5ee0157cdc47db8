from django.core.checks import Error, register


@register()
def digest_templates(app_configs=None, **kwargs):
    """The digest must never go out silently empty: its templates have to exist."""
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    from .digests import BODY_TEMPLATE, SUBJECT_TEMPLATE

    errors = []
    for name in (SUBJECT_TEMPLATE, BODY_TEMPLATE):
        try:
            get_template(name)
        except TemplateDoesNotExist:
            errors.append(Error(f"Template {name} is missing.", id="translation_status.E001"))
    return errors
