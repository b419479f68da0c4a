"""Outputs the converter writes from the whole run rather than input by input: a Parquet
file (one table for every input) and a ConvoKit corpus folder (one corpus for every story).

Each is written as every other output is (``_output``): into temporary files put in place
only when the run ends well, so a failed or stopped run leaves what was there before, and
never over an input.
"""

from __future__ import annotations

import os
from typing import Any, Protocol

from newstranscript._convert.batch import Identity, record_key
from newstranscript._convert.names import shown
from newstranscript._convert.output import Output, OutputError, check_folder, open_output
from newstranscript._errors import MissingExtraError
from newstranscript._model import Story
from newstranscript._write.convokit import CONVOKIT_FILES, convokit_documents
from newstranscript._write.records import RECORD_FIELDS, RECORD_TYPES, Record, story_key, to_records

# Rows gathered before they are written as one row group: large enough for a Parquet file
# that reads fast, small enough that memory stays flat over any corpus.
ROWS_PER_GROUP = 50_000


class Sink(Protocol):
    """Where the stories of a run go when the format is written from all of them."""

    def add(self, stories: tuple[Story, ...]) -> None: ...

    def commit(self) -> None: ...

    def discard(self) -> None: ...


def parquet_missing() -> str | None:
    """What to say when pyarrow, which Parquet needs, is not installed; else ``None``."""
    try:
        import pyarrow  # noqa: F401, PLC0415  # an optional extra: only its users need it
    except ImportError:
        return str(MissingExtraError("--to parquet", "pyarrow", "parquet"))
    return None


class ParquetSink:
    """A Parquet file of every input's turns, written a row group at a time."""

    def __init__(self, path: str) -> None:
        import pyarrow as pa  # noqa: PLC0415
        import pyarrow.parquet as pq  # noqa: PLC0415

        kinds = {int: pa.int64(), str: pa.string()}
        self.schema = pa.schema([(field, kinds[RECORD_TYPES[field]]) for field in RECORD_FIELDS])
        self.output: Output = open_output(path, binary=True)
        self.writer: Any = pq.ParquetWriter(self.output.stream, self.schema)
        self.rows: list[Record] = []

    def add(self, stories: tuple[Story, ...]) -> None:
        for story in stories:
            self.rows.extend(to_records(story, key=record_key(story)))
        if len(self.rows) >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa  # noqa: PLC0415

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def commit(self) -> None:
        self._flush()
        self.writer.close()
        self.output.commit()

    def discard(self) -> None:
        self.rows = []
        self.output.discard()


class ConvokitSink:
    """A ConvoKit corpus folder of every story of the run."""

    def __init__(self, folder: str, protected: frozenset[Identity]) -> None:
        check_folder(folder)
        self.folder = folder
        self.protected = protected
        self.stories: list[Story] = []

    def add(self, stories: tuple[Story, ...]) -> None:
        self.stories.extend(stories)

    def commit(self) -> None:
        keys = [record_key(story) or story_key(story) for story in self.stories]
        try:
            documents = convokit_documents(self.stories, keys)
        except ValueError as error:
            raise OutputError(f"{shown(self.folder)}: {error}") from None
        outputs: list[Output] = []
        try:
            for name in CONVOKIT_FILES:
                path = os.path.join(self.folder, name)
                if _identity(path) in self.protected:
                    raise OutputError(f"{shown(path)}: refusing to overwrite an input file")
                outputs.append(open_output(path))
                outputs[-1].write(documents[name])
            for output in outputs:  # all written before any is put in place
                output.commit()
        except BaseException:
            for output in outputs:
                output.discard()
            raise

    def discard(self) -> None:
        self.stories = []


def _identity(path: str) -> Identity | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)
