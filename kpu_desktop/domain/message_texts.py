"""Message templates of every issue code, in Bahasa Indonesia and English.

`{label}` is the human label of the field; other placeholders are the issue's parameters.
"""

from __future__ import annotations


def _m(id_text: str, en_text: str) -> dict[str, str]:
    return {"id": id_text, "en": en_text}


_GENERIC = {
    "field.required": _m("{label} wajib diisi.", "{label} is required."),
    "field.unknown_value": _m("{label} tidak dikenal: {value}.", "{label} has an unknown value: {value}."),
    "field.not_integer": _m("{label} harus bilangan bulat, bukan {value}.",
                            "{label} must be a whole number, not {value}."),
    "field.negative": _m("{label} tidak boleh negatif ({value}).", "{label} must not be negative ({value})."),
    "field.too_long": _m("{label} terlalu panjang ({length} karakter); paling banyak {max}.",
                         "{label} is too long ({length} characters); at most {max}."),
    "field.too_large": _m("{label} terlalu besar ({value}); paling banyak {max}.",
                          "{label} is too large ({value}); at most {max}."),
    "field.not_positive": _m("{label} harus lebih dari 0 ({value}).", "{label} must be more than 0 ({value})."),
    "field.not_boolean": _m("{label}: isian {value} harus ya atau tidak.", "{label}: {value} must be yes or no."),
    "date.invalid": _m("{label} bukan tanggal yang valid: {value}.", "{label} is not a valid date: {value}."),
    "datetime.invalid": _m("{label} bukan tanggal dan waktu yang valid: {value}.",
                           "{label} is not a valid date and time: {value}."),
    "date.end_before_start": _m("{label} ({value}) lebih awal dari tanggal mulai ({start}).",
                                "{label} ({value}) is earlier than the start date ({start})."),
    "date.future": _m("{label} ({value}) berada di masa depan.", "{label} ({value}) is in the future."),
    "number.not_digits": _m("{label} hanya boleh berisi angka, bukan {value}.",
                            "{label} may contain digits only, not {value}."),
    "number.length": _m("{label} harus {expected} digit, bukan {actual} digit.",
                        "{label} must have {expected} digits, not {actual}."),
    "number.excel_float": _m(
        "{label} terbaca sebagai angka Excel ({value}) sehingga digit terakhir hilang; "
        "format kolom sebagai teks lalu ketik ulang.",
        "{label} was read as an Excel number ({value}) and its last digits are lost; "
        "format the column as text and type it again."),
}

