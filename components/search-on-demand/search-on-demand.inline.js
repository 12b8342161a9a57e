/* Search on demand.
 *
 * Material for MkDocs requests the search index of the language (about 100 KB
 * compressed) as soon as any page loads, whether or not the reader searches.
 * On a phone that is most of a page view's data, and on a slow connection it
 * competes with the page itself. This script, inlined in the head before
 * Material's bundle, holds that one request back until the reader first puts
 * the cursor in the search box (by tapping the search icon, clicking the box
 * or pressing Material's search keys), then sends it. Every other request is
 * untouched. Material 9 requests the index with XMLHttpRequest.
 */
(function () {
  "use strict";
  if (!window.XMLHttpRequest) return;
  var waiting = [];
  var released = false;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.kbSearchIndex = /\/search\/search_index\.json(?:[?#]|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.kbSearchIndex && !released) {
      waiting.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };
  function onFocus(event) {
    var form = event.target && event.target.form;
    if (!form || form.getAttribute("name") !== "search") return;
    document.removeEventListener("focusin", onFocus, true);
    released = true;
    waiting.splice(0).forEach(function (call) { send.apply(call[0], call[1]); });
  }
  document.addEventListener("focusin", onFocus, true);
})();
