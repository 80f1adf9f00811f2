"""The command line: the contract of spellings, exit codes and messages."""

import json
import shutil

import pytest

from tests.conftest import ADMIN, PASSWORD, database_snapshot


def test_demo_then_lists_of_all_three_kinds(cli, tmp_path):
    """`demo` on an empty folder, then `asn|facility|receipt list --json` list records of every kind."""
    folder = tmp_path / "d"
    code, out, err = cli("--data-dir", folder, "demo", password="demo-sandi-1")
    assert code == 0, err
    for kind in ("asn", "facility", "receipt"):
        code, out, err = cli("--data-dir", folder, kind, "list", "--json", password="demo-sandi-1")
        assert code == 0, err
        records = json.loads(out)
        assert len(records) > 10 and all("id" in r for r in records)


@pytest.mark.parametrize("unit", [("62.01.01", "ppk", None), ("62.01.01.2001", "pps", "Sungai Bakau")])
def test_demo_in_a_ppk_or_pps_folder_has_what_that_office_keeps(cli, tmp_path, unit):
    """A PPK's or a PPS's own folder gets its TPS, its office, its placements and logistics handed over by the
    unit above it (never by itself)."""
    code, kind, name = unit
    folder = tmp_path / "d"
    init = ["--data-dir", folder, "init", "--unit-code", code, "--unit-kind", kind, "--admin", ADMIN]
    assert cli(*init, *(["--unit-name", name] if name else []))[0] == 0
    assert cli("--data-dir", folder, "--user", ADMIN, "demo")[0] == 0
    lists = {k: json.loads(cli("--data-dir", folder, "--user", ADMIN, k, "list", "--json")[1])
             for k in ("asn", "facility", "receipt")}
    assert all(lists.values()), {k: len(v) for k, v in lists.items()}
    for receipt in lists["receipt"]:
        assert receipt["giver_institution"] != receipt["receiver_institution"]
    own = [r for r in lists["receipt"] if r["unit_code"] == code]
    assert own and all(r["giver_institution"] != f"{kind.upper()} {name}" for r in own)
    units = json.loads(cli("--data-dir", folder, "--user", ADMIN, "unit", "list", "--json")[1])
    assert next(u for u in units if u["code"] == code)["tps_count"] > 0


def test_demo_placements_begin_inside_their_bodys_work_period(cli, demo_dir):
    """Sample placements start when their PPK's or PPS's work period does (Pilkada PPS: 26 May 2024), so
    the only warnings in the list are the ones the demo means to show."""
    code, out, err = cli("--data-dir", demo_dir, "--user", ADMIN, "asn", "list", "--json")
    assert code == 0, err
    placements = json.loads(out)
    starts = {(p["event_id"], p["unit_kind"]): p["start_date"] for p in placements}
    assert starts[("PILKADA_2024", "pps")] == "2024-05-26" and starts[("PILKADA_2024", "ppk")] == "2024-05-16"
    outside = [p for p in placements if "placement.outside_work_period" in (p["warnings"] or "")]
    assert not outside, len(outside)


def test_demo_admin_signs_with_a_name_and_nip(cli, tmp_path):
    """The admin a demo folder is made with is its secretary, named, with a NIP: documents made there have
    a signer to print."""
    folder = tmp_path / "d"
    assert cli("--data-dir", folder, "demo", password="demo-sandi-1")[0] == 0
    code, out, err = cli("--data-dir", folder, "--user", "admin", "user", "list", password="demo-sandi-1")
    assert code == 0, err
    line = next(row for row in out.splitlines() if row.split()[:1] == ["admin"])
    assert "Drs. Ahmad Fauzi, M.Si." in line and "196805121994031005" in line


def test_demo_without_password_prints_the_demo_password(cli, tmp_path):
    """With KPU_DESKTOP_PASSWORD unset, demo says which password it gave the admin."""
    code, out, _ = cli("--data-dir", tmp_path / "d", "demo", password=None)
    assert code == 0 and "kpu-demo-2024" in out


def test_init_creates_unit_and_refuses_a_second_time(cli, tmp_path):
    """init makes the unit with its admin; a folder that has a database is not overwritten."""
    args = ("--data-dir", tmp_path / "d", "init", "--unit-code", "62.01.01", "--unit-kind", "ppk",
            "--admin", "sekretaris")
    code, out, _ = cli(*args)
    assert code == 0 and "Kumai" in out
    code, _, err = cli(*args)
    assert code == 1 and "sudah berisi" in err


