(function () {
  // Runs before anything paints. Marks the page as scripted, then sends a link meant for another
  // language or widget to that page, keeping its query and fragment (old ?lang= and ?embed= links).
  var d = document.documentElement, p = d.dataset, l = location, q = new URLSearchParams(l.search);
  d.classList.add("js");
  var tag = (q.get("lang") || "").toLowerCase().split(/[-_]/)[0];
  var lang = tag === "zh" ? "zh-Hant" : tag === "en" ? "en" : "";
  if (!lang && p.page === "root") {
    var nav = ((navigator.languages && navigator.languages[0]) || navigator.language || "").toLowerCase();
    lang = nav.indexOf("zh") === 0 ? "zh-Hant" : "en";
  }
  lang = lang || d.lang;
  var embed = q.get("embed") || "";
  if ((" " + p.embeds + " ").indexOf(" " + embed + " ") < 0) embed = p.embed || "";
  if (lang === d.lang && embed === (p.embed || "")) return;
  l.replace(p.base + lang + "/" + (embed ? "embed/" + embed + "/" : "") + l.search + l.hash);
})();
