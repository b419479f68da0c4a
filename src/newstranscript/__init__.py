"""Turn the raw text of radio and TV news transcripts into typed objects, JSON, Markdown and
a canonical transcript."""

from newstranscript._api import (
    parse,
    parse_bytes,
    parse_many,
    parse_many_bytes,
    read,
    to_text,
)
from newstranscript._audit import Audit, audit
from newstranscript._convert.corpus import CorpusItem, read_corpus
from newstranscript._convert.people import Person, Similar, name_key, people, person_id
from newstranscript._errors import FormatError, MissingExtraError, ParseError
from newstranscript._model import (
    ANNOTATION_KINDS,
    BASES,
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
from newstranscript._parse.html import html_text, parse_html, parse_html_bytes, read_html
from newstranscript._write.convokit import CONVOKIT_FILES, write_convokit
from newstranscript._write.json import from_json, json_schema, to_json
from newstranscript._write.markdown import to_markdown
from newstranscript._write.mediasum import MEDIASUM_FIELDS, to_mediasum, to_mediasum_jsonl
from newstranscript._write.records import (
    RECORD_FIELDS,
    RECORD_TYPES,
    story_key,
    to_csv,
    to_parquet,
    to_records,
)

__version__ = "0.1.0"

__all__ = [
    "ANNOTATION_KINDS",
    "BASES",
    "CONVOKIT_FILES",
    "MEDIASUM_FIELDS",
    "RECORD_FIELDS",
    "RECORD_TYPES",
    "ROLES",
    "SEGMENT_TYPES",
    "SOUNDBITE_KINDS",
    "Annotation",
    "Audit",
    "CorpusItem",
    "Diagnostic",
    "Dropped",
    "FormatError",
    "MissingExtraError",
    "ParseError",
    "Person",
    "Segment",
    "Signoff",
    "Similar",
    "Soundbite",
    "Span",
    "Speaker",
    "Story",
    "__version__",
    "audit",
    "from_json",
    "html_text",
    "json_schema",
    "name_key",
    "parse",
    "parse_bytes",
    "parse_html",
    "parse_html_bytes",
    "parse_many",
    "parse_many_bytes",
    "people",
    "person_id",
    "read",
    "read_corpus",
    "read_html",
    "story_key",
    "to_csv",
    "to_json",
    "to_markdown",
    "to_mediasum",
    "to_mediasum_jsonl",
    "to_parquet",
    "to_records",
    "to_text",
    "write_convokit",
]
