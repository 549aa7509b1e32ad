// The browser's twin of core/timekeeping.py: wall clocks in IANA zones, read with Intl.
//
// Every offset comes from the browser's own zone data through Intl.DateTimeFormat; no rule of
// any zone is written here. Loaded before the scripts that use it (window.timekeeping).
(function () {
  "use strict";

  var offsetFormats = {};

  // The zone's offset from UTC at `instant` (a Date), in minutes: +180 for Moscow.
  function offsetMinutes(zone, instant) {
    if (!offsetFormats[zone]) {
      offsetFormats[zone] = new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, timeZoneName: "longOffset",
      });
    }
    var name = offsetFormats[zone].formatToParts(instant).find(function (part) {
      return part.type === "timeZoneName";
    }).value;  // "GMT+03:00", or "GMT" for UTC itself
    var match = /([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  }

  // The instant at which the wall clock in `zone` reads the given date and time (as
  // wall_clock_instant in Python): the offset is looked up twice, which settles the days
  // when the zone's clocks change.
  function wallClockInstant(zone, year, month, day, hour, minute) {
    var wall = Date.UTC(year, month - 1, day, hour, minute);
    var guess = wall - offsetMinutes(zone, new Date(wall)) * 60000;
    return new Date(wall - offsetMinutes(zone, new Date(guess)) * 60000);
  }

  // {time: "08:00", day: "30.06"}: `instant` on the wall clock of `zone`.
  function wallTime(zone, instant) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, hourCycle: "h23", day: "2-digit", month: "2-digit",
      hour: "2-digit", minute: "2-digit",
    }).formatToParts(instant).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return { time: parts.hour + ":" + parts.minute, day: parts.day + "." + parts.month };
  }

  var dateFormats = {};

  // "2022-01-25": the date in `zone` at `instant` (as home_date in Python, for any zone).
  function wallDate(zone, instant) {
    if (!dateFormats[zone]) {
      dateFormats[zone] = new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit",
      });
    }
    var parts = {};
    dateFormats[zone].formatToParts(instant).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return parts.year + "-" + parts.month + "-" + parts.day;
  }

  window.timekeeping = {
    offsetMinutes: offsetMinutes,
    wallClockInstant: wallClockInstant,
    wallTime: wallTime,
    wallDate: wallDate,
  };
})();
