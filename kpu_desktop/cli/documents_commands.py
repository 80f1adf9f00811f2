"""Subcommands of the documents feature: report, sign, verify, import-pdf, identity, trust."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from ..reports.model import Signer
from ..services.documents import DocumentRequest, DocumentService
from ..services.documents_meta import KINDS
from ..services.documents_texts import dt_text
from ..services.documents_view import write_pdf
from ..services.errors import ServiceError
from ..services.identity import PASSPHRASE_ENV, IdentityService, read_input
from ..services.roles import Permission
from .output import print_table

PKCS12_PASSPHRASE_ENV = "KPU_DESKTOP_PKCS12_PASSPHRASE"


def register(sub) -> None:
    """Add this feature's subcommands to the top-level subparsers."""
    rep = sub.add_parser("report", help="render a PDF document (optionally signed)")
    rep.add_argument("kind", choices=KINDS)
    rep.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    rep.add_argument("--unit", metavar="CODE", help="unit (and everything below it); default: this unit")
    rep.add_argument("--event", metavar="ID", help="election event, e.g. PILKADA_2024 (default: the latest)")
    rep.add_argument("--receipt", metavar="ID", help="the receipt of a BAST (id or unique prefix)")
    rep.add_argument("--sign", action="store_true", help="sign with this folder's identity (passphrase from "
                                                         f"{PASSPHRASE_ENV} or a prompt)")
    rep.add_argument("--slot", metavar="ROLE", help="signature slot to sign (default: sekretaris; BAST: own side)")
    rep.add_argument("--lang", dest="doc_lang", choices=("id", "en"), help="language of the document")
    rep.add_argument("--place", metavar="TEXT", help="place of signing (default: the document setting)")
    rep.add_argument("--date", metavar="YYYY-MM-DD", help="date above the signature (default: today)")
    for who, text in (("signer", "the signer (default: the signed-in account)"),
                      ("cosigner", "a second signer, e.g. the Ketua, who signs later with 'sign --slot ketua'")):
        rep.add_argument(f"--{who}-name", metavar="NAME", help=f"name of {text}")
        rep.add_argument(f"--{who}-post", metavar="TEXT", help=f"post of {text}")
        rep.add_argument(f"--{who}-nip", metavar="NIP", help=f"NIP of {text}")

    _register_files(sub)
    _register_identity(sub)


def _register_files(sub) -> None:
    sign = sub.add_parser("sign", help="add a signature to a document in one of its signature slots")
    sign.add_argument("file", metavar="FILE.pdf")
    sign.add_argument("--slot", required=True, metavar="ROLE", help="e.g. ketua, pihak_kedua, saksi_1")
    sign.add_argument("--out", metavar="FILE", help="write here instead of replacing FILE")
    sign.add_argument("--post", metavar="TEXT", help="the signer's post, shown in the signature box")

    verify = sub.add_parser("verify", help="check the signatures of a PDF against this folder's trust store")
    verify.add_argument("file", metavar="FILE.pdf")

    imp = sub.add_parser("import-pdf", help="verify a signed document, then load the data inside it")
    imp.add_argument("file", metavar="FILE.pdf")

    settings = sub.add_parser("document-settings", help="show or set the place and address printed on documents")
    settings.add_argument("--place", metavar="TEXT", help="place of signing, e.g. Pangkalan Bun")
    settings.add_argument("--address", metavar="TEXT", help="address line of the letterhead")



