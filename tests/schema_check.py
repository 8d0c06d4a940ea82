"""Validate JSON outputs against the published schema, docs/schema/timeline.schema.json.

Every test that writes JSON (``Timeline.to_json``, JSON Lines, the command line's ``-f json`` and
``explain --json``, the batch runner's lines) passes what was written through :func:`validate`, so
the schema and the writers cannot drift apart: an object key the schema does not list fails
(``additionalProperties``/``unevaluatedProperties`` are false everywhere).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "schema" / "timeline.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

#: Definitions written one per line (JSON Lines): each line of the text is validated.
LINE_KINDS = {"jsonlEvent", "articleResult"}


@functools.cache
def validator(kind: str) -> Draft202012Validator:
    """The validator of the whole schema (``"document"``) or of one of its ``$defs``."""
    schema = SCHEMA if kind == "document" else {"$ref": f"#/$defs/{kind}", "$defs": SCHEMA["$defs"]}
    if kind != "document" and kind not in SCHEMA["$defs"]:
        raise KeyError(f"no definition {kind!r} in {SCHEMA_PATH.name}")
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate(kind: str, doc: str | bytes | Any) -> Any:
    """Check ``doc`` (JSON text, or a parsed value) against ``kind``; return the parsed value.

    ``kind`` is ``"document"`` (a timeline or an articles document), or a ``$defs`` name:
    ``"timeline"``, ``"articles"``, ``"expression"``, ``"event"``, and for JSON Lines text
    ``"jsonlEvent"`` / ``"articleResult"`` (every line is checked; a list of values is returned).
    Raises ``jsonschema.ValidationError`` naming the place.
    """
    if isinstance(doc, bytes):
        doc = doc.decode("utf-8")
    if kind in LINE_KINDS and isinstance(doc, str):
        values = [json.loads(line) for line in doc.splitlines() if line.strip()]
        for value in values:
            validator(kind).validate(value)
        return values
    value = json.loads(doc) if isinstance(doc, str) else doc
    validator(kind).validate(value)
    return value


def checked(kind: str, text: str) -> str:
    """``text`` itself, once it has passed :func:`validate`: ``Timeline.from_json(checked("timeline", tl.to_json()))``."""
    validate(kind, text)
    return text
