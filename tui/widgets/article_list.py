"""The left pane, the other way round: every article in the library, newest first."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.quoting import one_line
from store.views import ArticleSummary
from tui.widgets.vim_option_list import VimOptionList

TITLE_CHARS = 120
# articles added to the list per refresh
CHUNK = 100


def article_row(article: ArticleSummary) -> Text:
    """The title, then who published it and when, then how many statements: each on one line,
    cut with an ellipsis rather than wrapped, so a thousand rows lay out without measuring."""
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(one_line(article.title or article.path or article.id, TITLE_CHARS), style="bold")
    if article.outlet or article.published:
        row.append("\n" + " · ".join(p for p in (article.outlet, article.published[:10]) if p), style="italic")
    row.append(f"\n{article.statements} statement{'' if article.statements == 1 else 's'}", style="dim")
    if article.added:
        row.append(f" · added {article.added[:10]}", style="dim")
    return row


class ArticleList(VimOptionList):
    """Lists articles; tells the screen which one is highlighted or chosen."""

    class ArticleHighlighted(Message):
        def __init__(self, article_id: str) -> None:
            self.article_id = article_id
            super().__init__()

    class ArticleChosen(Message):
        def __init__(self, article_id: str) -> None:
            self.article_id = article_id
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Articles"
        self.articles: list[ArticleSummary] = []
        self._generation = 0
        self._keep: str | None = None

    @property
    def article_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def show_articles(self, articles: list[ArticleSummary], keep: str | None = None) -> None:
        """Replace the rows, newest article first; keep the highlight on `keep` if still there.

        Rows go in CHUNK at a time, one chunk per refresh (OptionList measures each row
        it is given), so a library of thousands of articles shows its first ones at once.
        """
        keep = keep or self.article_id
        self.articles = sorted(articles, key=lambda a: (a.added, a.id), reverse=True)
        self._generation += 1
        rows: list[Option | None] = []
        for article in self.articles:
            rows += [Option(article_row(article), id=article.id), None]
        rows = rows[:-1]
        self.set_options(rows[:2 * CHUNK])
        self.border_subtitle = f"{len(self.articles)}"
        self._keep = next((a.id for a in self.articles if a.id == keep), None)
        if self.articles:
            self._highlight_kept()
        if len(rows) > 2 * CHUNK:
            self.call_after_refresh(self._add_rows, self._generation, rows[2 * CHUNK:])

    def _add_rows(self, generation: int, rows: list[Option | None]) -> None:
        if generation != self._generation:
            return  # a newer list replaced these
        self.add_options(rows[:2 * CHUNK])
        self._highlight_kept()
        if len(rows) > 2 * CHUNK:
            self.call_after_refresh(self._add_rows, generation, rows[2 * CHUNK:])

    def _highlight_kept(self) -> None:
        """The kept article once its row is in; the first row until then."""
        if self._keep is not None:
            try:
                self.highlighted = self.get_option_index(self._keep)
                self._keep = None
                return
            except OptionDoesNotExist:
                pass
        if self.highlighted is None:
            self.highlighted = 0

    def select_article(self, article_id: str) -> bool:
        """Highlight an article by id (once its row is in, if it is still on its way);
        False when the list does not hold it."""
        try:
            self.highlighted = self.get_option_index(article_id)
        except OptionDoesNotExist:
            if any(a.id == article_id for a in self.articles):
                self._keep = article_id
                return True
            return False
        return True

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ArticleHighlighted(event.option.id))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ArticleChosen(event.option.id))
