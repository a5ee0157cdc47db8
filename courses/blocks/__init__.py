from .lesson import LessonBodyBlock
from .questions import QUESTION_KINDS, QuestionStreamBlock

__all__ = ["QUESTION_KINDS", "LessonBodyBlock", "QuestionStreamBlock"]
