"""Civil-service grades (golongan/ruang) and ranks (pangkat).

The 17 PNS pairs are fixed by law (PP 99/2000), so they are written here rather than read from data.
PPPK employees have a golongan I..XVII and no pangkat.
"""

from __future__ import annotations

import re

from kpu_desktop.domain.issues import Issue, make_issue, make_warning

GOLONGAN_PANGKAT: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
PANGKAT_GOLONGAN: dict[str, str] = {p: g for g, p in GOLONGAN_PANGKAT.items()}

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
          "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII")
PPPK_GOLONGAN: tuple[str, ...] = _ROMAN
_PNS_STATUSES = ("PNS", "CPNS")
_NON_ASN_STATUSES = ("NON_ASN", "PERANGKAT_DESA")

_PREFIX = re.compile(r"^(?:gol(?:ongan)?(?:\s*/\s*ruang)?\.?\s*:?\s*)", re.I)
_WITH_RUANG = re.compile(r"(IV|III|II|I|[1-4])\s*[/.\-]?\s*([a-e])", re.I)
_IN_TEXT = re.compile(
    r"(?:gol(?:ongan)?(?:\s*/\s*ruang)?\.?\s*:?\s*)?\b(IV|III|II|I|[1-4])\s*[/.\-]?\s*([a-e])\b", re.I
)
_TINGKAT = re.compile(r"\btk\.?\s*", re.I)
_EDGE = " /,;:-()[]\t"


def _roman(token: str) -> str | None:
    """`IX`, `ix` or `9` -> `IX` when within I..XVII."""
    if token.isdigit():
        n = int(token)
        return _ROMAN[n - 1] if 1 <= n <= len(_ROMAN) else None
    token = token.upper()
    return token if token in _ROMAN else None


def _join(group: str, ruang: str) -> str:
    return f"{_roman(group) or group.upper()}/{ruang.lower()}"


def normalize_golongan(value) -> str:
    """`III.a`, `iii/a`, `III a`, `3a`, `Gol. III/a` -> `III/a`; PPPK `ix` -> `IX`; blank -> ""."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    if text in ("", "-", "--"):
        return ""
    text = _PREFIX.sub("", text).strip()
    if m := _WITH_RUANG.fullmatch(text):
        return _join(m[1], m[2])
    if roman := _roman(text):
        return roman
    return text


def normalize_pangkat(value) -> str:
    """`penata muda tk. I` -> `Penata Muda Tingkat I`; unknown names are only tidied."""
    if value is None:
        return ""
    text = " ".join(_TINGKAT.sub("Tingkat ", str(value)).split()).strip(_EDGE)
    if text in ("", "-", "--"):
        return ""
    for name in PANGKAT_GOLONGAN:
        if name.lower() == text.lower():
            return name
    return text


def split_pangkat_golongan(text) -> tuple[str, str]:
    """`Penata Muda / III.a` -> (`Penata Muda`, `III/a`); `-` -> ("", "")."""
    if text is None:
        return "", ""
    text = " ".join(str(text).split())
    if text in ("", "-", "--"):
        return "", ""
    matches = list(_IN_TEXT.finditer(text))
    if matches:
        last = matches[-1]
        rest = (text[: last.start()] + " " + text[last.end():]).strip(_EDGE)
        return normalize_pangkat(rest), _join(last[1], last[2])
    bare = normalize_golongan(text)
    if bare in PPPK_GOLONGAN:
        return "", bare
    return normalize_pangkat(text), ""


def _non_asn_issues(golongan: str, pangkat: str, status: str) -> list[Issue]:
    issues = []
    if golongan:
        issues.append(make_issue("golongan", "rank.not_allowed", value=golongan, status=status))
    if pangkat:
        issues.append(make_issue("pangkat", "rank.not_allowed", value=pangkat, status=status))
    return issues


def _pppk_issues(golongan: str, pangkat: str) -> list[Issue]:
    issues = []
    if golongan and golongan not in PPPK_GOLONGAN:
        issues.append(make_issue("golongan", "rank.pppk_golongan_unknown", value=golongan))
    if pangkat:
        issues.append(make_warning("pangkat", "rank.pppk_pangkat_ignored", value=pangkat))
    return issues


def _pns_pair_issues(golongan: str, pangkat: str) -> list[Issue]:
    if golongan and golongan not in GOLONGAN_PANGKAT:
        return [make_issue("golongan", "rank.golongan_unknown", value=golongan)]
    if not pangkat:
        return []
    if not golongan:
        if pangkat not in PANGKAT_GOLONGAN:
            return [make_issue("pangkat", "rank.pangkat_unknown", value=pangkat)]
        return []
    expected = GOLONGAN_PANGKAT[golongan]
    if pangkat != expected:
        return [make_issue("pangkat", "rank.pangkat_mismatch", value=pangkat,
                           golongan=golongan, expected=expected)]
    return []


def validate_rank(golongan, pangkat, *, employment_status) -> list[Issue]:
    """Check golongan and pangkat against each other and against the employment status."""
    gol = normalize_golongan(golongan)
    pkt = normalize_pangkat(pangkat)
    if employment_status in _NON_ASN_STATUSES:
        return _non_asn_issues(gol, pkt, employment_status)
    if employment_status == "PPPK":
        return _pppk_issues(gol, pkt)
    issues = _pns_pair_issues(gol, pkt)
    if employment_status in _PNS_STATUSES and not gol:
        issues.insert(0, make_warning("golongan", "rank.golongan_missing", status=employment_status))
    return issues
