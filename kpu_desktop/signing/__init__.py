"""Identities, PDF (PAdES) and bundle (CMS) signatures, and their verification.

No Qt and no database: callers pass bytes and certificates in, get bytes and
verdicts out.
"""
