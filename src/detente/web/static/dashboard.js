// Dyad view: pick a dyad, draw both directions with their Goldstein lines, list the filtered
// events, show the sentence behind one. Options and filters live in the URL, so a view can be
// shared. Everything the server sends is put into the page with textContent, never as HTML.
"use strict";

(function () {
  const d = window.detente;
  const $ = (id) => document.getElementById(id);
  const PAGE_SIZE = 25;
  const root = $("dashboard");
  const state = {
    actor: root.dataset.actor || "",
    recipient: root.dataset.recipient || "",
    page: 1,
    since: null,
    until: null,
    total: 0,
  };
  const enc = encodeURIComponent;

  // Chart options from the URL on arrival (filters are already in the server-drawn form).
  const arrival = new URLSearchParams(location.search);
  if (arrival.get("by")) $("by-select").value = arrival.get("by");
  if (arrival.get("unit")) $("unit-select").value = arrival.get("unit");
  $("both-ways").checked = arrival.get("directed") === "false";
  $("normalise").checked = arrival.get("normalise") === "true";

  function options() {
    return {
      by: $("by-select").value,
      unit: $("unit-select").value,
      directed: !$("both-ways").checked,
      normalise: $("normalise").checked,
    };
  }

  // The page's own query: options that differ from the defaults, then the filters.
  function pageParams() {
    const o = options();
    const params = new URLSearchParams();
    if (o.by !== "month") params.set("by", o.by);
    if (o.unit !== "events") params.set("unit", o.unit);
    if (!o.directed) params.set("directed", "false");
    if (o.normalise) params.set("normalise", "true");
    return d.withFilters(params);
  }

  function seriesUrl(actor, recipient, format) {
    const params = pageParams();
    if (format) params.set("format", format);
    return `/api/series/${enc(actor)}/${enc(recipient)}?${params}`;
  }

  // The picker's list waits until the dyad is drawn: finding the busiest dyads reads every event.
  async function loadDyads() {
    const select = $("dyad-select");
    const current = state.actor && state.recipient ? `${state.actor}/${state.recipient}` : "";
    d.clear(select);
    select.appendChild(d.node("option", current ? current.replace("/", " → ") : "— pick a dyad —", { value: current }));
    if (current) await showDyad();
    const dyads = await d.getJSON("/api/dyads?top=100");
    d.clear(select);
    select.appendChild(d.node("option", "— pick a dyad —", { value: "" }));
    for (const x of dyads) {
      select.appendChild(d.node("option", `${x.actor} → ${x.recipient} (${x.events} events)`, { value: `${x.actor}/${x.recipient}` }));
    }
    if (current) {
      if (![...select.options].some((o) => o.value === current)) {
        select.appendChild(d.node("option", current.replace("/", " → "), { value: current }));
      }
      select.value = current;
    }
  }

  async function showDyad() {
    if (!state.actor || !state.recipient) return;
    const o = options();
    const arrow = o.directed ? "→" : "↔";
    const query = pageParams().toString();
    history.replaceState(null, "", `/dyads/${enc(state.actor)}/${enc(state.recipient)}${query ? "?" + query : ""}`);
    $("dyad-title").textContent = `${state.actor} ${arrow} ${state.recipient}: loading…`;
    const data = await d.getJSON(seriesUrl(state.actor, state.recipient));
    const what = o.normalise ? `share of all ${o.unit}` : o.unit;
    $("dyad-title").textContent = `${state.actor} ${arrow} ${state.recipient}: ${what} per ${o.by}`;
    $("chart-caption").textContent = `${state.actor} ${arrow} ${state.recipient}`;
    window.detenteChart.draw($("chart"), data.periods, data.changes, { normalised: o.normalise, onPick: pickPeriod });
    setDownloads("series", state.actor, state.recipient);
    showChanges(data.changes);
    showSteps(data.periods);
    showReverse(o);
    const pairs = `${state.actor}-${state.recipient},${state.recipient}-${state.actor}`;
    $("compare-link").setAttribute("href", `/compare?${d.withFilters({ dyads: pairs })}`);
    state.page = 1;
    state.since = null;
    state.until = null;
    await showEvents();
  }

  function setDownloads(prefix, actor, recipient) {
    $(`${prefix}-json`).setAttribute("href", seriesUrl(actor, recipient));
    $(`${prefix}-json`).setAttribute("download", `series-${actor}-${recipient}.json`);
    $(`${prefix}-csv`).setAttribute("href", seriesUrl(actor, recipient, "csv"));
  }

  async function showReverse(o) {
    const svg = $("chart-reverse");
    const figure = svg.closest("figure");
    if (!o.directed) {
      figure.hidden = true; // both directions are already counted together
      return;
    }
    figure.hidden = false;
    $("reverse-caption").textContent = `${state.recipient} → ${state.actor}`;
    const data = await d.getJSON(seriesUrl(state.recipient, state.actor));
    window.detenteChart.draw(svg, data.periods, data.changes, { normalised: o.normalise });
    setDownloads("reverse", state.recipient, state.actor);
  }

  function showChanges(changes) {
    const list = $("changes");
    d.clear(list);
    for (const c of changes) {
      const item = d.node("li", null, { class: c.direction });
      const pct = (v) => `${Math.round(v * 100)}%`;
      item.appendChild(d.node("strong", `${c.start} ${c.direction}`));
      item.appendChild(document.createTextNode(` cooperative share ${pct(c.before)} → ${pct(c.after)} (z ${c.z.toFixed(1)}); events behind it: `));
      c.events.forEach((e, i) => {
        const link = d.node("a", `${e.date} ${e.event_type}`, { href: `/events/${enc(e.event_id)}`, "data-event-id": e.event_id });
        link.addEventListener("click", (event) => {
          event.preventDefault();
          showEvidence(e.event_id);
        });
        if (i) item.appendChild(document.createTextNode(", "));
        item.appendChild(link);
      });
      list.appendChild(item);
    }
  }

  // The Goldstein line's moves in words: from one period with events to the next.
  function showSteps(periods) {
    const list = $("steps");
    d.clear(list);
    const scored = periods.filter((p) => p.events && p.goldstein_mean !== null);
    for (let i = 1; i < scored.length; i++) {
      const a = scored[i - 1];
      const b = scored[i];
      const rise = b.goldstein_mean - a.goldstein_mean;
      if (!rise) continue;
      const kind = rise > 0 ? "warming" : "cooling";
      const share = (p) => (p.cooperation + p.conflict ? `${Math.round((100 * p.cooperation) / (p.cooperation + p.conflict))}%` : "–");
      const item = d.node("li", null, { class: `step ${kind}`, "data-from": a.start, "data-to": b.start });
      item.appendChild(d.node("strong", `${a.start} → ${b.start} ${kind}`));
      item.appendChild(document.createTextNode(`: mean Goldstein ${a.goldstein_mean.toFixed(2)} → ${b.goldstein_mean.toFixed(2)}, cooperative share ${share(a)} → ${share(b)}`));
      list.appendChild(item);
    }
  }

  function periodEnd(start, by) {
    const end = new Date(start + "T00:00:00Z");
    if (by === "day") end.setUTCDate(end.getUTCDate() + 1);
    else if (by === "week") end.setUTCDate(end.getUTCDate() + 7);
    else if (by === "month") end.setUTCMonth(end.getUTCMonth() + 1);
    else end.setUTCFullYear(end.getUTCFullYear() + 1);
    end.setUTCDate(end.getUTCDate() - 1);
    return end.toISOString().slice(0, 10);
  }

  function pickPeriod(period, bar) {
    document.querySelectorAll("#chart .bar.selected").forEach((g) => g.classList.remove("selected"));
    bar.classList.add("selected");
    state.since = period.start;
    state.until = periodEnd(period.start, options().by);
    state.page = 1;
    showEvents();
  }

  function tableParams() {
    const o = options();
    const params = d.withFilters({ actor: state.actor, recipient: state.recipient, directed: o.directed });
    // A picked period narrows the filters' dates.
    if (state.since && (!params.get("since") || params.get("since") < state.since)) params.set("since", state.since);
    if (state.until && (!params.get("until") || params.get("until") > state.until)) params.set("until", state.until);
    return params;
  }

  async function showEvents() {
    const params = tableParams();
    const csv = new URLSearchParams(params);
    csv.set("format", "csv");
    $("table-csv").setAttribute("href", `/api/table?${csv}`);
    params.set("page", state.page);
    params.set("page_size", PAGE_SIZE);
    $("table-json").setAttribute("href", `/api/table?${params}`);
    $("table-json").setAttribute("download", "events.json");
    const data = await d.getJSON(`/api/table?${params}`);
    state.total = data.total;
    const body = $("events-table").querySelector("tbody");
    d.clear(body);
    for (const e of data.items) {
      const row = d.node("tr", null, { "data-event-id": e.event_id, tabindex: "0" });
      for (const value of [e.date, e.actor_code, e.recipient_code, e.event_type, e.cameo, e.goldstein, e.modality, e.num_mentions]) {
        row.appendChild(d.node("td", value === null ? "" : value));
      }
      const pick = () => {
        body.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
        row.classList.add("selected");
        showEvidence(e.event_id);
      };
      row.addEventListener("click", pick);
      d.activateOnKeys(row, pick);
      body.appendChild(row);
    }
    const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
    const span = state.since ? ` from ${state.since} to ${state.until}` : "";
    $("events-title").textContent = `Events${span} (${data.total})`;
    $("page-info").textContent = `page ${state.page} of ${pages}`;
    $("prev-page").disabled = state.page <= 1;
    $("next-page").disabled = state.page >= pages;
  }

  async function showEvidence(eventId) {
    const meta = $("evidence-meta");
    const text = $("evidence-text");
    const evidence = await d.getJSON(`/api/events/${enc(eventId)}`);
    d.clear(meta);
    d.clear(text);
    const e = evidence.event;
    if (!evidence.mentions.length) {
      meta.textContent = "No stored sentence reports this event.";
      return;
    }
    const m = evidence.mentions[0];
    const article = await d.getJSON(`/api/articles/${enc(m.article_id)}?mention=${enc(m.mention_id)}`);
    meta.appendChild(d.node("strong", `${e.actor_code || "?"} ${e.event_type} ${e.recipient_code || ""}`));
    meta.appendChild(document.createTextNode(` · ${e.date || "undated"} · `));
    meta.appendChild(d.node("a", article.title || article.article_id, { href: `/articles/${enc(article.article_id)}?mention=${enc(m.mention_id)}` }));
    meta.appendChild(document.createTextNode(` · reported ${e.num_mentions}× · `));
    meta.appendChild(d.node("a", "event page", { href: `/events/${enc(e.event_id)}` }));
    for (const piece of article.pieces) {
      if (!piece.marks.length) {
        text.appendChild(document.createTextNode(piece.text));
        continue;
      }
      const tag = piece.marks.includes("sentence") ? "mark" : "span";
      text.appendChild(d.node(tag, piece.text, { class: piece.marks.map((k) => `ev-${k}`).join(" ") }));
    }
    const first = text.querySelector("mark.ev-sentence");
    if (first && first.scrollIntoView) first.scrollIntoView({ block: "center" });
  }

  $("dyad-select").addEventListener("change", (event) => {
    const [actor, recipient] = event.target.value.split("/");
    state.actor = actor || "";
    state.recipient = recipient || "";
    showDyad();
  });
  for (const id of ["by-select", "unit-select", "both-ways", "normalise"]) $(id).addEventListener("change", showDyad);
  // Filters apply at once, without reloading the page; the URL follows them.
  const filters = $("filters");
  filters.addEventListener("change", showDyad);
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    showDyad();
  });
  $("prev-page").addEventListener("click", () => { state.page -= 1; showEvents(); });
  $("next-page").addEventListener("click", () => { state.page += 1; showEvents(); });
  loadDyads().catch((error) => { $("dyad-title").textContent = `Could not load dyads: ${error.message}`; });
})();
