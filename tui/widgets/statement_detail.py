"""The right pane: one statement in its paragraph, its links both ways, context and notes.

It is one OptionList: the text rows are disabled options, and the rows a person can
act on (a linked statement to jump to, a note to edit) are the enabled ones, so the
cursor skips straight between them.
"""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets.option_list import Option, OptionDoesNotExist

from store import views
from store.quoting import one_line, statement_words
from tui.widgets.vim_option_list import VimOptionList

HIGHLIGHT_STYLE = "bold yellow"
SOURCE_STYLE = "underline"
CUE_STYLE = "italic"


def header_text(detail: views.StatementDetail) -> Text:
    st = detail.statement
    text = Text()
    text.append(st.speaker_name, style="bold")
    if detail.speaker_description:
        text.append(f"  {detail.speaker_description}", style="dim")
    text.append(f"\n{st.kind} statement", style="italic")
    if st.article_title:
        text.append(" · from ", style="dim")
        text.append(st.article_title, style="dim italic")
    published = " · ".join(part for part in (detail.article_outlet, detail.article_published[:10]) if part)
    if published:
        text.append(f" · {published}", style="dim")
    return text


def paragraph_text(detail: views.StatementDetail) -> Text:
    """The paragraph with the statement's words, its source and its cue marked."""
    if not detail.paragraph.strip():
        return Text(detail.statement.text, style=HIGHLIGHT_STYLE)
    text = Text(detail.paragraph)
    size = len(detail.paragraph)

    def mark(span: views.Span | None, style: str) -> None:
        if span is None:
            return
        start, end = max(0, span[0]), min(size, span[1])
        if start < end:
            text.stylize(style, start, end)

    mark(detail.source, SOURCE_STYLE)
    mark(detail.cue, CUE_STYLE)
    for span in detail.highlights:
        mark(span, HIGHLIGHT_STYLE)
    return text


def bulleted(marker: str, body: Text) -> Table:
    """A marker with the body beside it, so wrapped lines stay indented under the text."""
    grid = Table.grid()
    grid.add_column(width=2, no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(marker, style="dim"), body)
    return grid


def link_text(link: views.LinkView, answering: bool, article_id: str) -> Table:
    """`answering`: the other statement answers this one ("X rebuts this"), else this answers it.

    A statement from another article than `article_id` names its article.
    """
    other = link.statement
    kind_style = "bold red" if link.kind == "contradicts" else "bold magenta"
    text = Text()
    if answering:
        text.append(other.speaker_name, style="bold")
        text.append(f" {link.kind} this", style=kind_style)
    else:
        text.append(f"this {link.kind} ", style=kind_style)
        text.append(other.speaker_name, style="bold")
    if link.by_hand:
        text.append("  (by hand)", style="dim")
    if other.article_id != article_id and other.article_title:
        text.append(f"  in {other.article_title}", style="dim italic")
    text.append(f"\n{statement_words(other.text, other.kind)}")
    if link.reason.strip():
        text.append(f"\nwhy: {one_line(link.reason)}", style="dim")
    return bulleted("▸", text)


def context_text(context: views.ContextView) -> Table:
    text = Text(one_line(context.text))
    if context.reason.strip():
        text.append(f"\n{one_line(context.reason)}", style="dim")
    return bulleted("·", text)


def note_text(note: views.NoteView) -> Table:
    text = Text(note.text.strip())
    when = (note.updated or note.created or "")[:16].replace("T", " ")
    if not note.attached:
        text.append(f"\ndetached: it was written on “{one_line(note.anchor)}”", style="bold red")
    if when:
        text.append(f"\n{when}", style="dim")
    return bulleted("✎", text)


def heading(title: str, count: int | None = None) -> Option:
    text = Text(title, style="bold underline")
    if count is not None:
        text.append(f" ({count})", style="dim")
    return Option(text, disabled=True)


def quiet(message: str) -> Option:
    return Option(Text(f"  {message}", style="dim italic"), disabled=True)


