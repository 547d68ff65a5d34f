// Timeline chart of a dyad drawn as inline SVG: cooperation stacked above zero, conflict below,
// dashed lines where the cooperative share changes. Text is set with textContent only.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  const WIDTH = 960;
  const HEIGHT = 320;
  const MARGIN = { top: 26, right: 12, bottom: 36, left: 52 };
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
      const g = el("g", { class: "bar", "data-start": p.start }, bars);
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
      if (opts.onPick) g.addEventListener("click", () => opts.onPick(p, g));
    });
    el("line", { class: "axis", x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: zero, y2: zero }, svg);
    const labels = el("g", {}, svg);
    const every = Math.max(1, Math.ceil(periods.length / 12));
    periods.forEach((p, i) => {
      if (i % every) return;
      text(labels, MARGIN.left + i * step + step / 2, HEIGHT - MARGIN.bottom + 16, p.start, { "text-anchor": "middle" });
    });
    text(labels, 4, MARGIN.top - 8, "cooperation ↑", {});
    text(labels, 4, HEIGHT - 6, "conflict ↓", {});
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

  window.detenteChart = { draw: draw };
})();