@pytest.mark.parametrize("code_arg,kind", [("62.01", "ppk"), ("99.xx", "kpu-kab"), ("62.01.01.2099", "pps")])
def test_init_with_bad_unit_is_refused_and_leaves_no_database(cli, tmp_path, code_arg, kind):
    """A code that does not fit its kind, a malformed code, or an unknown desa without a name fail cleanly."""
    folder = tmp_path / "d"
    code, _, err = cli("--data-dir", folder, "init", "--unit-code", code_arg, "--unit-kind", kind, "--admin", "adm")
    assert code == 1 and err.startswith("galat:")
    assert not (folder / "kpu-desktop.sqlite3").exists()


def test_usage_errors_exit_2(cli, data_dir):
    """Unknown commands and missing required options are usage errors."""
    assert cli("--data-dir", data_dir, "frobnicate")[0] == 2
    assert cli("--data-dir", data_dir, "asn", "delete", "abcd")[0] == 2


@pytest.mark.parametrize("command", [[], ["init"], ["demo"], ["asn"], ["asn", "add"], ["facility", "edit"],
                                     ["receipt", "list"], ["import"], ["export"], ["check"], ["user", "add"],
                                     ["unit", "import-tps"]])
def test_every_command_has_help(cli, command):
    """`--help` works everywhere and exits 0."""
    code, out, _ = cli(*command, "--help")
    assert code == 0 and "usage:" in out


def test_wrong_password_exits_1(cli, data_dir):
    """A wrong password is refused with a message, exit 1."""
    code, _, err = cli("--data-dir", data_dir, "--user", ADMIN, "asn", "list", password="salah-sekali")
    assert code == 1 and "salah" in err


def test_missing_password_without_terminal_is_explained(cli, data_dir):
    """Without KPU_DESKTOP_PASSWORD and no terminal, the CLI says how to give one."""
    code, _, err = cli("--data-dir", data_dir, "asn", "list", password=None)
    assert code == 1 and "KPU_DESKTOP_PASSWORD" in err


def test_add_show_edit_delete_roundtrip(cli, data_dir, tmp_path):
    """A placement added with options can be shown, edited and deleted by id prefix."""
    code, out, err = cli("--data-dir", data_dir, "asn", "add", "--name", "Yusuf Hidayat", "--nip",
                         "19910328 201501 1 012", "--event", "PILKADA_2024", "--unit", "62.01.01", "--post",
                         "Sekretaris", "--start-date", "16/05/2024", "--golongan", "III/a", "--pangkat", "Penata Muda")
    assert code == 0, err
    new_id = out.strip().splitlines()[-1]
    code, out, _ = cli("--data-dir", data_dir, "asn", "show", new_id[:8], "--json")
    assert code == 0 and json.loads(out)["nip"] == "199103282015011012"
    assert cli("--data-dir", data_dir, "asn", "edit", new_id[:8], "--set", "note=ok")[0] == 0
    assert cli("--data-dir", data_dir, "asn", "delete", new_id[:8], "--reason", "uji")[0] == 0
    code, out, _ = cli("--data-dir", data_dir, "asn", "list", "--json")
    assert json.loads(out) == []


def test_add_from_json_and_refusal_in_english(cli, data_dir, tmp_path):
    """--from-json reads a record; with --lang en a bad NIP is refused in English, exit 1, nothing written."""
    record = tmp_path / "p.json"
    record.write_text(json.dumps({"name": "Budi", "nip": "1234", "event_id": "PILKADA_2024",
                                  "unit_code": "62.01.01", "post": "Sekretaris", "start_date": "2024-05-16"}))
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", data_dir, "--lang", "en", "asn", "add", "--from-json", record)
    assert code == 1 and "error:" in err and "NIP" in err
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_bad_json_file_is_refused(cli, data_dir, tmp_path):
    """A file that is not a JSON object is named in the refusal."""
    record = tmp_path / "p.json"
    record.write_text("[1, 2")
    code, _, err = cli("--data-dir", data_dir, "facility", "add", "--from-json", record)
    assert code == 1 and "p.json" in err


def test_receipt_add_with_lines(cli, data_dir):
    """A receipt with --line options is stored; warnings go to stderr."""
    code, out, err = cli("--data-dir", data_dir, "receipt", "add", "--number", "1/PL.02.1-BA/6201/2024",
                         "--received-at", "14/11/2024 10:00", "--event", "PILKADA_2024", "--unit", "62.01.01",
                         "--giver-institution", "KPU Kabupaten Kotawaringin Barat", "--receiver-name", "Sekretaris PPK",
                         "--line", "item=TINTA,expected=122,received=120",
                         "--line", "item=KOTAK_SUARA,type=PILGUB,expected=63,received=63")
    assert code == 0, err
    assert "peringatan" in err
    code, out, _ = cli("--data-dir", data_dir, "receipt", "show", out.strip().splitlines()[-1], "--json")
    assert [ln["short"] for ln in json.loads(out)["lines"]] == [2, 0]


