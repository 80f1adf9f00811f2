"""Accounts, passwords and roles, enforced in the services."""

import pytest

from kpu_desktop.domain.issues import ValidationFailed  # noqa: F401
from kpu_desktop.services.asn import AsnService
from kpu_desktop.services.auth import AuthService
from kpu_desktop.services.errors import AuthenticationFailed, PermissionDenied, ServiceError
from kpu_desktop.services.passwords import hash_password, verify_password

from tests.conftest import ADMIN, PASSWORD


def test_password_hash_is_scrypt_and_verifies():
    """Stored hashes name scrypt with its cost, are salted, and check only the right password."""
    first, second = hash_password("kata-sandi-1", n=2**10), hash_password("kata-sandi-1", n=2**10)
    assert first.startswith("scrypt$") and first != second
    assert verify_password("kata-sandi-1", first) and not verify_password("kata-sandi-2", first)


def test_malformed_stored_hash_never_verifies():
    """A damaged hash refuses every password instead of raising."""
    assert not verify_password("x", "scrypt$nonsense")


def test_wrong_password_is_refused(ctx):
    """Login with a wrong password fails with a clear message."""
    with pytest.raises(AuthenticationFailed, match="salah"):
        AuthService(ctx).login(ADMIN, "bukan-ini")


def test_unknown_user_is_refused_like_a_wrong_password(ctx):
    """An unknown name gets the same answer as a wrong password."""
    with pytest.raises(AuthenticationFailed, match="salah"):
        AuthService(ctx).login("siapa", PASSWORD)


def _as(ctx, role):
    auth = AuthService(ctx)
    auth.add_user(f"u-{role}", "sandi-rahasia", role)
    auth.login(f"u-{role}", "sandi-rahasia")
    return ctx


@pytest.mark.parametrize("role", ["viewer", "verifier"])
def test_roles_without_edit_rights_cannot_add_placements(ctx, role):
    """Viewers and verifiers are refused a write, whatever the front end."""
    _as(ctx, role)
    with pytest.raises(PermissionDenied, match=role):
        AsnService(ctx).add({"name": "Budi"})


def test_viewer_cannot_manage_users(ctx):
    """Only admins add accounts."""
    _as(ctx, "viewer")
    with pytest.raises(PermissionDenied):
        AuthService(ctx).add_user("baru", "sandi-rahasia", "operator")


@pytest.mark.parametrize("username,password,role,match", [
    ("A", "sandi-rahasia", "operator", "huruf kecil"),
    ("ok-name", "pendek", "operator", "8 karakter"),
    ("ok-name", "sandi-rahasia", "superuser", "Peran tidak dikenal"),
    ("ok-name", "sandi-rahasia", "operator", "NIP harus 18 digit"),
])
def test_bad_new_accounts_are_refused(ctx, username, password, role, match):
    """A bad user name, short password, unknown role or a NIP that is none is refused and nothing is added."""
    before = AuthService(ctx).list_users()
    with pytest.raises(ServiceError, match=match):
        AuthService(ctx).add_user(username, password, role, nip="19860926 201505")
    assert AuthService(ctx).list_users() == before


def test_last_admin_cannot_be_demoted(ctx):
    """The installation always keeps one active admin."""
    with pytest.raises(ServiceError, match="Admin terakhir"):
        AuthService(ctx).set_role(ADMIN, "viewer")


def test_disabled_account_cannot_log_in(ctx):
    """Disabling an account stops its logins."""
    auth = AuthService(ctx)
    auth.add_user("operator1", "sandi-rahasia", "operator")
    auth.set_active("operator1", False)
    with pytest.raises(AuthenticationFailed, match="dinonaktifkan"):
        auth.login("operator1", "sandi-rahasia")


def test_user_changes_are_audited_without_password_hashes(ctx):
    """Account changes appear in the audit log, never the hash itself."""
    AuthService(ctx).add_user("operator1", "sandi-rahasia", "operator")
    AuthService(ctx).change_password("operator1", "sandi-baru-123")
    rows = ctx.conn.execute("SELECT action, changes FROM audit_log WHERE tbl = 'users'").fetchall()
    assert [r[0] for r in rows] == ["user_add", "user_password"]
    assert "scrypt" not in "".join(r[1] for r in rows)


def test_an_accounts_nip_is_kept_as_its_digits(ctx):
    """The NIP as people write it (with spaces) is stored as 18 digits, as documents and certificates need."""
    AuthService(ctx).add_user("bambang", "sandi-rahasia", "operator", nip="19860926 201505 1 001")
    user = next(u for u in AuthService(ctx).list_users() if u["username"] == "bambang")
    assert user["nip"] == "198609262015051001"


def test_an_officer_sets_their_own_name_and_nip_and_documents_use_them_at_once(ctx):
    """One's own profile needs no admin; the session takes it at once, so the next document's signer has it."""
    from kpu_desktop.services.documents_meta import default_signer

    AuthService(ctx).add_user("siti", "sandi-rahasia", "operator")
    AuthService(ctx).login("siti", "sandi-rahasia")
    stored = AuthService(ctx).set_profile("siti", full_name="  Siti   Aminah, S.Sos. ", nip="19860926 201505 2 001")
    assert (stored["full_name"], stored["nip"]) == ("Siti Aminah, S.Sos.", "198609262015052001")
    signer = default_signer(ctx, ctx.unit)
    assert signer.name == "Siti Aminah, S.Sos." and signer.nip == "19860926 201505 2 001"
    AuthService(ctx).set_profile("siti", nip="")  # blank clears; the name is kept
    assert (ctx.session.full_name, ctx.session.nip) == ("Siti Aminah, S.Sos.", None)


def test_profile_refusals_change_nothing(ctx):
    """Another's profile needs the admin's right; a NIP that is none and an unknown account are refused."""
    AuthService(ctx).add_user("siti", "sandi-rahasia", "operator")
    AuthService(ctx).add_user("budi", "sandi-rahasia", "operator")
    before = AuthService(ctx).list_users()
    with pytest.raises(ServiceError, match="NIP harus 18 digit"):
        AuthService(ctx).set_profile("budi", full_name="Budi", nip="123")
    with pytest.raises(ServiceError, match="nobody"):
        AuthService(ctx).set_profile("nobody", full_name="X")
    AuthService(ctx).login("siti", "sandi-rahasia")
    with pytest.raises(PermissionDenied):
        AuthService(ctx).set_profile("budi", full_name="Budi Santoso")
    AuthService(ctx).login(ADMIN, PASSWORD)
    assert AuthService(ctx).list_users() == before


def test_a_profile_change_is_audited_once_and_only_when_something_changes(ctx):
    auth = AuthService(ctx)
    auth.set_profile(ADMIN, full_name="Rina Wulandari")
    auth.set_profile(ADMIN, full_name="Rina Wulandari")
    rows = ctx.conn.execute("SELECT changes FROM audit_log WHERE action = 'user_profile'").fetchall()
    assert len(rows) == 1 and "Rina Wulandari" in rows[0][0]
