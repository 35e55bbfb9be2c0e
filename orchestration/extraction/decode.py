"""Raw report bytes → the document text, or a ``RejectedDocument`` saying why not.

The text returned is the *decoded original*: only a byte-order mark is removed. CRLF line ends,
NFD or Windows-1258 combining tone marks stay exactly as decoded, because evidence offsets
(``char_start``/``char_end``, see FACTS.md) index this text. ``text_sha256`` is computed on a
normalised form instead, so one report re-encoded (UTF-16, Windows-1258, NFD, CRLF, BOM) keeps
the same value and can be recognised as a duplicate.

Invariant: ``data.decode(result.encoding) == result.text`` for every accepted file.

Decoding order: binary magic numbers → BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) → UTF-16/32
without BOM (NUL bytes at regular positions) → NUL/control bytes mean binary → strict UTF-8 → UTF-8
with a few stray bytes of a Windows code page (each read as its cp1252 character) →
Windows-1258 when the result reads as Vietnamese → the pre-Unicode font encodings TCVN3 (the ".Vn"
fonts) and VNI (the "VNI-" fonts), each decoded by its table, when their common words show or (a short
text) their decoding reads as Vietnamese → charset-normalizer → ``undecodable``.
"""

from __future__ import annotations

import codecs
import csv
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from orchestration.extraction.errors import RejectedDocument
from orchestration.extraction.normalise import lf_line_ends, nfc, without_bom, without_trailing_blanks

__all__ = ["DecodedReport", "decode_report", "normalised_text", "text_sha256"]


@dataclass(frozen=True)
class DecodedReport:
    text: str           # decoded original, BOM removed, nothing else changed
    encoding: str       # Python codec name that decodes the raw bytes to ``text``
    text_sha256: str    # sha256 of ``normalised_text(text)``
    byte_count: int
    char_count: int


# --- binary detection -------------------------------------------------------------------------

# (prefix, what it is, what to do): checked before anything else, so the reason can name the kind.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF file", "convert it to text first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "drop the report's text, not a picture of it"),
    (b"\xff\xd8\xff", "a JPEG image", "drop the report's text, not a picture of it"),
    (b"GIF87a", "a GIF image", "drop the report's text, not a picture of it"),
    (b"GIF89a", "a GIF image", "drop the report's text, not a picture of it"),
    (b"II*\x00", "a TIFF image", "drop the report's text, not a scan of it"),
    (b"MM\x00*", "a TIFF image", "drop the report's text, not a scan of it"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office (OLE2) file", "save it as plain text first"),
    (b"PK\x03\x04", "a ZIP archive", "unpack it and drop the text files"),
    (b"PK\x05\x06", "a ZIP archive", "unpack it and drop the text files"),
    (b"PK\x07\x08", "a ZIP archive", "unpack it and drop the text files"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it and drop the text files"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and drop the text files"),
    (b"\x1f\x8b", "a gzip archive", "unpack it and drop the text files"),
    (b"\x7fELF", "an executable program", "drop text reports only"),
    (b"{\\rtf", "an RTF document", "save it as plain text first"),
)

# Control bytes never found in text (TAB, LF, VT, FF, CR and DOS EOF 0x1A are allowed).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0E, 0x0F, *range(0x10, 0x1A), *range(0x1B, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.02  # real reports have essentially none; random bytes have ~10 %


def _magic_kind(data: bytes) -> tuple[str, str] | None:
    for prefix, kind, advice in _MAGIC:
        if data.startswith(prefix):
            head = data[:65536]
            if prefix.startswith(b"PK"):  # Office Open XML files are ZIPs: say which one
                if b"word/" in head:
                    return "a Word .docx document", "save it as plain text (UTF-8) first"
                if b"xl/" in head:
                    return "an Excel .xlsx workbook", "export the report's text instead"
            if prefix.startswith(b"\xd0\xcf"):
                if b"W\x00o\x00r\x00d\x00D\x00o\x00c" in data:
                    return "a Word .doc document", "save it as plain text (UTF-8) first"
                if b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k" in data:
                    return "an Excel .xls workbook", "export the report's text instead"
            return kind, advice
    return None


