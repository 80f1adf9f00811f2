"""`check`: database integrity, foreign keys and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..storage.audit import ChainReport, verify_chain
from ..storage.db import integrity_problems, schema_version
from .context import AppContext
from .roles import Permission


@dataclass
class CheckReport:
    schema: int
    integrity: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit_broken_at: int | None = None
    audit_chain: ChainReport | None = None

    @property
    def ok(self) -> bool:
        return not self.integrity and self.audit_broken_at is None

    def lines(self, lang: str) -> list[str]:
        en = lang == "en"
        out = [("Schema version: " if en else "Versi skema: ") + str(self.schema)]
        if self.integrity:
            out.append(("Database integrity: FAILED" if en else "Integritas basis data: GAGAL"))
            out += [f"  {p}" for p in self.integrity[:50]]
        else:
            out.append("Database integrity: ok" if en else "Integritas basis data: baik")
        if self.audit_broken_at is None:
            out.append((f"Audit chain: ok ({self.audit_entries} entries)" if en
                        else f"Rantai jejak audit: utuh ({self.audit_entries} entri)"))
        else:
            reason = self.audit_chain.worded(lang) if self.audit_chain else ""
            out.append((f"Audit chain: BROKEN at entry {self.audit_broken_at}: {reason}" if en
                        else f"Rantai jejak audit: RUSAK pada entri {self.audit_broken_at}: {reason}"))
        return out


def run_checks(ctx: AppContext) -> CheckReport:
    ctx.require(Permission.VIEW)
    conn = ctx.conn
    report = CheckReport(schema_version(conn), integrity_problems(conn))
    chain = verify_chain(conn)
    report.audit_entries, report.audit_broken_at, report.audit_chain = chain.entries, chain.broken_at, chain
    return report
