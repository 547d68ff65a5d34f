// Helpers every page shares: JSON fetches, safe DOM building, the filters in the URL, and saving
// a chart as SVG or PNG. Server text only ever reaches the page through textContent.
"use strict";

(function () {
  const FILTERS = ["type", "quad", "modality", "since", "until"];

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

  // The filter form's values as query parameters; the defaults (any type, asserted) are left out.
  function filterParams() {
    const params = new URLSearchParams();
    const form = document.getElementById("filters");
    if (!form) return params;
    for (const [key, value] of new FormData(form)) {
      if (!FILTERS.includes(key) || !value || (key === "modality" && value === "asserted")) continue;
      params.append(key, value);
    }
    return params;
  }

  function withFilters(params) {
    const all = new URLSearchParams(params);
    for (const [key, value] of filterParams()) all.append(key, value);
    return all;
  }

  // Styles that make a chart look the same outside the page (CSS classes do not travel).
  const STYLE_PROPS = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "opacity", "font-size", "font-family", "font-weight"];

  function standalone(svg) {
    const copy = svg.cloneNode(true);
    const source = svg.querySelectorAll("*");
    const target = copy.querySelectorAll("*");
    source.forEach((el, i) => {
      const computed = getComputedStyle(el);
      const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
      target[i].setAttribute("style", style);
    });
    const box = svg.viewBox.baseVal;
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("width", String(box.width));
    copy.setAttribute("height", String(box.height));
    copy.setAttribute("style", "background:#fff");
    return new XMLSerializer().serializeToString(copy);
  }

  function download(href, name) {
    const link = node("a", null, { href: href, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function saveChart(svg, format) {
    const name = (document.title.split("·").pop().trim() || "chart").replace(/[^A-Za-z0-9]+/g, "-");
    const data = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(standalone(svg));
    if (format === "svg") {
      download(data, `${name}-${svg.id}.svg`);
      return;
    }
    const box = svg.viewBox.baseVal;
    const image = new Image();
    image.onload = () => {
      const canvas = node("canvas", null, { width: String(box.width * 2), height: String(box.height * 2) });
      const context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      download(canvas.toDataURL("image/png"), `${name}-${svg.id}.png`);
    };
    image.src = data;
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("button.save-chart");
    if (!button) return;
    const svg = document.getElementById(button.dataset.target);
    if (svg) saveChart(svg, button.dataset.format);
  });

  // Enter or Space on a focusable SVG item acts as a click, as on a button.
  function activateOnKeys(el, action) {
    el.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        action();
      }
    });
  }

  window.detente = { getJSON, node, clear, filterParams, withFilters, saveChart, activateOnKeys, FILTERS };
})();
