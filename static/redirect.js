(function () {
  // Runs before anything paints. Marks the page as scripted, then sends a link meant for another
  // language or widget to that page, keeping its query and fragment (old ?lang= and ?embed= links).
  var d = document.documentElement, p = d.dataset, l = location, q = new URLSearchParams(l.search);
  d.classList.add("js");
  // The teacher's worksheet prints alone (the print stylesheet hides the rest while the class is
  // on); plain script, so it works where the wasm cannot start.
  document.addEventListener("click", function (e) {
    if (!(e.target.closest && e.target.closest("[data-print-worksheet]"))) return;
    d.classList.add("print-worksheet");
    print();
  });
  addEventListener("afterprint", function () { d.classList.remove("print-worksheet"); });
  // The handout's footer says where it came from, with its state, and when: plain script too, so
  // a page printed before its interactive parts have loaded says it as well.
  addEventListener("beforeprint", function () {
    var fill = function (sel, text) { document.querySelectorAll(sel).forEach(function (el) { el.textContent = text; }); };
    fill(".print-url", l.href);
    fill(".print-date", new Date().toISOString().slice(0, 10));
  });
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
