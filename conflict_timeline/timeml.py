"""Read TimeML ``.tml`` documents (gold data) and write TimeML from our own output.

The reading follows the TempEval-3 convention: the document text is the
content of ``<TEXT>`` with every tag removed and XML entities decoded, and all
offsets (timexes, events) are character offsets into that text, so
``doc.text[t.start:t.end] == t.text`` for every gold timex.

Parsing goes through ``defusedxml``, which refuses any document that declares a
DTD, an entity or an external reference, whatever its encoding (UTF-16 too):
no entity-expansion bomb, no external entity look-up.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs
import defusedxml.ElementTree as DefusedET
from defusedxml import DefusedXmlException

from .errors import InvalidInput, TimeMLError
from .model import DateLike, Event, TemporalExpression, publication_date

__all__ = [
    "GoldTimex",
    "GoldEvent",
    "Instance",
    "TLink",
    "TimeMLDocument",
    "read_timeml",
    "write_timeml",
]

#: ``("event", eid)`` or ``("time", tid)``: one side of a TLINK.
LinkEnd = tuple[str, str]


@attrs.frozen(slots=True)
class GoldTimex:
    """A gold TIMEX3 of the text body (or the DCT), with offsets into the document text."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor_tid: str | None = None


@attrs.frozen(slots=True)
class GoldEvent:
    """A gold EVENT tag of the text body."""

    eid: str
    start: int
    end: int
    text: str
    event_class: str


@attrs.frozen(slots=True)
class Instance:
    """A MAKEINSTANCE: the event instance ``eiid`` of event ``eid`` and its grammar."""

    eiid: str
    eid: str
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    modality: str | None = None


@attrs.frozen(slots=True)
class TLink:
    """A TLINK: ``source`` stands in relation ``rel_type`` to ``target``.

    Each side is ``("event", eid)`` (event instances resolved to their event)
    or ``("time", tid)``.
    """

    lid: str
    rel_type: str
    source: LinkEnd
    target: LinkEnd


@attrs.frozen(slots=True)
class TimeMLDocument:
    """One TimeML document: its text, creation date and gold annotations."""

    doc_id: str
    dct: _dt.date
    text: str
    timexes: tuple[GoldTimex, ...]
    events: tuple[GoldEvent, ...] = ()
    instances: tuple[Instance, ...] = ()
    tlinks: tuple[TLink, ...] = ()
    dct_tid: str = "t0"
    dct_timex: GoldTimex | None = None

    def timex(self, tid: str) -> GoldTimex | None:
        """The timex with id ``tid`` (the DCT included), or ``None``."""
        if self.dct_timex is not None and self.dct_timex.tid == tid:
            return self.dct_timex
        for t in self.timexes:
            if t.tid == tid:
                return t
        return None

    def event(self, eid: str) -> GoldEvent | None:
        """The event with id ``eid``, or ``None``."""
        for e in self.events:
            if e.eid == eid:
                return e
        return None


