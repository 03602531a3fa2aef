// Live build progress on the admin dashboard. Progressive enhancement: without this script the page shows the
// state at load time and a refresh link.
(function () {
  "use strict";
  var box = document.getElementById("build-status");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-progress-url");
  var wasRunning = box.getAttribute("data-running") === "true";
  var delay = wasRunning ? 1000 : 3000;

  function text(cls, value) {
    var el = box.querySelector("." + cls);
    if (!el) {
      el = document.createElement(cls === "admin-build__bar" ? "progress" : "p");
      el.className = cls;
      box.appendChild(el);
    }
    if (cls !== "admin-build__bar") { el.textContent = value; }
    return el;
  }

  function render(state) {
    var idle = box.querySelector(".admin-build__idle");
    if (state.running) {
      if (idle) { idle.remove(); }
      text("admin-build__summary", state.summary || "");
      var bar = text("admin-build__bar");
      bar.max = Math.max(state.total, 1);
      bar.value = Math.min(state.done, bar.max);
      bar.textContent = state.done + " / " + state.total;
      text("admin-build__file", state.currentFile || "");
      box.setAttribute("data-running", "true");
    }
  }

  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (state) {
        render(state);
        if (wasRunning && !state.running) {
          // The build ended: reload so that the history, the counts and the failures are those of the new index.
          window.location.reload();
          return;
        }
        wasRunning = wasRunning || state.running;
        delay = state.running ? 1000 : 3000;
        window.setTimeout(poll, delay);
      })
      .catch(function () {
        // Signed out or the site restarting: try again later, more slowly.
        window.setTimeout(poll, 10000);
      });
  }

  window.setTimeout(poll, delay);
})();
