// Dashboard: pick a dyad, draw its timeline, list its events, show the sentence behind one.
// Everything the server sends is put into the page with textContent, never parsed as HTML.
"use strict";

(function () {
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

  async function getJSON(url) {
    const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  function node(tag, content, attrs) {
    const el = document.createElement(tag);
    if (content !== undefined && content !== null) el.textContent = String(content);
    for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, value);
    return el;
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }

  function enc(code) {
    return encodeURIComponent(code);
  }

  function options() {
    return {
      by: $("by-select").value,
      unit: $("unit-select").value,
      directed: !$("both-ways").checked,
      normalise: $("normalise").checked,
    };
  }

  async function loadDyads() {
    const select = $("dyad-select");
    const dyads = await getJSON("/api/dyads?top=100");
    clear(select);
    select.appendChild(node("option", "— pick a dyad —", { value: "" }));
    for (const d of dyads) {
      select.appendChild(node("option", `${d.actor} → ${d.recipient} (${d.events} events)`, { value: `${d.actor}/${d.recipient}` }));
    }
    if (state.actor && state.recipient) {
      const value = `${state.actor}/${state.recipient}`;
      if (![...select.options].some((o) => o.value === value)) {
        select.appendChild(node("option", `${state.actor} → ${state.recipient}`, { value: value }));
      }
      select.value = value;
      await showDyad();
    }
  }

  async function showDyad() {
    if (!state.actor || !state.recipient) return;
    const o = options();
    const arrow = o.directed ? "→" : "↔";
    history.replaceState(null, "", `/dyads/${enc(state.actor)}/${enc(state.recipient)}`);
    $("dyad-title").textContent = `${state.actor} ${arrow} ${state.recipient}: loading…`;
    const params = new URLSearchParams({ by: o.by, unit: o.unit, directed: o.directed, normalise: o.normalise });
    const data = await getJSON(`/api/dyads/${enc(state.actor)}/${enc(state.recipient)}?${params}`);
    const what = o.normalise ? `share of all ${o.unit}` : o.unit;
    $("dyad-title").textContent = `${state.actor} ${arrow} ${state.recipient}: ${what} per ${o.by}`;
    window.detenteChart.draw($("chart"), data.periods, data.changes, { normalised: o.normalise, onPick: pickPeriod });
    showChanges(data.changes);
    state.page = 1;
    state.since = null;
    state.until = null;
    await showEvents();
  }

  function showChanges(changes) {
    const list = $("changes");
    clear(list);
    for (const c of changes) {
      const item = node("li", null, { class: c.direction });
      const pct = (v) => `${Math.round(v * 100)}%`;
      item.appendChild(node("strong", `${c.start} ${c.direction}`));
      item.appendChild(document.createTextNode(` cooperative share ${pct(c.before)} → ${pct(c.after)} (z ${c.z.toFixed(1)}); events behind it: `));
      c.events.forEach((e, i) => {
        const link = node("a", `${e.date} ${e.event_type}`, { href: `/events/${enc(e.event_id)}`, "data-event-id": e.event_id });
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

  function pickPeriod(period, bar) {
    document.querySelectorAll("#chart .bar.selected").forEach((g) => g.classList.remove("selected"));
    bar.classList.add("selected");
    const start = new Date(period.start + "T00:00:00Z");
    const end = new Date(start);
    const by = options().by;
    if (by === "day") end.setUTCDate(end.getUTCDate() + 1);
    else if (by === "week") end.setUTCDate(end.getUTCDate() + 7);
    else if (by === "month") end.setUTCMonth(end.getUTCMonth() + 1);
    else end.setUTCFullYear(end.getUTCFullYear() + 1);
    end.setUTCDate(end.getUTCDate() - 1);
    state.since = period.start;
    state.until = end.toISOString().slice(0, 10);
    state.page = 1;
    showEvents();
  }

  async function showEvents() {
    const o = options();
    const params = new URLSearchParams({
      actor: state.actor, recipient: state.recipient, directed: o.directed, page: state.page, page_size: PAGE_SIZE,
    });
    if (state.since) params.set("since", state.since);
    if (state.until) params.set("until", state.until);
    const data = await getJSON(`/api/events?${params}`);
    state.total = data.total;
    const body = $("events-table").querySelector("tbody");
    clear(body);
    for (const e of data.items) {
      const row = node("tr", null, { "data-event-id": e.event_id });
      for (const value of [e.date, e.actor_code, e.recipient_code, e.event_type, e.cameo, e.goldstein, e.num_mentions]) {
        row.appendChild(node("td", value === null ? "" : value));
      }
      row.addEventListener("click", () => {
        body.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
        row.classList.add("selected");
        showEvidence(e.event_id);
      });
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
    const evidence = await getJSON(`/api/events/${enc(eventId)}`);
    clear(meta);
    clear(text);
    const e = evidence.event;
    if (!evidence.mentions.length) {
      meta.textContent = "No stored sentence reports this event.";
      return;
    }
    const m = evidence.mentions[0];
    const article = await getJSON(`/api/articles/${enc(m.article_id)}?mention=${enc(m.mention_id)}`);
    meta.appendChild(node("strong", `${e.actor_code || "?"} ${e.event_type} ${e.recipient_code || ""}`));
    meta.appendChild(document.createTextNode(` · ${e.date || "undated"} · `));
    meta.appendChild(node("a", article.title || article.article_id, { href: `/articles/${enc(article.article_id)}?mention=${enc(m.mention_id)}` }));
    meta.appendChild(document.createTextNode(` · reported ${e.num_mentions}× · `));
    meta.appendChild(node("a", "event page", { href: `/events/${enc(e.event_id)}` }));
    for (const piece of article.pieces) {
      if (!piece.marks.length) {
        text.appendChild(document.createTextNode(piece.text));
        continue;
      }
      const tag = piece.marks.includes("sentence") ? "mark" : "span";
      text.appendChild(node(tag, piece.text, { class: piece.marks.map((k) => `ev-${k}`).join(" ") }));
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
  $("prev-page").addEventListener("click", () => { state.page -= 1; showEvents(); });
  $("next-page").addEventListener("click", () => { state.page += 1; showEvents(); });
  loadDyads().catch((error) => { $("dyad-title").textContent = `Could not load dyads: ${error.message}`; });
})();
