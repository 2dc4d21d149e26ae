// Selloff Lab embeds: include once on a page (<script src=".../embed.js" async>). Every
// <iframe data-selloff-lab> on the page then takes the height its widget reports, growing and
// shrinking with it. Only the lesson's own message is read, and only a finite height up to 20000.
(function () {
  if (window.selloffLabEmbeds) return;
  window.selloffLabEmbeds = true;
  function frames() {
    return document.querySelectorAll("iframe[data-selloff-lab]");
  }
  function fit() {
    for (var i = 0, fs = frames(); i < fs.length; i++) {
      fs[i].style.width = "100%";
      fs[i].style.border = "0";
      fs[i].style.display = "block";
    }
  }
  addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "selloff-lab:height") return;
    var h = Number(d.height);
    if (!isFinite(h) || h <= 0 || h > 20000) return;
    for (var i = 0, fs = frames(); i < fs.length; i++) {
      if (fs[i].contentWindow === e.source) fs[i].style.height = Math.ceil(h) + "px";
    }
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fit);
  else fit();
})();
