"""Hybrid logical clock: wall-clock milliseconds plus a counter, never going backwards."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable


MAX_COUNTER = 999_999  # six digits: a counter past it would break the order of the text


def format_hlc(physical_ms: int, counter: int) -> str:
    # Fixed width so that string order is time order (and SQLite can compare them directly).
    return f"{physical_ms:015d}.{counter:06d}"


def parse_hlc(text: str) -> tuple[int, int]:
    physical, counter = text.split(".")
    return int(physical), int(counter)


@dataclass
class HybridClock:
    last_physical: int = 0
    last_counter: int = 0
    wall: Callable[[], float] = time.time

    def now(self) -> str:
        return self.now_many(1)[0]

    def now_many(self, count: int) -> list[str]:
        """`count` values in rising order, as many calls of now() in one go would give.

        The wall clock is read once per millisecond's worth of counter; a counter that would outgrow its six
        digits moves the clock on by a millisecond instead.
        """
        stamps: list[str] = []
        while len(stamps) < count:
            physical = int(self.wall() * 1000)
            if physical > self.last_physical:
                self.last_physical, first = physical, 0
            elif self.last_counter < MAX_COUNTER:
                first = self.last_counter + 1
            else:
                self.last_physical, first = self.last_physical + 1, 0
            last = min(first + count - len(stamps), MAX_COUNTER + 1)
            prefix = f"{self.last_physical:015d}."
            stamps.extend([prefix + f"{c:06d}" for c in range(first, last)])
            self.last_counter = last - 1
        return stamps

    def observe(self, remote: str) -> None:
        """Move past a clock value seen in another node's change."""
        physical, counter = parse_hlc(remote)
        if (physical, counter) > (self.last_physical, self.last_counter):
            self.last_physical, self.last_counter = physical, counter

    def state(self) -> str:
        return format_hlc(self.last_physical, self.last_counter)

    @classmethod
    def from_state(cls, text: str | None) -> "HybridClock":
        if not text:
            return cls()
        physical, counter = parse_hlc(text)
        return cls(physical, counter)
