// Keeps the header's clocks ticking. The server renders each time, so the page reads correctly
// without this script; the script brings a cached page up to date at once and then turns each
// clock over at every minute, in the clock's own IANA zone (its data-clock-zone attribute).
(function () {
  "use strict";

  function readClocks() {
    var clocks = [];
    document.querySelectorAll("[data-clock-zone]").forEach(function (element) {
      var time = element.querySelector("time");
      if (!time) {
        return;
      }
      try {
        clocks.push({
          time: time,
          format: new Intl.DateTimeFormat("en-GB", {
            timeZone: element.getAttribute("data-clock-zone"),
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          }),
        });
      } catch (unknownZone) {
        // A zone this browser does not know: the clock keeps the server's time.
      }
    });
    return clocks;
  }

  function show(clocks) {
    var now = new Date();
    var minute = new Date(now.getTime() - (now.getTime() % 60000));
    clocks.forEach(function (clock) {
      var parts = {};
      clock.format.formatToParts(now).forEach(function (part) {
        parts[part.type] = part.value;
      });
      clock.time.textContent = parts.hour + ":" + parts.minute;
      clock.time.dateTime = minute.toISOString();
    });
  }

  function start() {
    var clocks = readClocks();
    if (!clocks.length) {
      return;
    }
    function tick() {
      show(clocks);
      // Wake at the turn of the next minute rather than a minute from now, so the clocks
      // change when the minute does.
      window.setTimeout(tick, 60000 - (Date.now() % 60000));
    }
    tick();
    // Browsers slow timers down in background tabs: catch up when the tab is shown again.
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) {
        show(clocks);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