def _register_identity(sub) -> None:
    ident = sub.add_parser("identity", help="the signing identity of this data folder")
    ident_sub = ident.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = ident_sub.add_parser("create", help="create an RSA-3072 key and self-signed certificate")
    create.add_argument("--name", help="officer's name (default: the account's full name)")
    create.add_argument("--nip", help="officer's NIP (default: the account's NIP)")
    create.add_argument("--replace", action="store_true", help="replace an existing identity")
    imported = ident_sub.add_parser("import", help=f"import a PKCS#12 (e.g. BSrE); its passphrase from "
                                                   f"{PKCS12_PASSPHRASE_ENV} or a prompt")
    imported.add_argument("file", metavar="FILE.p12")
    imported.add_argument("--replace", action="store_true", help="replace an existing identity")
    ident_sub.add_parser("show", help="show the certificate and its SHA-256 fingerprint")
    export = ident_sub.add_parser("export-cert", help="write the certificate (PEM) for the province")
    export.add_argument("--out", required=True, metavar="FILE.pem")

    trust = sub.add_parser("trust", help="certificates whose signatures this folder accepts")
    trust_sub = trust.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = trust_sub.add_parser("add", help="trust a certificate (PEM or DER)")
    add.add_argument("file", metavar="FILE.pem")
    add.add_argument("--label", default="", help="whose certificate it is, as told to you")
    trust_sub.add_parser("list", help="list trusted certificates")
    remove = trust_sub.add_parser("remove", help="stop trusting a certificate")
    remove.add_argument("fingerprint", metavar="FINGERPRINT", help="SHA-256, with or without colons")


# -- helpers -----------------------------------------------------------------------------------------


