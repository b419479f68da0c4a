"""Turn the raw text of radio and TV news transcripts into typed objects, JSON, Markdown and
a canonical transcript."""

from newstranscript._api import parse, parse_bytes, parse_many, parse_many_bytes, read
from newstranscript._audit import Audit, audit
from newstranscript._errors import FormatError, ParseError
from newstranscript._json import from_json, json_schema, to_json
from newstranscript._markdown import to_markdown
from newstranscript._model import (
    ANNOTATION_KINDS,
    ROLES,
    SEGMENT_TYPES,
    SOUNDBITE_KINDS,
    Annotation,
    Diagnostic,
    Dropped,
    Segment,
    Signoff,
    Soundbite,
    Span,
    Speaker,
    Story,
)
from newstranscript._text import to_text

__version__ = "0.1.0"

__all__ = [
    "ANNOTATION_KINDS",
    "ROLES",
    "SEGMENT_TYPES",
    "SOUNDBITE_KINDS",
    "Annotation",
    "Audit",
    "Diagnostic",
    "Dropped",
    "FormatError",
    "ParseError",
    "Segment",
    "Signoff",
    "Soundbite",
    "Span",
    "Speaker",
    "Story",
    "__version__",
    "audit",
    "from_json",
    "json_schema",
    "parse",
    "parse_bytes",
    "parse_many",
    "parse_many_bytes",
    "read",
    "to_json",
    "to_markdown",
    "to_text",
]
