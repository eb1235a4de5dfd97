"""claimx: attributed claims from news text.

claimx turns news text into sentences, entities, quantities and claims (who
said what), with offsets into the text you passed in.

    >>> import claimx
    >>> ex = claimx.Extractor()
    >>> doc = ex.extract("The minister said on Monday that prices would fall.", id="a1")
    >>> [s.text for s in doc.sentences]
    ['The minister said on Monday that prices would fall.']
    >>> doc.to_dict()["id"]
    'a1'

Contracts:

* Offsets are ``str`` indices (code points) by default, so ``text[e.begin:e.end]
  == e.text``. Pass ``offsets="bytes"`` to get the library's UTF-8 byte offsets
  (then ``to_dict()``/``to_json()`` equal the ``claimx extract`` CLI's JSON).
* ``to_dict()`` follows the CLI's JSON schema key for key; only ``begin``/``end``
  change with the offset unit.
* An :class:`Extractor` is immutable and safe to share between threads; the GIL
  is released while the C++ code runs. It pickles as its options (the
  unpickled copy recompiles its lexicons), so it can be shipped to worker
  processes (multiprocessing, Dask). A :class:`Document` pickles exactly, so
  workers can return documents, not only dicts.
* Bad input (invalid UTF-8 bytes, a document over ``max_document_bytes``, a
  malformed lexicon) raises :class:`ValueError` with the library's message.
  :meth:`Extractor.extract_many` reports a bad document as an
  :class:`ExtractError` in its place (``errors="yield"``, the default) and goes
  on with the others.
"""

from __future__ import annotations

import datetime as _datetime
import json as _json
import re as _re
from concurrent.futures import ThreadPoolExecutor as _ThreadPoolExecutor
from itertools import islice as _islice
from typing import Any, Dict, Iterable, Iterator, List, Optional, Union

from . import _claimx

__all__ = [
    "Extractor",
    "Document",
    "ExtractError",
    "Record",
    "Span",
    "Sentence",
    "Token",
    "Entity",
    "Quantity",
    "Source",
    "Cue",
    "Claim",
    "version",
    "__version__",
]

__version__ = _claimx.version()


def version() -> str:
    """Version of the claimx C++ library inside this module."""
    return _claimx.version()


# ---------------------------------------------------------------------------
# Result records
# ---------------------------------------------------------------------------


class Record:
    """A result object: the fields of one JSON object of the schema as attributes.

    ``to_dict()`` gives the object back as the schema prints it. Fields a newer
    library adds show up as attributes too. Records compare equal when their
    dicts are equal.
    """

    __slots__ = ("_d",)
    _nested: Dict[str, Any] = {}

    def __init__(self, d: Dict[str, Any]) -> None:
        object.__setattr__(self, "_d", d)

    def __getattr__(self, name: str) -> Any:
        d = object.__getattribute__(self, "_d")
        try:
            value = d[name]
        except KeyError:
            if name in type(self)._optional:
                return None
            raise AttributeError(f"{type(self).__name__!s} has no field {name!r}") from None
        kind = type(self)._nested.get(name)
        if kind is None or value is None:
            return value
        if isinstance(value, list):
            return [kind(v) for v in value]
        return kind(value)

    _optional: frozenset = frozenset()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def to_dict(self) -> Dict[str, Any]:
        """This object as a dict of the JSON schema (a deep copy)."""
        return _json.loads(_json.dumps(self._d))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._d == other._d  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(_json.dumps(self._d, sort_keys=True))

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self._d))

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{k}={v!r}" for k, v in self._d.items() if not isinstance(v, (list, dict))
        )
        return f"{type(self).__name__}({fields})"

    def __reduce__(self):
        return (type(self), (self._d,))


class Span(Record):
    """A piece of text: ``begin``, ``end`` (half-open) and ``text``."""

    __slots__ = ()


class Sentence(Span):
    """A sentence: ``begin``, ``end``, ``text``."""

    __slots__ = ()


