"""Command palette entries: jump to any speaker by name."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class SpeakerCommands(Provider):
    """`Speaker: Antony Blinken` and so on, from the speakers the app has loaded."""

    def _speakers(self):
        return list(getattr(self.app, "speakers", []))

    async def discover(self) -> Hits:
        for speaker in self._speakers()[:20]:
            yield DiscoveryHit(
                f"Speaker: {speaker.name}",
                partial(self.app.show_speaker, speaker.key),
                help=f"{speaker.statements} statements",
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for speaker in self._speakers():
            command = f"Speaker: {speaker.name}"
            score = matcher.match(command)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command),
                    partial(self.app.show_speaker, speaker.key),
                    help=f"{speaker.statements} statements"
                         + (f" · {speaker.description}" if speaker.description else ""),
                )
