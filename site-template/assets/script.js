// Statusmark: optional enhancements. Every page works without this script.
// - Times are shown in the reader's own time zone, in the page's language (the site's zone stays in the tooltip).
// - "Ongoing for …" keeps counting while the page is open, unless the page was built more than a week ago.
// - Updates, start times and the page's "as of" get "(2 hours ago)" beside them, in the page's language,
//   kept current while the page is open and when it is shown again.
(function () {
  "use strict";
  var format;
  // Dates in the page's language, as the page writes them; hours as its language counts them (2:00 PM in
  // English, 14:00 in German, never 02:00 PM).
  var language = document.documentElement.lang || undefined;
  try {
    format = new Intl.DateTimeFormat(language, {
      year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short"
    });
    var clock = new Intl.DateTimeFormat(language, { hour: "numeric", minute: "2-digit", timeZoneName: "short" });
    var day = new Intl.DateTimeFormat(language, { year: "numeric", month: "short", day: "numeric" });
  } catch (error) {
    return;
  }
  var times = document.querySelectorAll('time[datetime*="T"]');
  var previousDay = null;
  for (var i = 0; i < times.length; i++) {
    var date = new Date(times[i].getAttribute("datetime"));
    if (isNaN(date.getTime())) continue;
    times[i].title = times[i].textContent;
    // A time after another on the same day (the end of a window, a timeline's next event) shows its clock
    // only, if it is the same day in the reader's zone too.
    var today = day.format(date);
    var clockOnly = times[i].hasAttribute("data-time-only") && today === previousDay;
    times[i].textContent = (clockOnly ? clock : format).format(date);
    previousDay = today;
  }
  var note = document.querySelector("[data-zone-note]");
  if (note) note.textContent = note.getAttribute("data-zone-note");

  // "(2 hours ago)" after each time marked data-relative, in the page's language, in the largest whole unit.
  var relative = null, ago = [];
  try {
    relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  } catch (error) {}
  document.querySelectorAll("time[data-relative]").forEach(function (time) {
    if (!relative) return;
    var span = document.createElement("span");
    span.className = "ago";
    time.after(span);
    ago.push([Date.parse(time.getAttribute("datetime")), span]);
  });
  var units = [[60, 1, "second"], [3600, 60, "minute"], [86400, 3600, "hour"], [2629800, 86400, "day"],
    [31557600, 2629800, "month"], [Infinity, 31557600, "year"]];
  function refreshAgo() {
    ago.forEach(function (pair) {
      var seconds = (pair[0] - Date.now()) / 1000;
      for (var u = 0; Math.abs(seconds) >= units[u][0]; u++);
      if (!isNaN(seconds)) pair[1].textContent = " (" + relative.format(u && Math.trunc(seconds / units[u][1]), units[u][2]) + ")";
    });
  }
  if (ago.length) {
    refreshAgo();
    setInterval(refreshAgo, 60000);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") refreshAgo();
    });
  }

  // The page's duration patterns, in its language: under a minute, minutes, hours, hours and minutes, days,
  // days and hours.
  var patterns = (document.documentElement.getAttribute("data-durations") || "").split("|");
  function fill(pattern, values) {
    return patterns[pattern].replace(/\{(\w)\}/g, function (all, name) { return values[name]; });
  }
  function duration(seconds) {
    var m = Math.floor(Math.max(0, seconds) / 60), h = Math.floor(m / 60), d = Math.floor(h / 24);
    if (m < 1) return fill(0, {});
    if (m < 60) return fill(1, { m: m });
    if (h < 24) return m % 60 === 0 ? fill(2, { h: h }) : fill(3, { h: h, m: m % 60 });
    return h % 24 === 0 ? fill(4, { d: d }) : fill(5, { d: d, h: h % 24 });
  }

  var generated = new Date(document.documentElement.getAttribute("data-generated"));
  if (isNaN(generated.getTime()) || Date.now() - generated.getTime() > 7 * 86400000) return;
  var counters = document.querySelectorAll("[data-since]");
  function tick() {
    for (var j = 0; j < counters.length; j++) {
      var since = new Date(counters[j].getAttribute("data-since"));
      if (!isNaN(since.getTime())) counters[j].textContent = duration((Date.now() - since.getTime()) / 1000);
    }
  }
  if (counters.length && patterns.length === 6) {
    tick();
    setInterval(tick, 60000);
  }
})();
