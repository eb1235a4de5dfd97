"""extract_many (the C++ thread pool), Python threads on one Extractor, pickling."""

import concurrent.futures
import pickle
import random
import threading

import pytest

import claimx
from conftest import NEWS


def make_corpus(n, seed=7):
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        k = rng.randint(1, 6)
        docs.append({"id": f"d{i}", "text": " ".join(rng.choice(NEWS) for _ in range(k))})
    return docs


def test_results_in_order_and_equal_to_extract(extractor):
    docs = make_corpus(300)
    got = list(extractor.extract_many(docs, threads=3, batch_size=37))
    assert [d.id for d in got] == [d["id"] for d in docs]
    for d, src in zip(got, docs):
        assert d.to_dict() == extractor.extract(src["text"], id=src["id"]).to_dict()


def test_plain_strings_and_bytes(extractor):
    got = list(extractor.extract_many(["First one.", b"Second one.", bytearray(b"Third.")]))
    assert [d.sentences[0].text for d in got] == ["First one.", "Second one.", "Third."]


@pytest.mark.parametrize("threads", [0, 1, 2, 8])
def test_thread_counts_give_identical_results(extractor, threads):
    docs = make_corpus(120, seed=threads)
    want = [extractor.extract(d["text"]).to_json() for d in docs]
    got = [d.to_json() for d in extractor.extract_many((d["text"] for d in docs), threads)]
    assert got == want


def test_date_per_item_and_default(extractor):
    got = list(
        extractor.extract_many(
            [{"text": "A.", "date": "2024-01-02"}, {"text": "B."}], date="2023-06-30"
        )
    )
    assert [d.date for d in got] == ["2024-01-02", "2023-06-30"]


def bad_mix():
    return [
        "Good one.",
        b"bad \xff bytes",
        {"id": "no-text"},
        "Another good one.",
        {"id": "bad-date", "text": "x", "date": "someday"},
        12345,
        {"id": 9, "text": "Last good one."},
    ]


def test_errors_yield_in_place(extractor):
    got = list(extractor.extract_many(bad_mix(), threads=2))
    assert len(got) == 7
    kinds = [type(r).__name__ for r in got]
    assert kinds == ["Document", "ExtractError", "ExtractError", "Document", "ExtractError",
                     "ExtractError", "Document"]
    assert got[1].message == "invalid UTF-8 at byte 4" and got[1].index == 1
    assert got[2].id == "no-text" and "text" in got[2].message
    assert got[4].id == "bad-date" and "YYYY-MM-DD" in got[4].message
    assert got[6].id == "9"
    assert isinstance(got[1], ValueError)


def test_errors_skip(extractor):
    got = list(extractor.extract_many(bad_mix(), errors="skip"))
    assert [d.sentences[0].text for d in got] == ["Good one.", "Another good one.",
                                                  "Last good one."]


def test_errors_raise_after_the_good_ones(extractor):
    it = extractor.extract_many(bad_mix(), errors="raise")
    assert next(it).sentences[0].text == "Good one."
    with pytest.raises(claimx.ExtractError, match="invalid UTF-8 at byte 4"):
        next(it)


def test_oversized_document_does_not_stop_the_batch():
    ex = claimx.Extractor(max_document_bytes=100)
    got = list(ex.extract_many(["short.", "y" * 101, "also short."], threads=2))
    assert isinstance(got[1], claimx.ExtractError) and "over the limit" in got[1].message
    assert got[2].sentences[0].text == "also short."


def test_bad_arguments(extractor):
    with pytest.raises(ValueError):
        extractor.extract_many([], errors="ignore")
    with pytest.raises(ValueError):
        extractor.extract_many([], threads=-1)
    with pytest.raises(ValueError):
        extractor.extract_many([], batch_size=0)
    assert list(extractor.extract_many([])) == []


def test_large_batch(extractor):
    n = 20000
    docs = make_corpus(n, seed=1)
    count = 0
    sentences = 0
    for i, d in enumerate(extractor.extract_many(docs, threads=0, batch_size=512)):
        assert d.id == docs[i]["id"]
        sentences += d.counts["sentences"]
        count += 1
    assert count == n and sentences >= n


def test_generator_input_is_consumed_lazily(extractor):
    pulled = []

    def gen():
        for i in range(1000):
            pulled.append(i)
            yield f"Document number {i}."

    it = extractor.extract_many(gen(), batch_size=10)
    next(it)
    assert len(pulled) <= 30  # this batch and the one being prefetched
    it.close()


def test_python_threads_share_one_extractor(extractor):
    docs = make_corpus(200, seed=3)
    want = [extractor.extract(d["text"]).to_json() for d in docs]
    results = [None] * len(docs)
    errors = []

    def work(k):
        try:
            for i in range(k, len(docs), 8):
                results[i] = extractor.extract(docs[i]["text"]).to_json()
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and results == want


