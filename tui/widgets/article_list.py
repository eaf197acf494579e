"""The left pane, the other way round: every article in the library, newest first."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from store.views import ArticleSummary
from store.quoting import one_line
from tui.widgets.vim_option_list import VimOptionList

TITLE_CHARS = 120


def article_row(article: ArticleSummary) -> Text:
    row = Text(one_line(article.title or article.path or article.id, TITLE_CHARS))
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

    @property
    def article_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def show_articles(self, articles: list[ArticleSummary], keep: str | None = None) -> None:
        keep = keep or self.article_id
        self.articles = sorted(articles, key=lambda a: (a.added, a.id), reverse=True)
        rows: list[Option | None] = []
        for article in self.articles:
            rows += [Option(article_row(article), id=article.id), None]
        self.set_options(rows[:-1])
        self.border_subtitle = f"{len(self.articles)}"
        if self.articles:
            self.highlighted = self.get_option_index(
                next((a.id for a in self.articles if a.id == keep), self.articles[0].id))

    def select_article(self, article_id: str) -> bool:
        if any(a.id == article_id for a in self.articles):
            self.highlighted = self.get_option_index(article_id)
            return True
        return False

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ArticleHighlighted(event.option.id))

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ArticleChosen(event.option.id))
