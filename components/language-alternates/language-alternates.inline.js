/* Language alternates without 404s.
 *
 * Material for MkDocs fetches `sitemap.xml` next to every <link rel="alternate">
 * in the page head, expecting each to be a language's home. Our alternates name
 * the same page in each language (correct hreflang, and the language switcher
 * already leads to the same page), so Material would request
 * `<page>/sitemap.xml` for every language: six 404s per page. This script,
 * loaded before Material's bundle, leaves those requests unsent. Requests for
 * a real sitemap (a language's home) go through unchanged.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.XMLHttpRequest) return;
  var real = JSON.parse(script.getAttribute("data-roots") || "[]").map(function (root) {
    return new URL("sitemap.xml", new URL(root, location.href)).href;
  });
  function stray(url) {
    var absolute = new URL(String(url), location.href);
    return /\/sitemap\.xml$/.test(absolute.pathname) && real.indexOf(absolute.href) < 0;
  }
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.kbStraySitemap = stray(url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.kbStraySitemap) return undefined; // never sent: no request, no 404, nothing to map
    return send.apply(this, arguments);
  };
})();
