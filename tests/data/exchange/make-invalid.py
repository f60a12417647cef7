#!/usr/bin/env python3
# make-invalid.py — the hostile and broken exchange files of the reader's
# tests (tests/exchange/test-exchange-reader.c), made from one valid file.
#
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/data/exchange/make-invalid.py [BASE [OUTDIR]]
#   BASE    a valid exchange file (default: base-small.xml beside this script)
#   OUTDIR  where to write the cases (default: invalid/ beside this script)
#
# First the base's own digest is set right (so that it can be edited by
# hand, or regenerated from the writer, and stay valid). Each case then
# changes one thing, and its digest is computed again, so that a case
# fails for its own reason only: only digest-mismatch.xml has a wrong
# digest. The file over the size cap is not here: the test makes it,
# sparse, in a temporary folder.

import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def body_span(data):
    """Start and end (exclusive) of <body …>…</body>, as the reader finds them."""
    start = re.search(rb"<body[\s>/]", data)
    if start is None:
        raise SystemExit("make-invalid: no <body> in the base file")
    end = data.find(b"</body>", start.start())
    if end < 0:
        raise SystemExit("make-invalid: no </body> in the base file")
    return start.start(), end + len(b"</body>")


def with_digest(data):
    """@data with the digest of its header set to that of its body."""
    start, end = body_span(data)
    digest = hashlib.sha256(data[start:end]).hexdigest().encode()
    fixed, n = re.subn(rb'(<digest algorithm="sha256">)[0-9a-fA-F]*(</digest>)',
                       rb"\g<1>" + digest + rb"\g<2>", data, count=1)
    if n != 1:
        raise SystemExit("make-invalid: no <digest> in the base file")
    return fixed


def replace(data, old, new, count=1):
    if data.count(old) < count:
        raise SystemExit("make-invalid: %r is not in the base file" % old)
    return data.replace(old, new, count)


def deep(data):
    """10,000 elements of an extension namespace, nested, at the end of the
    institution, where the schema lets a later 1.x add elements (and skips
    them unvalidated): only the reader's depth cap stops them."""
    depth = 10000
    nest = (b'<x:e xmlns:x="urn:example:extension">' + b"<x:e>" * (depth - 1)
            + b"</x:e>" * depth + b"\n    ")
    return replace(data, b"</institution>", nest + b"</institution>")


BILLION_LAUGHS = b"""<!DOCTYPE riaya-exchange [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""

EXTERNAL_ENTITY = b"""<!DOCTYPE riaya-exchange [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
"""

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def after_declaration(data, text):
    return replace(data, XML_DECLARATION, XML_DECLARATION + text)


# Each case: its file name and how it is made from the (valid) base. A
# case whose function returns bytes that must not get their digest fixed
# says so with digest=False.
CASES = [
    ("not-xml.xml", lambda d: b"licence_number,type,province_code\n12/2019,elderly,07.161\n", False),
    ("truncated.xml", lambda d: d[: d.find(b"<grant ") + 40], False),
    ("empty.xml", lambda d: b"", False),
    ("wrong-root.xml",
     lambda d: replace(replace(d, b"<riaya-exchange ", b"<riaya-export "),
                       b"</riaya-exchange>", b"</riaya-export>"), True),
    ("wrong-namespace.xml",
     lambda d: replace(d, b'xmlns="urn:riaya:exchange:1"', b'xmlns="urn:example:exchange"'), True),
    ("version-2.xml", lambda d: replace(d, b'version="1.0">', b'version="2.0">'), True),
    ("billion-laughs.xml",
     lambda d: replace(after_declaration(d, BILLION_LAUGHS),
                       b"<founder>Association Al Amal</founder>", b"<founder>&lol9;</founder>"), True),
    ("external-entity.xml",
     lambda d: replace(after_declaration(d, EXTERNAL_ENTITY),
                       b"<founder>Association Al Amal</founder>", b"<founder>&xxe;</founder>"), True),
    ("doctype.xml", lambda d: after_declaration(d, b"<!DOCTYPE riaya-exchange>\n"), True),
    # An entity reference with no DOCTYPE to declare it.
    ("undeclared-entity.xml",
     lambda d: replace(d, b"<founder>Association Al Amal</founder>", b"<founder>&xxe;</founder>"), True),
    ("deep.xml", deep, True),
    ("invalid-utf8.xml",
     lambda d: replace(d, b"<founder>Association Al Amal</founder>",
                       b"<founder>Association Al \xff\xfe Amal</founder>"), True),
    ("bidi-override.xml",
     lambda d: replace(d, "de Chichaoua</name>".encode(),
                       "de \u202eChichaoua</name>".encode()), True),
    # One byte of the body changed after its digest was computed.
    ("digest-mismatch.xml",
     lambda d: replace(with_digest(d), b"<commune>Chichaoua</commune>", b"<commune>Chichaoub</commune>"),
     False),
    ("counts-mismatch.xml", lambda d: replace(d, b'grants="1"', b'grants="2"'), True),
    ("negative-number.xml", lambda d: replace(d, b'places="30"', b'places="-30"'), True),
    ("capacity-10-million.xml", lambda d: replace(d, b'places="25"', b'places="10000000"'), True),
    ("unknown-type.xml", lambda d: replace(d, b'type="elderly"', b'type="orphanage"'), True),
    ("unknown-category.xml",
     lambda d: replace(d, b'category="elderly" sex="f" places="25"', b'category="teenager" sex="f" places="25"'),
     True),
    ("unknown-province.xml",
     lambda d: replace(d, b'type="elderly" province="07.161"', b'type="elderly" province="99.999"'), True),
    ("date-1850.xml", lambda d: replace(d, b'licence-date="2019-03-14"', b'licence-date="1850-03-14"'), True),
    ("date-2300.xml", lambda d: replace(d, b'planned="2026-05-12"', b'planned="2300-05-12"'), True),
    ("duplicate-uuid.xml",
     lambda d: replace(d, b'<capacity-line uuid="4f5a6b7c-8d9e-4fa0-b1c2-3d4e5f607182"',
                       b'<capacity-line uuid="3e4f5a6b-7c8d-4e9f-a0b1-2c3d4e5f6071"'), True),
    ("over-capacity.xml",
     lambda d: replace(d, b'sex="f" age-band="75-plus" count="22"', b'sex="f" age-band="75-plus" count="40"'),
     True),
]


def main():
    base_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "base-small.xml")
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "invalid")

    with open(base_path, "rb") as f:
        base = with_digest(f.read())
    if base_path == os.path.join(HERE, "base-small.xml"):
        with open(base_path, "wb") as f:
            f.write(base)

    os.makedirs(out_dir, exist_ok=True)
    for name, make, fix_digest in CASES:
        data = make(base)
        if fix_digest:
            data = with_digest(data)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)

    print("make-invalid: %d cases in %s" % (len(CASES), out_dir))


if __name__ == "__main__":
    main()
