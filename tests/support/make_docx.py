#!/usr/bin/env python3
"""Writes the Word-format test files into OUT_DIR at test time: a small committee paper
(committee.docx), a zip that is not a Word file (not-word.docx) and a decompression bomb
(bomb.docx: a document.xml that inflates to 100 MB). Usage: make_docx.py OUT_DIR"""
import pathlib
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, style=None, numbered=False):
    props = ""
    if style or numbered:
        props = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
                ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else "") + "</w:pPr>"
    return f"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def cell(text):
    return f"<w:tc>{para(text)}</w:tc>"


BODY = "".join([
    para("Report to the Children and Young People Scrutiny Committee", "Title"),
    para("Agenda item 6"),
    para("Meeting date: 14 March 2024"),
    para("Contributor: Director of Children's Services"),
    para("Purpose of the report", "Heading1"),
    para("This report updates members on the improvement plan after the inspection of "
         "children's services and the progress made on return home interviews."),
    para("Recommendations", "Heading1"),
    para("Members note the progress on the quokkaline pilot for care leavers.", numbered=True),
    para("Members agree the revised timetable for the action plan.", numbered=True),
    "<w:tbl>" + "<w:tr>" + cell("Action") + cell("Status") + "</w:tr>"
    + "<w:tr>" + cell("Return home interviews") + cell("Complete") + "</w:tr>"
    + "<w:tr>" + cell("Audit") + "<w:tc>" + para("Started") + para("in May") + "</w:tc></w:tr></w:tbl>",
    "<w:p><w:r><w:t>Deleted text stays out:</w:t></w:r><w:del><w:r><w:delText>zebrafinch</w:delText></w:r></w:del>"
    "<w:r><w:tab/><w:t>kept.</w:t></w:r></w:p>",
])
DOCUMENT = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{BODY}</w:body></w:document>'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>')


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out / "committee.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", DOCUMENT)
    with zipfile.ZipFile(out / "not-word.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "A zip of notes, not a Word document.")
    with zipfile.ZipFile(out / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f"<w:document {W}><w:body><w:p><w:r><w:t>".encode())
            chunk = b" " * (1 << 20)
            for _ in range(100):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")


if __name__ == "__main__":
    main()
