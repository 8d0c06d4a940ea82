"""The options of one run, in one frozen value that travels to every stage.

``Settings`` is built once at the edge (``find_expressions``, ``build_timeline``,
the CLI, the spaCy component, ``build_timelines``, Dask) and handed unchanged
to the text layer, the temporal stage, the event stage and the timeline, so an
option given anywhere reaches the spans and the timeline alike.
"""

from __future__ import annotations

import datetime as _dt
import warnings
from typing import Literal, get_args

import attrs

from .errors import InvalidInput
from .model import DateLike, publication_date

__all__ = ["DateOrder", "DocumentKind", "Settings", "make_settings", "DATE_ORDERS", "DOCUMENT_KINDS"]

#: How the parts of a numeric date ("12/03/2016", "13/05") are ordered. ``auto`` decides from the
#: text's unambiguous numeric dates (a part above 12 can only be a day) and says so in the explanation.
DateOrder = Literal["MDY", "DMY", "YMD", "auto"]
#: What kind of text it is: ``news`` resolves dates without a year and relative expressions against the
#: publication date; ``narrative`` against the time the story has reached; ``auto`` decides from the text.
DocumentKind = Literal["news", "narrative", "auto"]

DATE_ORDERS: tuple[str, ...] = get_args(DateOrder)
DOCUMENT_KINDS: tuple[str, ...] = get_args(DocumentKind)


def _optional_date(value: DateLike | None) -> _dt.date | None:
    return None if value is None else publication_date(value)


def _check_choice(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    choices = DATE_ORDERS if attribute.name == "date_order" else DOCUMENT_KINDS
    if value not in choices:
        raise InvalidInput(f"{attribute.name} must be one of {', '.join(map(repr, choices))}, not {value!r}")


@attrs.frozen(slots=True)
class Settings:
    """The options every stage reads.

    ``published`` is the publication day (``None`` until an article supplies one);
    ``date_order`` the order of numeric dates; ``document`` the kind of text.
    """

    published: _dt.date | None = attrs.field(default=None, converter=_optional_date)
    date_order: DateOrder = attrs.field(default="auto", validator=_check_choice)
    document: DocumentKind = attrs.field(default="news", validator=_check_choice)

    def for_article(self, published: _dt.date) -> Settings:
        """The same options for one article of its own publication day."""
        return self if published == self.published else attrs.evolve(self, published=published)

    @property
    def day(self) -> _dt.date:
        """The publication day; raises ``MissingPublicationDate`` when none was given."""
        return publication_date(self.published)


def make_settings(
    published: DateLike | None = None,
    *,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    day_first: bool | None = None,
) -> Settings:
    """``Settings`` from the public keyword options, with ``day_first`` as a deprecated alias.

    ``day_first=True`` means ``date_order="DMY"`` and ``day_first=False`` means ``"MDY"``; it
    warns (``DeprecationWarning``) and will be removed in the next release.
    """
    if day_first is not None:
        warnings.warn(
            "day_first is deprecated: pass date_order='DMY' (or 'MDY') instead",
            DeprecationWarning,
            stacklevel=3,
        )
        if not isinstance(day_first, bool):
            raise InvalidInput(f"day_first must be a bool, not {type(day_first).__name__}")
        date_order = "DMY" if day_first else "MDY"
    return Settings(published, date_order, document)
