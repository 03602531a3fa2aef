// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The skip link moves focus, not just the scroll position, so that keyboard users continue from <main>.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest(".skip-link") : null;
    if (!link) { return; }
    var main = document.getElementById("main");
    if (main) { event.preventDefault(); main.focus(); main.scrollIntoView(); }
  });
})();

// Citation copy: the button stays hidden without JavaScript (the text can still be selected by hand).
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.querySelector(button.getAttribute("data-copy"));
    var status = button.closest(".cite") ? button.closest(".cite").querySelector(".cite__status") : null;
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (status) { status.textContent = button.getAttribute("data-copied") || ""; }
      });
    });
  });
})();

// Autocomplete for the header's search box, from /api/suggest (an ARIA 1.2 combobox with a listbox).
(function () {
  "use strict";
  var input = document.getElementById("site-search-q");
  if (!input || !window.fetch) { return; }
  var list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  var active = -1, timer = null, last = "";

  function close() {
    list.hidden = true; list.textContent = ""; active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function choose(text) { input.value = text; close(); input.form.submit(); }
  function highlight(index) {
    var items = list.querySelectorAll("li");
    items.forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0 && items[index]) { input.setAttribute("aria-activedescendant", items[index].id); }
  }
  function show(words) {
    list.textContent = "";
    if (!words.length) { close(); return; }
    words.forEach(function (word, i) {
      var li = document.createElement("li");
      li.id = "site-search-suggestion-" + i;
      li.setAttribute("role", "option");
      li.textContent = word;
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(word); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  }
  input.addEventListener("input", function () {
    var q = input.value.trim();
    clearTimeout(timer);
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      last = q;
      fetch("/api/suggest?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (last === q && input.value.trim() === q && document.activeElement === input) { show(data.suggestions || []); } })
        .catch(function () { close(); });
    }, 150);
  });
  input.addEventListener("keydown", function (e) {
    var count = list.querySelectorAll("li").length;
    if (list.hidden || !count) { return; }
    if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % count); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight((active - 1 + count) % count); }
    else if (e.key === "Escape") { close(); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(list.querySelectorAll("li")[active].textContent); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
