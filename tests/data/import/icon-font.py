#!/usr/bin/env python3
# Writes icon-font.pdf: a resume's top lines where the phone and email carry icons from an
# icon font, whose glyphs map to private-use code points (as Font Awesome's do), as a web
# page's icons print. Run from tests/data/import.
lines = [
    ("F1", 20, "Dana Whitlock"),
    ("F1", 11, "Data Analyst"),
    ("F2", 11, "AB"),
    ("F1", 11, "dana.whitlock@example.net  |  +1 503 555 0148  |  Portland, OR"),
    ("F1", 14, "Experience"),
    ("F1", 11, "Analyst, Cascade Outfitters  |  Mar 2022 - Present"),
    ("F1", 11, "- Built the weekly sales dashboard the buyers open every Monday."),
]
content = "BT\n"
y = 780
for font, size, text in lines:
    content += "/%s %d Tf 1 0 0 1 60 %d Tm (%s) Tj\n" % (font, size, y, text)
    y -= size + 10
content += "ET\n"
objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
    "<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
    "/FirstChar 65 /LastChar 66 /Widths [700 700] "
    "/Encoding << /Type /Encoding /Differences [65 /uniF095 /uniF0E0] >> >>",
]
out = b"%PDF-1.4\n"
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += ("%d 0 obj\n%s\nendobj\n" % (i, body)).encode("latin-1")
xref = len(out)
out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
for o in offsets:
    out += ("%010d 00000 n \n" % o).encode()
out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)).encode()
open("icon-font.pdf", "wb").write(out)
