"""Readers: bytes decoded right, site furniture removed, bad input refused with a reason."""

import pytest

from ingest.read import ReadError, read_bytes, read_path

ARTICLE_ZH = "干细胞治疗膝骨关节炎的临床研究\n本研究纳入68例患者，随访12个月，WOMAC总分显著下降。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_simplified_chinese_in_any_common_encoding(encoding):
    doc = read_bytes((ARTICLE_ZH * 3).encode(encoding), path="a.txt")
    assert "膝骨关节炎" in doc.text
    assert doc.language == "zh"


def test_big5_traditional_chinese():
    text = "幹細胞治療心臟衰竭的隨機對照試驗\n本研究納入80例患者，隨訪6個月，左心室射血分數顯著改善。\n" * 3
    doc = read_bytes(text.encode("big5"), path="a.txt")
    assert "隨機對照試驗" in doc.text
    assert doc.encoding.startswith("big5")


def test_declared_gb2312_is_read_as_gb18030():
    page = '<html><head><meta charset="gb2312"><title>标题</title></head><body><article><p>' \
           + "患者𠮷名" * 80 + "</p></article></body></html>"
    doc = read_bytes(page.encode("gb18030"), path="a.html")
    assert doc.encoding == "gb18030"
    assert "𠮷" in doc.text


def test_site_furniture_is_removed():
    text = ("即时推送健康资讯，为大众服务！\n• 联系我们\n官方热线400-123-4567\n"
            "干细胞治疗膝骨关节炎：一年随访结果\n本研究纳入68例患者。\n"
            "免责声明：本文仅供参考。\n另一篇文章的标题\n« 上一篇 2025年1月1日\n")
    doc = read_bytes(text.encode(), path="a.txt")
    assert doc.title == "干细胞治疗膝骨关节炎：一年随访结果"
    for furniture in ("热线", "免责", "上一篇", "另一篇文章", "联系我们"):
        assert furniture not in doc.text


def test_html_main_text_without_navigation():
    page = ("<html><head><meta property='og:title' content='A trial of X'></head><body>"
            "<nav><a href='/'>Home</a><a>News</a></nav><div class='sidebar'>Related: other stories</div>"
            "<article><h1>A trial of X</h1><p>Sixty patients were randomised.</p><p>HbA1c fell.</p></article>"
            "<footer>Copyright 2025 Example Media</footer></body></html>")
    doc = read_bytes(page.encode(), path="a.html")
    assert doc.title == "A trial of X"
    assert "Sixty patients were randomised." in doc.text
    for furniture in ("Home", "Related", "Copyright"):
        assert furniture not in doc.text


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
])
def test_bad_bytes_get_a_reason(content, reason):
    with pytest.raises(ReadError, match=reason):
        read_bytes(content, path="bad.txt")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="folder"):
        read_path(tmp_path)


def test_sha256_is_of_the_raw_bytes():
    import hashlib
    raw = ARTICLE_ZH.encode("gbk")
    assert read_bytes(raw, path="a.txt").sha256 == hashlib.sha256(raw).hexdigest()


def test_a_byte_order_mark_before_bytes_of_no_such_text_is_a_clear_error():
    # UTF-16 BE's mark, then an odd number of bytes: no UTF-16 text, and no traceback either.
    import pytest

    from ingest.read import ReadError, read_bytes

    with pytest.raises(ReadError, match="byte-order mark"):
        read_bytes(b"\xfe\xff\x00\x00\x00\x00\x00", path="a.txt")