_IDENTIFIERS = {
    "nip.birth_date_invalid": _m("{label}: 8 digit pertama ({value}) bukan tanggal lahir yang valid.",
                                 "{label}: the first 8 digits ({value}) are not a valid birth date."),
    "nip.appointment_invalid": _m("{label}: digit ke-9 s.d. 14 ({value}) bukan bulan TMT CPNS yang valid.",
                                  "{label}: digits 9 to 14 ({value}) are not a valid appointment month."),
    "nip.appointment_future": _m("{label}: TMT CPNS {value} berada di masa depan.",
                                 "{label}: the appointment month {value} is in the future."),
    "nip.appointment_too_young": _m(
        "{label}: TMT CPNS {value} kurang dari 18 tahun setelah tanggal lahir ({birth}).",
        "{label}: the appointment month {value} is less than 18 years after the birth date ({birth})."),
    "nip.sex_invalid": _m("{label}: digit ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan {value}.",
                          "{label}: digit 15 must be 1 (male) or 2 (female), not {value}."),
    "nip.serial_zero": _m("{label}: nomor urut (3 digit terakhir) tidak boleh 000.",
                          "{label}: the serial number (last 3 digits) must not be 000."),
    "nik.region_invalid": _m("{label}: kode wilayah {value} tidak valid (kode provinsi 11–99).",
                             "{label}: the region part {value} is not valid (province code 11–99)."),
    "nik.birth_date_invalid": _m(
        "{label}: digit ke-7 s.d. 12 ({value}) bukan tanggal lahir yang valid (perempuan: tanggal + 40).",
        "{label}: digits 7 to 12 ({value}) are not a valid birth date (women: day + 40)."),
    "nik.serial_zero": _m("{label}: nomor urut (4 digit terakhir) tidak boleh 0000.",
                          "{label}: the serial number (last 4 digits) must not be 0000."),
    "nik.birth_date_mismatch_nip": _m(
        "{label}: tanggal lahir {value} tidak sama dengan tanggal lahir pada NIP ({expected}).",
        "{label}: the birth date {value} differs from the birth date in the NIP ({expected})."),
    "nik.sex_mismatch_nip": _m(
        "{label}: jenis kelamin {value} tidak sama dengan jenis kelamin pada NIP ({expected}).",
        "{label}: the sex ({value}) differs from the sex in the NIP ({expected})."),
    "region.format": _m(
        "{label} {value} tidak sesuai format kode wilayah Kemendagri (PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD).",
        "{label} {value} does not follow the Kemendagri format (PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD)."),
    "region.province_invalid": _m("{label}: kode provinsi {value} harus 11–99.",
                                  "{label}: the province code {value} must be 11–99."),
    "region.regency_invalid": _m(
        "{label}: kode kabupaten/kota {value} harus 01–69 (kabupaten) atau 71–99 (kota).",
        "{label}: the regency/city code {value} must be 01–69 (regency) or 71–99 (city)."),
    "region.district_invalid": _m("{label}: kode kecamatan {value} tidak boleh 00.",
                                  "{label}: the district code {value} must not be 00."),
    "region.village_invalid": _m(
        "{label}: kode desa/kelurahan {value} harus diawali 1 (kelurahan) atau 2 (desa).",
        "{label}: the village code {value} must start with 1 (kelurahan) or 2 (desa)."),
    "region.level_mismatch": _m("{label} {value} adalah kode {actual}, seharusnya kode {expected}.",
                                "{label} {value} is a {actual} code; a {expected} code is expected."),
}

_PEOPLE = {
    "rank.golongan_unknown": _m("{label} {value} tidak dikenal (contoh penulisan: III/a).",
                                "{label} {value} is unknown (write it like III/a)."),
    "rank.pangkat_mismatch": _m("{label} {value} tidak sesuai golongan {golongan}; seharusnya {expected}.",
                                "{label} {value} does not match grade {golongan}; it should be {expected}."),
    "rank.pangkat_unknown": _m("{label} {value} tidak dikenal.", "{label} {value} is unknown."),
    "rank.golongan_missing": _m("{label} belum diisi untuk pegawai berstatus {status}.",
                                "{label} is missing for an employee with status {status}."),
    "rank.not_allowed": _m("{label} harus kosong untuk status {status} ({value}).",
                           "{label} must be empty for status {status} ({value})."),
    "rank.pppk_golongan_unknown": _m("{label} PPPK harus angka Romawi I–XVII, bukan {value}.",
                                     "{label} of a PPPK must be a Roman numeral I–XVII, not {value}."),
    "rank.pppk_pangkat_ignored": _m("{label} tidak berlaku untuk PPPK; {value} diabaikan.",
                                    "{label} does not apply to PPPK; {value} is ignored."),
    "person.name_only_titles": _m("{label} hanya berisi gelar ({value}); isi nama lengkap.",
                                  "{label} holds only titles ({value}); enter the full name."),
    "person.nip_not_allowed": _m("{label} harus kosong untuk status {status}; isi NIK.",
                                 "{label} must be empty for status {status}; enter the NIK instead."),
    "person.birth_date_mismatch": _m("{label} {value} tidak sama dengan tanggal lahir pada {source} ({expected}).",
                                     "{label} {value} differs from the birth date in {source} ({expected})."),
    "person.sex_mismatch": _m("{label} ({value}) tidak sama dengan jenis kelamin pada {source} ({expected}).",
                              "{label} ({value}) differs from the sex in {source} ({expected})."),
    "person.phone_invalid": _m(
        "{label} {value} bukan nomor telepon Indonesia yang valid (9–14 angka, boleh diawali 0, 62 atau +62).",
        "{label} {value} is not a valid Indonesian phone number (9–14 digits, optionally starting 0, 62 or +62)."),
}