def read_passphrase(ctx, prompt: str, *, env: str = PASSPHRASE_ENV, confirm: bool = False) -> str:
    """From the environment, else a prompt; never stored."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ServiceError(dt_text("passphrase_missing", ctx.lang, env=env))
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(prompt) != value:
        raise ServiceError(dt_text("passphrase_mismatch", ctx.lang))
    return value


def read_pdf(ctx, name: str) -> bytes:
    path = Path(name)
    data = read_input(path, ctx.lang)
    if b"%PDF-" not in data[:1024]:
        raise ServiceError(dt_text("not_pdf", ctx.lang, path=path))
    return data


def check_output(ctx, name: str) -> None:
    """Before a document is numbered or signed: the output is a .pdf in a folder that takes new files, so a
    typing slip costs no document number."""
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        raise ServiceError(dt_text("out_suffix", ctx.lang, path=path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(dt_text("out_write", ctx.lang, path=path, error=dt_text("no_folder", ctx.lang)))
    if path.is_dir():
        raise ServiceError(dt_text("out_write", ctx.lang, path=path, error=dt_text("is_folder", ctx.lang)))
    if not os.access(folder, os.W_OK):
        raise ServiceError(dt_text("out_write", ctx.lang, path=path, error=dt_text("read_only", ctx.lang)))


def _say(ctx, id_text: str, en_text: str) -> None:
    print(en_text if ctx.lang == "en" else id_text)


def _signer(args, who: str) -> Signer | None:
    name, post, nip = (getattr(args, f"{who}_{k}") for k in ("name", "post", "nip"))
    if not (name or post or nip):
        return None
    return Signer(post=post or "", name=name or "", nip=nip or "")


def _date(ctx, text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ServiceError(f"invalid date {text!r}: use YYYY-MM-DD" if ctx.lang == "en"
                           else f"tanggal tidak sah {text!r}: pakai TTTT-BB-HH") from exc


# -- commands -------------------------------------------------------------------------------------------


def cmd_report(args, ctx) -> int:
    check_output(ctx, args.out)
    identity = None
    if args.sign:
        ctx.require(Permission.SIGN_DOCUMENTS)
        # Unlock first: a wrong passphrase must not consume a document number.
        identity = IdentityService(ctx).load(read_passphrase(ctx, "Key passphrase: "))
    request = DocumentRequest(kind=args.kind, unit=args.unit, event=args.event, receipt=args.receipt,
                              lang=args.doc_lang, place=args.place, sign_date=_date(ctx, args.date),
                              signer=_signer(args, "signer"), cosigner=_signer(args, "cosigner"))
    doc = DocumentService(ctx).generate(request, identity=identity, slot=args.slot)
    write_pdf(Path(args.out), doc.pdf, ctx.lang)
    signed = f" [{doc.signed_slot}]" if doc.signed_slot else ""
    _say(ctx, f"{doc.doc_number}: {args.out} ({doc.record_count} data, sidik data {doc.fingerprint}){signed}",
         f"{doc.doc_number}: {args.out} ({doc.record_count} records, data fingerprint {doc.fingerprint}){signed}")
    return 0


def cmd_sign(args, ctx) -> int:
    ctx.require(Permission.SIGN_DOCUMENTS)
    pdf = read_pdf(ctx, args.file)
    check_output(ctx, args.out or args.file)
    identity = IdentityService(ctx).load(read_passphrase(ctx, "Key passphrase: "))
    signed = DocumentService(ctx).sign(pdf, identity, args.slot, post=args.post or "")
    write_pdf(Path(args.out or args.file), signed, ctx.lang)
    _say(ctx, f"Ditandatangani di kolom '{args.slot}': {args.out or args.file}",
         f"Signed in slot '{args.slot}': {args.out or args.file}")
    return 0


def cmd_verify(args, ctx) -> int:
    ok, lines = DocumentService(ctx).verify_report(read_pdf(ctx, args.file))
    for line in lines:
        print(line)
    return 0 if ok else 1


def cmd_import_pdf(args, ctx) -> int:
    report = DocumentService(ctx).import_pdf(read_pdf(ctx, args.file))
    print(dt_text("import_done", ctx.lang, doc=report.doc_number, created=report.created,
                  updated=report.updated, unchanged=report.unchanged))
    return 0


def cmd_settings(args, ctx) -> int:
    service = DocumentService(ctx)
    values = service.save_settings(place=args.place, address=args.address) \
        if args.place is not None or args.address is not None else service.settings()
    for key, value in values.items():
        print(f"{key}: {value}")
    return 0


def cmd_identity(args, ctx) -> int:
    service = IdentityService(ctx)
    if args.action == "create":
        service.ctx.require(Permission.SIGN_DOCUMENTS)
        info = service.create(read_passphrase(ctx, "New key passphrase: ", confirm=True), name=args.name,
                              nip=args.nip, replace=args.replace)
        print(dt_text("identity_created", ctx.lang, subject=info["subject"], org=info["organization"],
                      fp=info["fingerprint"]))
    elif args.action == "import":
        service.ctx.require(Permission.SIGN_DOCUMENTS)
        source = read_passphrase(ctx, "Passphrase of the PKCS#12 file: ", env=PKCS12_PASSPHRASE_ENV)
        info = service.import_file(Path(args.file), source, read_passphrase(ctx, "New key passphrase: ",
                                                                           confirm=True), replace=args.replace)
        print(dt_text("identity_created", ctx.lang, subject=info["subject"], org=info["organization"],
                      fp=info["fingerprint"]))
    elif args.action == "show":
        info = service.show()
        for key in ("subject", "organization", "issuer", "serial", "not_before", "not_after", "fingerprint",
                    "short_fingerprint", "trusted_here", "file"):
            print(f"{key:17} {info[key]}")
    else:
        fp = service.export_certificate(Path(args.out))
        _say(ctx, f"Sertifikat ditulis ke {args.out}\n  SHA-256: {fp}", f"Certificate written to {args.out}\n"
                                                                         f"  SHA-256: {fp}")
    return 0


def cmd_trust(args, ctx) -> int:
    service = IdentityService(ctx)
    if args.action == "add":
        info = service.trust_add(Path(args.file), label=args.label)
        print(dt_text("trust_added", ctx.lang, subject=info["subject"], fp=info["fingerprint"]))
    elif args.action == "list":
        print_table(["SUBJECT", "SHA-256", "VALID UNTIL", "LABEL"],
                    ([e["subject"], e["fingerprint"], f"{e['not_after']:%Y-%m-%d}" + (" !" if e["expired"] else ""),
                      e["label"]] for e in service.trust_list()), max_width=100, lang=ctx.lang)
    else:
        print(dt_text("trust_removed", ctx.lang, fp=service.trust_remove(args.fingerprint)))
    return 0


HANDLERS: dict = {"report": cmd_report, "sign": cmd_sign, "verify": cmd_verify, "import-pdf": cmd_import_pdf,
                  "document-settings": cmd_settings, "identity": cmd_identity, "trust": cmd_trust}
# Verifying needs no account: anyone at the province may check a document against the trust store.
NO_LOGIN: set[str] = {"verify"}
