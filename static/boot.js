// Selloff Lab: starts the interactive parts once the page has painted, so the wasm never competes
// with the text for the network or the main thread. Where WebAssembly cannot start, the
// pre-rendered lesson stays readable and a notice in the page's language says why. The build puts
// it inside each page, at the end of the body (one request fewer before the first paint).
(function () {
  var app = document.getElementById("app");
  if (!app) return;
  // The site's root, from the page's own address (pages sit at the root or in sub-folders).
  var here = new URL(app.dataset.base || "./", location.href).href;
  var root = document.documentElement;
  function fail(kind) {
    root.classList.add("no-wasm");
    var note = document.getElementById("no-wasm");
    if (note) note.hidden = false;
    // A frame sandboxed without allow-same-origin cannot load the module: say that, not "no wasm".
    var why = document.getElementById("no-wasm-why");
    var sandbox = document.getElementById("no-wasm-sandbox");
    if (why && sandbox) {
      why.hidden = kind === "sandbox";
      sandbox.hidden = kind !== "sandbox";
    }
    // The offline file needs WebAssembly too: offer it only when the module could not load.
    var offline = document.getElementById("no-wasm-offline");
    if (offline) offline.hidden = kind !== "load";
  }
  function start() {
    if (self.origin === "null") {
      fail("sandbox");
      return;
    }
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      fail("missing");
      return;
    }
    var glue = new URL(app.dataset.glue, here).href;
    var wasm = new URL(app.dataset.wasm, here).href;
    import(glue).then(
      function (bindings) {
        return bindings.default({ module_or_path: wasm }).then(
          function () { root.classList.add("wasm-started"); },
          // A failed fetch is a load failure; a module that will not compile or link is not.
          function (e) { fail(e instanceof TypeError ? "load" : "start"); }
        );
      },
      function () { fail("load"); }
    );
  }
  // Sections off screen are skipped (content-visibility) and stand in at a guessed height until
  // first shown; a guess thousands of pixels off makes jumps land in the wrong place. Lay the
  // sections out one at a time when the page is idle, so the browser remembers each real height
  // (contain-intrinsic-size: auto) without a long task, then let it skip them again.
  function measure() {
    var sections = document.querySelectorAll(".lesson-section");
    var i = 0, shown = null;
    var idle = self.requestIdleCallback || function (f) { return setTimeout(f, 50); };
    function next() {
      if (shown) shown.classList.remove("cv-measure");
      shown = sections[i++] || null;
      // Done: every section's height is known (tests wait for this before measuring positions).
      if (!shown) return root.classList.add("sections-measured");
      shown.classList.add("cv-measure");
      // Its size is remembered at the next rendering update; then the next one, when idle.
      requestAnimationFrame(function () { idle(next, { timeout: 2000 }); });
    }
    idle(next, { timeout: 2000 });
  }
  requestAnimationFrame(function () { setTimeout(start, 0); setTimeout(measure, 0); });
})();
