<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kpu-desktop</source>
        <translation>Tentang kpu-desktop</translation>
    </message>
    <message>
        <source>kpu-desktop %1</source>
        <translation>kpu-desktop %1</translation>
    </message>
    <message>
        <source>Records of ASN placements, facility support and election logistics for KPU secretariats.</source>
        <translation>Pencatatan penempatan ASN, dukungan fasilitas, dan logistik pemilu untuk sekretariat KPU.</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>sedang dihitung...</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan kerja</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Skema basis data</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>ID node</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Sidik data</translation>
    </message>
    <message>
        <source>Read it out over the phone: installations holding the same shared records show the same fingerprint.</source>
        <translation>Bacakan lewat telepon: instalasi yang menyimpan data bersama yang sama menampilkan sidik yang sama.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>tidak tersedia</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>Akun administrator</translation>
    </message>
    <message>
        <source>The administrator manages users and units. Keep the password safe: it cannot be recovered.</source>
        <translation>Administrator mengelola pengguna dan unit. Simpan kata sandi dengan baik: kata sandi tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password (at least 8 characters)</source>
        <translation>&amp;Kata sandi (minimal 8 karakter)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>AsnScreen</name>
    <message>
        <source>the placement of {name} as {post} in {unit}</source>
        <translation>penempatan {name} sebagai {post} di {unit}</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Updated from a document</source>
        <translation>Diperbarui dari dokumen</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>Konflik diputuskan</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Basis data dibuat</translation>
    </message>
    <message>
        <source>Region list imported</source>
        <translation>Daftar wilayah diimpor</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Akun ditambahkan</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Akun diubah</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Kata sandi diatur</translation>
    </message>
    <message>
        <source>Name and NIP changed</source>
        <translation>Nama dan NIP diubah</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paket data diekspor</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paket data diimpor</translation>
    </message>
    <message>
        <source>Corrected by a higher unit</source>
        <translation>Dikoreksi unit atas</translation>
    </message>
    <message>
        <source>Document generated</source>
        <translation>Dokumen dibuat</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Dokumen ditandatangani</translation>
    </message>
    <message>
        <source>Document settings changed</source>
        <translation>Pengaturan dokumen diubah</translation>
    </message>
    <message>
        <source>Signed PDF imported</source>
        <translation>PDF bertanda tangan diimpor</translation>
    </message>
    <message>
        <source>Signing identity created</source>
        <translation>Identitas penanda tangan dibuat</translation>
    </message>
    <message>
        <source>Signing identity imported</source>
        <translation>Identitas penanda tangan diimpor</translation>
    </message>
    <message>
        <source>Certificate trusted</source>
        <translation>Sertifikat ditambahkan ke daftar tepercaya</translation>
    </message>
    <message>
        <source>Certificate no longer trusted</source>
        <translation>Sertifikat dikeluarkan dari daftar tepercaya</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Data bundles</source>
        <translation>Paket data</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identitas penanda tangan</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Daftar tepercaya</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit Trail</source>
        <translation>Jejak Audit</translation>
    </message>
    <message>
        <source>Every change, who made it and when. Entries are chained by SHA-256: an entry altered afterwards breaks the chain.</source>
        <translation>Setiap perubahan, siapa yang mengubah dan kapan. Entri dirantai dengan SHA-256: entri yang diubah belakangan akan memutus rantai.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Periksa rantai</translation>
    </message>
    <message>
        <source>Chain: not verified yet</source>
        <translation>Rantai: belum diperiksa</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Select an entry to see every changed field.</source>
        <translation>Pilih satu entri untuk melihat semua kolom yang berubah.</translation>
    </message>
    <message>
        <source>record id or its beginning</source>
        <translation>ID data atau awalannya</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Terapkan saringan</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Pengguna</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>T&amp;abel</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>Tin&amp;dakan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Dat&amp;a</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>semua tanggal</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(semua)</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first)</source>
        <translation>%1 entri ditampilkan (terbaru di atas)</translation>
    </message>
    <message>
        <source>Chain: verifying...</source>
        <translation>Rantai: sedang diperiksa...</translation>
    </message>
    <message>
        <source>Chain intact: all %1 entries verified.</source>
        <translation>Rantai utuh: seluruh %1 entri terverifikasi.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Rantai RUSAK pada entri %1: %2</translation>
    </message>
    <message>
        <source>Chain could not be verified: %1</source>
        <translation>Rantai tidak dapat diperiksa: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>daily (first start of the day)</source>
        <translation>harian (saat pertama dibuka hari itu)</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>sebelum impor</translation>
    </message>
    <message>
        <source>before a data package import</source>
        <translation>sebelum impor paket data</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>damaged database, kept as found</source>
        <translation>basis data rusak, disimpan apa adanya</translation>
    </message>
    <message>
        <source>before a database upgrade</source>
        <translation>sebelum pembaruan basis data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Back up - kpu-desktop</source>
        <translation>Cadangkan - kpu-desktop</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <source>A complete, verified copy of all records. Keep it on a USB stick, away from this computer; it can be restored on any installation.</source>
        <translation>Salinan lengkap seluruh data yang sudah diperiksa. Simpan di flashdisk, jauh dari komputer ini; cadangan dapat dipulihkan di instalasi mana pun.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Tujuan cadangan</translation>
    </message>
    <message>
        <source>Backup target</source>
        <translation>Tujuan cadangan</translation>
    </message>
    <message>
        <source>Look for drives</source>
        <translation>Cari flashdisk</translation>
    </message>
    <message>
        <source>Choose folder or file...</source>
        <translation>Pilih folder atau berkas...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <source>Made daily at the first start, before imports, upgrades and restores, in %1</source>
        <translation>Dibuat setiap hari saat pertama dibuka, sebelum impor, pembaruan, dan pemulihan, di %1</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in, or choose a folder</source>
        <translation>Flashdisk tidak ditemukan: pasang flashdisk, atau pilih folder</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Simpan cadangan sebagai</translation>
    </message>
    <message>
        <source>kpu-desktop backups (*.sqlite3);;All files (*)</source>
        <translation>Cadangan kpu-desktop (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Plug in a USB stick and press Look for drives, or choose a folder.</source>
        <translation>Pasang flashdisk lalu tekan Cari flashdisk, atau pilih folder.</translation>
    </message>
    <message>
        <source>The backup will be written to %1</source>
        <translation>Cadangan akan ditulis ke %1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>Cadangan ditulis dan diperiksa: %1 (%2)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
</context>
<context>
    <name>ConflictDetail</name>
    <message>
        <source>Select a conflict to compare its versions.</source>
        <translation>Pilih konflik untuk membandingkan versinya.</translation>
    </message>
    <message>
        <source>This record was deleted in one place while it was edited in another. It stays deleted until you decide.</source>
        <translation>Data ini dihapus di satu tempat sementara diubah di tempat lain. Data tetap terhapus sampai Anda memutuskan.</translation>
    </message>
    <message>
        <source>This field was changed in two places before the data was exchanged. The newest value (left) is in use until you decide; your decision is sent with the next data package.</source>
        <translation>Isian ini diubah di dua tempat sebelum data dipertukarkan. Nilai terbaru (kiri) dipakai sampai Anda memutuskan; keputusan Anda ikut terkirim pada paket data berikutnya.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>(in use now)</source>
        <translation>(dipakai sekarang)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Keep &amp;deleted</source>
        <translation>Tetap &amp;dihapus</translation>
    </message>
    <message>
        <source>&amp;Restore with these edits</source>
        <translation>&amp;Pulihkan dengan perubahan ini</translation>
    </message>
    <message>
        <source>Keep value &amp;%1</source>
        <translation>Pakai nilai &amp;%1</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Records changed in two places before they were exchanged.</source>
        <translation>Data yang diubah di dua tempat sebelum dipertukarkan.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Konflik terbuka</translation>
    </message>
    <message>
        <source>Decided here</source>
        <translation>Sudah diputuskan di sini</translation>
    </message>
    <message>
        <source>filter by record, field or kind</source>
        <translation>saring menurut data, isian, atau jenis</translation>
    </message>
    <message>
        <source>Your role may look at conflicts; deciding them needs an operator or an administrator.</source>
        <translation>Peran Anda hanya dapat melihat konflik; memutuskannya memerlukan operator atau administrator.</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>memuat...</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Nilai yang dipakai</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 terbuka</translation>
    </message>
    <message>
        <source>%1 decided here</source>
        <translation>%1 diputuskan di sini</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>No decision selected.</source>
        <translation>Belum ada keputusan yang dipilih.</translation>
    </message>
    <message>
        <source>%1: %2 — %3
Kept: %4
Decided by %5 on %6. The decision is sent with the next data package and closes the conflict everywhere.</source>
        <translation>%1: %2 — %3
Dipakai: %4
Diputuskan oleh %5 pada %6. Keputusan ini ikut terkirim pada paket data berikutnya dan menutup konflik di semua tempat.</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; for %2 of %3? The other version is set aside; the decision is recorded in the audit trail and sent with the next data package.</source>
        <translation>Pakai &quot;%1&quot; untuk %2 pada %3? Versi lainnya dikesampingkan; keputusan dicatat dalam jejak audit dan ikut terkirim pada paket data berikutnya.</translation>
    </message>
    <message>
        <source>Decide conflict</source>
        <translation>Putuskan konflik</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Pakai nilai ini</translation>
    </message>
</context>
<context>
    <name>DashboardRows</name>
    <message>
        <source>No Sekretaris placed</source>
        <translation>Sekretaris belum ditempatkan</translation>
    </message>
    <message>
        <source>Sekretaris PPK is not an ASN</source>
        <translation>Sekretaris PPK bukan ASN</translation>
    </message>
    <message>
        <source>Posts not filled</source>
        <translation>Jabatan belum terisi</translation>
    </message>
    <message>
        <source>No office room recorded</source>
        <translation>Ruang kantor belum tercatat</translation>
    </message>
    <message>
        <source>No warehouse recorded</source>
        <translation>Gudang belum tercatat</translation>
    </message>
    <message>
        <source>Warehouse lacks: %1</source>
        <translation>Gudang belum memenuhi: %1</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>kurang %1</translation>
    </message>
    <message>
        <source>damaged %1</source>
        <translation>rusak %1</translation>
    </message>
    <message>
        <source>excess %1</source>
        <translation>lebih %1</translation>
    </message>
    <message>
        <source>No logistics receipt recorded</source>
        <translation>Belum ada penerimaan logistik</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Pemilihan:</translation>
    </message>
    <message>
        <source>Secretariat staffing</source>
        <translation>Personel sekretariat</translation>
    </message>
    <message>
        <source>posts filled</source>
        <translation>jabatan terisi</translation>
    </message>
    <message>
        <source>without a Sekretaris</source>
        <translation>tanpa Sekretaris</translation>
    </message>
    <message>
        <source>PPK Sekretaris not ASN</source>
        <translation>Sekretaris PPK bukan ASN</translation>
    </message>
    <message>
        <source>Posts filled per PPK area (PPK and its PPS)</source>
        <translation>Jabatan terisi per wilayah PPK (PPK dan PPS-nya)</translation>
    </message>
    <message>
        <source>Facility support</source>
        <translation>Sarana dan prasarana</translation>
    </message>
    <message>
        <source>secretariats with an office</source>
        <translation>sekretariat memiliki ruang kantor</translation>
    </message>
    <message>
        <source>PPK with a warehouse</source>
        <translation>PPK memiliki gudang</translation>
    </message>
    <message>
        <source>warehouse checklist gaps</source>
        <translation>kekurangan daftar periksa gudang</translation>
    </message>
    <message>
        <source>Warehouse checklist met per PPK</source>
        <translation>Daftar periksa gudang terpenuhi per PPK</translation>
    </message>
    <message>
        <source>Logistics receipts</source>
        <translation>Penerimaan logistik</translation>
    </message>
    <message>
        <source>received of expected</source>
        <translation>diterima dari kebutuhan</translation>
    </message>
    <message>
        <source>lines short, damaged or excess</source>
        <translation>baris kurang, rusak atau lebih</translation>
    </message>
    <message>
        <source>PPK without a receipt</source>
        <translation>PPK belum menerima</translation>
    </message>
    <message>
        <source>Received against expected per PPK area</source>
        <translation>Diterima dibanding kebutuhan per wilayah PPK</translation>
    </message>
    <message>
        <source>Needs attention, worst first</source>
        <translation>Perlu tindak lanjut, terberat di atas</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Press Enter or double-click a row to open its records.</source>
        <translation>Tekan Enter atau klik dua kali sebuah baris untuk membuka datanya.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Angka tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>%1 and every unit below it</source>
        <translation>%1 beserta seluruh unit di bawahnya</translation>
    </message>
    <message>
        <source>%1: %2 of %3 posts filled</source>
        <translation>%1: %2 dari %3 jabatan terisi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Warehouse of PPK %1</source>
        <translation>Gudang PPK %1</translation>
    </message>
    <message>
        <source>%1: usable items received against expected</source>
        <translation>%1: barang layak pakai yang diterima dibanding kebutuhan</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sarana &amp; Prasarana</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete record</source>
        <translation>Hapus data</translation>
    </message>
    <message>
        <source>Delete {record}? It stays in the audit trail and can be undone with Ctrl+Z.</source>
        <translation>Hapus {record}? Data tetap tercatat di jejak audit dan dapat dibatalkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Write why the record is deleted.</source>
        <translation>Tuliskan alasan data ini dihapus.</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>kpu-desktop is already running</source>
        <translation>kpu-desktop sudah berjalan</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Folder data tidak dapat dipakai</translation>
    </message>
    <message>
        <source>%1 cannot be locked: %2</source>
        <translation>%1 tidak dapat dikunci: %2</translation>
    </message>
    <message>
        <source>An administrator can restore a backup now. Cancel closes kpu-desktop; the command above restores later.</source>
        <translation>Admin dapat memulihkan cadangan sekarang. Batal menutup kpu-desktop; perintah di atas dapat dipakai untuk memulihkan nanti.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Pulihkan cadangan...</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>The database was restored from %1.
The previous database was kept as %2.

Please sign in again.</source>
        <translation>Basis data dipulihkan dari %1.
Basis data sebelumnya disimpan sebagai %2.

Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>search: number, party, place</source>
        <translation>cari: nomor, pihak, tempat</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Kegiatan</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Penerimaan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Place and date</source>
        <translation>&amp;Tempat, tanggal</translation>
    </message>
    <message>
        <source>Signer (Sekretaris)</source>
        <translation>Penanda tangan (Sekretaris)</translation>
    </message>
    <message>
        <source>Second signature box for the Ketua</source>
        <translation>Kolom tanda tangan kedua untuk Ketua</translation>
    </message>
    <message>
        <source>Rekap Penempatan ASN (ASN placements)</source>
        <translation>Rekap Penempatan ASN</translation>
    </message>
    <message>
        <source>Daftar Sarana dan Prasarana (facility support)</source>
        <translation>Daftar Sarana dan Prasarana</translation>
    </message>
    <message>
        <source>BAST (logistics handover) of one receipt</source>
        <translation>BAST (serah terima logistik) satu penerimaan</translation>
    </message>
    <message>
        <source>Rekap Logistik (logistics recap)</source>
        <translation>Rekap Logistik</translation>
    </message>
    <message>
        <source>Laporan Ringkas (summary for KPU Provinsi)</source>
        <translation>Laporan Ringkas (untuk KPU Provinsi)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>(no receipt matches)</source>
        <translation>(tidak ada penerimaan yang cocok)</translation>
    </message>
    <message>
        <source>Choose the receipt of the BAST.</source>
        <translation>Pilih penerimaan untuk BAST.</translation>
    </message>
    <message>
        <source>Give the place of signing.</source>
        <translation>Isi tempat penandatanganan.</translation>
    </message>
    <message>
        <source>Give the signer&apos;s name.</source>
        <translation>Isi nama penanda tangan.</translation>
    </message>
    <message>
        <source>Give the Ketua&apos;s name, or remove the second signature box.</source>
        <translation>Isi nama Ketua, atau hapus kolom tanda tangan kedua.</translation>
    </message>
</context>
<context>
    <name>DocumentSlots</name>
    <message>
        <source>Sekretaris</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>first party</source>
        <translation>pihak pertama</translation>
    </message>
    <message>
        <source>second party</source>
        <translation>pihak kedua</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Printable documents made from your records, signed with the secretariat&apos;s electronic signature; verify and import signed PDFs.</source>
        <translation>Dokumen cetak dari data Anda, dibubuhi tanda tangan elektronik sekretariat; periksa keabsahan dan impor PDF bertanda tangan.</translation>
    </message>
    <message>
        <source>&amp;Produce</source>
        <translation>&amp;Buat dokumen</translation>
    </message>
    <message>
        <source>&amp;Verify and import</source>
        <translation>&amp;Verifikasi dan impor</translation>
    </message>
    <message>
        <source>Identity and &amp;trust</source>
        <translation>Identitas dan daftar &amp;terpercaya</translation>
    </message>
</context>
<context>
    <name>ExchangeScreen</name>
    <message>
        <source>Data exchange</source>
        <translation>Pertukaran Data</translation>
    </message>
    <message>
        <source>Send and receive data packages by flashdisk, up and down the unit tree.</source>
        <translation>Kirim dan terima paket data lewat flashdisk, ke unit atas maupun ke unit bawah.</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Muat ulang status</translation>
    </message>
    <message>
        <source>Your role may view the exchange status only; exporting and importing data packages needs an operator, verifier or administrator.</source>
        <translation>Peran Anda hanya dapat melihat status pertukaran; mengekspor dan mengimpor paket data memerlukan operator, verifikator, atau administrator.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Rec&amp;eive</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>ExistingSignPanel</name>
    <message>
        <source>Add a signature to an existing document</source>
        <translation>Tambahkan tanda tangan pada dokumen yang sudah ada</translation>
    </message>
    <message>
        <source>For the Ketua&apos;s signature after the Sekretaris&apos;, or a BAST party: the earlier signatures stay valid.</source>
        <translation>Untuk tanda tangan Ketua sesudah Sekretaris, atau pihak BAST: tanda tangan sebelumnya tetap sah.</translation>
    </message>
    <message>
        <source>C&amp;hoose PDF...</source>
        <translation>&amp;Pilih PDF...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas dipilih</translation>
    </message>
    <message>
        <source>e.g. Ketua KPU Kabupaten ...</source>
        <translation>mis. Ketua KPU Kabupaten ...</translation>
    </message>
    <message>
        <source>Sl&amp;ot</source>
        <translation>K&amp;olom</translation>
    </message>
    <message>
        <source>Signer&apos;s p&amp;ost</source>
        <translation>&amp;Jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Sign and sa&amp;ve...</source>
        <translation>Tandatangani dan &amp;simpan...</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translation>Dokumen yang akan ditandatangani</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Membaca %1...</translation>
    </message>
    <message>
        <source>signed by: %1</source>
        <translation>ditandatangani oleh: %1</translation>
    </message>
    <message>
        <source>This document has no free signature slot.</source>
        <translation>Dokumen ini tidak memiliki kolom tanda tangan yang masih kosong.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key, to sign %1 as %2:</source>
        <translation>Kata sandi kunci penandatanganan, untuk menandatangani %1 sebagai %2:</translation>
    </message>
    <message>
        <source>Save the signed document</source>
        <translation>Simpan dokumen yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>The signed document was not saved.</source>
        <translation>Dokumen yang sudah ditandatangani tidak disimpan.</translation>
    </message>
    <message>
        <source>Signed and saved: %1</source>
        <translation>Ditandatangani dan disimpan: %1</translation>
    </message>
    <message>
        <source>Sign a document</source>
        <translation>Tandatangani dokumen</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Edit facility support</source>
        <translation>Ubah sarana dan prasarana</translation>
    </message>
    <message>
        <source>New facility support</source>
        <translation>Sarana dan prasarana baru</translation>
    </message>
    <message>
        <source>(every event)</source>
        <translation>(semua pemilihan)</translation>
    </message>
</context>
<context>
    <name>FacilityScreen</name>
    <message>
        <source>{category} &quot;{description}&quot; of {unit}</source>
        <translation>{category} &quot;{description}&quot; milik {unit}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search (Ctrl+F): name, NIP, number...</source>
        <translation>Cari (Ctrl+F): nama, NIP, nomor...</translation>
    </message>
    <message>
        <source>Discrepancies only</source>
        <translation>Hanya yang selisih</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Semua pemilihan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>With discrepancies</source>
        <translation>Ada selisih</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Terlambat tiba</translation>
    </message>
</context>
<context>
    <name>FingerprintCard</name>
    <message>
        <source>Data fingerprint</source>
        <translation>Sidik data</translation>
    </message>
    <message>
        <source>O&amp;f:</source>
        <translation>&amp;Untuk:</translation>
    </message>
    <message>
        <source>all shared data</source>
        <translation>semua data bersama</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Read it to the other office by phone: the same fingerprint means the same data.</source>
        <translation>Bacakan kepada kantor lain lewat telepon: sidik data yang sama berarti datanya sama.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready to set up</source>
        <translation>Siap disiapkan</translation>
    </message>
    <message>
        <source>Fill with &amp;sample data (for training; every sample record can be deleted)</source>
        <translation>Isi dengan data &amp;contoh (untuk pelatihan; semua data contoh dapat dihapus)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Signing identity</source>
        <translation>Identitas penanda tangan</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;name</source>
        <translation>&amp;Nama pejabat</translation>
    </message>
    <message>
        <source>Officer&apos;s NI&amp;P</source>
        <translation>NI&amp;P pejabat</translation>
    </message>
    <message>
        <source>Documents and USB bundles are signed with the secretariat officer&apos;s identity. You can also create or import it later, under Documents.</source>
        <translation>Dokumen dan paket USB ditandatangani dengan identitas pejabat sekretariat. Identitas juga dapat dibuat atau diimpor nanti, di menu Dokumen.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Nanti saja</translation>
    </message>
    <message>
        <source>&amp;Create a new key and certificate now</source>
        <translation>&amp;Buat kunci dan sertifikat baru sekarang</translation>
    </message>
    <message>
        <source>&amp;Import a PKCS#12 file (e.g. from BSrE)</source>
        <translation>&amp;Impor berkas PKCS#12 (mis. dari BSrE)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Telusuri...</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file</source>
        <translation>&amp;Berkas PKCS#12</translation>
    </message>
    <message>
        <source>Passphrase of the &amp;file</source>
        <translation>Kata sandi &amp;berkas</translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the key here</source>
        <translation>Kata sandi &amp;kunci di sini</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>&amp;Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>The passphrase protects the private key; it is not stored and cannot be recovered.</source>
        <translation>Kata sandi melindungi kunci privat; kata sandi tidak disimpan dan tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Berkas PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Isi nama pejabat.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file.</source>
        <translation>Pilih berkas PKCS#12.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters, typed the same twice.</source>
        <translation>Frasa sandi minimal 8 karakter dan diketik sama dua kali.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Signing identity of this installation</source>
        <translation>Identitas penanda tangan instalasi ini</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Sidik jari sertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Sidik jari sertifikat</translation>
    </message>
    <message>
        <source>Read the fingerprint out to KPU Provinsi by phone: they add your certificate to their trust store only when every group matches.</source>
        <translation>Bacakan sidik jari ini kepada KPU Provinsi lewat telepon: sertifikat Anda baru dimasukkan ke daftar terpercaya mereka bila setiap kelompok cocok.</translation>
    </message>
    <message>
        <source>&amp;Create identity...</source>
        <translation>&amp;Buat identitas...</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12...</source>
        <translation>&amp;Impor PKCS#12...</translation>
    </message>
    <message>
        <source>E&amp;xport certificate...</source>
        <translation>E&amp;kspor sertifikat...</translation>
    </message>
    <message>
        <source>Only a verifier or an administrator may change the identity.</source>
        <translation>Hanya verifikator atau administrator yang boleh mengubah identitas.</translation>
    </message>
    <message>
        <source>No signing identity yet: create one, or import the PKCS#12 file your certification authority gave you.</source>
        <translation>Belum ada identitas penanda tangan: buat baru, atau impor berkas PKCS#12 dari penyelenggara sertifikasi Anda.</translation>
    </message>
    <message>
        <source>trusted by this installation</source>
        <translation>terpercaya di instalasi ini</translation>
    </message>
    <message>
        <source>NOT trusted by this installation</source>
        <translation>TIDAK terpercaya di instalasi ini</translation>
    </message>
    <message>
        <source>Documents and USB bundles are signed with this certificate (%1).</source>
        <translation>Dokumen dan paket USB ditandatangani dengan sertifikat ini (%1).</translation>
    </message>
    <message>
        <source>&amp;Replace identity...</source>
        <translation>&amp;Ganti identitas...</translation>
    </message>
    <message>
        <source>Replace identity</source>
        <translation>Ganti identitas</translation>
    </message>
    <message>
        <source>This installation already has a signing identity (%1). Replace it? Documents signed earlier stay valid here; KPU Provinsi must trust the new certificate before it accepts new signatures.</source>
        <translation>Instalasi ini sudah memiliki identitas penanda tangan (%1). Ganti? Dokumen yang ditandatangani sebelumnya tetap sah di sini; KPU Provinsi harus memasukkan sertifikat baru ke daftar terpercaya sebelum menerima tanda tangan baru.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Creating the key (this takes a few seconds)...</source>
        <translation>Membuat kunci (perlu beberapa detik)...</translation>
    </message>
    <message>
        <source>Importing the identity...</source>
        <translation>Mengimpor identitas...</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identitas penanda tangan</translation>
    </message>
    <message>
        <source>Signing identity ready: %1
Fingerprint (SHA-256):
%2</source>
        <translation>Identitas penanda tangan siap: %1
Sidik jari sertifikat (SHA-256):
%2</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Ekspor sertifikat</translation>
    </message>
    <message>
        <source>Certificate (*.pem);;All files (*)</source>
        <translation>Sertifikat (*.pem);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Certificate written to %1.
Give it to KPU Provinsi and read out its fingerprint:
%2</source>
        <translation>Sertifikat ditulis ke %1.
Serahkan kepada KPU Provinsi dan bacakan sidik jarinya:
%2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Impor lembar kerja</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Berkas: {path}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>&amp;Save the problem list...</source>
        <translation>&amp;Simpan daftar masalah...</translation>
    </message>
    <message>
        <source>A spreadsheet of every bad row and column, to fix the file with</source>
        <translation>Lembar kerja berisi setiap baris dan kolom yang bermasalah, sebagai panduan memperbaiki berkas</translation>
    </message>
    <message>
        <source>Reading and checking the rows...</source>
        <translation>Membaca dan memeriksa baris...</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Berkas tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Dihentikan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>{rows} rows are ready to import; {warnings} warnings.</source>
        <translation>{rows} baris siap diimpor; {warnings} peringatan.</translation>
    </message>
    <message>
        <source>{problems} problems must be fixed in the file before anything is imported. Nothing was written.</source>
        <translation>{problems} masalah harus diperbaiki dalam berkas sebelum diimpor. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Masalah ({n})</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Peringatan ({n})</translation>
    </message>
    <message>
        <source>Rows ({n})</source>
        <translation>Baris ({n})</translation>
    </message>
    <message>
        <source>Save the problem list</source>
        <translation>Simpan daftar masalah</translation>
    </message>
    <message>
        <source>{summary} The problem list is saved in {path}.</source>
        <translation>{summary} Daftar masalah disimpan di {path}.</translation>
    </message>
    <message>
        <source>Saving the problem list...</source>
        <translation>Menyimpan daftar masalah...</translation>
    </message>
    <message>
        <source>{summary} The problem list could not be saved: {error}</source>
        <translation>{summary} Daftar masalah tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <source>Writing the records...</source>
        <translation>Menyimpan data...</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Diimpor: {created} baru, {updated} diperbarui, {unchanged} tidak berubah.</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <source>Import a PKCS#12 identity</source>
        <translation>Impor identitas PKCS#12</translation>
    </message>
    <message>
        <source>Certificates issued by a certification authority (such as BSrE) come as a .p12 or .pfx file with its own passphrase.</source>
        <translation>Sertifikat dari penyelenggara sertifikasi (seperti BSrE) berupa berkas .p12 atau .pfx dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Telusuri...</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file</source>
        <translation>&amp;Berkas PKCS#12</translation>
    </message>
    <message>
        <source>Passphrase of the &amp;file</source>
        <translation>Kata sandi &amp;berkas</translation>
    </message>
    <message>
        <source>&amp;New passphrase here</source>
        <translation>Kata sandi &amp;baru di sini</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Berkas PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file.</source>
        <translation>Pilih berkas PKCS#12.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Kata sandi minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <source>Flashdisk or folder</source>
        <translation>Flashdisk atau folder</translation>
    </message>
    <message>
        <source>No flashdisk found. Plug one in and press Refresh, or choose a folder.</source>
        <translation>Flashdisk tidak ditemukan. Colokkan flashdisk lalu tekan Muat ulang, atau pilih folder.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Look again for plugged-in flashdisks</source>
        <translation>Cari lagi flashdisk yang tercolok</translation>
    </message>
    <message>
        <source>C&amp;hoose folder...</source>
        <translation>&amp;Pilih folder...</translation>
    </message>
    <message>
        <source>Flashdisk</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1: %2
%3 - %4 free</source>
        <translation>%1: %2
%3 - sisa %4</translation>
    </message>
    <message>
        <source>Choose the folder or flashdisk for data packages</source>
        <translation>Pilih folder atau flashdisk untuk paket data</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Session locked</source>
        <translation>Sesi terkunci</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>The session of %1 was locked. Enter the password to continue.</source>
        <translation>Sesi %1 terkunci. Masukkan kata sandi untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in - kpu-desktop</source>
        <translation>Masuk - kpu-desktop</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Tutup aplikasi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>ASN Placements</source>
        <translation>Penempatan ASN</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sarana &amp; Prasarana</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Units and Regions</source>
        <translation>Unit &amp; Wilayah</translation>
    </message>
    <message>
        <source>Data Exchange</source>
        <translation>Pertukaran Data</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Jejak Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Hanya admin yang boleh memulihkan cadangan.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <translation>Buat identitas penanda tangan</translation>
    </message>
    <message>
        <source>A new RSA-3072 key and a self-signed certificate are made for the officer. KPU Provinsi trusts it after comparing its fingerprint with you.</source>
        <translation>Kunci RSA-3072 baru dan sertifikat swatanda dibuat untuk pejabat. KPU Provinsi memercayainya setelah mencocokkan sidik jarinya dengan Anda.</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;name</source>
        <translation>&amp;Nama pejabat</translation>
    </message>
    <message>
        <source>Officer&apos;s NI&amp;P</source>
        <translation>NI&amp;P pejabat</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (at least %1 characters)</source>
        <translation>&amp;Kata sandi kunci (minimal %1 karakter)</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Isi nama pejabat.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Kata sandi minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>A NIP has 18 digits (spaces allowed), or stays empty.</source>
        <translation>NIP terdiri dari 18 digit (boleh dengan spasi), atau dibiarkan kosong.</translation>
    </message>
</context>
<context>
    <name>OwnPasswordPanel</name>
    <message>
        <source>Only administrators manage accounts. You can change your own name, NIP and password.</source>
        <translation>Hanya administrator yang mengelola akun. Anda dapat mengubah nama, NIP, dan kata sandi Anda sendiri.</translation>
    </message>
    <message>
        <source>My name &amp;&amp; NI&amp;P...</source>
        <translation>Nama &amp;&amp; NI&amp;P saya...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Ganti &amp;kata sandi saya...</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Kata sandi telah diganti.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Identity passphrase</source>
        <translation>Kata sandi identitas</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Kata sandi kunci</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>The passphrase is not stored; it unlocks the key for this signature only.</source>
        <translation>Kata sandi tidak disimpan; hanya membuka kunci untuk tanda tangan ini.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Tandatangani</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Edit ASN placement</source>
        <translation>Ubah penempatan ASN</translation>
    </message>
    <message>
        <source>New ASN placement</source>
        <translation>Penempatan ASN baru</translation>
    </message>
</context>
<context>
    <name>ProducePanel</name>
    <message>
        <source>Produce a document</source>
        <translation>Buat dokumen</translation>
    </message>
    <message>
        <source>Sign &amp;now with this installation&apos;s identity</source>
        <translation>&amp;Tandatangani sekarang dengan identitas instalasi ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation>Belum ada dokumen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Sidik data</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 data terlampir</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Disimpan sebagai</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Simpan sebagai...</translation>
    </message>
    <message>
        <source>Signature slot</source>
        <translation>Kolom tanda tangan</translation>
    </message>
    <message>
        <source>S&amp;ign...</source>
        <translation>Tanda&amp;tangani...</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer</source>
        <translation>B&amp;uka dengan penampil sistem</translation>
    </message>
    <message>
        <source>Your role may not sign documents.</source>
        <translation>Peran Anda tidak boleh menandatangani dokumen.</translation>
    </message>
    <message>
        <source>This installation has no signing identity yet (tab &apos;Identity and trust&apos;).</source>
        <translation>Instalasi ini belum memiliki identitas penanda tangan (tab &apos;Identitas dan daftar terpercaya&apos;).</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>sudah ditandatangani</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>belum ditandatangani</translation>
    </message>
    <message>
        <source>Passphrase of the signing key, to sign the document as it is produced:</source>
        <translation>Kata sandi kunci penandatanganan, untuk menandatangani dokumen saat dibuat:</translation>
    </message>
    <message>
        <source>Producing the document...</source>
        <translation>Membuat dokumen...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was produced.</source>
        <translation>Dibatalkan; tidak ada dokumen yang dibuat.</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>Membaca data...</translation>
    </message>
    <message>
        <source>Computing the data fingerprint...</source>
        <translation>Menghitung sidik data...</translation>
    </message>
    <message>
        <source>Taking the document number...</source>
        <translation>Mengambil nomor dokumen...</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>Menyusun halaman...</translation>
    </message>
    <message>
        <source>Signing...</source>
        <translation>Menandatangani...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <source>Document %1 is ready: save it.</source>
        <translation>Dokumen %1 siap: simpan dokumen.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Simpan dokumen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>Passphrase of the signing key, to sign as %1:</source>
        <translation>Kata sandi kunci penandatanganan, untuk menandatangani sebagai %1:</translation>
    </message>
    <message>
        <source>Signed as %1: save the document.</source>
        <translation>Ditandatangani sebagai %1: simpan dokumen.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Buka dokumen</translation>
    </message>
    <message>
        <source>No PDF viewer could be started for %1.</source>
        <translation>Tidak ada penampil PDF yang dapat dijalankan untuk %1.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Name and NIP of %1</source>
        <translation>Nama dan NIP %1</translation>
    </message>
    <message>
        <source>Documents print this name and NIP under the signature of this account.</source>
        <translation>Dokumen mencetak nama dan NIP ini di bawah tanda tangan akun ini.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Edit logistics receipt</source>
        <translation>Ubah penerimaan logistik</translation>
    </message>
    <message>
        <source>New logistics receipt</source>
        <translation>Penerimaan logistik baru</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Election type</source>
        <translation>Jenis pemilihan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dapil</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Lebih</translation>
    </message>
    <message>
        <source>Lines: {n}   Expected: {e}   Received: {r}   Good: {g}   Damaged: {d}   Short: {s}   Excess: {x}</source>
        <translation>Baris: {n}   Kebutuhan: {e}   Diterima: {r}   Baik: {g}   Rusak: {d}   Kurang: {s}   Lebih: {x}</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>the receipt {number} of {unit}</source>
        <translation>penerimaan {number} oleh {unit}</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>Choose a flashdisk or a folder to see its data packages.</source>
        <translation>Pilih flashdisk atau folder untuk melihat paket datanya.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Cari la&amp;gi</translation>
    </message>
    <message>
        <source>Chec&amp;k package</source>
        <translation>&amp;Periksa paket</translation>
    </message>
    <message>
        <source>Verify the signature and contents and show what would change; nothing is written yet</source>
        <translation>Verifikasi tanda tangan dan isi, lalu tampilkan apa yang akan berubah; belum ada yang ditulis</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>&amp;Apply to this installation</source>
        <translation>&amp;Terapkan ke instalasi ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Looking for data packages in %1...</source>
        <translation>Mencari paket data di %1...</translation>
    </message>
    <message>
        <source>(%1 in total)</source>
        <translation>(total %1)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>terenkripsi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>%1 data packages in %2, newest first.</source>
        <translation>%1 paket data di %2, terbaru di atas.</translation>
    </message>
    <message>
        <source>No data packages (.kpub) in %1.</source>
        <translation>Tidak ada paket data (.kpub) di %1.</translation>
    </message>
    <message>
        <source>This data package is encrypted for this installation. Type the passphrase of its identity to open it.</source>
        <translation>Paket data ini terenkripsi untuk instalasi ini. Ketik kata sandi identitasnya untuk membukanya.</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Memverifikasi %1...</translation>
    </message>
    <message>
        <source>Preview of %1: nothing has been written yet</source>
        <translation>Pratinjau %1: belum ada yang ditulis</translation>
    </message>
    <message>
        <source>From: %1 (unit %2, node %3)</source>
        <translation>Dari: %1 (unit %2, node %3)</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>Dibuat: %1 oleh %2</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Ditandatangani oleh: %1</translation>
    </message>
    <message>
        <source>Signature valid; the signer is in this installation&apos;s trusted certificates (fingerprint %1).</source>
        <translation>Tanda tangan sah; penanda tangan ada dalam daftar sertifikat tepercaya instalasi ini (sidik jari %1).</translation>
    </message>
    <message>
        <source>The contents were encrypted for this installation.</source>
        <translation>Isinya terenkripsi untuk instalasi ini.</translation>
    </message>
    <message>
        <source>New changes: %1, already present: %2, conflicts: %3, waiting: %4.</source>
        <translation>Perubahan baru: %1, sudah ada: %2, konflik: %3, menunggu: %4.</translation>
    </message>
    <message>
        <source>Applying %1...</source>
        <translation>Menerapkan %1...</translation>
    </message>
    <message>
        <source>%1 was imported before; nothing changed.</source>
        <translation>%1 sudah pernah diimpor; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>%1 telah diterapkan</translation>
    </message>
    <message>
        <source>New changes applied: %1, already present: %2, conflicts: %3, waiting for their unit: %4.</source>
        <translation>Perubahan baru yang diterapkan: %1, sudah ada: %2, konflik: %3, menunggu unitnya: %4.</translation>
    </message>
    <message>
        <source>Open the Conflicts screen to review the conflicts.</source>
        <translation>Buka layar Konflik untuk meninjau konfliknya.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Refused: nothing was changed</source>
        <translation>Ditolak: tidak ada yang diubah</translation>
    </message>
    <message>
        <source>Data package refused</source>
        <translation>Paket data ditolak</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Missing changes (the rest is applied; ask for them in the next exchange):</source>
        <translation>Perubahan yang belum diterima (sisanya diterapkan; mintalah pada pertukaran berikutnya):</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Kepegawaian</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>KPU decree</source>
        <translation>SK KPU</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Honorarium</source>
        <translation>Honorarium</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Nomor berita acara</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Unit penerima</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Received qty</source>
        <translation>Jumlah diterima</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Lebih</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Moda angkutan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Polling stations (TPS)</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>ASN people</source>
        <translation>Data ASN</translation>
    </message>
    <message>
        <source>ASN placements</source>
        <translation>Penempatan ASN</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sarana &amp; prasarana</translation>
    </message>
    <message>
        <source>Logistics receipts (BAST)</source>
        <translation>Penerimaan logistik (BAST)</translation>
    </message>
    <message>
        <source>Receipt lines</source>
        <translation>Baris penerimaan</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Impor...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Ekspor...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} data</translation>
    </message>
    <message>
        <source>{n}+ records</source>
        <translation>{n}+ data</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>Peringatan: {list}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Tidak dihapus</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Dihapus. Ctrl+Z mengembalikannya.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Impor lembar kerja</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Diimpor.</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Ekspor ke lembar kerja</translation>
    </message>
    <message>
        <source>Exported {n} rows to {path}.</source>
        <translation>{n} baris diekspor ke {path}.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation>Ekspor dihentikan.</translation>
    </message>
