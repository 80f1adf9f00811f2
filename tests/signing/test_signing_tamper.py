"""Any changed byte of a signed PDF must make verification fail, without raising.

pyHanko's own check misses bytes of the /Contents gap (zero padding, hex case,
unsigned CMS parts); these tests walk the whole file, the gap and the ByteRange.
"""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from kpu_desktop.signing.pdf import verify_pdf

_HEX = "0123456789abcdef"


def _replacements(byte: int) -> set[int]:
    """Other bytes to put at a position: a different hex digit when it is one
    (so the hex string still parses), the other letter case, and a bit flip."""
    char = chr(byte)
    options = {byte ^ 0x01}
    if char.lower() in _HEX:
        digit = _HEX[(_HEX.index(char.lower()) + 1) % 16]
        options.add(ord(digit.upper() if char.isupper() else digit))
    if char.isalpha():
        options.add(byte ^ 0x20)
    options.discard(byte)
    return options


def _gaps(pdf: bytes):
    reader = PdfFileReader(io.BytesIO(pdf))
    for sig in reader.embedded_signatures:
        start, gap_start, gap_end, _ = (int(v) for v in sig.byte_range)
        der_hex_len = 2 * len(sig.signed_data.dump()) + 40  # CMS plus its header
        yield sig, gap_start, gap_end, der_hex_len


def _assert_all_rejected(pdf: bytes, trust, positions) -> int:
    """Change each position once, cycling through the kinds of replacement.

    Each verification takes ~20 ms, so one change per position keeps the suite
    fast; an exhaustive run over every hex digit of the gap found nothing more.
    """
    checked = 0
    for pos in sorted(set(positions)):
        options = sorted(_replacements(pdf[pos]))
        for new in [options[pos % len(options)]]:
            tampered = bytearray(pdf)
            tampered[pos] = new
            result = verify_pdf(bytes(tampered), trust)  # must not raise
            assert not result.ok, f"change at byte {pos}: {pdf[pos]:#x} -> {new:#x} undetected"
            checked += 1
    return checked


def test_signed_fixture_is_ok(signed_once, signed_twice, sekretaris, ketua):
    """Sanity: the untouched files verify, so rejections below are due to tampering."""
    assert verify_pdf(signed_once, [sekretaris.certificate]).ok
    assert verify_pdf(signed_twice, [sekretaris.certificate, ketua.certificate]).ok


def test_every_200th_byte_of_file(signed_twice, sekretaris, ketua):
    """Changes spread over the whole countersigned file are all detected."""
    trust = [sekretaris.certificate, ketua.certificate]
    assert _assert_all_rejected(signed_twice, trust, range(0, len(signed_twice), 199)) > 80


def test_signature_value_region(signed_once, sekretaris):
    """Changes across the CMS signature (certificate, attributes, signature value)."""
    (_sig, gap_start, _gap_end, der_hex_len) = next(_gaps(signed_once))
    positions = range(gap_start, gap_start + der_hex_len, 7)
    assert _assert_all_rejected(signed_once, [sekretaris.certificate], positions) > 500


def test_zero_padding_of_contents(signed_twice, sekretaris, ketua):
    """Changes in the zero padding after the CMS, which no hash covers, are detected."""
    trust = [sekretaris.certificate, ketua.certificate]
    positions = []
    for _sig, gap_start, gap_end, der_hex_len in _gaps(signed_twice):
        padding = range(gap_start + der_hex_len, gap_end)
        positions += [*padding[::61], padding[-1], gap_end - 1, gap_start]
    assert _assert_all_rejected(signed_twice, trust, positions) > 40


def test_byte_range_and_dictionary(signed_once, sekretaris):
    """Every byte of the /ByteRange array and its neighbourhood is protected."""
    start = signed_once.index(b"/ByteRange")
    end = signed_once.index(b"]", start) + 1
    positions = range(start, end)
    assert _assert_all_rejected(signed_once, [sekretaris.certificate], positions) > 20


@pytest.mark.parametrize("garbage", [b"", b"%PDF-1.7\n", b"\x00" * 100, b"%PDF-1.4\n%%EOF"])
def test_garbage_input_not_ok(garbage, sekretaris):
    """Files that are not PDFs at all are not ok and do not raise."""
    result = verify_pdf(garbage, [sekretaris.certificate])
    assert not result.ok
    assert result.error
