#!/usr/bin/env python3
"""Writes the CSV reader's fixtures (run from this folder). Every file's bytes are spelled out
here, so the binary ones (UTF-16, Windows-1252) can be checked by reading this script."""

FILES = {
    # Encodings
    "utf8.csv": "name,city\nZoë,Café\n".encode("utf-8"),
    "utf8-bom.csv": b"\xef\xbb\xbf" + "name,city\r\nZoë,Café\r\n".encode("utf-8"),
    "utf16le.txt": b"\xff\xfe" + "name\tcity\r\nZoë\t\U0001F600 Café\r\n".encode("utf-16-le"),
    "utf16be.csv": b"\xfe\xff" + "name,city\nZoë,£5\n".encode("utf-16-be"),
    # Windows-1252: é = E9, £ = A3, right single quote = 92, euro = 80, undefined 81.
    "windows1252.csv": b"name;note\r\nCaf\xe9;\xa35 \x92s\r\n\x80;\x81\r\n",
    # A file that starts with a UTF-8 BOM but is not UTF-8 after it (E9 alone).
    "bom-then-1252.csv": b"\xef\xbb\xbfname\r\nCaf\xe9\r\n",
    # Delimiters
    "semicolon.csv": b"date;programme;amount\n2025-01-02;Art Club;\"1,50\"\n",
    "tab.tsv": b"date\tprogramme\n2025-01-02\tArt Club\n",
    # Line endings
    "lf.csv": b"a,b\n1,2\n3,4\n",
    "crlf.csv": b"a,b\r\n1,2\r\n3,4\r\n",
    "cr.csv": b"a,b\r1,2\r3,4\r",
    "mixed.csv": b"a,b\r\n\r\n1,2\n\n3,4\r\r5,6",
    # Quoting
    "quoted.csv": (
        b"id,comment,score\n"
        b"1,\"Hello, world\",5\n"
        b"2,\"She said \"\"hi\"\"\",4\n"
        b"3,\"line one\nline two\",3\n"
        b"4,plain,2\n"
        b"5,\"first\r\n\r\nfourth\"\r\n"
        b"6, spaced , \" kept \" \n"
    ),
    "no-final-newline.csv": b"a,b\n1,\"2\"",
    "empty-lines.csv": b"a,b\n\n\n1,2\n   \n3,4\n\n",
    # Malformed quotes
    "text-after-quote.csv": b"name,band\nAnn,\"Big\" Band\nBob,Jazz\n",
    "quote-inside.csv": b"name,band\nAnn,Big \"Band\"\nBob,Jazz\n",
    "unclosed-middle.csv": b"id,comment\n1,\"never closed\n2,fine\n3,\"quoted, ok\"\n4,last\n",
    "unclosed-at-end.csv": b"id,comment\n1,ok\n2,\"never closed\n3,also fine\n4,end\n",
    "unclosed-twice.csv": b"a,b\n1,\"x\n2,y\n3,\"z\n4,w\n",
    "closed-late.csv": b"a,b\n1,\"multi\nline\" extra\n2,ok\n",
    # Title row and header for sample lines and sniffing
    "title-row.csv": b"Register for spring term\n\ndate;programme;participant_id\n2025-03-01;Art;P1\n",
}

for name, data in FILES.items():
    with open(name, "wb") as out:
        out.write(data)
