/* Find help near a client: progressive enhancement of the grouped list of service locations
   (items with data-kb-office). The reader types a town or municipality; the place names
   (GeoNames, in every language GeoNames lists) are fetched from this site on first use;
   the service locations come from the list already on the page, so the results and the
   list cannot disagree. Nothing is stored, and the browser's location is never asked for.
   Without JavaScript the form stays hidden and the full list is there. */
(function () {
  "use strict";
  var FOLD = { "ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ß": "ss", "ł": "l", "đ": "d", "œ": "oe" };
  // The same folding as hooks/finder/names.py: case, accents and Nordic letters.
  function fold(text) {
    return text.toLowerCase().replace(/[øæðþßłđœ]/g, function (ch) { return FOLD[ch]; })
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
  }
  function distanceKm(lat1, lon1, lat2, lon2) {
    var r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }
  function setup(root) {
    var form = root.querySelector("form");
    var input = form.querySelector("input");
    var list = form.querySelector("datalist");
    var status = root.querySelector("[data-kb-finder-status]");
    var results = root.querySelector("[data-kb-finder-results]");
    var strings = JSON.parse(root.getAttribute("data-strings"));
    var names = JSON.parse(root.getAttribute("data-names"));
    var offices = Array.prototype.slice.call(root.querySelectorAll("[data-kb-office]"));
    var language = document.documentElement.lang || "en";
    var number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    var data = null, loading = null;
    form.hidden = false;

    function load() {
      if (!loading) {
        status.textContent = strings.loading;
        loading = fetch(root.getAttribute("data-places"), { credentials: "same-origin" })
          .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
          .then(function (json) {
            data = json;
            data.places.forEach(function (p) {
              p.keys = [p[0]].concat(p[1] ? p[1].split("|") : []).map(fold);
              p.label = p[0] + " (" + (names.regions[p[3]] || "") + ", " + (names.countries[p[2]] || p[2]) + ")";
            });
            status.textContent = "";
            return data;
          })
          .catch(function () { status.textContent = strings.failed; loading = null; throw new Error("places"); });
      }
      return loading;
    }
    function matches(text, exactOnly) {
      var wanted = fold(text);
      if (!wanted || !data) { return []; }
      var exact = [], start = [];
      data.places.forEach(function (p) {
        if (p.label === text || p.keys.indexOf(wanted) !== -1) { exact.push(p); }
        else if (!exactOnly && p.keys.some(function (k) { return k.indexOf(wanted) === 0; })) { start.push(p); }
      });
      var byPopulation = function (a, b) { return b[6] - a[6]; };
      return exact.sort(byPopulation).concat(start.sort(byPopulation));
    }
    function suggest() {
      if (!data || input.value.length < 2) { return; }
      list.textContent = "";
      matches(input.value, false).slice(0, 8).forEach(function (p) {
        var option = document.createElement("option");
        option.value = p.label;
        list.appendChild(option);
      });
    }
    function show(place) {
      var lat = place[4], lon = place[5];
      var nearest = offices.map(function (li) {
        return { li: li, km: distanceKm(lat, lon, +li.getAttribute("data-lat"), +li.getAttribute("data-lon")) };
      }).sort(function (a, b) { return a.km - b.km; }).slice(0, 10);
      results.textContent = "";
      var heading = document.createElement("h2");
      heading.textContent = strings.nearest;
      heading.id = "nearest";
      var ol = document.createElement("ol");
      ol.className = "kb-finder__nearest";
      nearest.forEach(function (item) {
        var li = item.li.cloneNode(true);
        li.removeAttribute("data-kb-office");
        var where = document.createElement("strong");
        where.className = "kb-finder__distance";
        where.textContent = fill(strings.km, { km: number.format(item.km) }) + " – ";
        li.insertBefore(where, li.firstChild);
        ol.appendChild(li);
      });
      results.appendChild(heading);
      results.appendChild(ol);
      var national = root.querySelector('[data-kb-national="' + place[2] + '"]');
      var countryName = names.countries[place[2]] || place[2];
      if (national) {
        var h = document.createElement("h2");
        h.textContent = fill(strings.national_in, { country: countryName });
        var copy = national.cloneNode(true);
        copy.removeAttribute("data-kb-national");
        var first = copy.querySelector("p");
        if (first) { copy.removeChild(first); }
        results.appendChild(h);
        results.appendChild(copy);
      }
      status.textContent = fill(strings.found, { place: place[0], n: nearest.length, country: countryName });
    }
    function choices(found) {
      results.textContent = "";
      var p = document.createElement("p");
      p.textContent = strings.did_you_mean;
      var ul = document.createElement("ul");
      ul.className = "kb-finder__choices";
      found.slice(0, 6).forEach(function (place) {
        var li = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = place.label;
        button.addEventListener("click", function () { input.value = place.label; show(place); });
        li.appendChild(button);
        ul.appendChild(li);
      });
      results.appendChild(p);
      results.appendChild(ul);
      status.textContent = strings.did_you_mean + " " + found.slice(0, 6).map(function (x) { return x.label; }).join("; ");
    }
    function search() {
      var text = input.value.trim();
      if (!text) { return; }
      load().then(function () {
        var exact = matches(text, true);
        var labelled = exact.filter(function (p) { return p.label === text; });
        if (labelled.length === 1 || exact.length === 1) { show(labelled[0] || exact[0]); return; }
        if (exact.length > 1) {
          var names = exact.filter(function (p) { return fold(p[0]) === fold(text); });
          if (names.length === 1) { show(names[0]); return; }
          choices(exact);
          return;
        }
        var close = matches(text, false);
        if (close.length) { choices(close); return; }
        results.textContent = "";
        status.textContent = fill(strings.not_found, { place: text });
      }, function () { /* the status says why; the list below is still there */ });
    }
    input.addEventListener("focus", function () { load().catch(function () {}); });
    input.addEventListener("input", function () { if (data) { suggest(); } else { load().then(suggest, function () {}); } });
    form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-kb-finder]"), setup);
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
