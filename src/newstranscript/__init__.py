"""Turn the raw text of radio and TV news transcripts into typed objects, JSON, Markdown and
a canonical transcript."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from newstranscript._api import (
    parse,
    parse_bytes,
    parse_many,
    parse_many_bytes,
    read,
    to_text,
)
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

if TYPE_CHECKING:
    from newstranscript._audit import Audit, audit
    from newstranscript._convert.corpus import CorpusItem, read_corpus
    from newstranscript._convert.people import Person, Similar, name_key, people, person_id
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

# The writers, the audit, the HTML reader and the corpus tools, by the module that holds each:
# imported the first time one of their names is used, so a program pays for the JSON module,
# their attrs classes and their code only when it writes, audits or reads a corpus. The parser
# and the model are imported above, as every use of the package needs them.
_ON_FIRST_USE = {
    **dict.fromkeys(("Audit", "audit"), "newstranscript._audit"),
    **dict.fromkeys(("CorpusItem", "read_corpus"), "newstranscript._convert.corpus"),
    **dict.fromkeys(
        ("Person", "Similar", "name_key", "people", "person_id"), "newstranscript._convert.people"
    ),
    **dict.fromkeys(
        ("html_text", "parse_html", "parse_html_bytes", "read_html"), "newstranscript._parse.html"
    ),
    **dict.fromkeys(("CONVOKIT_FILES", "write_convokit"), "newstranscript._write.convokit"),
    **dict.fromkeys(("from_json", "json_schema", "to_json"), "newstranscript._write.json"),
    **dict.fromkeys(("to_markdown",), "newstranscript._write.markdown"),
    **dict.fromkeys(
        ("MEDIASUM_FIELDS", "to_mediasum", "to_mediasum_jsonl"), "newstranscript._write.mediasum"
    ),
    **dict.fromkeys(
        ("RECORD_FIELDS", "RECORD_TYPES", "story_key", "to_csv", "to_parquet", "to_records"),
        "newstranscript._write.records",
    ),
}


# Hidden from type checkers, which see the names imported above: a module ``__getattr__``
# would make them accept any name at all.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _ON_FIRST_USE.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        globals()[name] = value  # later uses find it without coming here
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_ON_FIRST_USE})


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
