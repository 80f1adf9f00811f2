"""`check`: database integrity, foreign keys and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage.audit import ChainReport, verify_chain
from ..storage.db import integrity_problems, schema_version
from .context import AppContext
from .roles import Permission


@dataclass
class CheckReport:
    schema: int
    integrity: list[str]
    chain: ChainReport

    @property
    def ok(self) -> bool:
        return not self.integrity and self.chain.ok

    def lines(self, lang: str) -> list[str]:
        en = lang == "en"
        out = [("Schema version: " if en else "Versi skema: ") + str(self.schema)]
        if self.integrity:
            out.append(("Database integrity: FAILED" if en else "Integritas basis data: GAGAL"))
            out += [f"  {p}" for p in self.integrity[:50]]
        else:
            out.append("Database integrity: ok" if en else "Integritas basis data: baik")
        chain = self.chain
        if chain.ok:
            out.append((f"Audit chain: ok ({chain.entries} entries)" if en
                        else f"Rantai jejak audit: utuh ({chain.entries} entri)"))
        else:
            reason = chain.worded(lang)
            out.append((f"Audit chain: BROKEN at entry {chain.broken_at}: {reason}" if en
                        else f"Rantai jejak audit: RUSAK pada entri {chain.broken_at}: {reason}"))
        return out


def run_checks(ctx: AppContext) -> CheckReport:
    ctx.require(Permission.VIEW)
    conn = ctx.conn
    return CheckReport(schema_version(conn), integrity_problems(conn), verify_chain(conn))
