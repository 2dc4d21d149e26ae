(function () {
  // The printed handout, in plain script so it works before the wasm has loaded and where it
  // cannot start. Put inside every page (after static/redirect.js) and inside the single file.
  var d = document.documentElement;
  // The teacher's worksheet prints alone (the print stylesheet hides the rest while the class is on).
  document.addEventListener("click", function (e) {
    if (!(e.target.closest && e.target.closest("[data-print-worksheet]"))) return;
    d.classList.add("print-worksheet");
    print();
  });
  // Source notes print open (and close again after); the footer says where the handout came
  // from, with its state, and when.
  var opened = [];
  addEventListener("beforeprint", function () {
    document.querySelectorAll("details.source-note:not([open])").forEach(function (el) {
      el.open = true;
      opened.push(el);
    });
    var fill = function (sel, text) { document.querySelectorAll(sel).forEach(function (el) { el.textContent = text; }); };
    fill(".print-url", location.href);
    fill(".print-date", new Date().toISOString().slice(0, 10));
  });
  addEventListener("afterprint", function () {
    d.classList.remove("print-worksheet");
    opened.splice(0).forEach(function (el) { el.open = false; });
  });
})();
