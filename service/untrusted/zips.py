"""Checking an uploaded zip (a Word ``.docx``, an Excel ``.xlsx``) before any reader opens it.

A zip's directory declares each member's size, and Python's ``zipfile`` trusts it only so
far: ``ZipFile.read`` inflates a member whole (up to 2 GiB) and only then cuts it to the
declared size. So every member is inflated here, as a stream, with a running count of the
bytes it really gives: it is refused as soon as it gives more than its directory entry
declares, more than a member may, or more than the whole file may, and when its data do not
end where the directory says or do not match its CRC. Once a zip has passed, a reader that
trusts the declared sizes reads exactly what was counted.

The XML among the members (a member whose text begins with ``<``, after a byte-order mark
or white space: what an XML parser would take, whatever the member's name or declared
type) is counted apart: a reader builds a tree of every XML part it opens, many times the
part's size in memory, so the XML of a file is capped on its own, well below the bytes the
file may expand to (pictures, which are not parsed, make most of those).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

MIB = 1024 * 1024
CHUNK = 64 * 1024  # compressed bytes fed at a time
STEP = MIB  # the most one step of inflating may give


@dataclass(frozen=True)
class ZipLimits:
    """What one uploaded zip may hold."""
    entries: int  # members
    expanded: int  # bytes, all members together, as really inflated
    xml: int  # bytes of XML, all members together
    member: int  # bytes of one member
    ratio: int = 200  # a member past 1 MiB that expands more than this many times


class ZipRefused(ValueError):
    """A zip that is not read, and why: ``reason`` is ``damaged`` (it cannot be read as a
    zip: a bad directory, a member whose data end elsewhere or do not match its CRC, a
    compression or encryption the readers do not handle) or ``zip_bomb`` (it expands, or
    would, beyond a limit, or a member gives more than it declares)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass
class ZipSummary:
    """What the zip held, as counted."""
    names: set[str]
    expanded: int
    xml: int


_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader
_SUPPORTED = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def _looks_like_xml(head: bytes) -> bool:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom):]
            break
    return head.lstrip(b" \t\r\n\0").startswith(b"<")


def _data_of(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """The compressed bytes of a member, from its local header on, as long as its directory
    entry says."""
    start = info.header_offset
    header = data[start:start + _LOCAL_HEADER.size]
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise ZipRefused("damaged", f"{info.filename}: no local header where the directory "
                                    f"says")
    fields = _LOCAL_HEADER.unpack(header)
    begin = start + _LOCAL_HEADER.size + fields[10] + fields[11]  # name and extra lengths
    end = begin + info.compress_size
    if end > len(data):
        raise ZipRefused("damaged", f"{info.filename}: its data run past the end of the file")
    return memoryview(data)[begin:end]


def _inflate(raw: memoryview, info: zipfile.ZipInfo, allowed: int,
             exceeded: str) -> tuple[int, bytes]:
    """Inflate one member as a stream; the bytes it gives and its first bytes. Refused past
    ``allowed`` (``exceeded`` says which limit that is) or past its declared size."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS) \
        if info.compress_type == zipfile.ZIP_DEFLATED else None
    produced, crc, head = 0, 0, b""

    def take(out: bytes) -> None:
        nonlocal produced, crc, head
        produced += len(out)
        if produced > info.file_size:
            raise ZipRefused("zip_bomb", f"{info.filename}: gives more than the "
                                         f"{info.file_size} bytes it declares")
        if produced > allowed:
            raise ZipRefused("zip_bomb", f"{info.filename}: {exceeded}")
        crc = zlib.crc32(out, crc)
        if len(head) < 16:
            head += out[:16 - len(head)]

    if inflater is None:  # stored: the data are the member
        for at in range(0, len(raw), STEP):
            take(bytes(raw[at:at + STEP]))
    else:
        rest = 0  # compressed bytes left after the stream's end
        try:
            for at in range(0, len(raw), CHUNK):
                piece = bytes(raw[at:at + CHUNK])
                while piece and not inflater.eof:
                    take(inflater.decompress(piece, STEP))
                    piece = inflater.unconsumed_tail
                if inflater.eof:
                    rest = len(raw) - at - CHUNK
                    break
        except zlib.error:
            raise ZipRefused("damaged", f"{info.filename}: its compressed data are "
                                        f"damaged") from None
        if not inflater.eof or inflater.unused_data or rest > 0:
            raise ZipRefused("damaged", f"{info.filename}: its compressed data do not end "
                                        f"where the directory says")
    if produced != info.file_size:
        raise ZipRefused("damaged", f"{info.filename}: gives {produced} bytes, not the "
                                    f"{info.file_size} it declares")
    if crc != info.CRC:
        raise ZipRefused("damaged", f"{info.filename}: does not match its CRC")
    return produced, head


def inspect_zip(data: bytes, limits: ZipLimits) -> ZipSummary:
    """Check every member of the zip ``data`` as it really inflates (the module's
    docstring); :class:`ZipRefused` at the first limit passed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ZipRefused("damaged", f"not a zip that can be read: {exc}") from None
    if len(infos) > limits.entries:
        raise ZipRefused("zip_bomb", f"{len(infos)} members, more than {limits.entries}")
    expanded = xml = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ZipRefused("damaged", f"{info.filename}: encrypted")
        if info.compress_type not in _SUPPORTED:
            raise ZipRefused("damaged", f"{info.filename}: compression {info.compress_type} "
                                        f"is not one Office writes")
        if info.file_size > MIB and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise ZipRefused("zip_bomb", f"{info.filename}: declares {info.file_size} bytes "
                                         f"from {info.compress_size}")
        allowed = min(limits.member, limits.expanded - expanded)
        size, head = _inflate(_data_of(data, info), info, allowed,
                              f"expands beyond the limit of {limits.member // MIB} MiB a "
                              f"member, {limits.expanded // MIB} MiB in all")
        expanded += size
        if _looks_like_xml(head):
            xml += size
            if xml > limits.xml:
                raise ZipRefused("zip_bomb", f"its XML parts hold more than "
                                             f"{limits.xml // MIB} MiB")
    return ZipSummary({info.filename for info in infos}, expanded, xml)
