"""Draw docs/panel_gdp.png: GDP growth target against achieved growth in the State
Council government work reports, from the panel (summarylab.panel).

    PYTHONPATH=. python docs/make_panel_chart.py [folder of the reports]

The folder defaults to ../shared/realcorpus/gwr (file name = year). Prints the table
it draws. Reports missing from the folder leave gaps.
"""
from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import summarylab  # noqa: E402
from summarylab.panel import plot_targets, targets_by_year  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(folder: Path, first: int = 1989) -> None:
    files = [p for p in sorted(folder.glob("*.txt")) if p.stem.isdigit() and int(p.stem) >= first]
    panel = summarylab.analyze_corpus(files, k=1).panel
    table = targets_by_year(panel)
    table = table[table.year >= first + 1]
    print(table.to_string(index=False))
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=110)
    plot_targets(panel[panel.period >= first + 1], ax=ax, label="GDP growth, %",
                 title="China: GDP growth target vs achieved, from the government work reports")
    fig.tight_layout()
    fig.savefig(ROOT / "docs" / "panel_gdp.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "realcorpus" / "gwr")
