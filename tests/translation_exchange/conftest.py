import copy

import pytest
from lxml import etree

from accounts.models import StaffScope
from safeguarding.workflow import review_workflow_ensure
from tests.guides import add_guide

NS = "urn:oasis:names:tc:xliff:document:2.0"
X = {"x": NS}


@pytest.fixture
def guide(index, roles):
    review_workflow_ensure()
    return add_guide(index, slug="to-translate")


@pytest.fixture
def translator(make_user):
    user = make_user("sok", role="translator", mfa=True)
    StaffScope.objects.create(user=user, languages=["km"])
    return user


def fill(data: bytes, translate=lambda text: f"ខ្មែរ {text}", only=None) -> bytes:
    """Copy each unit's source into a target, with every piece of text translated."""
    root = etree.fromstring(data)
    for number, unit in enumerate(root.iterfind(".//x:unit", X)):
        if only is not None and number not in only:
            continue
        segment = unit.find("x:segment", X)
        target = copy.deepcopy(segment.find("x:source", X))
        target.tag = f"{{{NS}}}target"
        for element in target.iter():
            if element.text and element.text.strip():
                element.text = translate(element.text)
        for old in segment.findall("x:target", X):
            segment.remove(old)
        segment.append(target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def units(data: bytes):
    return etree.fromstring(data).findall(".//x:unit", X)


def rewrite(data: bytes, change) -> bytes:
    root = etree.fromstring(data)
    change(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
