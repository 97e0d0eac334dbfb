// Statusmark: the history page's search box, loaded by that page alone. The index (history/search.json) is
// fetched when the box is first used; every word of the query must start a word of the incident's title,
// updates, postmortem or components. Without this script the page shows a link to the history list instead.
(function () {
  "use strict";
  var search = document.querySelector("[data-search]");
  if (search && window.fetch) {
    var form = search.querySelector("form");
    var input = search.querySelector("input");
    var count = search.querySelector("[data-search-count]");
    var results = search.querySelector("[data-search-results]");
    var list = document.querySelector("[data-search-hide]");
    var index = null;
    // The page's words: loading, none, one, many, more than shown, failed; {count} is the number found.
    var words = (search.getAttribute("data-words") || "").split("|");
    var say = function (which, found) { return (words[which] || "").replace("{count}", found); };
    form.hidden = false;
    search.querySelector("[data-search-fallback]").hidden = true;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var find = function () {
      var query = input.value.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
      list.hidden = query.length > 0;
      results.hidden = query.length === 0;
      results.textContent = "";
      if (!query.length) { count.textContent = ""; return; }
      if (!index) { count.textContent = say(0); return; }
      var found = index.incidents.filter(function (entry) {
        var words = " " + entry[4];
        return query.every(function (word) { return words.indexOf(" " + word) >= 0; });
      });
      count.textContent = say(found.length === 0 ? 1 : found.length === 1 ? 2 : found.length > 100 ? 4 : 3, found.length);
      found.slice(0, 100).forEach(function (entry) {
        var item = document.createElement("li");
        item.className = "row";
        var link = document.createElement("a");
        link.className = "row-title";
        link.href = entry[1];
        link.textContent = entry[0];
        var about = document.createElement("span");
        about.className = "muted";
        about.textContent = [entry[2]].concat(entry[3].map(function (i) { return index.components[i]; })).join(" · ");
        item.append(link, " ", about);
        results.appendChild(item);
      });
    };
    var load = function () {
      if (load.started) return;
      load.started = true;
      fetch(search.getAttribute("data-search")).then(function (response) { return response.json(); })
        .then(function (loaded) { index = loaded; find(); })
        .catch(function () { count.textContent = say(5); });
    };
    input.addEventListener("focus", load);
    input.addEventListener("input", function () { load(); find(); });
  }
})();
