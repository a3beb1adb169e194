"""PDF with a text layer, read by pdfminer.six. A scanned PDF (images only) has no text
to read: it gets a clear error telling the user to OCR it, never an empty record."""

from __future__ import annotations

import io

from .errors import ReadError

MIN_CHARS = 40  # fewer letters than a sentence: the pages are images


def read_pdf(raw: bytes) -> dict:
    """{"text", "title"} of a PDF; ReadError for an encrypted, broken or scanned one."""
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        text = extract_text(io.BytesIO(raw))
    except PDFSyntaxError as e:
        raise ReadError(f"broken PDF ({e})") from None
    except Exception as e:  # pdfminer raises many types for encrypted or damaged files
        raise ReadError(f"cannot read PDF ({type(e).__name__}: {e})") from None
    if sum(ch.isalnum() for ch in text) < MIN_CHARS:
        raise ReadError("scanned PDF without a text layer (run OCR first, e.g. ocrmypdf)")
    return {"text": text.replace("\f", "\n"), "title": _title(raw)}


def _title(raw: bytes) -> str | None:
    """The document-information Title, when the PDF has a useful one."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(raw)))
        for info in doc.info:
            title = info.get("Title")
            if hasattr(title, "resolve"):
                title = title.resolve()
            if isinstance(title, bytes):
                title = decode_text(title)
            if isinstance(title, str) and len(title.strip()) > 5 and not title.lower().startswith("microsoft word"):
                return title.strip()
    except Exception:
        return None
    return None
