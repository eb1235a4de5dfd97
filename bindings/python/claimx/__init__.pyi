# Type stubs for the claimx package (see claimx/__init__.py for the docs).
import datetime
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Union

__version__: str

def version() -> str: ...

_Text = Union[str, bytes, bytearray]
_Date = Union[str, datetime.date, None]
_Id = Union[str, int, None]

class Record:
    def __init__(self, d: Dict[str, Any]) -> None: ...
    def __getattr__(self, name: str) -> Any: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Span(Record):
    begin: int
    end: int
    text: str

class Sentence(Span): ...

class Token(Span):
    kind: str
    flags: int

class Entity(Record):
    begin: int
    end: int
    text: str
    type: str
    canonical: str
    outlet: bool
    title: Optional[str]
    mention_of: Optional[int]

class Quantity(Record):
    begin: int
    end: int
    text: str
    type: str
    value: Union[float, int, str, None]
    low: Optional[float]
    high: Optional[float]
    unit: Optional[str]
    approx: bool
    modifier: Optional[str]

class Source(Record):
    begin: int
    end: int
    text: str
    type: str
    resolved: Optional[str]
    entity: Optional[int]

class Cue(Record):
    begin: int
    end: int
    text: str
    lemma: str

class Claim(Record):
    begin: int
    end: int
    text: str
    pieces: List[Span]
    sentence: int
    kind: str
    source: Optional[Source]
    cue: Optional[Cue]
    via: List[Source]
    hedged: bool
    quantities: List[int]
    entities: List[int]
    score: float

class Document:
    @property
    def id(self) -> str: ...
    @property
    def date(self) -> Optional[str]: ...
    @property
    def bytes(self) -> int: ...
    @property
    def text(self) -> _Text: ...
    @property
    def offsets(self) -> str: ...
    @property
    def counts(self) -> Dict[str, int]: ...
    @property
    def sentences(self) -> List[Sentence]: ...
    @property
    def tokens(self) -> List[Token]: ...
    @property
    def entities(self) -> List[Entity]: ...
    @property
    def quantities(self) -> List[Quantity]: ...
    @property
    def claims(self) -> List[Claim]: ...
    def to_dict(self, tokens: bool = ...) -> Dict[str, Any]: ...
    def to_json(self, pretty: bool = ..., tokens: bool = ...) -> str: ...
    def to_text(self) -> str: ...
    def to_html(self, title: str = ..., script: bool = ...) -> str: ...

class ExtractError(ValueError):
    message: str
    index: int
    id: str
    def __init__(self, message: str, index: int = ..., id: str = ...) -> None: ...

class Extractor:
    def __init__(
        self,
        *,
        offsets: str = ...,
        entities: bool = ...,
        quantities: bool = ...,
        claims: bool = ...,
        max_document_bytes: int = ...,
        max_token_bytes: int = ...,
        max_nesting_depth: int = ...,
        invalid_utf8: str = ...,
        lexicon_files: Iterable[str] = ...,
        lexicon_text: str = ...,
        threads: int = ...,
        entity_model_file: str = ...,
    ) -> None: ...
    @property
    def options(self) -> Dict[str, Any]: ...
    def extract(
        self, text: _Text, date: _Date = ..., id: _Id = ..., *, offsets: Optional[str] = ...
    ) -> Document: ...
    def extract_many(
        self,
        docs: Iterable[Union[_Text, Mapping[str, Any]]],
        threads: int = ...,
        *,
        date: _Date = ...,
        offsets: Optional[str] = ...,
        errors: str = ...,
        batch_size: int = ...,
    ) -> Iterator[Union[Document, ExtractError]]: ...
