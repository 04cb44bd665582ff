// Draws the reports page's charts from its JSON data block. Without this script (or Chart.js) the
// tables beneath each chart carry the same numbers.
(function () {
  "use strict";
  var block = document.getElementById("chart-data");
  if (!block || typeof Chart === "undefined") {
    return;
  }
  var data = JSON.parse(block.textContent);
  var income = "#1a7f37";
  var expense = "#b42318";
  var net = "#0b5cad";
  // Okabe–Ito: readable for colour-blind people; a category keeps its colour by its id.
  var palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"];
  var exact = new Intl.NumberFormat(data.locale, { style: "currency", currency: data.currency });
  var compact = new Intl.NumberFormat(data.locale, {
    style: "currency", currency: data.currency, notation: "compact", maximumFractionDigits: 1
  });
  function numbers(list) {
    return (list || []).map(Number);
  }
  function colourOf(id, i) {
    if (!id) {
      return "#999999";
    }
    var h = 0;
    for (var k = 0; k < id.length; k++) {
      h = (h * 31 + id.charCodeAt(k)) >>> 0;
    }
    return palette[h % (palette.length - 1)];
  }
  function tooltip(context) {
    var label = context.dataset.label || context.label || "";
    var value = context.parsed.y !== undefined ? context.parsed.y : context.parsed;
    return label + ": " + exact.format(value);
  }
  // The flow chart's series are named by its table's column headings (the page's language).
  function heading(canvas, n) {
    var section = canvas.closest("section");
    var th = section && section.querySelector("thead th:nth-child(" + n + ")");
    return th ? th.textContent : "";
  }
  function moneyAxis() {
    return { ticks: { callback: function (v) { return compact.format(v); } } };
  }
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.animation = false;

  var flow = document.getElementById("flow-chart");
  if (flow) {
    new Chart(flow, {
      data: {
        labels: data.months,
        datasets: [
          { type: "bar", label: heading(flow, 2),
            data: numbers(data.income), backgroundColor: income },
          { type: "bar", label: heading(flow, 3),
            data: numbers(data.expense), backgroundColor: expense },
          { type: "line", label: heading(flow, 4),
            data: numbers(data.net), borderColor: net, backgroundColor: net, pointStyle: "rectRot", pointRadius: 4 }
        ]
      },
      options: { maintainAspectRatio: false, scales: { y: moneyAxis() },
        plugins: { tooltip: { callbacks: { label: tooltip } } } }
    });
  }
  function doughnut(canvas, values) {
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: "doughnut",
      data: {
        labels: data.categories,
        datasets: [{ data: numbers(values), backgroundColor: (data.categoryIds || []).map(colourOf),
          borderColor: "#ffffff" }]
      },
      options: { maintainAspectRatio: false,
        plugins: { legend: { position: "bottom" }, tooltip: { callbacks: { label: tooltip } } } }
    });
  }
  doughnut(document.getElementById("spending-chart"), data.current);
  doughnut(document.getElementById("previous-chart"), data.previous);
  var worth = document.getElementById("worth-chart");
  if (worth) {
    new Chart(worth, {
      type: "line",
      data: { labels: data.worthMonths,
        datasets: [{ label: data.worthLabel || "",
          data: numbers(data.worth), borderColor: net, backgroundColor: net, fill: false }] },
      options: { maintainAspectRatio: false, scales: { y: moneyAxis() },
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: tooltip } } } }
    });
  }
}());
