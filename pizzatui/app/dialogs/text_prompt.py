"""A dialog asking for one or more lines of text, each checked before it is accepted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Label, Static

from pizzatui.app.dialogs.form import FormDialog, error_line, form_buttons


@dataclass(frozen=True, slots=True)
class PromptField:
    """One line to fill in: its label, its starting text and the check it must pass.

    ``check`` returns the cleaned text or raises ValueError with a readable message.
    """

    label: str
    check: Callable[[str], str]
    value: str = ""
    placeholder: str = ""


class TextPrompt(FormDialog[tuple[str, ...]]):
    """Ask for each field; dismiss with the cleaned texts, or None if cancelled."""

    DEFAULT_CSS = """
    TextPrompt .prompt-note {
        width: 100%;
        color: $text-muted;
    }
    TextPrompt .prompt-label {
        margin-top: 1;
    }
    """

    def __init__(
        self,
        title: str,
        fields: Sequence[PromptField],
        *,
        note: Content | None = None,
        submit_label: str = "OK",
    ) -> None:
        super().__init__()
        if not fields:
            raise ValueError("A prompt needs at least one field.")
        self.dialog_title = title
        self.fields = tuple(fields)
        self.note = note
        self.submit_label = submit_label

    def compose(self) -> ComposeResult:
        """Lay out a label, an input and a place for its error, for every field."""
        with Vertical(id="prompt-box", classes="form-box") as box:
            box.border_title = self.dialog_title
            if self.note is not None:
                yield Static(self.note, classes="prompt-note")
            for number, field in enumerate(self.fields):
                yield Label(field.label, classes="prompt-label")
                yield Input(
                    field.value,
                    placeholder=field.placeholder,
                    id=f"field-{number}",
                    select_on_focus=True,
                )
                yield error_line(f"error-{number}", classes="field-error")
            yield form_buttons(self.submit_label, "prompt-buttons")

    def _input(self, number: int) -> Input:
        """The input of field ``number``."""
        return self.query_one(f"#field-{number}", Input)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear a field's error as soon as the player edits it."""
        if event.input.id is not None:
            number = int(event.input.id.removeprefix("field-"))
            self.show_error(f"error-{number}", "")

    def enter_pressed(self, field: Input) -> None:
        """Move to the next field on Enter, or submit from the last one."""
        assert field.id is not None
        number = int(field.id.removeprefix("field-"))
        if number + 1 < len(self.fields):
            self._input(number + 1).focus()
        else:
            self.submit()

    def submit(self) -> None:
        """Check every field; dismiss with the cleaned texts if all pass."""
        cleaned: list[str] = []
        first_bad: int | None = None
        for number, field in enumerate(self.fields):
            try:
                cleaned.append(field.check(self._input(number).value))
            except ValueError as error:
                self.show_error(f"error-{number}", str(error))
                if first_bad is None:
                    first_bad = number
        if first_bad is not None:
            self._input(first_bad).focus()
            return
        self.dismiss(tuple(cleaned))