_PLACEMENTS = {
    "placement.post_not_allowed": _m("{label} {value} tidak berlaku untuk {body}.",
                                     "{label} {value} does not exist in a {body}."),
    "placement.decree_after_start": _m(
        "{label} ({value}) setelah TMT ({start}); pastikan keputusan memang berlaku surut.",
        "{label} ({value}) is after the start date ({start}); check that the decree is retroactive."),
    "placement.proposal_after_decree": _m(
        "{label} ({value}) setelah tanggal keputusan KPU ({decree}).",
        "{label} ({value}) is after the KPU decree date ({decree})."),
    "placement.ended_requires": _m("{label} wajib diisi bila penempatan berakhir.",
                                   "{label} is required when the placement has ended."),
    "placement.end_reason_not_ended": _m("{label} hanya diisi bila status penempatan berakhir.",
                                         "{label} may only be set when the placement has ended."),
    "placement.honorarium_differs": _m(
        "{label} {value} berbeda dari honorarium standar {default} (Keputusan KPU 472/2022).",
        "{label} {value} differs from the standard honorarium {default} (KPU Decision 472/2022)."),
    "placement.outside_work_period": _m("{label} ({value}) di luar masa kerja {start} s.d. {end}.",
                                        "{label} ({value}) is outside the work period {start} to {end}."),
    "placement.overlap": _m(
        "{label}: penempatan ini tumpang tindih dengan penempatan aktif lain orang yang sama di {unit} "
        "({start} s.d. {end}).",
        "{label}: this placement overlaps another active placement of the same person at {unit} "
        "({start} to {end})."),
    "staffing.post_missing": _m("{label}: {unit} belum memiliki {post}.", "{label}: {unit} has no {post}."),
    "staffing.post_too_many": _m("{label}: {unit} memiliki {count} {post}, seharusnya {expected}.",
                                 "{label}: {unit} has {count} {post}, expected {expected}."),
    "staffing.secretary_not_asn": _m("{label}: Sekretaris {unit} seharusnya ASN, bukan {status}.",
                                     "{label}: the Secretary of {unit} should be a civil servant, not {status}."),
}

_FACILITIES = {
    "facility.loan_requires": _m("{label} wajib diisi untuk pinjam pakai.",
                                 "{label} is required for a loan for use (pinjam pakai)."),
    "facility.loan_too_long": _m("{label}: masa pinjam pakai {start} s.d. {value} melebihi {max_years} tahun.",
                                 "{label}: the loan period {start} to {value} exceeds {max_years} years."),
    "facility.checklist_unknown": _m("{label}: butir {value} tidak dikenal.",
                                     "{label}: item {value} is unknown."),
    "facility.warehouse_checklist_incomplete": _m("{label} belum terpenuhi: {items}.",
                                                  "{label} not met: {items}."),
    "facility.vehicle_no_registration": _m("{label} kendaraan belum diisi (nomor polisi, rangka atau mesin).",
                                           "{label} of the vehicle is missing (plate, frame or engine number)."),
    "facility.return_overdue": _m("{label} belum diisi padahal masa pakai berakhir {end}.",
                                  "{label} is missing although the period ended on {end}."),
}

