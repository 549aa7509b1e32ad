// Keeps the header live, with the zone arithmetic of timekeeping.js (loaded first). The server
// renders everything, so the page reads correctly without this script; the script brings a
// cached page up to date at once, turns each clock over at every minute in the clock's own
// IANA zone (data-clock-zone), and at the home zone's midnight (data-home-zone) rewrites the
// date and the counters as a fresh load would write them.
// It holds no words: the date is formatted by Intl.DateTimeFormat for the page's language with
// the options the server gives (data-date-format), and each counter's sentence comes from the
// forms the server gives per plural category (data-forms), picked with Intl.PluralRules.
(function () {
  "use strict";

  var DAY = 86400000;
  var language = document.documentElement.lang || "en";

  function readClocks() {
    return Array.prototype.map.call(
      document.querySelectorAll("[data-clock-zone]"),
      function (element) {
        return { zone: element.getAttribute("data-clock-zone"), time: element.querySelector("time") };
      }
    ).filter(function (clock) {
      return clock.time;
    });
  }

  // The date and the counters, which change at the home zone's midnight.
  function readDay() {
    var masthead = document.querySelector("[data-home-zone]");
    var date = masthead && masthead.querySelector("time[data-date-format]");
    if (!date) {
      return null;
    }
    var zone = masthead.getAttribute("data-home-zone");
    try {
      var options = JSON.parse(date.getAttribute("data-date-format"));
      options.timeZone = zone;
      return {
        zone: zone,
        date: date,
        wordsFormat: new Intl.DateTimeFormat(language, options),
        plurals: new Intl.PluralRules(language),
        counters: Array.prototype.map.call(
          masthead.querySelectorAll("[data-since]"),
          function (counter) {
            return {
              since: Date.parse(counter.getAttribute("data-since") + "T00:00:00Z"),
              sentences: Array.prototype.map.call(
                counter.querySelectorAll("[data-forms]"),
                function (sentence) {
                  return { element: sentence, forms: JSON.parse(sentence.getAttribute("data-forms")) };
                }
              ),
            };
          }
        ),
      };
    } catch (unusable) {
      // An unknown zone or language, or damaged data: the server's words stay.
      return null;
    }
  }

  // The date as the server writes it: the day, the month and the year and what stands between
  // them ("25 January 2022", "25 января 2022"), without what a language adds after the year
  // (Russian's "г.").
  function dateWords(format, instant) {
    var parts = format.formatToParts(instant);
    var end = 0;
    parts.forEach(function (part, index) {
      if (part.type === "day" || part.type === "month" || part.type === "year") {
        end = index + 1;
      }
    });
    return parts.slice(0, end).map(function (part) { return part.value; }).join("");
  }

  function showDay(day, now) {
    var today = window.timekeeping.wallDate(day.zone, now);
    if (today === day.date.getAttribute("datetime")) {
      return;
    }
    day.date.setAttribute("datetime", today);
    day.date.textContent = dateWords(day.wordsFormat, now);
    // Whole days between two dates, both read as UTC midnights (as days_since in Python).
    var todayAsUtc = Date.parse(today + "T00:00:00Z");
    day.counters.forEach(function (counter) {
      var days = Math.round((todayAsUtc - counter.since) / DAY);
      var category = day.plurals.select(days);
      counter.sentences.forEach(function (sentence) {
        var form = sentence.forms[category] || sentence.forms.other;
        if (form) {
          sentence.element.textContent = form.join(String(days));
        }
      });
    });
  }

  function show(clocks, day) {
    var now = new Date();
    var minute = new Date(now.getTime() - (now.getTime() % 60000));
    clocks.forEach(function (clock) {
      try {
        clock.time.textContent = window.timekeeping.wallTime(clock.zone, now).time;
        clock.time.dateTime = minute.toISOString();
      } catch (unknownZone) {
        // A zone this browser does not know: the clock keeps the server's time.
      }
    });
    if (day) {
      try {
        showDay(day, now);
      } catch (unknownZone) {
        // A home zone this browser does not know: the server's date and counters stay.
      }
    }
  }

  // The minute the server rendered the clocks in, if the page says (e.g. 2022-01-25T01:18+03:00).
  function renderedMinute() {
    var time = document.querySelector("[data-clock-zone] time");
    var rendered = time ? Date.parse(time.getAttribute("datetime")) : NaN;
    return isNaN(rendered) ? null : rendered;
  }

  function start() {
    if (!document.querySelector("[data-clock-zone], [data-home-zone]")) {
      return;
    }
    var state = null;
    function update() {
      // Read at the first update, not at load: the first Intl object costs a long task.
      state = state || { clocks: readClocks(), day: readDay() };
      show(state.clocks, state.day);
    }
    function tick() {
      update();
      // Wake at the turn of the next minute rather than a minute from now, so the clocks
      // change when the minute does (and midnight falls on a minute's turn).
      window.setTimeout(tick, 60000 - (Date.now() % 60000));
    }
    var now = Date.now();
    if (renderedMinute() === now - (now % 60000)) {
      // Rendered this minute (not from a cache): the page is right until the minute turns.
      window.setTimeout(tick, 60000 - (now % 60000));
    } else {
      tick();
    }
    // Browsers slow timers down in background tabs: catch up when the tab is shown again.
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) {
        update();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