class Token(Span):
    """A token: ``begin``, ``end``, ``text``, ``kind`` ("word", "number" ...), ``flags``."""

    __slots__ = ()


class Entity(Record):
    """A named entity: ``begin``, ``end``, ``text``, ``type`` (PERSON, ORG, GPE, LOC,
    NORP, FAC, EVENT), ``canonical``, ``outlet``, ``title``, ``mention_of``."""

    __slots__ = ()


class Quantity(Record):
    """A number, amount, date or range: ``begin``, ``end``, ``text``, ``type``,
    ``value``, ``low``, ``high`` (ranges), ``unit``, ``approx``, ``modifier``."""

    __slots__ = ()
    _optional = frozenset({"low", "high"})


class Source(Record):
    """Who a claim is attributed to: ``begin``, ``end``, ``text``, ``type``,
    ``resolved``, ``entity`` (index into ``Document.entities`` or None)."""

    __slots__ = ()
    _optional = frozenset({"entity"})


class Cue(Record):
    """The attribution cue ("said", "according to"): ``begin``, ``end``, ``text``, ``lemma``."""

    __slots__ = ()


class Claim(Record):
    """An attributed (or unattributed) claim: ``begin``, ``end``, ``text``,
    ``pieces`` (list of :class:`Span`), ``sentence``, ``kind``, ``source``
    (:class:`Source` or None), ``cue`` (:class:`Cue` or None), ``via``
    (list of :class:`Source`), ``hedged``, ``quantities``, ``entities``
    (indexes into the document's lists), ``score``."""

    __slots__ = ()
    _nested = {"pieces": Span, "source": Source, "cue": Cue, "via": Source}


# ---------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------

_OFFSETS = ("str", "bytes")


def _check_offsets(offsets: str) -> str:
    if offsets not in _OFFSETS:
        raise ValueError(f"offsets must be 'str' or 'bytes', not {offsets!r}")
    return offsets


