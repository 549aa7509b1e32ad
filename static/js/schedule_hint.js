// Keeps the publication field's hint ("10:00 Moscow = 08:00 London") true while staff type.
//
// The server renders the hint for the saved time and names the zones in data attributes; this
// script recomputes it from the date and time fields on every change. Without JavaScript the
// saved value's hint still stands.
(function () {
  "use strict";

  // The offset of `zone` from UTC, in milliseconds, at the instant `utcMillis`.
  function offsetAt(zone, utcMillis) {
    const parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(new Date(utcMillis)).forEach(function (part) {
      parts[part.type] = Number(part.value);
    });
    const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute,
      parts.second);
    return asUtc - Math.floor(utcMillis / 1000) * 1000;
  }

  // The instant at which the wall clock in `zone` reads the given date and time.
  function instantOf(zone, year, month, day, hour, minute) {
    const wall = Date.UTC(year, month - 1, day, hour, minute);
    const guess = wall - offsetAt(zone, wall);
    return wall - offsetAt(zone, guess);  // a second pass settles days when clocks change
  }

  function wallTime(zone, instant) {
    const format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, hourCycle: "h23", day: "2-digit", month: "2-digit",
      hour: "2-digit", minute: "2-digit",
    });
    const parts = {};
    format.formatToParts(new Date(instant)).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return { time: parts.hour + ":" + parts.minute, day: parts.day + "." + parts.month };
  }

  function parseDate(text) {
    // The admin's own parser, in the site's input format (core.js and the i18n catalogue).
    const formats = typeof get_format === "function" ? get_format("DATE_INPUT_FORMATS") : [];
    for (const format of formats) {
      const date = text.strptime ? text.strptime(format) : null;
      if (date && !isNaN(date)) {
        return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
      }
    }
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    return iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : null;
  }

  function parseTime(text) {
    const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text);
    return match ? [Number(match[1]), Number(match[2])] : null;
  }

  function update(hint, dateInput, timeInput) {
    const date = parseDate(dateInput.value.trim());
    const time = parseTime(timeInput.value.trim());
    if (!date || !time) {
      return;
    }
    const zones = JSON.parse(hint.dataset.zones);  // [[zone, label], …], the home zone first
    const instant = instantOf(zones[0][0], date[0], date[1], date[2], time[0], time[1]);
    const homeDay = wallTime(zones[0][0], instant).day;
    hint.textContent = zones.map(function (entry) {
      const shown = wallTime(entry[0], instant);
      const day = shown.day === homeDay ? "" : " on " + shown.day;
      return shown.time + day + " " + entry[1];
    }).join(" = ");
  }

  document.addEventListener("DOMContentLoaded", function () {
    const hint = document.querySelector(".zone-comparison[data-zones]");
    const dateInput = document.getElementById("id_published_at_0");
    const timeInput = document.getElementById("id_published_at_1");
    if (!hint || !dateInput || !timeInput) {
      return;
    }
    const refresh = function () { update(hint, dateInput, timeInput); };
    ["input", "change"].forEach(function (event) {
      dateInput.addEventListener(event, refresh);
      timeInput.addEventListener(event, refresh);
    });
    // The admin's "Today" / "Now" shortcuts set the value without an input event.
    document.addEventListener("click", function () { window.setTimeout(refresh, 0); });
  });
})();
