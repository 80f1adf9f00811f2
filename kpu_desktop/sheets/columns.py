"""Column names per record kind: the header we write, and the headers secretariats write."""

from __future__ import annotations

from dataclasses import dataclass

from .table import normalise_header


@dataclass(frozen=True)
class Column:
    field: str
    header: str                     # what our exports write
    aliases: tuple[str, ...] = ()   # other spellings met in real files

    def names(self) -> set[str]:
        return {normalise_header(self.header), *(normalise_header(a) for a in self.aliases)}


ASN = (
    Column("id", "ID"),
    Column("name", "NAMA", ("nama lengkap", "nama dan gelar", "name")),
    Column("nip", "NIP", ("nip ni pppk", "ni pppk", "nip/ni pppk")),
    Column("nik", "NIK", ("no ktp", "nomor induk kependudukan")),
    Column("birth_date", "TANGGAL LAHIR", ("tgl lahir",)),
    Column("sex", "JENIS KELAMIN", ("l p", "jk")),
    Column("employment_status", "STATUS KEPEGAWAIAN", ("status pegawai", "ket", "keterangan status")),
    Column("pangkat_golongan", "PANGKAT / GOL. RUANG", ("pangkat gol", "pangkat golongan", "pangkat gol ruang")),
    Column("golongan", "GOLONGAN", ("gol", "gol ruang")),
    Column("pangkat", "PANGKAT"),
    Column("origin_position", "JABATAN ASAL", ("jabatan", "jabatan di instansi asal")),
    Column("origin_agency", "INSTANSI ASAL", ("opd asal", "unit kerja asal", "instansi")),
    Column("phone", "NO. HP", ("nomor hp", "no telp", "telepon", "hp")),
    Column("event_id", "PEMILIHAN", ("event", "pemilu pilkada")),
    Column("unit_code", "KODE UNIT", ("kode wilayah",)),
    Column("unit_name", "UNIT", ("unit kerja", "sekretariat")),
    Column("kecamatan", "KECAMATAN"),
    Column("desa", "DESA/KELURAHAN", ("desa", "kelurahan", "desa kelurahan")),
    Column("post", "JABATAN DALAM SEKRETARIAT", ("jabatan sekretariat", "kedudukan", "jabatan dalam sekretariat ppk")),
    Column("proposing_decree_no", "NO. SK BUPATI", ("no sk bupati wali kota", "no sk kepala desa", "no sk usulan",
                                                    "no sk kades lurah")),
    Column("proposing_decree_date", "TGL SK BUPATI", ("tanggal sk bupati", "tgl sk usulan", "tgl sk kepala desa")),
    Column("kpu_decree_no", "NO. SK KPU", ("nomor sk kpu",)),
    Column("kpu_decree_date", "TGL SK KPU", ("tanggal sk kpu",)),
    Column("integrity_pact_date", "TGL PAKTA INTEGRITAS", ("pakta integritas",)),
    Column("start_date", "TMT", ("tmt penugasan", "tanggal mulai")),
    Column("end_date", "TANGGAL BERAKHIR", ("tgl berakhir", "tmt berakhir")),
    Column("honorarium", "HONORARIUM", ("honor",)),
    Column("status", "STATUS"),
    Column("end_reason", "ALASAN BERAKHIR"),
    Column("note", "CATATAN", ("catatan penempatan",)),
)