def _local(tag: object) -> str:
    """Tag name without a ``{namespace}`` prefix (comments and PIs give '')."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _load(source: str | os.PathLike[str]) -> tuple[str, bytes | str, str]:
    """Return (name for messages, raw content, default doc id)."""
    if isinstance(source, str) and source.lstrip().startswith("<"):
        return "<string>", source, ""
    if not isinstance(source, (str, os.PathLike)):
        raise TimeMLError(f"read_timeml expects a path or an XML string, not {type(source).__name__}")
    path = Path(source)
    try:
        return str(path), path.read_bytes(), path.name.removesuffix(".tml")
    except OSError as exc:
        raise TimeMLError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_timeml(source: str | os.PathLike[str]) -> TimeMLDocument:
    """Read a TimeML document from a path or from an XML string.

    A ``str`` whose first non-blank character is ``<`` is taken as the XML
    itself; any other ``str`` or path-like is a file name. Anything that is not
    well-formed TimeML (no ``<TEXT>``, no creation time, a declared DTD, an
    instance pointing nowhere, ...) raises :class:`TimeMLError` naming the file.
    """
    name, raw, default_id = _load(source)
    try:
        # a DTD or entity is never needed in TimeML and is the door to entity-expansion and
        # external-entity attacks: the parser refuses it, in any encoding, before expanding anything
        root = DefusedET.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise TimeMLError(f"{name}: DTD and entity declarations are not accepted") from None
    except ET.ParseError as exc:
        raise TimeMLError(f"{name}: not well-formed XML: {exc}") from None
    except (ValueError, LookupError) as exc:  # e.g. an encoding the parser does not know
        raise TimeMLError(f"{name}: not readable XML: {exc}") from None
    try:
        return _build(root, default_id)
    except TimeMLError as exc:
        raise TimeMLError(f"{name}: {exc}") from None


def _build(root: ET.Element, default_id: str) -> TimeMLDocument:
    text_elem = next((e for e in root.iter() if _local(e.tag) == "TEXT"), None)
    if text_elem is None:
        raise TimeMLError("no <TEXT> element")
    text, tagged = _flatten(text_elem)

    timexes: list[GoldTimex] = []
    events: list[GoldEvent] = []
    for elem, start, end in tagged:
        tag = _local(elem.tag)
        if tag == "TIMEX3":
            timexes.append(_timex(elem, start, end, text[start:end]))
        elif tag == "EVENT":
            eid = elem.get("eid")
            if not eid:
                raise TimeMLError(f"EVENT without eid at offset {start}")
            events.append(GoldEvent(eid, start, end, text[start:end], elem.get("class", "")))
    timexes.sort(key=lambda t: (t.start, t.end))
    events.sort(key=lambda e: (e.start, e.end))

    dct_timex = _find_dct(root, text_elem)
    try:
        dct = publication_date(dct_timex.value[:10])
    except ValueError:
        raise TimeMLError(f"creation time value {dct_timex.value!r} is not a date") from None

    doc_elem = next((e for e in root.iter() if _local(e.tag) == "DOCID"), None)
    doc_id = (doc_elem.text or "").strip() if doc_elem is not None else ""

    instances = tuple(
        Instance(
            eiid=_required(e, "eiid"),
            eid=_required(e, "eventID"),
            tense=e.get("tense"),
            aspect=e.get("aspect"),
            polarity=e.get("polarity"),
            modality=e.get("modality"),
        )
        for e in root.iter()
        if _local(e.tag) == "MAKEINSTANCE"
    )
    eid_of = {i.eiid: i.eid for i in instances}
    tlinks = tuple(_tlink(e, eid_of) for e in root.iter() if _local(e.tag) == "TLINK")

    return TimeMLDocument(
        doc_id=doc_id or default_id,
        dct=dct,
        text=text,
        timexes=tuple(timexes),
        events=tuple(events),
        instances=instances,
        tlinks=tlinks,
        dct_tid=dct_timex.tid,
        dct_timex=dct_timex,
    )


def _flatten(text_elem: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """Text of ``text_elem`` without tags, and every descendant with its offsets.

    Iterative rather than recursive so a deeply nested hostile file cannot
    exhaust the interpreter's stack.
    """
    parts: list[str] = []
    pos = 0
    tagged: list[tuple[ET.Element, int, int]] = []
    if text_elem.text:
        parts.append(text_elem.text)
        pos += len(text_elem.text)
    stack: list[tuple[ET.Element, Iterator[ET.Element], int]] = [(text_elem, iter(text_elem), 0)]
    while stack:
        elem, children, start = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack:  # a descendant closes: record it, then its tail follows
                tagged.append((elem, start, pos))
                if elem.tail:
                    parts.append(elem.tail)
                    pos += len(elem.tail)
            continue
        stack.append((child, iter(child), pos))
        if child.text:
            parts.append(child.text)
            pos += len(child.text)
    return "".join(parts), tagged


def _required(elem: ET.Element, attr: str) -> str:
    value = elem.get(attr)
    if not value:
        raise TimeMLError(f"<{_local(elem.tag)}> without {attr}")
    return value


def _timex(elem: ET.Element, start: int, end: int, text: str) -> GoldTimex:
    return GoldTimex(
        tid=_required(elem, "tid"),
        start=start,
        end=end,
        text=text,
        type=_required(elem, "type"),
        value=elem.get("value", ""),
        mod=elem.get("mod") or None,
        anchor_tid=elem.get("anchorTimeID") or None,
    )


def _find_dct(root: ET.Element, text_elem: ET.Element) -> GoldTimex:
    """The creation-time TIMEX3: inside ``<DCT>``, else any marked CREATION_TIME."""
    for dct in root.iter():
        if _local(dct.tag) == "DCT":
            for elem in dct.iter():
                if _local(elem.tag) == "TIMEX3":
                    return _timex(elem, 0, 0, "".join(elem.itertext()))
    for elem in root.iter():
        if _local(elem.tag) == "TIMEX3" and elem.get("functionInDocument") == "CREATION_TIME":
            return _timex(elem, 0, 0, "".join(elem.itertext()))
    raise TimeMLError("no document creation time (<DCT><TIMEX3 .../></DCT>)")


def _tlink(elem: ET.Element, eid_of: dict[str, str]) -> TLink:
    lid = _required(elem, "lid")

    def side(instance_attr: str, time_attr: str, what: str) -> LinkEnd:
        eiid = elem.get(instance_attr)
        if eiid:
            if eiid not in eid_of:
                raise TimeMLError(f"TLINK {lid}: {what} instance {eiid} has no MAKEINSTANCE")
            return ("event", eid_of[eiid])
        tid = elem.get(time_attr)
        if tid:
            return ("time", tid)
        raise TimeMLError(f"TLINK {lid} has no {what}")

    return TLink(
        lid=lid,
        rel_type=_required(elem, "relType"),
        source=side("eventInstanceID", "timeID", "source"),
        target=side("relatedToEventInstance", "relatedToTime", "target"),
    )


# --------------------------------------------------------------------------- writing

# XML 1.0 cannot carry these code points at all, not even as character references.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(text: str) -> str:
    text = _XML_ILLEGAL.sub("\ufffd", text)  # one char for one char: offsets survive
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # a raw CR would be normalised away by any XML parser and shift every offset
    return text.replace("\r", "&#13;")


def _attr(value: object) -> str:
    return _escape(str(value)).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def write_timeml(
    text: str,
    expressions: Iterable[TemporalExpression],
    published: DateLike,
    *,
    doc_id: str = "",
    events: Iterable[Event] = (),
) -> str:
    """TimeML for ``text`` with our expressions as TIMEX3 and events as EVENT tags.

    Expressions become ``<TIMEX3 tid type value [mod]>`` and events
    ``<EVENT eid class=KIND>`` around their trigger; an event tied to one of
    the written expressions also gets a MAKEINSTANCE and an ``IS_INCLUDED``
    TLINK to it. The result reads back through :func:`read_timeml` with the
    same text and offsets. Characters XML 1.0 cannot carry are written as
    U+FFFD (one for one, so offsets hold); an event whose trigger crosses a
    timex boundary is left out, since XML tags cannot cross.
    """
    if not isinstance(text, str):
        raise InvalidInput(f"text must be str, not {type(text).__name__}")
    dct = publication_date(published)

    # (start, end, priority, open tag, close tag, id); timexes win over events on conflicts
    spans: list[tuple[int, int, int, str, str, str]] = []
    tid_of: dict[tuple[int, int], str] = {}
    for n, e in enumerate(sorted(expressions, key=lambda x: (x.start, -x.end)), start=1):
        if not 0 <= e.start <= e.end <= len(text):
            raise TimeMLError(f"expression {e.text!r} has offsets {e.start}-{e.end} outside the text")
        tid = f"t{n}"
        attrs_ = f'tid="{tid}" type="{_attr(e.type)}" value="{_attr(e.value)}"'
        if e.mod is not None:
            attrs_ += f' mod="{_attr(e.mod)}"'
        spans.append((e.start, e.end, 0, f"<TIMEX3 {attrs_}>", "</TIMEX3>", tid))
        tid_of[(e.start, e.end)] = tid
    links: list[tuple[str, str]] = []
    for n, ev in enumerate(sorted(events, key=lambda x: (x.trigger.start, x.trigger.end)), start=1):
        s, t = ev.trigger.start, ev.trigger.end
        if not 0 <= s <= t <= len(text):
            raise TimeMLError(f"event trigger {ev.trigger.text!r} has offsets {s}-{t} outside the text")
        eid = f"e{n}"
        spans.append((s, t, 1, f'<EVENT eid="{eid}" class="{_attr(ev.kind)}">', "</EVENT>", eid))
        src = ev.time_source
        if src is not None and (src.start, src.end) in tid_of:
            links.append((eid, tid_of[(src.start, src.end)]))

    kept = _nestable(spans)
    kept_ids = {k[5] for k in kept}
    body = _tagged(text, kept)
    value = dct.isoformat()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        f"<DOCID>{_escape(doc_id)}</DOCID>",
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>',
        f"<TEXT>{body}</TEXT>",
    ]
    for n, (eid, tid) in enumerate(links, start=1):
        if eid in kept_ids:
            lines.append(f'<MAKEINSTANCE eiid="ei{eid[1:]}" eventID="{eid}"/>')
            lines.append(
                f'<TLINK lid="l{n}" relType="IS_INCLUDED" eventInstanceID="ei{eid[1:]}" relatedToTime="{tid}"/>'
            )
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def _tagged(text: str, kept: Sequence[tuple[int, int, int, str, str, str]]) -> str:
    """``text`` escaped, with the open and close tags of the ``kept`` (nestable) spans woven in."""
    opens: dict[int, list[tuple[int, int, str]]] = {}
    closes: dict[int, list[tuple[int, str]]] = {}
    for start, end, prio, open_tag, close_tag, _ in kept:
        # outer (longer) spans open first and close last
        opens.setdefault(start, []).append((-end, prio, open_tag))
        closes.setdefault(end, []).append((start, close_tag))
    out: list[str] = []
    cuts = sorted(set(opens) | set(closes) | {0, len(text)})
    prev = 0
    for cut in cuts:
        out.append(_escape(text[prev:cut]))
        # empty spans open and close at the same point; close the inner ones first
        for start, close_tag in sorted(closes.get(cut, []), key=lambda c: -c[0]):
            if start < cut:
                out.append(close_tag)
        for neg_end, _prio, open_tag in sorted(opens.get(cut, [])):
            out.append(open_tag)
            if -neg_end == cut:
                out.append(open_tag.split(" ", 1)[0].replace("<", "</") + ">")
        prev = cut
    return "".join(out)


def _nestable(
    spans: Sequence[tuple[int, int, int, str, str, str]],
) -> list[tuple[int, int, int, str, str, str]]:
    """Keep the spans that can be written as properly nested tags.

    Within one class (timexes, priority 0; events, priority 1) a span that
    overlaps an already kept span of the same class is dropped, so each class
    is a sorted list of disjoint intervals; an event is then dropped when it
    crosses a kept timex (nesting either way is fine). Bisection keeps this
    linear-logarithmic on long texts.
    """
    classes: dict[int, tuple[list[int], list[int]]] = {}  # prio -> (starts, ends), disjoint
    kept: list[tuple[int, int, int, str, str, str]] = []
    for span in sorted(spans, key=lambda x: (x[2], x[0], -x[1])):
        s, e, prio = span[0], span[1], span[2]
        ok = True
        for other, (starts, ends) in classes.items():
            i = bisect.bisect_right(starts, s) - 1  # the kept span starting at or before s
            j = max(i, 0)
            while j < len(starts) and starts[j] <= e:
                ks, ke = starts[j], ends[j]
                if (ks, ke) == (s, e) or (other == prio and s < ke and ks < e):
                    ok = False
                elif s < ke and ks < e and not (ks <= s and e <= ke) and not (s <= ks and ke <= e):
                    ok = False  # partial overlap: the tags would cross
                if not ok:
                    break
                j += 1
            if not ok:
                break
        if ok:
            starts, ends = classes.setdefault(prio, ([], []))
            k = bisect.bisect_right(starts, s)
            starts.insert(k, s)
            ends.insert(k, e)
            kept.append(span)
    return kept
