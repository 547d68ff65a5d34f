// Overview: clicking (or pressing Enter on) a country or a city of the map lists its events.
"use strict";

(function () {
  const d = window.detente;
  const panel = document.getElementById("place-events");
  const body = document.querySelector("#place-table tbody");

  async function showPlace(country, place) {
    const params = new URLSearchParams(location.search);
    params.delete("format");
    params.set("page_size", "50");
    if (country) params.set("country", country);
    if (place) params.set("place", place);
    const data = await d.getJSON(`/api/table?${params}`);
    d.clear(body);
    for (const e of data.items) {
      const row = d.node("tr");
      const link = d.node("a", e.date || "undated", { href: `/events/${encodeURIComponent(e.event_id)}` });
      const first = d.node("td");
      first.appendChild(link);
      row.appendChild(first);
      for (const value of [e.actor_code, e.recipient_code, e.event_type, e.location_name]) row.appendChild(d.node("td", value || ""));
      body.appendChild(row);
    }
    const where = place ? `${place} (${country})` : country;
    const shown = data.items.length < data.total ? `first ${data.items.length} of ${data.total}` : `${data.total}`;
    document.getElementById("place-title").textContent = `Events in ${where}: ${shown}`;
    panel.hidden = false;
  }

  document.querySelectorAll("#world .country[data-events]:not([data-events='0']), #world .place, #map-missing .country-button").forEach((el) => {
    const pick = () => {
      document.querySelectorAll("#world .picked").forEach((p) => p.classList.remove("picked"));
      el.classList.add("picked");
      showPlace(el.dataset.country, el.dataset.place || null);
    };
    el.addEventListener("click", pick);
    if (el.tagName.toLowerCase() !== "button") d.activateOnKeys(el, pick);
  });
})();