# --- BOMs and UTF-16/32 without BOM ------------------------------------------------------------

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 BE"),
)
_SNIFF_BYTES = 65536


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16/32 without BOM: NUL bytes at regular positions (most Vietnamese text is < U+0200,
    so its high bytes are 0 or 1). Returns a codec name or None."""
    sample = data[:_SNIFF_BYTES]
    n = len(sample)
    if n < 8:
        return None
    quarters = [sample[i::4].count(0) / max(1, len(sample[i::4])) for i in range(4)]
    if quarters[2] > 0.9 and quarters[3] > 0.9 and quarters[1] > 0.5:
        return "utf-32-le"
    if quarters[0] > 0.9 and quarters[1] > 0.9 and quarters[2] > 0.5:
        return "utf-32-be"
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


# --- Windows-1258 -------------------------------------------------------------------------------

# Letters only Vietnamese uses among Latin scripts (tone/shape marks), lower case, after NFC.
_VN_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
# Frequent words with diacritics: ASCII words ("theo", "trong") prove nothing, since every
# single-byte decoding keeps them.
_VN_WORDS = frozenset((
    "của", "và", "các", "được", "năm", "tỉnh", "với", "người", "đã", "này", "những", "không", "có",
    "là", "một", "đến", "tại", "đồng", "tháng", "tế", "hội", "huyện", "xã", "công", "tổng", "đạt",
    "tăng", "giảm", "kỳ", "cùng", "về", "để", "triển", "đầu", "tư", "dự", "án", "chỉ", "đạo", "ủy",
    "nhân", "dân", "thực", "hiện", "số", "lượng", "việc", "trên", "dưới", "hơn",
))
_WORD = re.compile(r"\w+")


def _looks_vietnamese(text: str) -> bool:
    """True when a (cp1258-decoded) text reads as Vietnamese rather than mojibake.

    cp1258 decodes almost any byte string, so demand three things of the NFC form: Vietnamese
    letters are a real share of the letters, other non-ASCII letters (the Ã/»/¶ of mojibake) are
    rare, and common Vietnamese words with diacritics occur. Combining marks that did not compose
    onto a vowel are another sign of the wrong code page.
    """
    reading = _Reading.of(text)
    return (
        reading.letters >= 20
        and reading.vn / reading.letters >= 0.08
        and reading.foreign <= 0.05 * reading.vn
        and reading.stray_marks <= 0.01 * reading.vn + 2
        and reading.hits >= 3
        and reading.hits / max(1, reading.words) >= 0.03
    )


@dataclass(frozen=True)
class _Reading:
    """What a decoding of a text reads as: its letters, Vietnamese and other non-ASCII ones, combining marks
    left over and its words, common Vietnamese words among them (``hits``)."""

    letters: int
    vn: int
    foreign: int
    stray_marks: int
    words: int
    hits: int

    @classmethod
    def of(cls, text: str) -> _Reading:
        sample = nfc(text[:50_000]).lower()  # a sample is plenty
        letters = [c for c in sample if c.isalpha()]
        words = _WORD.findall(sample)
        return cls(len(letters), sum(c in _VN_LETTERS for c in letters),
                   sum(not c.isascii() and c not in _VN_LETTERS for c in letters),
                   sum(unicodedata.combining(c) > 0 for c in sample), len(words), sum(w in _VN_WORDS for w in words))


SHORT_TEXT_WORDS = 40  # a headline and a sentence or two


def _reads_as_vietnamese_in_a_font(text: str) -> bool:
    """Does a text decoded from a font encoding read as Vietnamese? As ``_looks_vietnamese``; a short text
    may hold a single common word ("Huyện Mường Nhé trồng mới 120 ha quế, đàn trâu bò tăng 640 con.") when
    every other letter reads as Vietnamese too: a wrong font's decoding leaves letters of other languages
    ("ngaān sałch") or stray marks."""
    if _looks_vietnamese(text):
        return True
    r = _Reading.of(text)
    return (r.words <= SHORT_TEXT_WORDS and r.letters >= 20 and r.vn / r.letters >= 0.15 and r.foreign == 0
            and r.stray_marks == 0 and r.hits >= 1)


# Pre-Unicode Vietnamese *font* encodings (TCVN3/ABC ".VnTime", VNI-Windows) reuse Latin-1 byte
# values, so they decode "successfully" as cp1252 gibberish ("B¸o c¸o", "Baùo caùo"). Python has
# no codec for them: recognise their spelling of common words, then decode with our own codec.
_FONT_ENCODINGS: tuple[tuple[str, tuple[bytes, ...]], ...] = (
    ("TCVN3 (ABC, .VnTime fonts)", tuple(w.encode("latin-1") for w in (
        "cña", "vµ", "n¨m", "tØnh", "c¸c", "®\xadîc", "nh©n", "d©n", "ngµy", "b¸o", "c¸o", "t¹i"))),
    ("VNI (VNI-Times fonts)", tuple(w.encode("latin-1") for w in (
        "cuûa", "vaø", "naêm", "tænh", "caùc", "ñöôïc", "nhaân", "daân", "ngaøy", "baùo", "caùo", "taïi"))),
)


_TCVN3, _VNI = (name for name, _ in _FONT_ENCODINGS)
_CODEC_OF_FONT = {_TCVN3: "tcvn3", _VNI: "vni"}


@functools.lru_cache(maxsize=1)
def _tcvn3_decoding_table() -> str:
    """The 256 characters of TCVN3 (TCVN 5712:1993), the encoding of the ".Vn" fonts most
    pre-Unicode reports were typed in: ASCII, except the bytes ``data/tcvn3.csv`` maps (the
    upper half and a few capitals among the control codes; taken from glibc's TCVN5712-1)."""
    table = [chr(b) for b in range(0x100)]
    with (Path(__file__).parent / "data" / "tcvn3.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            table[int(row["byte"], 16)] = chr(int(row["unicode"], 16))
    return "".join(table)


def _tcvn3_codec(name: str) -> codecs.CodecInfo | None:
    """A ``codecs`` entry for "tcvn3", so ``data.decode("tcvn3")`` works like any code page (and
    the module's invariant holds for it too)."""
    if name != "tcvn3":
        return None
    table = _tcvn3_decoding_table()
    encoding_map = codecs.charmap_build(table)  # built once, not at every encode
    return codecs.CodecInfo(
        name="tcvn3",
        encode=lambda text, errors="strict": codecs.charmap_encode(text, errors, encoding_map),
        decode=lambda data, errors="strict": codecs.charmap_decode(data, errors, table),
    )


codecs.register(_tcvn3_codec)


# VNI spells a letter with a tone or a diacritic as its base letter followed by a Latin-1 mark
# ("aù" = "á", "oá" = "ố", "öô" = "ươ"), and a few letters as one byte of their own ("ñ" = "đ"):
# one letter may take two bytes, so no charmap: the letters of ``data/vni.csv`` are read by one
# pattern. The table has the small letters; a capital base makes a capital letter, whatever the
# case of its mark ("AÙ", "Aù": "Á"), and bytes outside the table read as in Windows-1252.
_CP1252_OR_LATIN1 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x100))


