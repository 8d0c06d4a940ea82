"""The command line: ``python -m conflict_timeline.evaluate PATH...``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .. import build_timeline, find_expressions
from ..errors import ConflictTimelineError
from ._common import Builder, Tagger, with_options
from .conflict import ConflictScores, score_articles
from .dating import AROUND_RELATIONS, WITHIN_RELATIONS, EventScores, build_events, judge_events
from .gold import Corpus, load
from .listings import conflict_errors, event_errors, timex_errors
from .reports import format_conflict, format_event_table, format_timex_table
from .timexes import TimexScores, score_timexes

#: The program name in messages and ``--help`` (``conflict-timeline score`` passes its own).
PROG = "python -m conflict_timeline.evaluate"


def _parser(prog: str = PROG) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog,
        description="Score conflict_timeline against annotated text: TimeML .tml files (time expressions; "
        "--events: event dating from the TLINKs), conflict-corpus .json articles (events and time expressions) "
        "and .jsonl documents (time expressions). A folder stands for its files.",
    )
    p.add_argument("paths", nargs="*", help="annotated files or folders; each is one row of the report")
    p.add_argument(
        "--errors",
        nargs="?",
        const="all",
        default=None,
        metavar="N",
        help="list errors by kind (at most N per kind; all when N is omitted)",
    )
    p.add_argument("--json", action="store_true", help="print the figures (and --errors) as one JSON object")
    p.add_argument("--events", action="store_true", help="TimeML: score event dating instead of time expressions")
    p.add_argument("--date-order", choices=("MDY", "DMY", "YMD", "auto"), help="passed to the library")
    p.add_argument("--document", choices=("news", "narrative", "auto"), help="passed to the library")
    return p


def _parse_args(argv: Sequence[str] | None = None, prog: str = PROG) -> tuple[argparse.Namespace, int | None]:
    """The parsed arguments and the ``--errors`` limit (``None``: no listing, ``-1``: everything).

    ``--errors DIR`` must not swallow the path: only a number is a limit.
    """
    args = _parser(prog).parse_args(argv)
    if args.errors is None:
        return args, None
    if args.errors.isdigit():
        return args, int(args.errors)
    if args.errors != "all":
        args.paths.insert(0, args.errors)
    return args, -1


def _options(args: argparse.Namespace) -> dict[str, str]:
    """The library options the user gave (only those: the defaults stay the library's)."""
    given = {"date_order": args.date_order, "document": args.document}
    return {k: v for k, v in given.items() if v is not None}


def format_errors(errors: Mapping[str, Sequence[str]], limit: int) -> str:
    """Each category's heading and at most ``limit`` of its lines (all when negative)."""
    return "\n".join(
        "\n".join([f"## {category} ({len(lines)})", *lines[: None if limit < 0 else limit]])
        for category, lines in errors.items()
    )


@attrs.frozen(slots=True)
class Results:
    """What :func:`run` scored (``None`` for a part that had nothing to score)."""

    timexes: TimexScores | None
    events: tuple[EventScores, EventScores] | None  # the share and the wide share
    conflict: ConflictScores | None

    @property
    def crashed(self) -> bool:
        """The library raised on some document."""
        return bool(
            (self.timexes and self.timexes.crashes)
            or (self.events and self.events[0].crashes)
            or (self.conflict and self.conflict.crashes)
        )

    def errors(self) -> dict[str, list[str]]:
        """Every error listing, by category ("timex MISSED", "event WRONG", "conflict NOT_FOUND", ...)."""
        parts = [
            ("timex", timex_errors(self.timexes) if self.timexes else {}),
            ("event", event_errors(self.events[0]) if self.events else {}),
            ("conflict", conflict_errors(self.conflict) if self.conflict else {}),
        ]
        return {f"{part} {category}": lines for part, errors in parts for category, lines in errors.items()}


def run(corpora: Sequence[Corpus], tagger: Tagger, build: Builder, events: bool = False) -> Results:
    """Score every corpus: time expressions (TimeML ones only without ``events``), TLINK event dating
    of the TimeML documents with ``events``, and the conflict measures of the conflict articles."""
    with_timexes = {c.name: c.with_timexes(timeml=not events) for c in corpora}
    timexes = {k: v for k, v in with_timexes.items() if v}
    timeml = {c.name: c.timeml for c in corpora if c.timeml}
    articles = [a for c in corpora for a in c.articles]
    dating = None
    if events and timeml:
        built = build_events(timeml, build)
        dating = (judge_events(built), judge_events(built, WITHIN_RELATIONS | AROUND_RELATIONS))
    return Results(
        score_timexes(timexes, tagger) if timexes else None,
        dating,
        score_articles(articles, build) if articles else None,
    )


def _as_json(result: Results, limit: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if result.timexes:
        out["timexes"] = {
            "overall": result.timexes.overall.as_dict(),
            "by_corpus": {name: c.as_dict() for name, c in result.timexes.by_corpus},
        }
    if result.events:
        share, wide = result.events
        out["events"] = {
            "scored": share.scored,
            "correct": share.correct,
            "share": None if share.share is None else round(share.share, 2),
            "not_found": len(share.not_found),
            "wide": {"scored": wide.scored, "correct": wide.correct, "share": wide.share and round(wide.share, 2)},
        }
    if result.conflict:
        out["conflict"] = result.conflict.summary()
    if limit is not None:
        out["errors"] = {k: v[: None if limit < 0 else limit] for k, v in result.errors().items()}
    return out


def main(
    argv: Sequence[str] | None = None,
    *,
    tagger: Tagger | None = None,
    build: Builder | None = None,
    prog: str = PROG,
) -> int:
    """The command line; returns the exit status (0 ok, 1 the library raised on some document, 2 cannot run).

    ``tagger`` and ``build`` replace ``find_expressions`` and ``build_timeline`` (to score another
    tagger); the ``--date-order`` / ``--document`` options apply only to the library's own.
    ``prog`` names the command in messages (``conflict-timeline score`` runs this).
    """
    args, limit = _parse_args(argv, prog)
    if not args.paths:
        print(
            f"{prog}: give the annotated files or folders to score, e.g. "
            f"{prog} ../shared/corpora/timebank ../shared/corpora/aquaint",
            file=sys.stderr,
        )
        return 2
    try:
        corpora = load(args.paths)
        opts = _options(args)
        result = run(
            corpora,
            tagger or with_options(find_expressions, opts),
            build or with_options(build_timeline, opts),
            events=args.events,
        )
    except (OSError, ConflictTimelineError) as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(_as_json(result, limit), indent=1, ensure_ascii=False))
        return 1 if result.crashed else 0
    if limit is not None:
        print(format_errors(result.errors(), limit) + "\n")
    if args.events and result.events is None:
        print("(--events: no TimeML documents among the paths; nothing to date from TLINKs)")
    sections = [
        result.timexes and format_timex_table(result.timexes),
        result.events and format_event_table(*result.events),
        result.conflict and format_conflict(result.conflict) + "\n" + json.dumps(result.conflict.summary()),
    ]
    print("\n\n".join(s for s in sections if s))
    return 1 if result.crashed else 0


def run_main() -> None:
    """Run :func:`main` as a program: exit with its status; a closed pipe (``| head``) is no failure."""
    try:
        sys.exit(main())
    except BrokenPipeError:
        # the reader (head, less) stopped early: not a failure; silence the flush at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
