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

  var relative = null;
  try {
    relative = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, { numeric: "auto" });
  } catch (error) {}
  var stamped = document.querySelectorAll("time[data-relative]");
  var ago = [];
  for (var k = 0; relative && k < stamped.length; k++) {
    var span = document.createElement("span");
    span.className = "ago";
    stamped[k].parentNode.insertBefore(span, stamped[k].nextSibling);
    ago.push([new Date(stamped[k].getAttribute("datetime")), span]);
  }
  // The largest unit the distance from now fills at least once, counted whole: "59 minutes ago", "1 hour ago".
  function distance(date) {
    var seconds = (date.getTime() - Date.now()) / 1000;
    var size = Math.abs(seconds);
    var units = [[60, 1, "second"], [3600, 60, "minute"], [86400, 3600, "hour"], [2629800, 86400, "day"],
      [31557600, 2629800, "month"], [Infinity, 31557600, "year"]];
    for (var u = 0; u < units.length; u++) {
      if (size < units[u][0]) return relative.format(u === 0 ? 0 : Math.trunc(seconds / units[u][1]), units[u][2]);
    }
  }
  function refreshAgo() {
    for (var a = 0; a < ago.length; a++) {
      if (!isNaN(ago[a][0].getTime())) ago[a][1].textContent = " (" + distance(ago[a][0]) + ")";
    }
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