@functools.lru_cache(maxsize=1)
def _vni_tables() -> tuple[re.Pattern[str], dict[str, str], dict[int, str]]:
    """(the pattern of VNI letters, VNI spelling → letter, the ``str.translate`` table letter → VNI
    spelling), capitals included."""
    decoding: dict[str, str] = {}
    encoding: dict[str, str] = {}
    with (Path(__file__).parent / "data" / "vni.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            vni, letter = row["vni"], row["unicode"]
            capital = letter.upper()
            spellings = {vni: letter, vni.upper(): capital, vni[0].upper() + vni[1:]: capital}
            if len(vni) == 2:
                spellings[vni[0] + vni[1].upper()] = letter
            decoding.update(spellings)
            encoding[letter], encoding[capital] = vni, vni.upper()
    longest_first = sorted(decoding, key=len, reverse=True)
    spelling = {ord(letter): vni for letter, vni in encoding.items()}
    return re.compile("|".join(map(re.escape, longest_first))), decoding, spelling


def _vni_decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
    pattern, decoding, _ = _vni_tables()
    read, _ = codecs.charmap_decode(data, errors, _CP1252_OR_LATIN1)
    return pattern.sub(lambda m: decoding[m.group()], read), len(data)


def _vni_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    _, _, spelling = _vni_tables()
    return text.translate(spelling).encode("cp1252", errors), len(text)


def _vni_codec(name: str) -> codecs.CodecInfo | None:
    """A ``codecs`` entry for "vni", so ``data.decode("vni")`` works like any code page (the
    module's invariant holds for it too; the encoder is there for tests and for round trips)."""
    return codecs.CodecInfo(name="vni", encode=_vni_encode, decode=_vni_decode) if name == "vni" else None


codecs.register(_vni_codec)


# A UTF-8 file with a few bytes of a Windows code page pasted into it (Word's non-breaking space \xa0
# between a figure and its unit, a byte of a letter lost in a copy) is still UTF-8: each byte that
# is no part of a UTF-8 character reads as the Windows-1252 character it is (Latin-1 where cp1252 has
# none), one character per byte, so every figure around it is read and the offsets stay one per byte
# of damage. A codec of its own, so the invariant ``data.decode(encoding) == text`` holds for it too.
UTF8_WITH_STRAY_BYTES = "utf-8-with-stray-bytes"
_STRAY_BYTE = "baocao-stray-byte"


def _stray_byte(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return _CP1252_OR_LATIN1[error.object[error.start]], error.start + 1


codecs.register_error(_STRAY_BYTE, _stray_byte)


def _utf8_with_stray_bytes_codec(name: str) -> codecs.CodecInfo | None:
    if name not in (UTF8_WITH_STRAY_BYTES, UTF8_WITH_STRAY_BYTES.replace("-", "_")):
        return None
    return codecs.CodecInfo(
        name=UTF8_WITH_STRAY_BYTES,
        encode=lambda text, errors="strict": codecs.utf_8_encode(text, errors),
        decode=lambda data, errors="strict": codecs.utf_8_decode(bytes(data), _STRAY_BYTE, True),
    )


codecs.register(_utf8_with_stray_bytes_codec)


def _font_encoding(data: bytes) -> str | None:
    for name, words in _FONT_ENCODINGS:
        counts = [data.count(w) for w in words]
        if sum(counts) >= 5 and sum(c > 0 for c in counts) >= 3:
            return name
    return None


# Western code pages first when charset-normalizer finds several equally good ones (short texts).
_PREFERRED_FALLBACKS = ("cp1252", "iso8859_15", "latin_1")


# --- normalisation for the hash -----------------------------------------------------------------

def normalised_text(text: str) -> str:
    """The form ``text_sha256`` hashes: NFC, LF line ends, no trailing whitespace on any line and
    no trailing blank lines (editors add or drop a final newline when re-saving)."""
    return without_trailing_blanks(lf_line_ends(nfc(without_bom(text))))


def text_sha256(text: str) -> str:
    return hashlib.sha256(normalised_text(text).encode("utf-8")).hexdigest()


# --- main entry ---------------------------------------------------------------------------------

def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit} ({n:,} bytes)"
    return f"{n:,} bytes"


def _decode_bytes(data: bytes, source_file: str) -> tuple[str, str]:
    """(text, codec name) or raise; no emptiness/size checks here."""
    def reject(reason: str, code: str) -> RejectedDocument:
        return RejectedDocument(source_file, reason, code)

    magic = _magic_kind(data)
    if magic:
        kind, advice = magic
        raise reject(f"looks like {kind}, not text: {advice}", "binary")

    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            width = 4 if codec == "utf-32" else 2 if codec == "utf-16" else 1
            if (len(data) - len(bom)) % width:
                raise reject(f"has a {label} byte-order mark but ends in the middle of a character: "
                             "the file looks cut off (half-written or interrupted copy)", "truncated")
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as e:
                raise reject(f"has a {label} byte-order mark but is not valid {label} "
                             f"(bad bytes at offset {e.start})", "undecodable") from None

    if b"\x00" in data:
        wide = _wide_encoding(data)
        if wide is None:
            raise reject(f"contains NUL bytes ({data.count(0):,} of {len(data):,}) and is not UTF-16: "
                         "it looks like a binary file, not text", "binary")
        width = 4 if wide.startswith("utf-32") else 2
        if len(data) % width:
            raise reject(f"looks like {wide.upper()} text but ends in the middle of a character: "
                         "the file looks cut off (half-written or interrupted copy)", "truncated")
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError as e:
            raise reject(f"looks like {wide.upper()} text but has invalid bytes at offset {e.start}",
                         "undecodable") from None

    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))  # (one pass, not a count per control byte)
    if controls > max(4, _MAX_CONTROL_SHARE * len(data)):
        raise reject(f"{controls / len(data):.0%} of its bytes are control characters: "
                     "it looks like a binary file, not text", "binary")

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    # A file cut inside a multi-byte character (copy still running) must not fall through to a
    # single-byte code page, which would "decode" the whole UTF-8 file as mojibake.
    # (Everything before the error is valid UTF-8; non-ASCII in it shows the file is UTF-8.)
    if (utf8_error.reason == "unexpected end of data" and len(data) - utf8_error.start < 4
            and not data[: utf8_error.start].isascii()):
        raise reject("ends in the middle of a UTF-8 character: the file looks cut off "
                     "(half-written or interrupted copy)", "truncated")
    # Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy code page: a report
    # is not lost for a byte pasted from a Windows editor (its stray bytes read one by one, see below).
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = len(lenient) - len(lenient.encode("ascii", "ignore")) - bad  # non-ASCII chars, in C
    if multibyte >= 5 * bad:
        return data.decode(UTF8_WITH_STRAY_BYTES), UTF8_WITH_STRAY_BYTES

    try:
        cp1258 = data.decode("cp1258")
    except UnicodeDecodeError:
        cp1258 = None
    if cp1258 is not None and _looks_vietnamese(cp1258):
        return cp1258, "windows-1258"

    font = _font_encoding(data)
    if font:
        codec = _CODEC_OF_FONT[font]
        return data.decode(codec), codec
    # A short text ("Kon Tum: Thu ngân sách 6 tháng đạt 1.845 tỷ đồng" and a sentence) may hold too few of the
    # font encodings' common words for the count above: the font whose decoding reads as Vietnamese (the
    # test Windows-1258 passed) is the one it was typed in.
    for codec in _CODEC_OF_FONT.values():
        decoded = data.decode(codec, errors="replace")
        if "\ufffd" not in decoded and _reads_as_vietnamese_in_a_font(decoded):
            return decoded, codec

    matches = from_bytes(data)
    best = matches.best()
    if best is not None:
        # could_be_from_charset: the code pages giving this exact same text (charset-normalizer
        # groups them), so picking cp1252 from a cp1250 group changes the name, not the text.
        ties = [e for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence
                for e in m.could_be_from_charset]
        encoding = next((e for e in _PREFERRED_FALLBACKS if e in ties), best.encoding)
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    raise reject("is not UTF-8, UTF-16 or Vietnamese Windows-1258 text and no other text encoding "
                 "fits: re-save it as UTF-8", "undecodable")


