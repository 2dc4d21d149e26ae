(function () {
  // The printed handout, in plain script so it works before the wasm has loaded and where it
  // cannot start. Put inside every page (after static/redirect.js) and inside the single file.
  var d = document.documentElement;
  // A part prints alone (the worksheet; the teachers' pages with their answers): the print
  // stylesheet drops everything else while the classes are on.
  var part = null;
  var done = function () {
    d.classList.remove("print-part");
    if (part) part.classList.remove("print-target");
    part = null;
  };
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-print-part]");
    var target = button && document.getElementById(button.getAttribute("data-print-part"));
    if (!target) return;
    done();
    part = target;
    part.classList.add("print-target");
    d.classList.add("print-part");
    print();
  });
  // Source notes, the worked example and (for the teachers' pages) the answers print open, and
  // close again after; relative links print their full address; the footer says where the
  // handout came from, with its state, and when.
  var opened = [];
  addEventListener("beforeprint", function () {
    var open = "details.source-note:not([open]), details.worked:not([open])";
    if (part) open += ", .print-target details.answer-key:not([open])";
    document.querySelectorAll(open).forEach(function (el) {
      el.open = true;
      opened.push(el);
    });
    // Not in the single file opened from disk, whose addresses are the reader's own paths.
    if (/^https?:$/.test(location.protocol)) {
      document.querySelectorAll('main a[href]:not([href^="http"]):not([href^="#"]):not([href^="mailto:"])').forEach(function (a) {
        a.setAttribute("data-print-href", a.href);
      });
    }
    var fill = function (sel, text) { document.querySelectorAll(sel).forEach(function (el) { el.textContent = text; }); };
    fill(".print-url", location.href);
    fill(".print-date", new Date().toISOString().slice(0, 10));
  });
  addEventListener("afterprint", function () {
    done();
    opened.splice(0).forEach(function (el) { el.open = false; });
  });
})();
