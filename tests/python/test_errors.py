"""Bad input raises ValueError with the library's message."""

import pytest

import claimx


def test_invalid_utf8_bytes_name_the_offset(extractor):
    with pytest.raises(ValueError, match=r"invalid UTF-8 at byte 6"):
        extractor.extract(b"Hello \xc3(world)")


def test_lone_surrogate_is_a_value_error(extractor):
    with pytest.raises(ValueError):
        extractor.extract("broken \ud800 text")


def test_document_over_the_limit():
    ex = claimx.Extractor(max_document_bytes=32)
    ex.extract("x" * 32)
    with pytest.raises(ValueError, match=r"33 bytes, over the limit of 32"):
        ex.extract("x" * 33)


def test_replace_mode_accepts_bad_bytes():
    ex = claimx.Extractor(invalid_utf8="replace")
    raw = b"Bad \xff byte here. Then more."
    doc = ex.extract(raw)
    assert doc.bytes == len(raw) and doc.sentences


def test_bad_invalid_utf8_option():
    with pytest.raises(ValueError, match="invalid_utf8"):
        claimx.Extractor(invalid_utf8="ignore")


def test_malformed_lexicon_text_names_the_line():
    with pytest.raises(ValueError, match=r"<options.lexicon_text>:2"):
        claimx.Extractor(lexicon_text="fine phrase\tentity\ttype=ORG\nno type column here\n")


def test_missing_lexicon_file(tmp_path):
    missing = tmp_path / "nope.tsv"
    with pytest.raises(ValueError, match="nope.tsv"):
        claimx.Extractor(lexicon_files=[str(missing)])


def test_bad_max_document_bytes():
    with pytest.raises(ValueError, match="max_document_bytes"):
        claimx.Extractor(max_document_bytes=0)
    with pytest.raises((ValueError, TypeError, OverflowError)):
        claimx.Extractor(max_document_bytes=-1)


def test_wrong_text_type(extractor):
    with pytest.raises(TypeError, match="str or bytes"):
        extractor.extract(42)


@pytest.mark.parametrize("date", ["2025-13-01", "25-01-01", "yesterday", "2025-02-30x", 20250101])
def test_bad_date(extractor, date):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extractor.extract("Text.", date=date)


def test_bad_id_type(extractor):
    with pytest.raises(TypeError, match="id"):
        extractor.extract("Text.", id=["a"])


def test_int_id(extractor):
    assert extractor.extract("Text.", id=17).id == "17"


def test_errors_are_plain_value_errors(extractor):
    # Callers can catch ValueError; the message is the library's, nothing added.
    try:
        extractor.extract(b"\x80")
    except ValueError as e:
        assert str(e) == "invalid UTF-8 at byte 0"
    else:
        pytest.fail("no error")


def test_limits_are_checked_when_the_extractor_is_built():
    with pytest.raises(ValueError, match="max_token_bytes"):
        claimx.Extractor(max_token_bytes=3)
    with pytest.raises(ValueError, match="max_nesting_depth"):
        claimx.Extractor(max_nesting_depth=257)


def test_nesting_depth_zero_splits_inside_brackets():
    text = "Staff said (The pier closed. The ferry stopped.) Then it rained."
    paired = claimx.Extractor().extract(text)
    unpaired = claimx.Extractor(max_nesting_depth=0).extract(text)
    assert len(unpaired.sentences) > len(paired.sentences)
    assert claimx.Extractor(max_nesting_depth=0).options["max_nesting_depth"] == 0
