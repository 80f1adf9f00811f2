"""Hybrid logical clock: wall-clock milliseconds plus a counter, never going backwards."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable


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
        physical = int(self.wall() * 1000)
        if physical > self.last_physical:
            self.last_physical, self.last_counter = physical, 0
        else:
            self.last_counter += 1
        return format_hlc(self.last_physical, self.last_counter)

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