def test_import_refusal_exit_code_and_report(cli, data_dir, tmp_path):
    """A file with a bad row exits 1, lists the row and field, and writes the report beside it."""
    from tests.services.test_spreadsheets import placements_workbook
    source = placements_workbook(tmp_path / "daftar.xlsx", 20, bad_row=5)
    code, out, err = cli("--data-dir", data_dir, "import", source, "--kind", "asn")
    assert code == 1 and "baris 8, NIP" in err and (tmp_path / "daftar.kesalahan.xlsx").exists()


def test_import_refusal_when_the_report_cannot_be_written_beside_the_file(cli, data_dir, tmp_path):
    """A folder that takes no new file (a write-protected stick; here the report's name is taken by a folder):
    the refusal still lists every problem, says the report was not written, and changes nothing."""
    from tests.services.test_spreadsheets import placements_workbook
    source = placements_workbook(tmp_path / "daftar.xlsx", 20, bad_row=5)
    (tmp_path / "daftar.kesalahan.xlsx").mkdir()
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    code, out, err = cli("--data-dir", data_dir, "import", source, "--kind", "asn")
    assert code == 1 and "baris 8, NIP" in err and "Traceback" not in err
    assert "Laporan tidak dapat ditulis" in out + err
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


@pytest.mark.parametrize("lang, name, content, expected", [
    ("id", "daftar.csv", b"a;b\n1;2\n", "Baris judul kolom tidak ditemukan"),
    ("en", "daftar.csv", b"a;b\n1;2\n", "No header row found"),
    ("id", "daftar.xlsx", b"not a workbook", "bukan buku kerja .xlsx"),
    ("id", "daftar.ods", b"x", "Jenis berkas .ods tidak didukung"),
    ("en", "daftar.csv", b"\x00\x01binary", "binary, not CSV text"),
])
def test_unreadable_spreadsheets_are_refused_in_the_users_language(cli, data_dir, tmp_path, lang, name, content,
                                                                   expected):
    """A file that is no table of the kind says so in the chosen language (naming columns looked for when no
    header is found), exits 1 and changes nothing."""
    source = tmp_path / name
    source.write_bytes(content)
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    code, out, err = cli("--data-dir", data_dir, "--lang", lang, "import", source, "--kind", "asn")
    assert code == 1 and expected in err and "Traceback" not in err
    if "header" in expected.lower() or "judul" in expected:
        assert "NAMA, NIP" in err
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_export_to_a_folder_that_does_not_exist_is_refused_in_indonesian(cli, demo_dir, tmp_path):
    code, _, err = cli("--data-dir", demo_dir, "export", "--kind", "asn", "--out", tmp_path / "no" / "x.xlsx")
    assert code == 1 and "Tidak dapat menulis" in err and not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", [("asn", "list"), ("receipt", "list"), ("export", "--kind", "facility")])
def test_an_unknown_event_is_refused_not_listed_as_empty(cli, demo_dir, tmp_path, command):
    """`--event` with a code no event has exits 1 naming the choices, instead of an empty list."""
    extra = ("--out", tmp_path / "f.csv") if command[0] == "export" else ()
    code, out, err = cli("--data-dir", demo_dir, *command, "--event", "PILPRES_2029", *extra)
    assert code == 1 and "PILPRES_2029" in err and "PILKADA_2024" in err
    assert not (tmp_path / "f.csv").exists()


def test_event_codes_are_read_as_people_type_them(cli, demo_dir):
    """`pilkada-2024` names the same event as `PILKADA_2024`."""
    code, out, _ = cli("--data-dir", demo_dir, "asn", "list", "--event", "pilkada-2024", "--json")
    typed = json.loads(out)
    _, out, _ = cli("--data-dir", demo_dir, "asn", "list", "--event", "PILKADA_2024", "--json")
    assert code == 0 and typed and typed == json.loads(out)
    assert {r["event_id"] for r in typed} == {"PILKADA_2024"}


