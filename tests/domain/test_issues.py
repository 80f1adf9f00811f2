"""Issue objects, ValidationFailed and the error/warning filters."""

from __future__ import annotations

import pytest

from kpu_desktop.domain.issues import (
    Issue, Severity, ValidationFailed, errors, make_issue, make_warning, prefixed, warnings, without_echoes,
)


def test_issue_is_hashable_and_frozen():
    """Issues can be put in sets and cannot be changed after creation."""
    issue = make_issue("nip", "number.length", expected=18, actual=17)
    assert issue in {issue}
    with pytest.raises(AttributeError):
        issue.code = "other"  # type: ignore[misc]


def test_make_issue_turns_lists_into_tuples():
    """List parameters are stored as tuples so the issue stays hashable."""
    issue = make_warning("checklist", "facility.warehouse_checklist_incomplete", items=["cctv", "apar"])
    assert issue.params == (("items", ("cctv", "apar")),)
    assert hash(issue)


def test_default_severity_is_error():
    """An Issue built without a severity is an error."""
    assert Issue("name", "field.required").severity is Severity.ERROR


def test_severity_is_a_string_enum():
    """Severity values serialise as plain strings."""
    assert Severity.WARNING == "warning" and Severity.ERROR.value == "error"


def test_to_dict_has_field_code_severity_message():
    """to_dict gives the four keys with the message in the requested language."""
    data = make_issue("name", "field.required").to_dict("en")
    assert data == {"field": "name", "code": "field.required", "severity": "error",
                    "message": "Name is required."}


def test_param_returns_value_or_default():
    """param() reads one message parameter."""
    issue = make_issue("nip", "number.length", expected=18, actual=17)
    assert issue.param("actual") == 17 and issue.param("missing", "x") == "x"


def test_errors_and_warnings_split_issues():
    """errors() and warnings() keep only their severity."""
    e, w = make_issue("a", "field.required"), make_warning("b", "line.short", value=1, count=1, expected=2)
    assert errors([e, w]) == [e] and warnings([e, w]) == [w]


def test_validation_failed_joins_indonesian_messages():
    """str(ValidationFailed) is the Indonesian messages joined by '; '."""
    exc = ValidationFailed([make_issue("name", "field.required"), make_issue("nip", "field.required")])
    assert str(exc) == "Nama wajib diisi.; NIP wajib diisi."
    assert exc.messages("en") == ["Name is required.", "NIP is required."]
    assert len(exc.issues) == 2


def test_prefixed_moves_issues_under_a_line():
    """prefixed() renames fields so that line issues point at their line."""
    [issue] = prefixed([make_issue("received", "field.required")], "lines[2].")
    assert issue.field == "lines[2].received"


@pytest.mark.parametrize("issues, kept", [
    # an unreadable date is blank afterwards: "required" would only repeat the problem
    ([("start_date", "date.invalid"), ("start_date", "field.required")], [("start_date", "date.invalid")]),
    # a field that is simply missing keeps its "required"
    ([("start_date", "field.required"), ("nip", "nip.length")],
     [("start_date", "field.required"), ("nip", "nip.length")]),
    # another field's error does not hide it
    ([("name", "field.required"), ("start_date", "date.invalid")],
     [("name", "field.required"), ("start_date", "date.invalid")]),
])
def test_errors_say_each_fields_problem_once(issues, kept):
    found = errors([make_issue(f, c) for f, c in issues])
    assert [(i.field, i.code) for i in found] == kept


def test_a_warning_on_a_field_does_not_hide_that_it_is_required():
    issues = [make_warning("end_date", "date.far"), make_issue("end_date", "field.required")]
    assert [(i.field, i.code) for i in without_echoes(issues)] == [("end_date", "date.far"),
                                                                    ("end_date", "field.required")]


def test_text_past_the_limit_is_named_with_its_length():
    """A field longer than a bundle would carry is refused where it is typed, not at every other office."""
    from kpu_desktop.domain.issues import MAX_TEXT, long_text_issues

    found = long_text_issues({"note": "x" * (MAX_TEXT + 1), "name": "Budi", "quantity": 5}, "lines[2].")
    assert [(i.field, i.code, i.param("length")) for i in found] == [("lines[2].note", "field.too_long", MAX_TEXT + 1)]
    assert long_text_issues({"note": "x" * MAX_TEXT}) == []
