// Timeline chart of a dyad drawn as inline SVG: cooperation stacked above zero, conflict below,
// the mean Goldstein score as a line on its own axis (-10 to +10, right), and dashed lines where
// the cooperative share changes. Bars take the keyboard. Text is set with textContent only.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  // The drawing is as wide as the chart is on screen, so that its text keeps its size.
  let WIDTH = 960;
  let HEIGHT = 320;
  const MARGIN = { top: 26, right: 44, bottom: 36, left: 52 };
  const GOLDSTEIN_MAX = 10; // the Goldstein scale runs from -10 to +10
  const QUADS = [
    ["verbal_cooperation", "q1"],
    ["material_cooperation", "q2"],
    ["verbal_conflict", "q3"],
    ["material_conflict", "q4"],
  ];

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, content, attrs) {
    const node = el("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    node.textContent = content;
    return node;
  }

  // Period starts as short as their period allows: 2017 for years, 2017-03 for months.
  function shortDate(start, all) {
    if (all.every((s) => s.endsWith("-01-01"))) return start.slice(0, 4);
    if (all.every((s) => s.endsWith("-01"))) return start.slice(0, 7);
    return start;
  }

  // Label every n-th period so that labels (about 70 px each) never overlap.
  function labelEvery(starts) {
    const room = Math.max(1, Math.floor((WIDTH - MARGIN.left - MARGIN.right) / 70));
    return Math.max(1, Math.ceil(starts.length / room));
  }

  function niceStep(span) {
    const raw = span / 4 || 1;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
    return 10 * power;
  }

  function format(value, normalised) {
    if (normalised) return (value * 100).toFixed(value && Math.abs(value) < 0.01 ? 2 : 1) + "%";
    return Math.abs(value) >= 1000 ? (value / 1000).toFixed(1) + "k" : String(Math.round(value * 10) / 10);
  }

  // periods: DyadPeriodOut[]; changes: ChangeOut[]; onPick(period) is called when a bar is clicked.
  function draw(svg, periods, changes, options) {
    const opts = options || {};
    WIDTH = Math.round(svg.clientWidth) || 960;
    HEIGHT = Math.round(svg.clientHeight) || 320;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
    if (!periods.length) {
      text(svg, WIDTH / 2, HEIGHT / 2, "no events in this dyad", { "text-anchor": "middle" });
      svg.dataset.rendered = "empty";
      return;
    }
    const up = periods.map((p) => p.verbal_cooperation + p.material_cooperation);
    const down = periods.map((p) => p.verbal_conflict + p.material_conflict);
    const top = Math.max(...up, 0) || 1;
    const bottom = Math.max(...down, 0) || 1;
    const plotW = WIDTH - MARGIN.left - MARGIN.right;
    const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
    const scale = plotH / (top + bottom);
    const zero = MARGIN.top + top * scale;
    const step = plotW / periods.length;
    const barW = Math.max(1, step * 0.8);
    const y = (v) => zero - v * scale;

    const grid = el("g", {}, svg);
    const tick = niceStep(top + bottom);
    for (let v = -Math.floor(bottom / tick) * tick; v <= top; v += tick) {
      el("line", { class: "grid", x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(v), y2: y(v) }, grid);
      text(grid, MARGIN.left - 6, y(v) + 4, format(Math.abs(v), opts.normalised), { "text-anchor": "end" });
    }
    const bars = el("g", { class: "bars" }, svg);
    periods.forEach((p, i) => {
      const x = MARGIN.left + i * step + (step - barW) / 2;
      const g = el("g", { class: "bar", "data-start": p.start, tabindex: p.events ? 0 : -1, role: "button" }, bars);
      let above = 0;
      let below = 0;
      for (const [field, cls] of QUADS) {
        const v = p[field];
        if (!v) continue;
        if (cls === "q1" || cls === "q2") {
          el("rect", { class: cls, x: x, width: barW, y: y(above + v), height: v * scale }, g);
          above += v;
        } else {
          el("rect", { class: cls, x: x, width: barW, y: y(-below), height: v * scale }, g);
          below += v;
        }
      }
      // An invisible full-height target makes thin bars easy to click.
      el("rect", { x: MARGIN.left + i * step, width: step, y: MARGIN.top, height: plotH, fill: "transparent" }, g);
      const title = el("title", {}, g);
      title.textContent =
        `${p.start}: ${format(above, opts.normalised)} cooperation, ` +
        `${format(below, opts.normalised)} conflict` +
        (p.goldstein_mean === null ? "" : `, mean Goldstein ${p.goldstein_mean.toFixed(2)}`);
      g.setAttribute("aria-label", title.textContent);
      if (opts.onPick) {
        g.addEventListener("click", () => opts.onPick(p, g));
        g.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            opts.onPick(p, g);
          }
        });
      }
    });
    el("line", { class: "axis", x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: zero, y2: zero }, svg);
    const labels = el("g", {}, svg);
    const shown = periods.map((p) => p.start);
    const every = labelEvery(shown);
    shown.forEach((start, i) => {
      if (i % every) return;
      text(labels, MARGIN.left + i * step + step / 2, HEIGHT - MARGIN.bottom + 16, shortDate(start, shown), { "text-anchor": "middle" });
    });
    text(labels, 4, MARGIN.top - 8, "cooperation ↑", {});
    text(labels, 4, HEIGHT - 6, "conflict ↓", {});
    drawGoldstein(svg, periods, step, plotH);
    const index = new Map(periods.map((p, i) => [p.start, i]));
    const marks = el("g", { class: "changes" }, svg);
    for (const change of changes || []) {
      if (!index.has(change.start)) continue;
      const x = MARGIN.left + index.get(change.start) * step;
      el("line", { class: `change-line ${change.direction}`, x1: x, x2: x, y1: MARGIN.top - 4, y2: HEIGHT - MARGIN.bottom }, marks);
      text(marks, x + 3, MARGIN.top + 6, change.direction, { class: `change-label ${change.direction}` });
    }
    svg.dataset.rendered = String(periods.length);
  }

  // Mean Goldstein of each period with events, joined across quiet periods; each segment is
  // classed warming (rising) or cooling (falling) so that the turn reads without colour too.
  function drawGoldstein(svg, periods, step, plotH) {
    const gy = (v) => MARGIN.top + plotH * (GOLDSTEIN_MAX - v) / (2 * GOLDSTEIN_MAX);
    const axis = el("g", { class: "goldstein-axis" }, svg);
    for (const v of [-10, -5, 0, 5, 10]) {
      text(axis, WIDTH - MARGIN.right + 4, gy(v) + 4, (v > 0 ? "+" : "") + v, {});
    }
    text(axis, WIDTH - MARGIN.right - 2, MARGIN.top - 8, "Goldstein", { "text-anchor": "end" });
    const points = [];
    periods.forEach((p, i) => {
      if (p.goldstein_mean !== null && p.goldstein_mean !== undefined && p.events) {
        points.push({ x: MARGIN.left + i * step + step / 2, y: gy(p.goldstein_mean), p: p });
      }
    });
    const line = el("g", { class: "goldstein" }, svg);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const rise = b.p.goldstein_mean - a.p.goldstein_mean;
      const kind = rise > 0 ? "warming" : rise < 0 ? "cooling" : "level";
      el("line", { class: `goldstein-step ${kind}`, x1: a.x, y1: a.y, x2: b.x, y2: b.y, "data-from": a.p.start, "data-to": b.p.start }, line);
    }
    for (const pt of points) {
      const dot = el("circle", { class: "goldstein-point", cx: pt.x, cy: pt.y, r: 3.5, "data-start": pt.p.start, "data-goldstein": pt.p.goldstein_mean }, line);
      el("title", {}, dot).textContent = `${pt.p.start}: mean Goldstein ${pt.p.goldstein_mean.toFixed(2)}`;
    }
    return points;
  }

  // Lines of several series on one Goldstein axis: [{label, cls, periods}] sharing period starts.
  function drawLines(svg, series) {
    WIDTH = Math.round(svg.clientWidth) || 960;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const height = 300;
    svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
    const starts = [...new Set(series.flatMap((s) => s.periods.map((p) => p.start)))].sort();
    if (!starts.length) {
      text(svg, WIDTH / 2, height / 2, "no events in these dyads", { "text-anchor": "middle" });
      svg.dataset.rendered = "empty";
      return;
    }
    const plotW = WIDTH - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const step = plotW / starts.length;
    const x = (start) => MARGIN.left + starts.indexOf(start) * step + step / 2;
    const y = (v) => MARGIN.top + plotH * (GOLDSTEIN_MAX - v) / (2 * GOLDSTEIN_MAX);
    const grid = el("g", {}, svg);
    for (const v of [-10, -5, 0, 5, 10]) {
      el("line", { class: v ? "grid" : "axis", x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(v), y2: y(v) }, grid);
      text(grid, MARGIN.left - 6, y(v) + 4, (v > 0 ? "+" : "") + v, { "text-anchor": "end" });
    }
    const every = labelEvery(starts);
    starts.forEach((s, i) => {
      if (!(i % every)) text(grid, x(s), height - MARGIN.bottom + 16, shortDate(s, starts), { "text-anchor": "middle" });
    });
    for (const s of series) {
      const g = el("g", { class: `series ${s.cls}`, "data-label": s.label }, svg);
      const pts = s.periods.filter((p) => p.events && p.goldstein_mean !== null);
      if (pts.length > 1) {
        el("polyline", { class: "series-line", points: pts.map((p) => `${x(p.start)},${y(p.goldstein_mean)}`).join(" ") }, g);
      }
      for (const p of pts) {
        const dot = el("circle", { class: "series-point", cx: x(p.start), cy: y(p.goldstein_mean), r: 4 }, g);
        el("title", {}, dot).textContent = `${s.label} ${p.start}: mean Goldstein ${p.goldstein_mean.toFixed(2)} (${p.events} events)`;
      }
    }
    svg.dataset.rendered = String(series.length);
  }

  window.detenteChart = { draw: draw, drawLines: drawLines };
})();
