<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
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
        <source>No exchange has been made yet, so there are no conflicts</source>
        <translation>Belum ada pertukaran data, jadi belum ada konflik</translation>
    </message>
    <message>
        <source>After data exchange is available, this screen will list every record that was changed both here and elsewhere:</source>
        <translation>Setelah fitur pertukaran data tersedia, layar ini menampilkan setiap data yang diubah di sini dan juga di tempat lain:</translation>
    </message>
    <message>
        <source>both versions side by side, field by field, with who changed them and when;</source>
        <translation>kedua versi berdampingan, kolom demi kolom, beserta siapa yang mengubah dan kapan;</translation>
    </message>
    <message>
        <source>keep either version or combine them; the choice is written to the audit trail;</source>
        <translation>pertahankan salah satu versi atau gabungkan; pilihan dicatat dalam jejak audit;</translation>
    </message>
    <message>
        <source>the newest change is applied meanwhile, so no work stops while a conflict waits.</source>
        <translation>sementara itu perubahan terbaru yang berlaku, sehingga pekerjaan tidak terhenti selama konflik menunggu.</translation>
    </message>
    <message>
        <source>Meanwhile: look up a record&apos;s history from the command line</source>
        <translation>Sementara ini: lihat riwayat data lewat baris perintah</translation>
    </message>
    <message>
        <source>Show one record, with its identifier from the list screens:</source>
        <translation>Tampilkan satu data, dengan ID dari layar daftar:</translation>
    </message>
    <message>
        <source>Verify the audit trail:</source>
        <translation>Periksa jejak audit:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
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
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Printable, digitally signed documents made from your records.</source>
        <translation>Dokumen siap cetak bertanda tangan elektronik, dibuat dari data Anda.</translation>
    </message>
    <message>
        <source>Signed documents are being prepared</source>
        <translation>Dokumen bertanda tangan sedang disiapkan</translation>
    </message>
    <message>
        <source>This screen will produce PDF documents signed with the secretariat&apos;s identity:</source>
        <translation>Layar ini akan membuat dokumen PDF yang ditandatangani dengan identitas sekretariat:</translation>
    </message>
    <message>
        <source>ASN placement recap per unit and event, with decree numbers;</source>
        <translation>rekap penempatan ASN per unit dan pemilihan, lengkap dengan nomor keputusan;</translation>
    </message>
    <message>
        <source>register of facility support with agreement numbers and periods;</source>
        <translation>daftar dukungan sarana dan prasarana dengan nomor dan masa perjanjian;</translation>
    </message>
    <message>
        <source>BAST for each logistics handover and a logistics recap with discrepancies highlighted;</source>
        <translation>BAST untuk setiap serah terima logistik dan rekap logistik dengan selisih yang ditandai;</translation>
    </message>
    <message>
        <source>the summary report (laporan ringkas) for handover to KPU Provinsi, and verification of signed PDFs received from others.</source>
        <translation>laporan ringkas untuk diserahkan ke KPU Provinsi, serta pemeriksaan PDF bertanda tangan yang diterima dari pihak lain.</translation>
    </message>
    <message>
        <source>Meanwhile: prepare the data from the command line</source>
        <translation>Sementara ini: siapkan data lewat baris perintah</translation>
    </message>
    <message>
        <source>Check the database and the audit chain before printing:</source>
        <translation>Periksa basis data dan rantai audit sebelum mencetak:</translation>
    </message>
    <message>
        <source>Export the facility register to a spreadsheet:</source>
        <translation>Ekspor daftar sarana dan prasarana ke lembar kerja:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