</context>
<context>
    <name>RecordsDeleteDialog</name>
    <message>
        <source>Delete record</source>
        <translation>Hapus data</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Alasan (dicatat di jejak audit):</translation>
    </message>
    <message>
        <source>why this record is removed</source>
        <translation>mengapa data ini dihapus</translation>
    </message>
</context>
<context>
    <name>RecordsFacilityDialog</name>
    <message>
        <source>Facility support</source>
        <translation>Sarana dan prasarana</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Sarana</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>unit, room, pcs</source>
        <translation>unit, ruang, buah</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Owner contact</source>
        <translation>Kontak pemilik</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>asset code, plate, frame or engine number</source>
        <translation>kode aset, nomor polisi, rangka atau mesin</translation>
    </message>
    <message>
        <source>Location code</source>
        <translation>Kode lokasi</translation>
    </message>
    <message>
        <source>62.01.01.2001</source>
        <translation>62.01.01.2001</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar penyerahan</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>Nomor perjanjian</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Tanggal perjanjian</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal berakhir</translation>
    </message>
    <message>
        <source>Extended once</source>
        <translation>Diperpanjang sekali</translation>
    </message>
    <message>
        <source>The loan was extended</source>
        <translation>Pinjam pakai telah diperpanjang</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Tanggal pengembalian</translation>
    </message>
    <message>
        <source>Return report no.</source>
        <translation>Nomor BAST pengembalian</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Warehouse checklist</source>
        <translation>Daftar periksa gudang</translation>
    </message>