def test_import_dry_run_writes_nothing(cli, data_dir, samples, tmp_path):
    """--dry-run checks the file and leaves the database as it was."""
    source = shutil.copy(samples / "sekretariat_ppk_kobar_2024.xlsx", tmp_path)
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    code, out, _ = cli("--data-dir", data_dir, "import", source, "--kind", "asn", "--dry-run")
    assert code == 0 and "18" in out
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_export_then_check(cli, demo_dir, tmp_path):
    """export writes the file; check reports integrity and an intact audit chain."""
    code, out, _ = cli("--data-dir", demo_dir, "export", "--kind", "receipt", "--out", tmp_path / "r.csv")
    assert code == 0 and (tmp_path / "r.csv").exists()
    code, out, _ = cli("--data-dir", demo_dir, "--lang", "en", "check")
    assert code == 0 and "Audit chain: ok" in out


def test_check_fails_on_a_tampered_audit_log(cli, demo_dir):
    """check exits 1 and names the broken entry when history was edited."""
    import sqlite3
    conn = sqlite3.connect(demo_dir / "kpu-desktop.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE seq = 5")
    conn.commit()
    conn.close()
    code, out, _ = cli("--data-dir", demo_dir, "check")
    assert code == 1 and "RUSAK pada entri 5: isi entri tidak cocok dengan hash-nya" in out
    code, out, _ = cli("--data-dir", demo_dir, "--lang", "en", "check")
    assert code == 1 and "BROKEN at entry 5: entry content does not match its hash" in out


def test_data_dir_from_environment(cli, data_dir, monkeypatch):
    """KPU_DESKTOP_HOME selects the data folder when --data-dir is absent."""
    monkeypatch.setenv("KPU_DESKTOP_HOME", str(data_dir))
    code, out, _ = cli("unit", "list")
    assert code == 0 and "Kotawaringin Barat" in out


def test_viewer_cannot_delete_from_the_cli(cli, demo_dir):
    """Roles hold on the command line too."""
    assert cli("--data-dir", demo_dir, "user", "add", "lihat", "--role", "viewer",
               env={"KPU_DESKTOP_NEW_PASSWORD": "sandi-lihat"})[0] == 0
    code, out, _ = cli("--data-dir", demo_dir, "--user", "lihat", "asn", "list", "--json", password="sandi-lihat")
    target = json.loads(out)[0]["id"]
    code, _, err = cli("--data-dir", demo_dir, "--user", "lihat", "asn", "delete", target, "--reason", "x",
                       password="sandi-lihat")
    assert code == 1 and "viewer" in err


def test_unit_list_marks_invented_desa(cli, demo_dir):
    """Sample desa of the demo say so in the unit list; the real kecamatan do not."""
    code, out, _ = cli("--data-dir", demo_dir, "unit", "list")
    lines = out.splitlines()
    assert code == 0
    assert all("(data contoh)" in ln for ln in lines if ln.startswith("62.01.01.2"))
    assert not any("(data contoh)" in ln for ln in lines if ln.startswith("62.01.01 "))