def decode_report(data: bytes, source_file: str, *, max_bytes: int | None = None) -> DecodedReport:
    """Decode one raw report. Raises ``RejectedDocument`` (code ``empty``, ``too_large``,
    ``binary``, ``truncated`` or ``undecodable``) for bytes that are not a usable text."""
    n = len(data)
    if max_bytes is not None and n > max_bytes:
        raise RejectedDocument(source_file, f"the file is {_size(n)}, over the {_size(max_bytes)} limit",
                               "too_large")
    if n == 0:
        raise RejectedDocument(source_file, "the file is empty (0 bytes)", "empty")

    text, encoding = _decode_bytes(data, source_file)

    if not text.strip().strip("\ufeff\u200b"):
        what = "only a byte-order mark" if not text else "only whitespace"
        if encoding in ("utf-8-sig", "utf-16", "utf-32") and text:
            what = "only a byte-order mark and whitespace"
        raise RejectedDocument(source_file, f"the file contains {what} ({n:,} bytes), no text", "empty")
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > max(4, _MAX_CONTROL_SHARE * len(text)):
        raise RejectedDocument(source_file, f"{controls / len(text):.0%} of its characters are control "
                               "characters: it looks like a binary file, not text", "binary")
    return DecodedReport(text=text, encoding=encoding, text_sha256=text_sha256(text),
                         byte_count=n, char_count=len(text))
