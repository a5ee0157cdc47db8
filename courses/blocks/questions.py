"""The six kinds of quiz question. Ids of blocks and list items identify questions and choices.

Which answers are right is read from the English stream only (see courses.quiz_content): a
translation supplies words, never correctness, so a translator cannot change a quiz's key.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

FEEDBACK_HELP = _("Shown after the quiz to a learner who chose this. Write for a 12-year-old.")


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"), max_length=400, required=False, help_text=FEEDBACK_HELP
    )


class BaseQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=400)
    explanation = blocks.TextBlock(
        label=_("Why"),
        max_length=800,
        required=False,
        help_text=_("Shown with the results: why the right answer is right."),
    )

    class Meta:
        icon = "help"


class SingleChoiceBlock(BaseQuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2, max_num=8)

    class Meta:
        label = _("Single choice")

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["correct"]) != 1:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark exactly one choice correct."))}
            )
        return value


class MultipleResponseBlock(BaseQuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2, max_num=8)

    class Meta:
        label = _("Multiple response")

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one choice correct."))}
            )
        return value


class TrueFalseBlock(BaseQuestionBlock):
    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.CharBlock(
        label=_("Feedback for “true”"), max_length=400, required=False, help_text=FEEDBACK_HELP
    )
    feedback_false = blocks.CharBlock(
        label=_("Feedback for “false”"), max_length=400, required=False, help_text=FEEDBACK_HELP
    )

    class Meta:
        label = _("True or false")


class ShortAnswerBlock(BaseQuestionBlock):
    answers = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Accepted answers"),
        min_num=1,
        help_text=_(
            "Capitals and spaces do not matter; accents and tone marks do, so list every "
            "spelling you accept (for example with and without diacritics)."
        ),
    )

    class Meta:
        label = _("Short answer")


class OrderingBlock(BaseQuestionBlock):
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Items, in the right order"),
        min_num=2,
        max_num=8,
    )

    class Meta:
        label = _("Put in order")


class PairBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(label=_("Prompt"), max_length=200)
    match = blocks.CharBlock(label=_("Its match"), max_length=200)


class MatchingBlock(BaseQuestionBlock):
    pairs = blocks.ListBlock(PairBlock(), label=_("Pairs"), min_num=2, max_num=8)

    class Meta:
        label = _("Matching")


QUESTION_KINDS = {
    "single_choice": SingleChoiceBlock,
    "multiple_response": MultipleResponseBlock,
    "true_false": TrueFalseBlock,
    "short_answer": ShortAnswerBlock,
    "ordering": OrderingBlock,
    "matching": MatchingBlock,
}


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_response = MultipleResponseBlock()
    true_false = TrueFalseBlock()
    short_answer = ShortAnswerBlock()
    ordering = OrderingBlock()
    matching = MatchingBlock()
