// Statusmark: optional enhancements. Every page works without this script.
// - Times are shown in the reader's own time zone (the site's zone stays in the tooltip).
// - "Ongoing for …" keeps counting while the page is open, unless the page was built more than a week ago.
// - Updates, start times and the page's "as of" get "(2 hours ago)" beside them, in the page's language,
//   kept current while the page is open and when it is shown again.
(function () {
  "use strict";
  var format;
  try {
    // "numeric" hours: 2:00 PM where the reader's clock has 12 hours, 14:00 where it has 24.
    format = new Intl.DateTimeFormat(undefined, {
      year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short"
    });
    var clock = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit", timeZoneName: "short" });
    var day = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });
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
  if (note) note.textContent = "Times are shown in your time zone.";

  // "(2 hours ago)" after each time marked data-relative, in the page's language, in the largest whole unit.
  var relative = null, ago = [];
  try {
    relative = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, { numeric: "auto" });
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

  function duration(seconds) {
    var minutes = Math.floor(Math.max(0, seconds) / 60);
    if (minutes < 1) return "under 1 min";
    if (minutes < 60) return minutes + " min";
    var hours = Math.floor(minutes / 60);
    if (hours < 24) return minutes % 60 === 0 ? hours + " h" : hours + " h " + (minutes % 60) + " min";
    return hours % 24 === 0 ? Math.floor(hours / 24) + " d" : Math.floor(hours / 24) + " d " + (hours % 24) + " h";
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
  if (counters.length) {
    tick();
    setInterval(tick, 60000);
  }
})();
