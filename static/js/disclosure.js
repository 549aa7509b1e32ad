// Opens a <details> on screens at least as wide as its data-open-from (a CSS length), where it
// is a side column rather than a toggle. On a phone it stays as the server sent it: folded,
// or open when a filter is in use. Without this script it is a working toggle everywhere.
(function () {
  "use strict";

  document.querySelectorAll("details[data-open-from]").forEach(function (details) {
    var wide = window.matchMedia("(min-width: " + details.getAttribute("data-open-from") + ")");
    function follow() {
      if (wide.matches) {
        details.open = true;
      }
    }
    follow();
    wide.addEventListener("change", follow);
  });
})();