FACILITY = (
    Column("id", "ID"),
    Column("unit_code", "KODE UNIT", ("kode wilayah",)),
    Column("unit_name", "UNIT PENERIMA", ("unit", "penerima", "sekretariat")),
    Column("event_id", "PEMILIHAN"),
    Column("category", "JENIS SARANA", ("kategori", "jenis")),
    Column("description", "URAIAN", ("nama barang", "deskripsi", "nama sarana")),
    Column("specification", "SPESIFIKASI", ("merk tipe", "spesifikasi teknis")),
    Column("quantity", "JUMLAH", ("jml", "volume")),
    Column("measure_unit", "SATUAN"),
    Column("condition", "KONDISI"),
    Column("owner_name", "PEMILIK", ("opd pemilik", "pemilik aset")),
    Column("owner_contact", "KONTAK PEMILIK", ("kontak",)),
    Column("registration_no", "NO. REGISTRASI", ("kode aset", "no polisi", "nomor polisi", "no register")),
    Column("location_code", "KODE LOKASI", ("lokasi",)),
    Column("basis", "DASAR", ("dasar hukum", "dasar penyediaan")),
    Column("agreement_no", "NO. PERJANJIAN", ("no pinjam pakai", "no bast", "nomor perjanjian")),
    Column("agreement_date", "TGL PERJANJIAN", ("tanggal perjanjian", "tgl pinjam pakai")),
    Column("start_date", "MULAI", ("tanggal mulai", "tmt")),
    Column("end_date", "BERAKHIR", ("tanggal berakhir", "sampai")),
    Column("extended", "DIPERPANJANG", ("perpanjangan",)),
    Column("return_date", "TGL PENGEMBALIAN", ("tanggal pengembalian",)),
    Column("return_bast_no", "NO. BAST PENGEMBALIAN", ("bast pengembalian",)),
    Column("checklist", "DAFTAR PERIKSA GUDANG", ("checklist gudang", "daftar periksa")),
    Column("note", "KETERANGAN", ("ket", "catatan")),
)

RECEIPT = (
    Column("receipt_id", "ID BAST"),
    Column("line_id", "ID BARIS"),
    Column("number", "NO BA", ("no bast", "nomor ba", "nomor bast", "no berita acara")),
    Column("received_at", "TANGGAL", ("tanggal terima", "tgl", "waktu")),
    Column("place", "TEMPAT"),
    Column("event_id", "PEMILIHAN"),
    Column("giver_institution", "DARI", ("pihak pertama", "pengirim", "instansi pemberi")),
    Column("giver_name", "NAMA PEMBERI", ("nama pihak pertama",)),
    Column("giver_post", "JABATAN PEMBERI"),
    Column("receiver_institution", "KEPADA", ("pihak kedua", "penerima")),
    Column("receiver_name", "NAMA PENERIMA", ("nama pihak kedua",)),
    Column("receiver_post", "JABATAN PENERIMA"),
    Column("receiver_unit_code", "KODE UNIT PENERIMA", ("kode unit", "kode wilayah")),
    Column("tps_number", "NO TPS", ("tps",)),
    Column("witnesses", "SAKSI"),
    Column("refs", "DOKUMEN RUJUKAN", ("surat jalan", "rujukan")),
    Column("transport_mode", "MODA ANGKUTAN", ("moda", "angkutan")),
    Column("planned_dispatch", "RENCANA KIRIM"),
    Column("actual_dispatch", "WAKTU KIRIM", ("realisasi kirim",)),
    Column("planned_arrival", "RENCANA TIBA"),
    Column("actual_arrival", "WAKTU TIBA", ("realisasi tiba",)),
    Column("item_code", "JENIS LOGISTIK", ("barang", "nama barang", "item", "logistik")),
    Column("election_type", "JENIS PEMILIHAN", ("jenis", "surat suara jenis")),
    Column("dapil", "DAPIL", ("daerah pemilihan",)),
    Column("measure_unit", "SATUAN"),
    Column("expected", "KEBUTUHAN", ("jumlah kebutuhan", "rencana")),
    Column("received", "DITERIMA", ("jumlah diterima", "realisasi")),
    Column("good", "BAIK", ("kondisi baik",)),
    Column("damaged", "RUSAK", ("kondisi rusak",)),
    Column("short", "KURANG", ("kekurangan",)),
    Column("excess", "LEBIH", ("kelebihan",)),
    Column("note", "KETERANGAN", ("ket", "catatan")),
)

KINDS = {"asn": ASN, "facility": FACILITY, "receipt": RECEIPT}


def header_index(columns: tuple[Column, ...]) -> dict[str, str]:
    """Normalised header text -> field."""
    index: dict[str, str] = {}
    for column in columns:
        for name in column.names():
            index.setdefault(name, column.field)
    return index