class Document:
    """The result of :meth:`Extractor.extract`.

    Attributes: ``id``, ``date`` (None if unknown), ``bytes`` (UTF-8 size of the
    text), ``text`` (what was passed in), ``offsets`` ("str" or "bytes"),
    ``sentences``, ``entities``, ``quantities``, ``claims`` (lists of records)
    and ``tokens`` (built on first use). ``to_dict()`` / ``to_json()`` give the
    CLI's schema.
    """

    __slots__ = ("_native", "_text", "_offsets", "_cache")

    def __init__(self, native: Any, text: Union[str, bytes], offsets: str = "str") -> None:
        self._native = native
        self._text = text
        self._offsets = _check_offsets(offsets)
        self._cache: Dict[Any, Any] = {}

    # -- plain fields -------------------------------------------------------
    @property
    def id(self) -> str:
        return self._native.id

    @property
    def date(self) -> Optional[str]:
        return self._native.date

    @property
    def bytes(self) -> int:
        return self._native.bytes

    @property
    def text(self) -> Union[str, bytes]:
        return self._text

    @property
    def offsets(self) -> str:
        return self._offsets

    @property
    def counts(self) -> Dict[str, int]:
        """Number of tokens, sentences, entities, quantities and claims (cheap)."""
        return self._native.counts

    # -- schema -------------------------------------------------------------
    def _dict(self, tokens: bool) -> Dict[str, Any]:
        # Cached for the record properties; never handed out (to_dict builds anew).
        key = ("dict", tokens)
        d = self._cache.get(key)
        if d is None:
            d = self._build_dict(tokens)
            self._cache[key] = d
        return d

    def _build_dict(self, tokens: bool) -> Dict[str, Any]:
        # Built natively by the same walk as to_json (equal to
        # json.loads(to_json) with offsets mapped), without JSON text.
        return self._native.to_dict(tokens, self._offsets == "str")

    def _str_text(self) -> str:
        t = self._text
        if isinstance(t, str):
            return t
        s = self._cache.get("str_text")
        if s is None:
            s = bytes(t).decode("utf-8", "replace")
            self._cache["str_text"] = s
        return s

    def _slice(self, begin: int, end: int) -> str:
        if self._offsets == "str":
            return self._str_text()[begin:end]
        return self._native.utf8[begin:end].decode("utf-8", "replace")

    def to_dict(self, tokens: bool = False) -> Dict[str, Any]:
        """The document as the CLI's JSON schema (a new dict on every call).

        With ``tokens=True`` the token list is included (``--tokens``).
        """
        return self._build_dict(tokens)

    def to_json(self, pretty: bool = False, tokens: bool = False) -> str:
        """The document as JSON text: one line (the CLI's ``--format jsonl``)
        or indented (``pretty=True``, the CLI's ``--format json``). With
        ``offsets="bytes"`` this is the library's serializer verbatim; with
        ``"str"`` the same text with span offsets as ``str`` indices."""
        return self._native.to_json(pretty, tokens, self._offsets == "str")

    def to_text(self) -> str:
        """A readable summary (the CLI's ``--format text``)."""
        return self._native.to_text()

    def to_html(self, title: str = "", script: bool = True) -> str:
        """A self-contained HTML page of the article with its sources, cues,
        claims, entities and quantities highlighted (the CLI's ``--format
        html``); ``title`` defaults to the document id, ``script=False``
        leaves out the small inline script (the page works without it)."""
        return self._native.to_html(title, script)

    # -- records ------------------------------------------------------------
    def _records(self, field: str, kind: type, with_text: bool = False) -> list:
        key = ("records", field)
        recs = self._cache.get(key)
        if recs is None:
            items = self._dict(field == "tokens").get(field) or []
            if with_text:
                items = [dict(i, text=self._slice(i["begin"], i["end"])) for i in items]
            recs = [kind(i) for i in items]
            self._cache[key] = recs
        return recs

    @property
    def sentences(self) -> List[Sentence]:
        return self._records("sentences", Sentence, with_text=True)

    @property
    def tokens(self) -> List[Token]:
        return self._records("tokens", Token)

    @property
    def entities(self) -> List[Entity]:
        return self._records("entities", Entity)

    @property
    def quantities(self) -> List[Quantity]:
        return self._records("quantities", Quantity)

    @property
    def claims(self) -> List[Claim]:
        recs = self._cache.get(("records", "claims"))
        if recs is None:
            recs = []
            for c in self._dict(False).get("claims") or []:
                c = dict(c)
                c["pieces"] = [
                    dict(p, text=self._slice(p["begin"], p["end"])) for p in c.get("pieces", [])
                ]
                recs.append(Claim(c))
            self._cache[("records", "claims")] = recs
        return recs

    def __repr__(self) -> str:
        c = self.counts
        return (
            f"Document(id={self.id!r}, bytes={self.bytes}, sentences={c['sentences']}, "
            f"entities={c['entities']}, quantities={c['quantities']}, claims={c['claims']})"
        )

    def __reduce__(self):
        # The native document pickles exactly (a compact binary encoding of
        # every field plus the text), so a worker process can return it.
        return (Document, (self._native, self._text, self._offsets))


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


