// Statusmark embed: a notice while an incident or maintenance is on (docs/embedding.md).
(function () {
var me = document.currentScript;
if (!me || !window.fetch || !document.body.attachShadow) return;
var api = new URL("api/v2/summary.json", me.src).href;
var words = {"affects":"Affects","critical":"Critical incident","details":"Details","dismiss":"Dismiss","maintenance":"Maintenance in progress","major":"Major incident","minor":"Minor incident","region":"Service status"};
var host = document.createElement("div");
var root = host.attachShadow({ mode: "open" });
root.innerHTML = "<style>div{position:fixed;z-index:99999;inset-inline-start:1rem;bottom:1rem;max-width:min(26rem," +
 "calc(100vw - 4rem));padding:.75rem 1rem;padding-inline-end:2.5rem;font:14px/1.4 system-ui,sans-serif;color:#1c2128;" +
 "background:#fff8c5;border:1px solid #9a6700;border-inline-start-width:4px;border-radius:6px}.maintenance{" +
 "background:#ddf4ff;border-color:#0969da}.major,.critical{background:#ffebe9;border-color:#cf222e}a{color:" +
 "#0550ae}button{position:absolute;top:0;inset-inline-end:0;width:2.5rem;height:2.5rem;border:0;background:none;" +
 "font-size:20px}</style><section lang=en dir=ltr role=region><p role=status></p></section>";
var live = root.querySelector("p");
live.parentNode.setAttribute("aria-label", words.region);
function key(item) { return "statusmark:" + api + item.id; }
function seen(item) {
 try { return sessionStorage.getItem(key(item)) === item.updated_at; } catch (e) { return false; }
}
function add(parent, tag, text) {
 var node = document.createElement(tag || "span");
 node.textContent = text;
 return parent.appendChild(node);
}
function show(item, kind, others) {
 var box = document.createElement("div");
 box.className = kind;
 add(box, "strong", (words[kind] || words.minor) + ": ");
 add(box, 0, item.name + (others ? " (+" + others + ")" : "") + ". ");
 var names = item.components.map(function (c) { return c.name; });
 if (names.length) add(box, 0, words.affects + " " + names.join(", ") + ". ");
 add(box, "a", words.details).href = item.shortlink;
 var close = add(box, "button", "\u00d7");
 close.setAttribute("aria-label", words.dismiss);
 close.onclick = function () {
  try { sessionStorage.setItem(key(item), item.updated_at); } catch (e) {}
  live.textContent = "";
 };
 live.textContent = "";
 live.appendChild(box);
}
function check() {
 fetch(api).then(function (response) { return response.json(); }).then(function (summary) {
  var open = summary.incidents.filter(function (i) { return !seen(i); });
  var work = summary.scheduled_maintenances.filter(function (m) {
   return m.status === "in_progress" && !seen(m);
  });
  if (open.length) show(open[0], open[0].impact, open.length - 1 + work.length);
  else if (work.length) show(work[0], "maintenance", work.length - 1);
  else live.textContent = "";
 }).catch(function () {}).then(function () { setTimeout(check, 120000); });
}
document.body.appendChild(host);
check();
})();