class StatementDetail(VimOptionList):
    """Shows a `store.views.StatementDetail`; posts which link or note was chosen."""

    BINDINGS = [
        Binding("e", "edit_note", "Edit note", id="detail.edit_note", tooltip="Edit the highlighted note"),
        Binding("d", "delete_note", "Delete note", id="detail.delete_note",
                tooltip="Delete the highlighted note (asks first)"),
        Binding("x", "remove_link", "Remove link", id="detail.remove_link",
                tooltip="Take the highlighted link away (asks first; it stays away)"),
        Binding("ctrl+d,space", "scroll_text(1)", "Scroll down", show=False, id="detail.scroll_down",
                tooltip="Scroll the text half a page down"),
        Binding("ctrl+u", "scroll_text(-1)", "Scroll up", show=False, id="detail.scroll_up",
                tooltip="Scroll the text half a page up"),
    ]

    class LinkChosen(Message):
        """Enter on a linked statement: go to it."""

        def __init__(self, statement_id: str) -> None:
            self.statement_id = statement_id
            super().__init__()

    class LinkRemoveRequested(Message):
        """x on a linked statement: take the link away."""

        def __init__(self, source_id: str, target_id: str, link: views.LinkView) -> None:
            self.source_id = source_id
            self.target_id = target_id
            self.link = link
            super().__init__()

    class NoteEditRequested(Message):
        def __init__(self, note: views.NoteView) -> None:
            self.note = note
            super().__init__()

    class NoteDeleteRequested(Message):
        def __init__(self, note: views.NoteView) -> None:
            self.note = note
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Detail"
        self.detail: views.StatementDetail | None = None
        # option id -> what the row stands for
        self._links: dict[str, str] = {}
        self._link_views: dict[str, views.LinkView] = {}
        self._notes: dict[str, views.NoteView] = {}

    @property
    def statement_id(self) -> str | None:
        return self.detail.statement.id if self.detail else None

    @property
    def highlighted_note(self) -> views.NoteView | None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return None
        return self._notes.get(option.id)

    def show_detail(self, detail: views.StatementDetail, keep_place: bool = False) -> None:
        """Show a statement. `keep_place` keeps the cursor where it was (after a note edit)."""
        previous = self.highlighted_option.id if keep_place and self.highlighted_option else None
        scroll_y = self.scroll_y
        self.detail = detail
        self._links.clear()
        self._link_views.clear()
        self._notes.clear()
        st = detail.statement
        self.border_title = f"Detail · {st.speaker_name}"
        options: list[Option | None] = [
            Option(header_text(detail), disabled=True), None,
            Option(paragraph_text(detail), disabled=True), None,
        ]
        options += self._link_section("Answered by", "by", detail.answered_by, answering=True)
        options += self._link_section("Answers", "to", detail.answers, answering=False)
        options.append(heading("Context", len(detail.context)))
        options += [Option(context_text(c), disabled=True) for c in detail.context] or [quiet("none found")]
        options.append(None)
        options.append(heading("Notes", len(detail.notes)))
        for note in detail.notes:
            option_id = f"note:{note.id}"
            self._notes[option_id] = note
            options.append(Option(note_text(note), id=option_id))
        if not detail.notes:
            options.append(quiet("none yet — press n to add one"))
        self.set_options(options)
        if previous is not None:
            try:
                self.highlighted = self.get_option_index(previous)
            except OptionDoesNotExist:
                self.highlighted = None
            self.scroll_y = scroll_y
        elif self.has_focus:
            self.action_first()
        self.refresh_bindings()

    def show_message(self, message: str) -> None:
        self.detail = None
        self._links.clear()
        self._link_views.clear()
        self._notes.clear()
        self.border_title = "Detail"
        self.set_options([Option(Text(message, style="italic"), disabled=True)])
        self.refresh_bindings()

    def select_note(self, note_id: str) -> None:
        option_id = f"note:{note_id}"
        if option_id in self._notes:
            self.highlighted = self.get_option_index(option_id)

    def _link_section(self, title: str, prefix: str, links: list[views.LinkView],
                      answering: bool) -> list[Option | None]:
        rows: list[Option | None] = [heading(title, len(links))]
        for index, link in enumerate(links):
            option_id = f"{prefix}:{index}"
            self._links[option_id] = link.statement.id
            self._link_views[option_id] = link
            rows.append(Option(link_text(link, answering, self.detail.statement.article_id), id=option_id))
        if not links:
            rows.append(quiet("none found"))
        rows.append(None)
        return rows

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        self.refresh_bindings()

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if option_id in self._links:
            self.post_message(self.LinkChosen(self._links[option_id]))
        elif option_id in self._notes:
            self.post_message(self.NoteEditRequested(self._notes[option_id]))

    @property
    def highlighted_link(self) -> tuple[str, str, views.LinkView] | None:
        """(answer id, claim id, link) of the highlighted linked statement."""
        option = self.highlighted_option
        if option is None or option.id not in self._link_views or self.detail is None:
            return None
        link = self._link_views[option.id]
        here = self.detail.statement.id
        if option.id.startswith("by:"):
            return link.statement.id, here, link
        return here, link.statement.id, link

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit_note", "delete_note"):
            return self.highlighted_note is not None
        if action == "remove_link":
            return self.highlighted_link is not None
        return True

    def action_remove_link(self) -> None:
        chosen = self.highlighted_link
        if chosen is not None:
            self.post_message(self.LinkRemoveRequested(*chosen))

    def action_edit_note(self) -> None:
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.NoteEditRequested(note))

    def action_delete_note(self) -> None:
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.NoteDeleteRequested(note))

    def action_scroll_text(self, direction: int) -> None:
        """Scroll without moving the cursor, to read a long paragraph or context."""
        step = max(1, self.scrollable_content_region.height // 2)
        self.scroll_to(y=self.scroll_y + direction * step, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        # With nothing to select (no links, no notes) the keys scroll the text instead.
        if not self._links and not self._notes:
            self.scroll_down(animate=False)
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if not self._links and not self._notes:
            self.scroll_up(animate=False)
        else:
            super().action_cursor_up()

    def action_first(self) -> None:
        # Show the header and paragraph too, as far as the first link allows.
        super().action_first()
        self.scroll_home(animate=False, immediate=True)
        self.scroll_to_highlight()

    def action_last(self) -> None:
        super().action_last()
        if self.highlighted is None:
            self.scroll_end(animate=False, immediate=True)
