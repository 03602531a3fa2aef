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