_RECEIPTS = {
    "receipt.no_lines": _m("{label}: berita acara harus memiliki minimal satu baris barang.",
                           "{label}: the handover report needs at least one item line."),
    "receipt.arrival_before_dispatch": _m("{label} ({value}) lebih awal dari waktu berangkat ({dispatch}).",
                                          "{label} ({value}) is earlier than the dispatch ({dispatch})."),
    "receipt.late_arrival": _m("{label} ({value}) terlambat dari rencana ({planned}).",
                               "{label} ({value}) is later than planned ({planned}): late delivery."),
    "line.election_type_not_in_event": _m(
        "{label} {value} bukan jenis pemilihan pada kegiatan ini ({allowed}).",
        "{label} {value} is not an election type of this event ({allowed})."),
    "line.dapil_required": _m("{label} wajib diisi untuk {item} {type}.", "{label} is required for {item} {type}."),
    "line.good_damaged_sum": _m("{label} ({value}) harus sama dengan baik ({good}) + rusak ({damaged}).",
                                "{label} ({value}) must equal good ({good}) + damaged ({damaged})."),
    "line.short_mismatch": _m("{label} ({value}) seharusnya {expected} (kebutuhan dikurangi diterima).",
                              "{label} ({value}) should be {expected} (expected minus received)."),
    "line.excess_mismatch": _m("{label} ({value}) seharusnya {expected} (diterima dikurangi kebutuhan).",
                               "{label} ({value}) should be {expected} (received minus expected)."),
    "line.short_and_excess": _m("{label}: kurang dan lebih tidak boleh keduanya lebih dari 0.",
                                "{label}: short and excess cannot both be more than 0."),
    "line.duplicate": _m("{label}: baris ini sama dengan baris {other} (barang, jenis pemilihan, dapil).",
                         "{label}: this line repeats line {other} (item, election type, district)."),
    "line.short": _m("{label} ({value}) kurang {count} dari kebutuhan ({expected}); ajukan permintaan kekurangan.",
                     "{label} ({value}) is {count} short of the {expected} expected; request the shortfall."),
    "line.excess": _m("{label} ({value}) lebih {count} dari kebutuhan ({expected}).",
                      "{label} ({value}) is {count} more than the {expected} expected."),
    "line.damaged_needs_replacement": _m("{label}: {value} rusak; ajukan permintaan penggantian.",
                                         "{label}: {value} damaged; request a replacement."),
    "line.ballots_need_destruction": _m(
        "{label}: {count} surat suara rusak atau lebih; buat berita acara pemusnahan.",
        "{label}: {count} damaged or excess ballots; a destruction report (BA pemusnahan) is needed."),
    "line.wrong_dapil": _m(
        "{label} ({value}) bukan dapil penerima ({expected}); surat suara mungkin tertukar antar dapil.",
        "{label} ({value}) is not the receiver's district ({expected}): ballots for the wrong electoral district."),
}

# Codes raised by services when a record refers to other records or comes from an import.
_REFERENCES = {
    "unit.unknown": _m("{label} tidak ditemukan: {detail}.", "{label} not found: {detail}."),
    "event.unknown": _m("{label} tidak dikenal: {detail}.", "{label} is unknown: {detail}."),
    "facility.checklist_unreadable": _m("{label} tidak dapat dibaca; tulis butir yang terpenuhi dipisah koma.",
                                        "{label} cannot be read; list the items met, separated by commas."),
    "import.unit_not_found": _m("{label}: unit {value} tidak ditemukan di daftar unit.",
                                "{label}: no unit {value} in the list of units."),
    "import.unit_ambiguous": _m("{label}: lebih dari satu unit bernama {value}; isi kolom KODE UNIT.",
                                "{label}: more than one unit is named {value}; fill in the unit code column."),
    "import.event_missing": _m("{label} belum dipilih untuk impor ini.",
                               "{label} has not been chosen for this import."),
    "import.duplicate_row": _m("{label}: baris ini sama dengan baris {other}.",
                               "{label}: this row repeats row {other}."),
}

MESSAGES: dict[str, dict[str, str]] = {
    **_GENERIC, **_IDENTIFIERS, **_PEOPLE, **_PLACEMENTS, **_FACILITIES, **_RECEIPTS, **_REFERENCES,
}
