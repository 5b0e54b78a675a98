#!/usr/bin/env python3
"""Writes the small seed files of fuzz_import (corpus/import) and fuzz_calendar (corpus/calendar).
Run from anywhere; the files are committed, so run it only to change them. The JPEG seed is not
here: fuzz_import writes it with Qt (SAMEN_FUZZ_WRITE_SEED) when run-fuzz-files.sh starts."""
import os
import struct
import zlib

here = os.path.dirname(os.path.abspath(__file__))


def write(folder, name, data):
    os.makedirs(os.path.join(here, folder), exist_ok=True)
    with open(os.path.join(here, folder, name), "wb") as out:
        out.write(data)


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width, height, extra=b""):
    rows = b"".join(b"\0" + b"".join(bytes((x * 40 % 256, y * 60 % 256, 90)) for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + extra +
            png_chunk(b"IDAT", zlib.compress(rows, 9)) + png_chunk(b"IEND", b""))


def gif():
    # 2x2, a 2-colour global table, one LZW-coded frame (min code size 2)
    return (b"GIF89a" + struct.pack("<HH", 2, 2) + b"\x80\x00\x00" + b"\xff\x00\x00\x00\x00\xff" +
            b"\x2c" + struct.pack("<HHHH", 0, 0, 2, 2) + b"\x00" + b"\x02\x03\x84\x1d\x05\x00" + b"\x3b")


def bmp(width, height):
    row = b"".join(bytes((200, x * 50 % 256, 20)) for x in range(width))
    row += b"\0" * ((4 - len(row) % 4) % 4)
    pixels = row * height
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(info) + len(pixels), 0, 0, 54) + info + pixels


write("import", "small.png", png(3, 2))
write("import", "text-chunk.png", png(2, 2, png_chunk(b"tEXt", b"Comment\0SeedCanary")))
write("import", "small.gif", gif())
write("import", "small.bmp", bmp(3, 2))
write("import", "minimal.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
write("import", "no-end.pdf", b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n")
write("import", "webp-header.webp", b"RIFF\x1a\x00\x00\x00WEBPVP8 \x0e\x00\x00\x00" + b"\x00" * 14)
write("import", "not-an-image.jpg", b"This is text with a .jpg name\n")

# fuzz_calendar reads its input with FuzzedDataProvider: flags and numbers from the end, the
# labels (UTF-8 or UTF-16) from the front. Labels in the app's languages, with the characters a
# TEXT value must escape or drop.
labels = [
    "Brief van de IND: antwoord, voor 1 maart; kopie paspoort\\n",
    "رسالة من IND، الرد قبل ١ آذار; جواز السفر",
    "ደብዳቤ ካብ IND፣ ቅድሚ 1 መጋቢት መልሲ",
    "نامه از IND؛ پاسخ تا ۱ مارس\r\nکپی پاسپورت",
    "tab\there, comma, semicolon; backslash \\ and a very long line " + "x" * 120,
]
for i, label in enumerate(labels):
    write("calendar", "labels-%d" % i, label.encode("utf-8") + bytes((i * 37 % 256, 1, 0, 1, i, 7, 3, 10, 42)))