def test_concurrent_extract_many_calls(extractor):
    docs = make_corpus(150, seed=5)
    want = [extractor.extract(d["text"], id=d["id"]).to_json() for d in docs]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        outs = list(
            pool.map(lambda _: [d.to_json() for d in extractor.extract_many(docs, 2)], range(4))
        )
    assert all(o == want for o in outs)


def test_pickle_extractor_rebuilds_from_options():
    ex = claimx.Extractor(quantities=False, max_document_bytes=5000, offsets="bytes",
                          lexicon_text="Harbour Authority\tentity\ttype=ORG;canonical=HA\n")
    ex2 = pickle.loads(pickle.dumps(ex))
    assert ex2 is not ex and ex2.options == ex.options
    text = NEWS[0]
    assert ex2.extract(text).to_dict() == ex.extract(text).to_dict()


def _extract_in_child(ex, text):
    return ex.extract(text, id="child").to_dict()


def test_pickled_extractor_works_in_another_process(extractor):
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=ctx) as pool:
        got = pool.submit(_extract_in_child, extractor, NEWS[4]).result(timeout=120)
    assert got == extractor.extract(NEWS[4], id="child").to_dict()


def test_extract_error_pickles():
    e = claimx.ExtractError("invalid UTF-8 at byte 3", 5, "x")
    e2 = pickle.loads(pickle.dumps(e))
    assert (e2.message, e2.index, e2.id) == ("invalid UTF-8 at byte 3", 5, "x")


def test_document_pickles_exactly(extractor, byte_extractor):
    # Every field survives: the JSON with tokens, the text view and the HTML
    # page are the same after a round trip, in both offset units, for str and
    # bytes input (multi-byte text, claims with sources, vias and quantities).
    from test_offsets import TEXTS

    joined = "\n\n".join(NEWS + TEXTS)
    for ex in (extractor, byte_extractor):
        for text in (joined, joined.encode("utf-8"), ""):
            doc = ex.extract(text, id="p1", date="2026-02-03")
            back = pickle.loads(pickle.dumps(doc))
            assert back is not doc and back.offsets == doc.offsets
            assert back.text == doc.text and type(back.text) is type(doc.text)
            assert back.to_json(tokens=True) == doc.to_json(tokens=True)
            assert back.to_text() == doc.to_text()
            assert back.to_html() == doc.to_html()
            assert back.claims == doc.claims and back.id == "p1"
    assert pickle.loads(pickle.dumps(extractor.extract(joined))).claims


def _extract_doc_in_child(ex, text):
    return ex.extract(text, id="child")


def test_document_comes_back_from_a_worker_process(extractor):
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=ctx) as pool:
        got = pool.submit(_extract_doc_in_child, extractor, NEWS[2]).result(timeout=120)
    assert got.to_dict() == extractor.extract(NEWS[2], id="child").to_dict()


def test_corrupt_document_pickle_is_an_error(extractor):
    state = pickle.dumps(extractor.extract(NEWS[0]))
    native = extractor.extract(NEWS[0])._native
    good = native.__getstate__()
    for bad in (b"", b"XXXX", good[:-1], good + b"\0", good[:40], b"CXD1" + b"\xff" * 64):
        with pytest.raises(ValueError, match="not a pickled claimx document"):
            type(native).__new__(type(native)).__setstate__(bad)
    assert pickle.loads(state).to_dict() == extractor.extract(NEWS[0]).to_dict()


def _longest_pause_while(fn):
    """Runs fn() on a thread; returns (fn's duration, longest gap this thread saw)."""
    import time

    done = threading.Event()
    took = []

    def work():
        t0 = time.perf_counter()
        fn()
        took.append(time.perf_counter() - t0)
        done.set()

    th = threading.Thread(target=work)
    th.start()
    last = time.perf_counter()
    longest = 0.0
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
        time.sleep(0.001)
    th.join()
    return took[0], longest


def test_gil_is_released_during_extraction(extractor):
    # One large document: if the GIL were held, this thread could not run at
    # all while the C++ code works, so the longest pause it sees would be the
    # whole extraction. The document doubles until one extraction takes long
    # enough to tell (at least 0.1 s), whatever the machine's speed.
    copies = 800
    while True:
        big = " ".join(NEWS) * copies
        took, longest = _longest_pause_while(lambda: extractor.extract(big))
        if took >= 0.1 or copies >= 800 * 64:
            break
        copies *= 2
    assert took >= 0.1, "no document large enough to tell"
    assert longest < 0.6 * took, (longest, took, copies)