</context>
<context>
    <name>RecordsImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Impor lembar kerja</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
</context>
<context>
    <name>RecordsPlacementDialog</name>
    <message>
        <source>ASN placement</source>
        <translation>Penempatan ASN</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <source>NIP, NIK or name of a registered person</source>
        <translation>NIP, NIK atau nama pegawai yang sudah tercatat</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Grade (golongan)</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>III/a</source>
        <translation>III/a</translation>
    </message>
    <message>
        <source>Rank (pangkat)</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Position of origin</source>
        <translation>Jabatan asal</translation>
    </message>
    <message>
        <source>Agency of origin</source>
        <translation>Instansi asal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Proposing decree no.</source>
        <translation>Nomor keputusan pengusulan</translation>
    </message>
    <message>
        <source>Proposing decree date</source>
        <translation>Tanggal keputusan pengusulan</translation>
    </message>
    <message>
        <source>KPU decree no.</source>
        <translation>Nomor keputusan KPU</translation>
    </message>
    <message>
        <source>KPU decree date</source>
        <translation>Tanggal keputusan KPU</translation>
    </message>
    <message>
        <source>Integrity pact date</source>
        <translation>Tanggal pakta integritas</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal berakhir</translation>
    </message>
    <message>
        <source>Monthly honorarium</source>
        <translation>Honorarium bulanan</translation>
    </message>
    <message>
        <source>blank: the standard rate</source>
        <translation>kosongkan: tarif standar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Alasan berakhir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>RecordsReceiptDialog</name>
    <message>
        <source>Logistics receipt</source>
        <translation>Penerimaan logistik</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Berita acara serah terima</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Nomor berita acara</translation>
    </message>
    <message>
        <source>382/PL.01.2-BA/62/2024</source>
        <translation>382/PL.01.2-BA/62/2024</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>hh/bb/tttt jj:mm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Election event</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Unit penerima</translation>
    </message>
    <message>
        <source>TPS number</source>
        <translation>Nomor TPS</translation>
    </message>
    <message>
        <source>blank unless one polling station</source>
        <translation>kosongkan kecuali untuk satu TPS</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Giver name</source>
        <translation>Nama pihak yang menyerahkan</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Giver post</source>
        <translation>Jabatan pihak yang menyerahkan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Giver institution</source>
        <translation>Instansi pihak yang menyerahkan</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>Nama pihak yang menerima</translation>
    </message>
    <message>
        <source>&lt;b&gt;Giver&lt;/b&gt;</source>
        <translation>&lt;b&gt;Menyerahkan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receiver&lt;/b&gt;</source>
        <translation>&lt;b&gt;Menerima&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Receiver post</source>
        <translation>Jabatan pihak yang menerima</translation>
    </message>
    <message>
        <source>Receiver institution</source>
        <translation>Instansi pihak yang menerima</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Moda angkutan</translation>
    </message>
    <message>
        <source>Planned dispatch</source>
        <translation>Rencana berangkat</translation>
    </message>
    <message>
        <source>Actual dispatch</source>
        <translation>Waktu berangkat</translation>
    </message>
    <message>
        <source>Planned arrival</source>
        <translation>Rencana tiba</translation>
    </message>
    <message>
        <source>Actual arrival</source>
        <translation>Waktu tiba</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Reference documents</source>
        <translation>Dokumen rujukan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Item lines (Tab moves to the next cell; the last row adds a line)</source>
        <translation>Baris barang (Tab pindah ke sel berikutnya; baris terakhir menambah baris baru)</translation>
    </message>
    <message>
        <source>Fill from norms</source>
        <translation>Isi dari norma</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>units</source>
        <translation>satuan kerja</translation>
    </message>
    <message>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>penempatan</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>fasilitas</translation>
    </message>
    <message>
        <source>logistics receipts</source>
        <translation>serah terima logistik</translation>
    </message>
    <message>
        <source>Schema %1, %2 audit entries; integrity and audit chain verified.</source>
        <translation>Skema %1, %2 entri audit; keutuhan berkas dan rantai audit sudah diperiksa.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Dibuat: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Satuan kerja: %1</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>Berisi: %1</translation>
    </message>
    <message>
        <source>Restore - kpu-desktop</source>
        <translation>Pulihkan - kpu-desktop</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Replaces every record with the backup&apos;s. The current database is kept as a backup first. Only an administrator may restore.</source>
        <translation>Semua data diganti dengan isi cadangan. Basis data saat ini disimpan lebih dahulu sebagai cadangan. Hanya admin yang boleh memulihkan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Pulihkan...</translation>
    </message>
    <message>
        <source>Automatic backups on this computer, or a file of your own</source>
        <translation>Cadangan otomatis di komputer ini, atau berkas Anda sendiri</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Pilih berkas...</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Isi cadangan</translation>
    </message>
    <message>
        <source>Choose a backup: it is checked before anything is replaced.</source>
        <translation>Pilih cadangan: cadangan diperiksa sebelum apa pun diganti.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>kpu-desktop backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cadangan kpu-desktop (*.sqlite3 *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking %1 ...</source>
        <translation>Memeriksa %1 ...</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cadangan ini tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Hanya admin yang boleh memulihkan cadangan.</translation>
    </message>
    <message>
        <source>Backup of another installation</source>
        <translation>Cadangan dari instalasi lain</translation>
    </message>
    <message>
        <source>This backup was made by another installation. Restoring it gives two installations the same identity. Restore it anyway?</source>
        <translation>Cadangan ini dibuat oleh instalasi lain. Memulihkannya membuat dua instalasi memiliki identitas yang sama. Tetap pulihkan?</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of %1?

The current database is kept as a backup in %2. kpu-desktop then reopens the restored database and asks you to sign in again.</source>
        <translation>Ganti basis data saat ini dengan cadangan tanggal %1?

Basis data saat ini disimpan sebagai cadangan di %2. Setelah itu kpu-desktop membuka basis data hasil pemulihan dan meminta Anda masuk kembali.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
</context>
<context>
    <name>RestoreProgressDialog</name>
    <message>
        <source>Restore - kpu-desktop</source>
        <translation>Pulihkan - kpu-desktop</translation>
    </message>
    <message>
        <source>Restoring the backup; the current database is kept first...</source>
        <translation>Memulihkan cadangan; basis data saat ini disimpan lebih dahulu...</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifikator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Peninjau</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>The unit above (default)</source>
        <translation>Unit di atas (bawaan)</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Penerima:</translation>
    </message>
    <message>
        <source>Send &amp;everything held, not only what the recipient lacks</source>
        <translation>Kirim &amp;semua data, bukan hanya yang belum dimiliki penerima</translation>
    </message>
    <message>
        <source>E&amp;ncrypt for the recipient&apos;s certificate</source>
        <translation>E&amp;nkripsi untuk sertifikat penerima</translation>
    </message>
    <message>
        <source>certificate file (.pem, .crt, .cer)</source>
        <translation>berkas sertifikat (.pem, .crt, .cer)</translation>
    </message>
    <message>
        <source>Choose certificate...</source>
        <translation>Pilih sertifikat...</translation>
    </message>
    <message>
        <source>Cer&amp;tificate:</source>
        <translation>Ser&amp;tifikat:</translation>
    </message>
    <message>
        <source>The package is signed with this installation&apos;s identity; with encryption a lost flashdisk reveals no personal data.</source>
        <translation>Paket ditandatangani dengan identitas instalasi ini; dengan enkripsi, flashdisk yang hilang tidak membocorkan data pribadi.</translation>
    </message>
    <message>
        <source>E&amp;xport data package</source>
        <translation>E&amp;kspor paket data</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The unit above: %1</source>
        <translation>Unit di atas: %1</translation>
    </message>
    <message>
        <source>Recipient&apos;s certificate</source>
        <translation>Sertifikat penerima</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Sertifikat (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Choose a flashdisk or a folder first.</source>
        <translation>Pilih flashdisk atau folder terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose the recipient&apos;s certificate, or untick encryption.</source>
        <translation>Pilih sertifikat penerima, atau hilangkan centang enkripsi.</translation>
    </message>
    <message>
        <source>The data package is signed with this installation&apos;s identity. Type its passphrase.</source>
        <translation>Paket data ditandatangani dengan identitas instalasi ini. Ketik kata sandinya.</translation>
    </message>
    <message>
        <source>Writing the data package to %1...</source>
        <translation>Menulis paket data ke %1...</translation>
    </message>
    <message>
        <source>Data package written: %1</source>
        <translation>Paket data tersimpan: %1</translation>
    </message>
    <message>
        <source>%1 changes for %2%3</source>
        <translation>%1 perubahan untuk %2%3</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, terenkripsi</translation>
    </message>
    <message>
        <source>Per record kind: %1</source>
        <translation>Per jenis data: %1</translation>
    </message>
    <message>
        <source>No data package was written: %1</source>
        <translation>Paket data tidak ditulis: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no data package was written.</source>
        <translation>Ekspor dibatalkan; paket data tidak ditulis.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Preferences of this installation.</source>
        <translation>Preferensi instalasi ini.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Lock the session after &amp;idle time</source>
        <translation>Kunci sesi setelah &amp;tidak aktif</translation>
    </message>
    <message>
        <source>A locked session hides the data until the password is typed again.</source>
        <translation>Sesi yang terkunci menyembunyikan data sampai kata sandi diketik kembali.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Simpan preferensi</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up kpu-desktop</source>
        <translation>Penyiapan kpu-desktop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Siapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Unit: %1
Administrator: %2
Signing identity: %3</source>
        <translation>Unit: %1
Administrator: %2
Identitas penanda tangan: %3</translation>
    </message>
    <message>
        <source>created now</source>
        <translation>dibuat sekarang</translation>
    </message>
    <message>
        <source>imported now</source>
        <translation>diimpor sekarang</translation>
    </message>
    <message>
        <source>later</source>
        <translation>nanti</translation>
    </message>
    <message>
        <source>Creating the database and the unit tree...</source>
        <translation>Membuat basis data dan susunan unit...</translation>
    </message>
    <message>
        <source>Creating the signing identity...</source>
        <translation>Membuat identitas penanda tangan...</translation>
    </message>
    <message>
        <source>Adding sample data...</source>
        <translation>Menambahkan data contoh...</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Lock session</source>
        <translation>&amp;Kunci sesi</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Kel&amp;uar akun</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Cadangkan...</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Pulihkan...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;New record...</source>
        <translation>Data &amp;baru...</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>B&amp;uka yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete selected...</source>
        <translation>&amp;Hapus yang dipilih...</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>B&amp;atalkan perubahan terakhir</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet...</source>
        <translation>&amp;Impor lembar kerja...</translation>
    </message>
    <message>
        <source>&amp;Export spreadsheet...</source>
        <translation>&amp;Ekspor lembar kerja...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About kpu-desktop</source>
        <translation>&amp;Tentang kpu-desktop</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Data fingerprint: computing...</source>
        <translation>Sidik data: sedang dihitung...</translation>
    </message>
    <message>
        <source>Equal on every installation that holds the same shared records: compare it with the other side after an exchange.</source>
        <translation>Sama pada setiap instalasi yang menyimpan data bersama yang sama: bandingkan dengan pihak lain setelah pertukaran.</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Pengguna: %1 (%2)</translation>
    </message>
    <message>
        <source>Data fingerprint: %1</source>
        <translation>Sidik data: %1</translation>
    </message>
    <message>
        <source>Data fingerprint: unavailable</source>
        <translation>Sidik data: tidak tersedia</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Changes held</source>
        <translation>Dimiliki</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Belum diterima</translation>
    </message>
    <message>
        <source>Not for this unit</source>
        <translation>Bukan untuk unit ini</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>Perubahan yang belum diterima</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>This installation is node %1. Records waiting for their unit: %2. Open conflicts: %3.</source>
        <translation>Instalasi ini adalah node %1. Data yang menunggu unitnya: %2. Konflik terbuka: %3.</translation>
    </message>
    <message>
        <source>(this one)</source>
        <translation>(instalasi ini)</translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>terakhir diterima %1</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Trusted signers</source>
        <translation>Penanda tangan terpercaya</translation>
    </message>
    <message>
        <source>Signed documents and USB bundles are accepted only from these certificates. Add one only after its fingerprint was confirmed with its owner.</source>
        <translation>Dokumen bertanda tangan dan paket USB hanya diterima dari sertifikat berikut. Tambahkan sertifikat hanya setelah sidik jarinya dicocokkan dengan pemiliknya.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sidik jari sertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Add certificate...</source>
        <translation>&amp;Tambah sertifikat...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Only an administrator may change the trust store.</source>
        <translation>Hanya administrator yang boleh mengubah daftar terpercaya.</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (kedaluwarsa)</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Sertifikat yang akan dipercaya</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Trust signatures of %1 (%2)?

Compare this fingerprint with its owner, by phone, before you answer:
%3</source>
        <translation>Percayai tanda tangan %1 (%2)?

Cocokkan sidik jari sertifikat ini dengan pemiliknya lewat telepon sebelum menjawab:
%3</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Percayai sertifikat</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Percayai</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Documents and bundles signed with this certificate will be reported as not trusted, and their data can no longer be imported.</source>
        <translation>Berhenti memercayai %1?
Dokumen dan paket yang ditandatangani dengan sertifikat ini akan dilaporkan tidak terpercaya, dan datanya tidak dapat diimpor lagi.</translation>
    </message>
    <message>
        <source>Remove a trusted signer</source>
        <translation>Hapus penanda tangan terpercaya</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Which secretariat does this installation serve?</source>
        <translation>Sekretariat mana yang dilayani instalasi ini?</translation>
    </message>
    <message>
        <source>Choose the level, then the region. The units below it are created for you.</source>
        <translation>Pilih tingkat, lalu wilayahnya. Unit-unit di bawahnya dibuat otomatis.</translation>
    </message>
    <message>
        <source>KPU Regency/City secretariat</source>
        <translation>Sekretariat KPU Kabupaten/Kota</translation>
    </message>
    <message>
        <source>PPK secretariat (kecamatan)</source>
        <translation>Sekretariat PPK (kecamatan)</translation>
    </message>
    <message>
        <source>KPU Province secretariat</source>
        <translation>Sekretariat KPU Provinsi</translation>
    </message>
    <message>
        <source>type part of the name or code</source>
        <translation>ketik sebagian nama atau kode</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
</context>
<context>
    <name>UnitsScreen</name>
    <message>
        <source>Units and Regions</source>
        <translation>Unit &amp; Wilayah</translation>
    </message>
    <message>
        <source>Import region list...</source>
        <translation>Impor daftar wilayah...</translation>
    </message>
    <message>
        <source>Import TPS and DPT...</source>
        <translation>Impor TPS dan DPT...</translation>
    </message>
    <message>
        <source>Find a unit by name or code (Ctrl+F)</source>
        <translation>Cari unit berdasarkan nama atau kode (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>DPT (voters)</source>
        <translation>DPT (pemilih)</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>data contoh</translation>
    </message>
    <message>
        <source>Sample data: invented for the demonstration</source>
        <translation>Data contoh: dibuat untuk peragaan</translation>
    </message>
    <message>
        <source>%1 PPK, %2 PPS, %3 TPS, %4 voters on the DPT</source>
        <translation>%1 PPK, %2 PPS, %3 TPS, %4 pemilih dalam DPT</translation>
    </message>
    <message>
        <source>TPS %1</source>
        <translation>TPS %1</translation>
    </message>
    <message>
        <source>Import region list</source>
        <translation>Impor daftar wilayah</translation>
    </message>
    <message>
        <source>Import TPS and DPT</source>
        <translation>Impor TPS dan DPT</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Mengimpor %1...</translation>
    </message>
    <message>
        <source>Regions imported: %1 new, %2 updated.</source>
        <translation>Wilayah diimpor: %1 baru, %2 diperbarui.</translation>
    </message>
    <message>
        <source>%1 TPS recorded.</source>
        <translation>%1 TPS tercatat.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Tambah pengguna...</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Ubah &amp;peran</translation>
    </message>
    <message>
        <source>Enable / &amp;disable</source>
        <translation>Aktifkan / &amp;nonaktifkan</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Atur &amp;kata sandi...</translation>
    </message>
    <message>
        <source>Name &amp;&amp; NI&amp;P...</source>
        <translation>Nama &amp;&amp; NI&amp;P...</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Kata sandi telah diganti.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>&amp;Choose a PDF to verify...</source>
        <translation>&amp;Pilih PDF untuk diverifikasi...</translation>
    </message>
    <message>
        <source>Checks every signature against the certificates this installation trusts; works offline.</source>
        <translation>Memeriksa setiap tanda tangan terhadap sertifikat yang dipercaya instalasi ini; tanpa internet.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Waktu tanda tangan</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Utuh</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Terpercaya</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Diubah sesudah ditandatangani</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Sidik jari sertifikat</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Laporan verifikasi</translation>
    </message>
    <message>
        <source>The full verification report appears here.</source>
        <translation>Laporan verifikasi lengkap tampil di sini.</translation>
    </message>
    <message>
        <source>Import the data of a signed document</source>
        <translation>Impor data dari dokumen bertanda tangan</translation>
    </message>
    <message>
        <source>A valid signed document carries its records: load them into this database instead of typing them again. Importing twice changes nothing.</source>
        <translation>Dokumen bertanda tangan yang sah membawa datanya: muat ke basis data ini tanpa mengetik ulang. Mengimpor dua kali tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Import data...</source>
        <translation>&amp;Impor data...</translation>
    </message>
    <message>
        <source>Your role may not import data.</source>
        <translation>Peran Anda tidak boleh mengimpor data.</translation>
    </message>
    <message>
        <source>Document to verify</source>
        <translation>Dokumen yang akan diverifikasi</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Memverifikasi %1...</translation>
    </message>
    <message>
        <source>VALID: every signature is intact and trusted, and the document was not changed.</source>
        <translation>SAH: semua tanda tangan elektronik utuh dan terpercaya, dan dokumen tidak berubah.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>TIDAK SAH: %1</translation>
    </message>
    <message>
        <source>%1, number %2, unit %3, %4 records</source>
        <translation>%1, nomor %2, unit %3, %4 data</translation>
    </message>
    <message>
        <source>Slots not signed yet: %1</source>
        <translation>Kolom tanda tangan yang belum diisi: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>Only a valid document can be imported: %1</source>
        <translation>Hanya dokumen yang sah yang dapat diimpor: %1</translation>
    </message>
    <message>
        <source>The document carries no data.</source>
        <translation>Dokumen tidak memuat data.</translation>
    </message>
    <message>
        <source>Load the %1 records of %2 (%3) into this database?
Existing records with the same identity are updated to the document&apos;s values.</source>
        <translation>Muat %1 data dari %2 (%3) ke basis data ini?
Data yang sudah ada dengan identitas yang sama diperbarui sesuai isi dokumen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Mengimpor...</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to kpu-desktop</source>
        <translation>Selamat datang di kpu-desktop</translation>
    </message>
    <message>
        <source>This laptop has no kpu-desktop data yet. In a few steps you choose the secretariat this installation serves, create its administrator account and, if you wish, load sample data to try things out.</source>
        <translation>Laptop ini belum memiliki data kpu-desktop. Dalam beberapa langkah Anda memilih sekretariat yang dilayani, membuat akun administrator dan, bila perlu, memuat data contoh untuk mencoba aplikasi.</translation>
    </message>
    <message>
        <source>The data will be kept in:</source>
        <translation>Data akan disimpan di:</translation>
    </message>
</context>
</TS>
