// Selloff Lab: starts the interactive parts once the page has painted and a reader comes near
// them, so the wasm never competes with the text for the network or the main thread. Where
// WebAssembly cannot start, the pre-rendered lesson stays readable and a notice in the page's
// language says why. The build puts it inside each page, at the end of the body (one request
// fewer before the first paint).
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
  // The wasm is fetched when it is needed, not with the page: a reader at the top of the lesson
  // has only text and pictures in view (the first interactive part, a prediction, sits a screen
  // or more down on a phone), and on a phone network the module is most of the bytes. It starts
  // at once for a link that carries lesson state or a place to land, and in an embed; otherwise
  // when the reader scrolls or presses a key (the first interactive part is then about a screen
  // away: the module has that long to arrive), taps or focuses inside an interactive part, or
  // when one comes within a quarter screen of the viewport. Always after the first paint.
  var started = false, watcher = null;
  var triggers = ["scroll", "keydown", "pointerdown", "focusin"];
  function startOnce() {
    if (started) return;
    started = true;
    // Marked at once, so a test (or a stylesheet) can tell the module is on its way.
    root.classList.add("wasm-wanted");
    if (watcher) watcher.disconnect();
    triggers.forEach(function (t) { removeEventListener(t, onUse, true); });
    requestAnimationFrame(function () { setTimeout(start, 0); });
  }
  function onUse(e) {
    if (e.type === "scroll" || e.type === "keydown") return startOnce();
    var t = e.target.closest ? e.target : null;
    // A link leaves or jumps (and a jump scrolls); only a touch on an interactive part counts.
    if (t && t.closest("[data-island]") && !(e.type === "pointerdown" && t.closest("a[href]"))) startOnce();
  }
  // Parameters a link may carry that are not lesson state (campaign tags, the language, the
  // link format's version): a link with only these waits like a plain one.
  function carriesState() {
    var keys = [];
    new URLSearchParams(location.search).forEach(function (v, k) { keys.push(k); });
    return keys.some(function (k) { return !/^(utm_.*|fbclid|gclid|mc_.*|lang|v)$/i.test(k); }) || ignoredAtOnce();
  }
  // A version or language the lesson would ignore: it starts at once, so the notice saying so
  // shows where the reader is, not after they scroll to a widget. The rules are the link
  // reader's (src/model/url_state.rs: VERSION; src/model/lang.rs: Lang::from_tag).
  function ignoredAtOnce() {
    var q = new URLSearchParams(location.search);
    return (q.has("v") && q.get("v") !== "1") || (q.has("lang") && !/^\s*(en|zh)([-_].*)?\s*$/i.test(q.get("lang")));
  }
  function waitForNeed() {
    if (carriesState() || location.hash.length > 1 || app.dataset.embed || !("IntersectionObserver" in self)) return startOnce();
    triggers.forEach(function (t) { addEventListener(t, onUse, { capture: true, passive: true }); });
    watcher = new IntersectionObserver(function (seen) {
      if (seen.some(function (s) { return s.isIntersecting; })) startOnce();
    }, { rootMargin: "0px 0px 25% 0px" });
    // The header and the link notice sit at the top: their coming into view says nothing.
    document.querySelectorAll("[data-island]").forEach(function (el) {
      if (!/^(header|notice)$/.test(el.dataset.island)) watcher.observe(el);
    });
  }
  // Where the module can never start, say so now rather than when the reader scrolls.
  function cannotStart() {
    if (self.origin === "null") return "sandbox";
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") return "missing";
    return "";
  }
  var why = cannotStart();
  why ? fail(why) : waitForNeed();
  requestAnimationFrame(function () { setTimeout(measure, 0); });
})();
