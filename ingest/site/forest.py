"""A forest plot as a standalone SVG document, drawn on the server (no JavaScript).

>>> svg = forest_svg([{"label": "Li 2024 · all", "estimate": 0.16, "ci_low": -0.03, "ci_high": 0.35,
...                    "text": "0.16 [−0.03, 0.35]", "time_label": "12 months", "pooled": True}],
...                  [], title="ASIA motor score <b>")
>>> svg.startswith("<svg") and "&lt;b&gt;" in svg and "<b>" not in svg
True

Labels come from articles, so every text is escaped. One block per time point: its
rows (a square per estimate, a line for its 95% CI) and, where two or more studies were
pooled, a diamond for the random-effects estimate.
"""

from __future__ import annotations

import math
from html import escape

from .format import computed, estimate_ci, tick

WIDTH = 860
LABEL_W = 330
PLOT_W = 330
ROW_H = 22
TOP = 52
FONT = "font-family: 'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick positions covering [low, high].

    >>> nice_ticks(-0.04, 0.35)
    [0.0, 0.1, 0.2, 0.3]
    >>> nice_ticks(0, 0)
    [0.0]
    """
    span = high - low
    if span <= 0:
        return [round(float(low), 10)]
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    ticks, x = [], first
    while x <= high + step * 1e-9:
        ticks.append(round(x, 10) + 0.0)
        x += step
    return ticks


def fit(label: str, width: int = 52) -> str:
    """A label cut to about ``width`` Latin characters (a Han character counts two), so it
    never runs into the plot.

    >>> fit("short"), fit("x" * 60)[-3:], len(fit("脊" * 40))
    ('short', 'xx…', 26)
    """
    used, out = 0, []
    for ch in label:
        used += 2 if ord(ch) > 0x2E80 else 1
        if used > width - 1:
            return "".join(out) + "…"
        out.append(ch)
    return label


RATIO_TICKS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100)


def ratio_ticks(low: float, high: float) -> list[tuple[float, float]]:
    """(position on the log scale, ratio) of round ratios within [low, high] (natural logs).

    >>> [r for _, r in ratio_ticks(math.log(0.3), math.log(3))]
    [0.5, 1, 2]
    """
    return [(math.log(r), r) for r in RATIO_TICKS if low <= math.log(r) <= high]


def forest_svg(rows: list[dict], pooled: list[dict], title: str, metric_label: str = "",
               null_value: float = 0.0, log_scale: bool = False, legend: tuple[str, str] | None = None) -> str:
    """The SVG text. rows: label, estimate, ci_low, ci_high, text, time_label, pooled (bool);
    pooled: time_label, estimate, ci_low, ci_high, k, tau2, I2 (only those with an estimate),
    and ``plot_text`` if its summary is not ``estimate_ci`` of those numbers.

    With ``log_scale`` the numbers are natural logs of ratios (as pooled): the axis is
    labelled with the ratios themselves and no effect is at 0 (a ratio of 1)."""
    plotted = [r for r in rows if r.get("estimate") is not None]
    pools = [p for p in pooled if p.get("estimate") is not None]
    values = [null_value]
    for r in plotted:
        values += [r["estimate"], r.get("ci_low", r["estimate"]), r.get("ci_high", r["estimate"])]
    for p in pools:
        values += [p["ci_low"], p["ci_high"]]
    values = [v for v in values if v is not None and math.isfinite(v)]
    low, high = min(values), max(values)
    pad = (high - low) * 0.06 or 0.5
    low, high = low - pad, high + pad
    x0 = LABEL_W

    def x(v: float) -> float:
        return round(x0 + (v - low) / (high - low) * PLOT_W, 2)

    times = []
    for r in plotted:
        if r["time_label"] not in times:
            times.append(r["time_label"])
    lines = []
    y = TOP
    for t in times:
        lines.append(f'<text x="8" y="{y + 15}" font-weight="bold">{escape(t or "time not stated")}</text>')
        y += ROW_H
        for r in (r for r in plotted if r["time_label"] == t):
            mid = y + ROW_H / 2
            lo = r.get("ci_low") if r.get("ci_low") is not None else r["estimate"]
            hi = r.get("ci_high") if r.get("ci_high") is not None else r["estimate"]
            shade = "#1f4e8c" if r.get("pooled") else "#8a94a6"
            lines.append(f'<text x="18" y="{mid + 4}">{escape(fit(r["label"]))}</text>')
            lines.append(f'<line x1="{x(lo)}" x2="{x(hi)}" y1="{mid}" y2="{mid}" stroke="{shade}" stroke-width="1.5"/>')
            lines.append(f'<rect x="{x(r["estimate"]) - 4}" y="{mid - 4}" width="8" height="8" fill="{shade}">'
                         f'<title>{escape(r["label"])}: {escape(r.get("text") or "")}</title></rect>')
            lines.append(f'<text x="{x0 + PLOT_W + 12}" y="{mid + 4}">{escape(r.get("text") or "")}</text>')
            y += ROW_H
        for p in (p for p in pools if p["time_label"] == t):
            mid = y + ROW_H / 2
            xs = (x(p["ci_low"]), x(p["estimate"]), x(p["ci_high"]))
            method = p.get("method", "DL")
            label = f"{'Fixed effect' if method == 'FE' else f'Random effects ({method})'}, {p['k']} studies"
            # The pooled numbers as the page computes them (format.computed, 2 decimals), in the
            # plot's short form "a [low, high]"; the page writes "a [95% CI low to high]".
            summary = p.get("plot_text") or estimate_ci(p["estimate"], p["ci_low"], p["ci_high"])
            het = (f"τ² = {computed(p['tau2'], 3)}, I² = {computed(p['I2'], 0)}%"
                   if p.get("tau2") is not None else "")
            lines.append(f'<text x="18" y="{mid + 4}" font-weight="bold">{escape(label)}</text>')
            lines.append(f'<polygon class="pooled" points="{xs[0]},{mid} {xs[1]},{mid - 7} {xs[2]},{mid} {xs[1]},{mid + 7}" '
                         f'fill="#c0392b"><title>{escape(label)}: {escape(summary)} {escape(het)}</title></polygon>')
            lines.append(f'<text x="{x0 + PLOT_W + 12}" y="{mid + 4}" font-weight="bold">'
                         f'{escape(summary)}</text>')
            y += ROW_H
            if het:
                lines.append(f'<text x="18" y="{y + 12}" fill="#555" font-size="11">{escape(het)}</text>')
                y += ROW_H
        y += 6
    if not plotted:
        lines.append(f'<text x="8" y="{y + 15}" fill="#555">No effect sizes to plot for this selection.</text>')
        y += ROW_H
    axis_y = y + 4
    axis = [f'<line x1="{x0}" x2="{x0 + PLOT_W}" y1="{axis_y}" y2="{axis_y}" stroke="#333"/>']
    marks = ratio_ticks(low, high) if log_scale else [(at, at) for at in nice_ticks(low, high)]
    for at, shown in marks:
        axis.append(f'<line x1="{x(at)}" x2="{x(at)}" y1="{axis_y}" y2="{axis_y + 5}" stroke="#333"/>')
        axis.append(f'<text x="{x(at)}" y="{axis_y + 18}" text-anchor="middle" font-size="11">{tick(shown)}</text>')
    if low <= null_value <= high:
        axis.append(f'<line x1="{x(null_value)}" x2="{x(null_value)}" y1="{TOP - 6}" y2="{axis_y}" '
                    f'stroke="#999" stroke-dasharray="4 3"/>')
    height = axis_y + 62
    if plotted:
        used, unused = legend or ("pooled (whole cohort or treatment arm)", "not pooled (subgroup or control arm)")
        axis.append(f'<rect x="18" y="{axis_y + 44}" width="8" height="8" fill="#1f4e8c"/>'
                    f'<text x="30" y="{axis_y + 52}" font-size="11" fill="#333">{escape(used)}</text>'
                    f'<rect x="330" y="{axis_y + 44}" width="8" height="8" fill="#8a94a6"/>'
                    f'<text x="342" y="{axis_y + 52}" font-size="11" fill="#333">{escape(unused)}</text>')
    axis.append(f'<text x="{x0 + PLOT_W / 2}" y="{axis_y + 34}" text-anchor="middle" font-size="11" fill="#333">'
                f'{escape(metric_label)}</text>')
    head = [
        f'<text x="8" y="20" font-size="15" font-weight="bold">{escape(title)}</text>',
        f'<text x="18" y="{TOP - 12}" fill="#555">Study · group</text>',
        f'<text x="{x0 + PLOT_W + 12}" y="{TOP - 12}" fill="#555">Estimate [95% CI]</text>',
    ]
    body = "\n".join(head + lines + axis)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="forest-plot" role="img" width="{WIDTH}" '
            f'height="{height:.0f}" viewBox="0 0 {WIDTH} {height:.0f}" style="{FONT}; font-size: 12px">\n'
            f'<title>Forest plot: {escape(title)}</title>\n'
            f'<rect width="100%" height="100%" fill="#fff"/>\n{body}\n</svg>\n')
