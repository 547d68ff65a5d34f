// Compare: two or three dyads' mean Goldstein on one chart, and their totals in a table.
"use strict";

(function () {
  const d = window.detente;
  const root = document.getElementById("compare");
  const CLASSES = ["s1", "s2", "s3"];
  const by = new URLSearchParams(location.search).get("by") || "year";
  document.getElementById("compare-by").value = by;

  async function load() {
    const pairs = root.dataset.dyads.split(",").map((p) => p.split("-"));
    const series = [];
    const body = document.querySelector("#compare-table tbody");
    d.clear(body);
    const legend = document.getElementById("compare-legend");
    d.clear(legend);
    for (const [i, [actor, recipient]] of pairs.entries()) {
      const params = d.withFilters({ by: by });
      const url = `/api/series/${encodeURIComponent(actor)}/${encodeURIComponent(recipient)}?${params}`;
      const data = await d.getJSON(url);
      const label = `${actor} → ${recipient}`;
      series.push({ label: label, cls: CLASSES[i], periods: data.periods });
      legend.appendChild(d.node("span", null, { class: `swatch line-swatch ${CLASSES[i]}`, "aria-hidden": "true" }));
      legend.appendChild(document.createTextNode(`${label}  `));
      const sum = (key) => data.periods.reduce((acc, p) => acc + p[key], 0);
      const scored = data.periods.reduce((acc, p) => acc + (p.goldstein_mean === null ? 0 : p.goldstein_sum), 0);
      const n = data.periods.reduce((acc, p) => acc + (p.goldstein_mean === null ? 0 : p.events), 0);
      const row = d.node("tr");
      const first = d.node("td");
      first.appendChild(d.node("a", label, { href: `/dyads/${encodeURIComponent(actor)}/${encodeURIComponent(recipient)}?${d.filterParams()}` }));
      row.appendChild(first);
      for (const value of [sum("events"), sum("cooperation"), sum("conflict"), n ? (scored / n).toFixed(2) : "", data.changes.length]) {
        row.appendChild(d.node("td", value));
      }
      const links = d.node("td");
      const csv = new URLSearchParams(params);
      csv.set("format", "csv");
      links.appendChild(d.node("a", "JSON", { href: url, download: `series-${actor}-${recipient}.json` }));
      links.appendChild(document.createTextNode(" · "));
      links.appendChild(d.node("a", "CSV", { href: `/api/series/${encodeURIComponent(actor)}/${encodeURIComponent(recipient)}?${csv}` }));
      row.appendChild(links);
      body.appendChild(row);
    }
    window.detenteChart.drawLines(document.getElementById("compare-chart"), series);
  }

  load().catch((error) => { document.getElementById("compare-caption").textContent = `Could not load: ${error.message}`; });
})();
