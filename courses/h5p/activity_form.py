"""The activity edit form: a new activity takes its texts from the package chosen."""

from translation_status.forms import TranslationStatusModelForm


class H5PActivityForm(TranslationStatusModelForm):
    def save(self, commit=True):
        activity = super().save(commit=False)
        from .activity_texts import texts_from_package  # the model imports this form

        if not activity.texts_en and activity.package_id is not None:
            activity.texts_en = texts_from_package(activity.package)
        if commit:
            activity.save()
            self.save_m2m()
        return activity