class ExtractError(ValueError):
    """A document :meth:`Extractor.extract_many` could not process.

    ``index`` is its position in the input, ``id`` its id (if any) and
    ``message`` the library's reason, e.g. ``"invalid UTF-8 at byte 7"``.
    """

    def __init__(self, message: str, index: int = -1, id: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.index = index
        self.id = id

    def __reduce__(self):
        return (type(self), (self.message, self.index, self.id))

    def __repr__(self) -> str:
        return f"ExtractError({self.message!r}, index={self.index}, id={self.id!r})"


# ---------------------------------------------------------------------------
# Extractor
# ---------------------------------------------------------------------------

_DATE = _re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\Z")

_DEFAULTS: Dict[str, Any] = {
    "entities": True,
    "quantities": True,
    "claims": True,
    "max_document_bytes": 64 << 20,
    "max_token_bytes": 4096,
    "max_nesting_depth": 16,
    "invalid_utf8": "reject",
    "lexicon_files": (),
    "lexicon_text": "",
    "threads": 0,
    "entity_model_file": "",
}


def _date_str(date: Any) -> str:
    if date is None or date == "":
        return ""
    if isinstance(date, (_datetime.date, _datetime.datetime)):
        return date.strftime("%Y-%m-%d")
    if not isinstance(date, str) or not _DATE.match(date):
        raise ValueError(f"date must be YYYY-MM-DD, not {date!r}")
    return date


def _id_str(id: Any) -> str:
    if id is None:
        return ""
    if isinstance(id, bool) or not isinstance(id, (str, int)):
        raise TypeError(f"id must be str or int, not {type(id).__name__}")
    return str(id)


class Extractor:
    """The compiled extraction pipeline.

    ``Extractor(**options)`` compiles the built-in lexicons plus any given ones.
    Options (defaults in brackets):

    * ``entities``, ``quantities``, ``claims`` [True]: stages to run.
    * ``max_document_bytes`` [64 MiB]: larger documents raise ValueError.
    * ``max_token_bytes`` [4096]: longer tokens are cut (at least 4).
    * ``max_nesting_depth`` [16]: quotes and brackets are paired up to this
      depth (0 to 256; 0 turns pairing off).
    * ``invalid_utf8`` ["reject"]: for ``bytes`` input, "reject" raises
      ValueError naming the byte offset, "replace" reads bad bytes as U+FFFD.
    * ``lexicon_files`` [()]: extra lexicon TSV files; ``lexicon_text`` [""]:
      the same format as a string.
    * ``threads`` [0 = all cores]: default pool size of :meth:`extract_many`.
    * ``entity_model_file`` [""]: a trained entity tagger written by
      ``claimx train-entities --out FILE``; its names replace the rules'
      (a bad file raises ValueError naming it).
    * ``offsets`` ["str"]: default offset unit of results, "str" or "bytes".

    Immutable and thread-safe; picklable (rebuilt from its options).
    """

    def __init__(self, *, offsets: str = "str", **options: Any) -> None:
        unknown = set(options) - set(_DEFAULTS)
        if unknown:
            raise TypeError(
                "unknown Extractor option(s): "
                + ", ".join(sorted(unknown))
                + "; known: "
                + ", ".join(sorted(_DEFAULTS))
                + ", offsets"
            )
        opts = dict(_DEFAULTS)
        opts.update(options)
        if isinstance(opts["lexicon_files"], (str, bytes)):
            opts["lexicon_files"] = [opts["lexicon_files"]]
        opts["lexicon_files"] = tuple(str(p) for p in opts["lexicon_files"])
        if opts["entity_model_file"] is None:
            opts["entity_model_file"] = ""
        opts["entity_model_file"] = str(opts["entity_model_file"])
        self._offsets = _check_offsets(offsets)
        self._options = opts
        kw = dict(opts)
        kw["lexicon_files"] = list(opts["lexicon_files"])
        self._native = _claimx.NativeExtractor(**kw)

    @property
    def options(self) -> Dict[str, Any]:
        """The options this Extractor was built with (a copy), ``offsets`` included."""
        d = dict(self._options)
        d["offsets"] = self._offsets
        return d

    def __reduce__(self):
        return (_rebuild_extractor, (self.options,))

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.options.items() if _DEFAULTS.get(k, "str") != v}
        args = ", ".join(f"{k}={v!r}" for k, v in changed.items())
        return f"claimx.Extractor({args})"

    def extract(
        self,
        text: Union[str, bytes],
        date: Any = None,
        id: Any = None,
        *,
        offsets: Optional[str] = None,
    ) -> Document:
        """Extracts one document.

        ``text`` is a ``str`` (or UTF-8 ``bytes``); ``date`` a ``YYYY-MM-DD``
        string or ``datetime.date`` used to resolve relative dates; ``id`` is
        copied to the result. Raises ValueError for bad input with the
        library's message. The GIL is released while extracting.
        """
        offsets = self._offsets if offsets is None else _check_offsets(offsets)
        native = self._native.extract(text, _id_str(id), _date_str(date))
        return Document(native, text, offsets)

    def extract_many(
        self,
        docs: Iterable[Any],
        threads: int = 0,
        *,
        date: Any = None,
        offsets: Optional[str] = None,
        errors: str = "yield",
        batch_size: int = 256,
    ) -> Iterator[Union[Document, ExtractError]]:
        """Extracts many documents on the C++ thread pool, yielding results in input order.

        Each item of ``docs`` is a ``str``/``bytes`` text or a mapping with
        ``"text"`` and optional ``"id"`` and ``"date"`` (the JSONL input
        format). ``threads`` is the pool size (0: the ``threads`` option, whose
        0 means all cores); ``date`` is the default reference date.

        A document that cannot be processed (invalid UTF-8, too large, a bad
        item) never stops the others. With ``errors="yield"`` (default) an
        :class:`ExtractError` takes its place in the output; ``"skip"`` leaves
        it out; ``"raise"`` raises the ExtractError when its turn comes (the
        results before it have been yielded; the iteration ends there).

        Documents are read from ``docs`` ``batch_size`` at a time; the next
        batch is extracted (GIL released) while the current one is consumed.
        """
        if errors not in ("yield", "skip", "raise"):
            raise ValueError(f"errors must be 'yield', 'skip' or 'raise', not {errors!r}")
        if threads < 0:
            raise ValueError("threads must be >= 0")
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        offsets = self._offsets if offsets is None else _check_offsets(offsets)
        default_date = _date_str(date)
        return self._extract_many(iter(docs), threads, default_date, offsets, errors, batch_size)

    def _prepare(self, chunk: list, start: int, default_date: str):
        items = []
        texts = []
        bad: Dict[int, ExtractError] = {}
        for k, item in enumerate(chunk):
            idx = start + k
            id_ = ""
            try:
                if isinstance(item, (str, bytes, bytearray)):
                    text, d = item, default_date
                elif hasattr(item, "get") and hasattr(item, "__getitem__"):
                    id_ = _id_str(item.get("id"))
                    if "text" not in item:
                        raise ValueError('document has no "text"')
                    text = item["text"]
                    d = _date_str(item.get("date")) or default_date
                else:
                    raise TypeError(
                        f"documents must be str, bytes or a mapping with 'text', "
                        f"not {type(item).__name__}"
                    )
                if not isinstance(text, (str, bytes, bytearray)):
                    raise TypeError(f'"text" must be str or bytes, not {type(text).__name__}')
            except (TypeError, ValueError) as e:
                bad[k] = ExtractError(str(e), idx, id_)
                items.append(("", "", ""))
                texts.append("")
                continue
            items.append((text, id_, d))
            texts.append(text)
        return items, texts, bad

    def _extract_many(self, it, threads, default_date, offsets, errors, batch_size):
        pool = _ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimx")
        native = self._native
        try:
            start = 0
            chunk = list(_islice(it, batch_size))
            if not chunk:
                return
            prepared = self._prepare(chunk, start, default_date)
            future = pool.submit(native.extract_batch, prepared[0], threads)
            while True:
                items, texts, bad = prepared
                # Read and submit the next batch before handing out this one.
                next_chunk = list(_islice(it, batch_size))
                results = future.result()
                if next_chunk:
                    next_start = start + len(chunk)
                    prepared = self._prepare(next_chunk, next_start, default_date)
                    future = pool.submit(native.extract_batch, prepared[0], threads)
                for k, r in enumerate(results):
                    if k in bad:
                        err = bad[k]
                    elif isinstance(r, str):
                        err = ExtractError(r, start + k, items[k][1])
                    else:
                        yield Document(r, texts[k], offsets)
                        continue
                    if errors == "yield":
                        yield err
                    elif errors == "raise":
                        raise err
                if not next_chunk:
                    return
                start += len(chunk)
                chunk = next_chunk
        finally:
            pool.shutdown(wait=True)


def _rebuild_extractor(options: Dict[str, Any]) -> Extractor:
    return Extractor(**options)