def test_an_unreadable_date_is_reported_once(cli, demo_dir):
    """31/02/2024 is not a date: the edit is refused with that, not also with "required"."""
    _, out, _ = cli("--data-dir", demo_dir, "asn", "list", "--json")
    first = json.loads(out)[0]["id"]
    before = database_snapshot(demo_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", demo_dir, "asn", "edit", first, "--set", "start_date=31/02/2024")
    assert code == 1 and "bukan tanggal yang valid: 31/02/2024" in err and "wajib diisi" not in err
    assert database_snapshot(demo_dir / "kpu-desktop.sqlite3") == before


def test_user_profile_sets_the_name_and_nip_documents_print(cli, data_dir):
    """`user profile` stores the name and NIP (as digits); `user list` shows them; a bad NIP exits 1."""
    code, out, _ = cli("--data-dir", data_dir, "user", "profile", ADMIN, "--full-name", "Rina Wulandari",
                       "--nip", "19860926 201505 2 001")
    assert code == 0 and "198609262015052001" in out
    _, out, _ = cli("--data-dir", data_dir, "user", "list")
    assert "Rina Wulandari" in out and "198609262015052001" in out
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", data_dir, "user", "profile", ADMIN, "--nip", "1986")
    assert code == 1 and "NIP harus 18 digit" in err
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


@pytest.mark.parametrize("kind, content, message", [
    ("asn", {"name": {"first": "Budi"}}, "rekam.json harus berisi teks, angka"),
    ("asn", {"name": 5, "nip": "197710022000111047"}, "Nama"),          # a number where text belongs: no crash
    ("receipt", {"number": "9/X", "lines": [5]}, "rekam.json harus berupa objek"),
    ("receipt", {"number": "9/X", "lines": [{"item_code": "TINTA", "received": [4]}]}, "Kolom 'received' di"),
    ("facility", ["a list"], "harus berisi satu objek JSON"),
])
def test_json_records_with_values_of_the_wrong_shape_are_refused(cli, data_dir, tmp_path, kind, content, message):
    """Every value of --from-json is text, a number, true/false or null; otherwise the field is named. Nothing
    is written either way."""
    record = tmp_path / "rekam.json"
    record.write_text(json.dumps(content), encoding="utf-8")
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", data_dir, kind, "add", "--from-json", record)
    assert code == 1 and message in err and "Traceback" not in err
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_a_search_of_punctuation_alone_lists_as_no_search(cli, demo_dir):
    """`--search '"*('` holds no word to look for: the list is the unsearched one, not an FTS syntax error."""
    code, out, err = cli("--data-dir", demo_dir, "asn", "list", "--search", '"*(', "--json")
    _, everything, _ = cli("--data-dir", demo_dir, "asn", "list", "--json")
    assert code == 0 and json.loads(out) == json.loads(everything)


def test_records_are_found_by_a_unique_id_prefix_and_wildcards_find_nothing(cli, demo_dir):
    """`show` takes an id or a unique prefix of 4 or more characters; LIKE wildcards are not a way in."""
    _, out, _ = cli("--data-dir", demo_dir, "facility", "list", "--json")
    ids = [r["id"] for r in json.loads(out)]
    unique = next(i[:n] for i in ids for n in range(4, 37) if sum(o.startswith(i[:n]) for o in ids) == 1)
    code, out, _ = cli("--data-dir", demo_dir, "facility", "show", unique, "--json")
    assert code == 0 and json.loads(out)["id"].startswith(unique)
    for typed in ("____", "%%%%", "1234%", unique[:3]):
        code, _, err = cli("--data-dir", demo_dir, "facility", "show", typed)
        assert code == 1 and "tidak ditemukan" in err


@pytest.mark.parametrize("kind, field", [("facility", "quantity"), ("asn", "honorarium"), ("receipt", "tps_number")])
def test_a_number_past_what_sqlite_holds_is_refused_not_a_crash(cli, demo_dir, kind, field):
    """20 digits overflowed SQLite's integers (OverflowError); each field now has a sane upper limit."""
    _, out, _ = cli("--data-dir", demo_dir, kind, "list", "--json")
    record = json.loads(out)[0]["id"]
    before = database_snapshot(demo_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", demo_dir, kind, "edit", record, "--set", f"{field}=99999999999999999999")
    assert code == 1 and "terlalu besar" in err and "Traceback" not in err
    assert database_snapshot(demo_dir / "kpu-desktop.sqlite3") == before


@pytest.mark.parametrize("kind", ["asn", "facility", "receipt"])
def test_a_note_longer_than_a_bundle_carries_is_refused_where_it_is_typed(cli, demo_dir, kind):
    """10,001 characters: refused here, naming the field and its length, instead of being stored and then
    holding up every bundle it travels in."""
    _, out, _ = cli("--data-dir", demo_dir, kind, "list", "--json")
    record = json.loads(out)[0]["id"]
    before = database_snapshot(demo_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", demo_dir, kind, "edit", record, "--set", "note=" + "x" * 10_001)
    assert code == 1 and "terlalu panjang (10.001 karakter)" in err
    assert database_snapshot(demo_dir / "kpu-desktop.sqlite3") == before


@pytest.mark.parametrize("args", [("user", "list"), ("unit", "list"), ("asn", "list"), ("backup", "--list"),
                                  ("sync", "status")])
def test_tables_are_titled_in_the_users_language(cli, demo_dir, args):
    """Column titles follow --lang (Bahasa Indonesia by default); the values stay what commands take."""
    titles = {}
    for lang in ("id", "en"):
        code, out, err = cli("--data-dir", demo_dir, "--lang", lang, "--user", ADMIN, *args)
        assert code == 0, err
        lines = out.splitlines()
        rule = next(n for n, line in enumerate(lines) if line and set(line) <= {"-", " "})
        titles[lang] = lines[rule - 1].split()
    english = {"USER", "ROLE", "ACTIVE", "NAME", "CODE", "KIND", "EVENT", "POST", "TAKEN", "REASON", "HELD", "GAPS"}
    assert english & set(titles["en"])
    assert not english & set(titles["id"]), titles["id"]
