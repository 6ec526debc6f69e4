// Highlights the cited words when a citation, value or quote is followed,
// and drives the filter by source. The page reads fine without it; it holds
// no data of its own and reads everything from the DOM.
(function () {
  "use strict";
  var doc = document;
  var RANGE = /^a[0-9]+-[0-9]+-[0-9]+$/;

  function pieces(id) {
    return RANGE.test(id) ? doc.querySelectorAll('[data-r~="' + id + '"]') : [];
  }

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function clear() {
    each(doc.querySelectorAll(".hl, .hl-focus"), function (el) {
      el.classList.remove("hl", "hl-focus");
    });
  }

  function show(id, focus) {
    var parts = pieces(id);
    if (!parts.length) {
      return false;
    }
    clear();
    each(parts, function (el) { el.classList.add("hl"); });
    if (focus) {
      each(pieces(focus), function (el) { el.classList.add("hl-focus"); });
    }
    var first = parts[0];
    var article = first.closest("article");
    if (article && article.hasAttribute("hidden")) {
      var box = filter && filter.querySelector('input[value="' + article.id + '"]');
      if (box) {
        box.checked = true;
        apply();
      }
    }
    first.setAttribute("tabindex", "-1");
    reveal(first);
    first.focus({ preventScroll: true });
    return true;
  }

  // On a wide screen the articles sit in their own scrolling pane beside
  // the brief: scroll only the pane, so the reader keeps their place.
  function reveal(el) {
    var pane = el.closest("#articles");
    if (pane && pane.scrollHeight > pane.clientHeight &&
        getComputedStyle(pane).overflowY !== "visible") {
      var offset = el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      pane.scrollTop += offset - pane.clientHeight / 3;
    } else {
      el.scrollIntoView({ block: "center" });
    }
  }

  doc.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a") : null;
    if (!link) {
      return;
    }
    var href = link.getAttribute("href") || "";
    if (href.charAt(0) !== "#") {
      return;
    }
    var id = href.slice(1);
    if (show(id, link.getAttribute("data-focus"))) {
      ev.preventDefault();
      if (history.replaceState) {
        history.replaceState(null, "", "#" + id);
      }
    }
  });

  window.addEventListener("hashchange", function () {
    show(location.hash.slice(1), null);
  });

  var filter = doc.getElementById("filter");

  function apply() {
    var off = {};
    each(filter.querySelectorAll("input[type=checkbox]"), function (box) {
      if (!box.checked) {
        off[box.value] = true;
      }
    });
    each(doc.querySelectorAll("[data-src]"), function (el) {
      var ids = el.getAttribute("data-src").split(" ");
      var hide = ids.every(function (id) { return off[id] === true; });
      if (hide) {
        el.setAttribute("hidden", "");
      } else {
        el.removeAttribute("hidden");
      }
    });
  }

  if (filter) {
    filter.removeAttribute("hidden");
    filter.addEventListener("change", apply);
  }

  if (location.hash) {
    show(location.hash.slice(1), null);
  }
})();
