"""Invented people for sample data: names and identity numbers that pass validation."""

from __future__ import annotations

import datetime as dt
import random

MEN = ("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irwan", "Joko", "Rudi", "Yusuf", "Agus", "Bambang",
       "Rahmat", "Syahrul", "Teguh", "Wahyu", "Arif", "Dimas", "Gilang", "Heru")
WOMEN = ("Ani", "Dewi", "Eka", "Fitri", "Indah", "Lilis", "Maria", "Nurhayati", "Rini", "Siti", "Sri", "Yuni",
         "Wulan", "Ratna", "Putri", "Nadia", "Kartika", "Lestari", "Maya", "Rahmah")
FAMILY = ("Saputra", "Hidayat", "Kurniawan", "Wijaya", "Pratama", "Santoso", "Lestari", "Anggraini", "Rahman",
          "Hartono", "Nugroho", "Setiawan", "Utami", "Wahyuni", "Susanto", "Firmansyah", "Permana", "Sari")
DEGREES = ("", "", "S.Sos.", "S.E.", "S.H.", "S.IP.", "S.Kom.", "A.Md.", "S.Pd.", "S.AP.")
PANGKAT = {"II/c": "Pengatur", "II/d": "Pengatur Tingkat I", "III/a": "Penata Muda",
           "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I"}
DESA_A = ("Sungai", "Teluk", "Tanjung", "Pasir", "Natai", "Riam", "Karang", "Bukit", "Sei", "Lubuk")
DESA_B = ("Baru", "Jaya", "Indah", "Makmur", "Hulu", "Hilir", "Raya", "Permai", "Sejahtera", "Lestari", "Mulya",
          "Tengah")


class PeopleFactory:
    def __init__(self, seed: int = 2024, region: str = "620102"):
        self.rng = random.Random(seed)
        self.region = region
        self.serials: set[str] = set()
        self.used_names: set[str] = set()

    def person(self, *, asn: bool = True) -> dict:
        rng = self.rng
        female = rng.random() < 0.45
        first = rng.choice(WOMEN if female else MEN)
        name = f"{first} {rng.choice(FAMILY)}"
        degree = rng.choice(DEGREES)
        if degree:
            name += f", {degree}"
        birth = dt.date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
        if not asn:
            return {"name": name, "nik": self._nik(birth, female), "employment_status": "NON_ASN",
                    "origin_agency": "Non ASN", "phone": self._phone()}
        golongan = rng.choice(list(PANGKAT))
        return {"name": name, "nip": self._nip(birth, female), "employment_status": "PNS", "golongan": golongan,
                "pangkat": PANGKAT[golongan], "phone": self._phone()}

    def _nip(self, birth: dt.date, female: bool) -> str:
        start = birth.year + self.rng.randint(20, 28)
        tmt = dt.date(min(start, 2020), self.rng.randint(1, 12), 1)
        while True:
            serial = f"{self.rng.randint(1, 60):03d}"
            nip = f"{birth:%Y%m%d}{tmt:%Y%m}{2 if female else 1}{serial}"
            if nip not in self.serials:
                self.serials.add(nip)
                return nip

    def _nik(self, birth: dt.date, female: bool) -> str:
        day = birth.day + (40 if female else 0)
        while True:
            nik = f"{self.region}{day:02d}{birth:%m}{birth:%y}{self.rng.randint(1, 9999):04d}"
            if nik not in self.serials:
                self.serials.add(nik)
                return nik

    def _phone(self) -> str:
        return f"08{self.rng.choice(('11', '12', '13', '21', '52', '53'))}{self.rng.randint(10_000_000, 99_999_999)}"

    def desa_names(self, count: int) -> list[str]:
        """Invented desa names, never repeated within one factory (so a regency has no two alike)."""
        names: list[str] = []
        while len(names) < count:
            name = f"{self.rng.choice(DESA_A)} {self.rng.choice(DESA_B)}"
            if name not in self.used_names:
                self.used_names.add(name)
                names.append(name)
        return names
