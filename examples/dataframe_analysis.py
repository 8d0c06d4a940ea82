"""Timelines as a pandas DataFrame: counts by kind, by status, by week.

Run:  python examples/dataframe_analysis.py     (needs: pip install 'conflict_timeline[pandas]')
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_timeline import build_timeline
from conflict_timeline.inputs import read_inputs

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    articles = list(read_inputs([ROOT / "seeds", ROOT / "examples" / "articles"]))
    tl = build_timeline(articles)
    df = tl.to_dataframe()
    print(df[["start", "end", "kind", "status", "summary"]].head(10).to_string(), "\n")

    # kind and status are categoricals: every kind is listed, even with no event
    print(df.groupby("kind", observed=False).size().rename("events").to_string(), "\n")
    print(pd.crosstab(df["kind"], df["status"]).to_string(), "\n")

    # start/end are real datetimes: bucket the events that fall within one week or less
    exact = df[df["dated"] & ((df["end"] - df["start"]) <= pd.Timedelta(days=7))]
    weekly = exact.set_index("start").resample("W-SUN").size()
    print("events per week (spans of a week or less):")
    print(weekly[weekly > 0].to_string())


if __name__ == "__main__":
    main()
