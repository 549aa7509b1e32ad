// Keeps the publication field's hint ("10:00 Moscow = 08:00 London") true while staff type.
//
// The server renders the hint for the saved time and names the zones in data attributes; this
// script recomputes it from the date and time fields on every change, with timekeeping.js.
// Without JavaScript the saved value's hint still stands.
(function () {
  "use strict";

  function parseDate(text) {
    // The admin's own parser, in the site's input format (core.js and the i18n catalogue).
    var formats = typeof get_format === "function" ? get_format("DATE_INPUT_FORMATS") : [];
    for (var i = 0; i < formats.length; i++) {
      var date = text.strptime ? text.strptime(formats[i]) : null;
      if (date && !isNaN(date)) {
        return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
      }
    }
    var iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    return iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : null;
  }

  function parseTime(text) {
    var match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text);
    return match ? [Number(match[1]), Number(match[2])] : null;
  }

  function update(hint, dateInput, timeInput) {
    var date = parseDate(dateInput.value.trim());
    var time = parseTime(timeInput.value.trim());
    if (!date || !time) {
      return;
    }
    var sentence = hint.closest(".zone-sentence");  // "That is … = … ."
    if (sentence) {
      sentence.hidden = false;
    }
    var zones = JSON.parse(hint.dataset.zones);  // [[zone, label], …], the home zone first
    var clock = window.timekeeping;
    var instant = clock.wallClockInstant(zones[0][0], date[0], date[1], date[2], time[0], time[1]);
    var homeDay = clock.wallTime(zones[0][0], instant).day;
    hint.textContent = zones.map(function (entry) {
      var shown = clock.wallTime(entry[0], instant);
      // The page's words for an entry, e.g. "%(time)s on %(day)s %(zone)s" (core/timekeeping.py).
      var form = shown.day === homeDay ? hint.dataset.sameDay : hint.dataset.otherDay;
      return form.replace("%(time)s", shown.time).replace("%(day)s", shown.day)
        .replace("%(zone)s", entry[1]);
    }).join(" = ");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var hint = document.querySelector(".zone-comparison[data-zones]");
    var dateInput = document.getElementById("id_published_at_0");
    var timeInput = document.getElementById("id_published_at_1");
    if (!hint || !dateInput || !timeInput) {
      return;
    }
    var refresh = function () { update(hint, dateInput, timeInput); };
    ["input", "change"].forEach(function (event) {
      dateInput.addEventListener(event, refresh);
      timeInput.addEventListener(event, refresh);
    });
    // The admin's "Today" / "Now" shortcuts set the value without an input event.
    document.addEventListener("click", function () { window.setTimeout(refresh, 0); });
    // A form sent back with an error keeps what was typed: its hint is shown at once.
    refresh();
  });
})();