</context>
<context>
    <name>ExchangeScreen</name>
    <message>
        <source>Data exchange</source>
        <translation>Pertukaran Data</translation>
    </message>
    <message>
        <source>Send and receive changes by USB stick, up and down the unit tree.</source>
        <translation>Kirim dan terima perubahan lewat flashdisk, ke unit atas maupun unit bawah.</translation>
    </message>
    <message>
        <source>Exchange by USB stick is being prepared</source>
        <translation>Pertukaran lewat flashdisk sedang disiapkan</translation>
    </message>
    <message>
        <source>This screen will carry your changes to the unit above and bring reference data down, without an internet connection:</source>
        <translation>Layar ini akan membawa perubahan Anda ke unit di atas dan menurunkan data rujukan, tanpa koneksi internet:</translation>
    </message>
    <message>
        <source>write an encrypted, signed bundle of new changes onto a USB stick;</source>
        <translation>menulis paket perubahan baru yang terenkripsi dan bertanda tangan ke flashdisk;</translation>
    </message>
    <message>
        <source>read a bundle from PPK, PPS or KPU Provinsi and merge it, showing what changed;</source>
        <translation>membaca paket dari PPK, PPS atau KPU Provinsi lalu menggabungkannya, sambil menunjukkan apa yang berubah;</translation>
    </message>
    <message>
        <source>compare data fingerprints with the other side (shown in the status bar) to confirm both hold the same data.</source>
        <translation>membandingkan sidik data dengan pihak lain (tampil di bilah status) untuk memastikan datanya sama.</translation>
    </message>
    <message>
        <source>Meanwhile: send spreadsheets from the command line</source>
        <translation>Sementara ini: kirim lembar kerja lewat baris perintah</translation>
    </message>
    <message>
        <source>Export this area&apos;s logistics receipts to a spreadsheet:</source>
        <translation>Ekspor penerimaan logistik wilayah ini ke lembar kerja:</translation>
    </message>
    <message>
        <source>Export ASN placements:</source>
        <translation>Ekspor penempatan ASN:</translation>
    </message>
    <message>
        <source>Import a spreadsheet received from another unit, checking it first:</source>
        <translation>Impor lembar kerja dari unit lain, diperiksa terlebih dahulu:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
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
        <source>&amp;Create a signing identity now</source>
        <translation>&amp;Buat identitas penanda tangan sekarang</translation>
    </message>
    <message>
        <source>Signed documents come with a later update; the identity is set up then.</source>
        <translation>Dokumen bertanda tangan hadir pada pembaruan berikutnya; identitas disiapkan saat itu.</translation>
    </message>
    <message>
        <source>Documents and USB bundles are signed with the secretariat officer&apos;s identity. You can also create or import it later.</source>
        <translation>Dokumen dan paket flashdisk ditandatangani dengan identitas pejabat sekretariat. Identitas juga dapat dibuat atau diimpor nanti.</translation>
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
        <source>Pass&amp;phrase</source>
        <translation>Frasa &amp;sandi</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain</source>
        <translation>&amp;Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Isi nama pejabat.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters, typed the same twice.</source>
        <translation>Frasa sandi minimal 8 karakter dan diketik sama dua kali.</translation>
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
        <source>Writing the records...</source>
        <translation>Menyimpan data...</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Diimpor: {created} baru, {updated} diperbarui, {unchanged} tidak berubah.</translation>
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
        <source>About kpu-desktop</source>
        <translation>Tentang kpu-desktop</translation>
    </message>
    <message>
        <source>kpu-desktop %1
Records of ASN placements, facility support and election logistics for KPU secretariats.
Data folder: %2</source>
        <translation>kpu-desktop %1
Pencatatan penempatan ASN, dukungan sarana dan prasarana, serta logistik pemilihan untuk sekretariat KPU.
Folder data: %2</translation>
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
    <name>OwnPasswordPanel</name>
    <message>
        <source>Only administrators manage accounts. You can change your own password.</source>
        <translation>Hanya administrator yang mengelola akun. Anda dapat mengganti kata sandi sendiri.</translation>
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
        <source>Giver name</source>
        <translation>Nama pihak yang menyerahkan</translation>
    </message>
    <message>
        <source>Giver post</source>
        <translation>Jabatan pihak yang menyerahkan</translation>
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
        <source>later</source>
        <translation>nanti</translation>
    </message>
    <message>
        <source>Creating the database and the unit tree...</source>
        <translation>Membuat basis data dan susunan unit...</translation>
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
