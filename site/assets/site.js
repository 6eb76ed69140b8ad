// Study site of the diagram curriculum: tiles, filter, study progress and the
// diagram viewer. Plain JavaScript, no framework, no network requests beyond
// the site's own files.
(function () {
  "use strict";

  var doc = document;
  var $ = function (id) { return doc.getElementById(id); };
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  var tiles = Array.prototype.slice.call(doc.querySelectorAll(".tile[data-id]"));
  var allTiles = Array.prototype.slice.call(doc.querySelectorAll(".tile"));
  var sections = Array.prototype.slice.call(doc.querySelectorAll(".layer"));
  var chips = Array.prototype.slice.call(doc.querySelectorAll(".chip"));
  var order = tiles.map(function (t) { return t.dataset.id; });
  // Ids come from the page's hash too, so look them up in a Map: a plain
  // object would answer "#constructor" or "#__proto__" with its own
  // properties.
  var byID = new Map();
  tiles.forEach(function (t) { byID.set(t.dataset.id, t); });

  // ---- Study progress, kept in localStorage.

  // Each site keeps its own list: the curriculum's key, or one per gallery.
  var storeKey = doc.body.dataset.store || "aiprep.studied.v1";
  var studied = readStudied();

  function readStudied() {
    try {
      var list = JSON.parse(localStorage.getItem(storeKey) || "[]");
      return new Set(Array.isArray(list) ? list : []);
    } catch (e) {
      return new Set();
    }
  }

  function saveStudied() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(Array.from(studied).sort()));
    } catch (e) {
      // Storage may be off; progress then lasts for this visit only.
    }
  }

  function setStudied(id, on) {
    if (on) {
      studied.add(id);
    } else {
      studied.delete(id);
    }
    saveStudied();
    showProgress();
  }

  function showProgress() {
    var total = 0;
    tiles.forEach(function (t) {
      var on = studied.has(t.dataset.id);
      t.classList.toggle("done", on);
      t.querySelector(".study").setAttribute("aria-pressed", String(on));
      if (on) total++;
    });
    sections.forEach(function (s) {
      var inLayer = s.querySelectorAll(".tile[data-id]");
      var done = s.querySelectorAll(".tile.done").length;
      var count = s.querySelector(".progress-count");
      if (count) count.textContent = done + " / " + inLayer.length;
    });
    $("overall-count").textContent = total + " / " + tiles.length;
    $("overall-meter").style.width = (tiles.length ? 100 * total / tiles.length : 0) + "%";
    if (current) {
      $("v-study").setAttribute("aria-pressed", String(studied.has(current)));
    }
  }

  tiles.forEach(function (t) {
    t.querySelector(".study").addEventListener("click", function () {
      setStudied(t.dataset.id, !studied.has(t.dataset.id));
    });
  });

  window.addEventListener("storage", function (e) {
    if (e.key === storeKey) {
      studied = readStudied();
      showProgress();
    }
  });

  // ---- Filter.

  var filter = $("filter");

  function applyFilter() {
    // Dashes and slashes count as spaces, as in the data-search texts.
    var words = filter.value.toLowerCase().replace(/[-\u2010\u2011\u2013\u2014\/]/g, " ").split(/\s+/).filter(Boolean);
    var any = false;
    allTiles.forEach(function (t) {
      var text = t.dataset.search || "";
      t.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
    sections.forEach(function (s, i) {
      var shown = s.querySelectorAll(".tile:not([hidden])").length > 0;
      s.hidden = !shown;
      chips[i].classList.toggle("empty", !shown);
      any = any || shown;
    });
    $("no-match").hidden = any;
  }

  filter.addEventListener("input", applyFilter);

  // ---- Sticky bar: keep anchors clear of it and mark the layer in view.

  var bar = $("bar");
  function measureBar() {
    doc.documentElement.style.setProperty("--bar-h", bar.offsetHeight + "px");
  }
  if (window.ResizeObserver) {
    new ResizeObserver(measureBar).observe(bar);
  }
  measureBar();

  // Keep the focused tile clear of the sticky bar: the browser only
  // scrolls an element that is fully out of view, and a tile whose bottom
  // peeks out under the bar would stay hidden behind it. Only keyboard
  // focus moves the page: a mouse press that focused a link must not
  // scroll it away from under the pointer, or the release misses it and
  // the click is lost.
  $("layers").addEventListener("focusin", function (e) {
    if (!e.target.matches(":focus-visible")) return;
    var top = e.target.getBoundingClientRect().top;
    var barBottom = bar.getBoundingClientRect().bottom;
    if (top < barBottom + 8) {
      window.scrollBy({ top: top - barBottom - 8, behavior: "instant" });
    }
  });

  if (window.IntersectionObserver) {
    var visible = {};
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { visible[e.target.dataset.layer] = e.isIntersecting; });
      var first = null;
      sections.forEach(function (s) {
        if (first === null && visible[s.dataset.layer]) first = s.dataset.layer;
      });
      chips.forEach(function (c) {
        if (c.dataset.layer === first) {
          c.setAttribute("aria-current", "true");
        } else {
          c.removeAttribute("aria-current");
        }
      });
    }, { rootMargin: "-30% 0px -60% 0px" });
    sections.forEach(function (s) { observer.observe(s); });
  }

  // ---- Viewer.

  var dialog = $("viewer");
  var stage = $("v-stage");
  var canvas = $("v-canvas");
  var status = $("v-status");
  var playButton = $("v-play");
  var markup = new Map();    // id → SVG markup, filled by diagLoaded
  var requested = new Set(); // ids whose script tag is added
  var current = null; // id shown in the viewer
  var wanted = null;  // id the viewer waits for
  var view = { s: 1, x: 0, y: 0, w: 0, h: 0, fit: 1 };

  // diagLoaded receives a diagram from its script file d/ID.js.
  window.diagLoaded = function (id, svg) {
    if (!byID.has(id)) return;
    markup.set(id, svg);
    if (id === wanted && dialog.open) show(id);
  };

  function requestDiagram(id) {
    if (markup.has(id) || requested.has(id)) return;
    requested.add(id);
    var s = doc.createElement("script");
    s.src = "d/" + encodeURIComponent(id) + ".js?v=" + byID.get(id).dataset.v;
    s.onload = function () { s.remove(); };
    s.onerror = function () {
      s.remove();
      requested.delete(id);
      if (id === wanted) status.textContent = "This diagram could not be loaded.";
    };
    doc.head.appendChild(s);
  }

  function open(id) {
    var t = byID.get(id);
    if (!t) return;
    wanted = id;
    var i = order.indexOf(id);
    $("v-kicker").textContent = t.dataset.kicker;
    $("v-title").textContent = t.querySelector(".tile-title").textContent;
    $("v-count").textContent = (i + 1) + " / " + order.length;
    $("v-prev").disabled = i <= 0;
    $("v-next").disabled = i >= order.length - 1;
    $("v-study").setAttribute("aria-pressed", String(studied.has(id)));
    $("v-study").setAttribute("aria-label", "Studied: " + $("v-title").textContent);
    if (!dialog.open) {
      dialog.showModal();
      // Focus the dialog itself: its keys work at once, and no focus ring
      // lands on a button the reader did not choose.
      dialog.focus({ preventScroll: true });
    }
    if (location.hash !== "#" + id) {
      history.replaceState(history.state, "", "#" + id);
    }
    if (markup.has(id)) {
      show(id);
    } else {
      current = null;
      canvas.replaceChildren();
      status.textContent = "Loading…";
      requestDiagram(id);
    }
  }

  function parseSVG(text) {
    var parsed = new DOMParser().parseFromString(text, "image/svg+xml");
    var root = parsed.documentElement;
    if (!root || root.localName !== "svg" || parsed.getElementsByTagName("parsererror").length) {
      return null;
    }
    return doc.importNode(root, true);
  }

  function show(id) {
    var svg = parseSVG(markup.get(id));
    if (!svg) {
      status.textContent = "This diagram could not be read.";
      return;
    }
    current = id;
    status.textContent = "";
    var box = svg.viewBox && svg.viewBox.baseVal;
    var w = box && box.width ? box.width : parseFloat(svg.getAttribute("width")) || 1200;
    var h = box && box.height ? box.height : parseFloat(svg.getAttribute("height")) || 800;
    if (!svg.getAttribute("viewBox")) svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    view.w = w;
    view.h = h;
    canvas.replaceChildren(svg);
    start();
    if (reduceMotion.matches) {
      finalFrame();
    } else {
      watchEnd();
      setPlaying(true);
    }
    // Load the neighbours now, so that ← and → answer at once.
    var i = order.indexOf(id);
    if (i > 0) requestDiagram(order[i - 1]);
    if (i < order.length - 1) requestDiagram(order[i + 1]);
  }

  function close() {
    var id = current || wanted;
    wanted = null;
    current = null;
    canvas.replaceChildren();
    status.textContent = "";
    if (dialog.open) dialog.close();
    if (byID.has(location.hash.slice(1))) {
      if (history.state && history.state.viewer) {
        // Opening pushed this entry: step back to the index entry, so that
        // Back never lands on a copy of the page.
        history.back();
      } else {
        history.replaceState(null, "", location.pathname + location.search);
      }
    }
    var t = id && byID.get(id);
    if (t) {
      var link = t.querySelector(".open");
      link.focus({ preventScroll: true });
      link.scrollIntoView({ block: "nearest", behavior: "instant" });
    }
  }

  function step(delta) {
    var i = order.indexOf(wanted);
    var j = i + delta;
    if (i < 0 || j < 0 || j >= order.length) return;
    open(order[j]);
  }

  // ---- Animation controls, through the Web Animations API.

  function animations() {
    var svg = canvas.firstElementChild;
    return svg && svg.getAnimations ? svg.getAnimations({ subtree: true }) : [];
  }

  function setPlaying(on) {
    playButton.classList.toggle("paused", !on);
    playButton.setAttribute("aria-label", on ? "Pause" : "Play");
    playButton.title = on ? "Pause (Space)" : "Play (Space)";
  }

  function endTime(a) {
    return a.effect ? a.effect.getComputedTiming().endTime : 0;
  }

  function watchEnd() {
    var list = animations();
    var ends = list.filter(function (a) { return isFinite(endTime(a)); });
    if (!ends.length || ends.length < list.length) return;
    Promise.all(ends.map(function (a) { return a.finished; })).then(function () {
      if (animations().length && animations().every(function (a) { return a.playState === "finished"; })) {
        setPlaying(false);
      }
    }, function () {});
  }

  // smil returns the SVG root when it has SMIL animations, which the Web
  // Animations API does not list.
  function smil() {
    var svg = canvas.firstElementChild;
    return svg && svg.pauseAnimations && svg.querySelector("animate, animateTransform, animateMotion, set") ? svg : null;
  }

  function pause() {
    animations().forEach(function (a) { a.pause(); });
    if (smil()) smil().pauseAnimations();
    setPlaying(false);
  }

  function play() {
    var list = animations();
    if (list.length && list.every(function (a) { return a.playState === "finished"; })) {
      replay();
      return;
    }
    list.forEach(function (a) {
      if (a.playState === "paused") a.play();
    });
    if (smil()) smil().unpauseAnimations();
    watchEnd();
    setPlaying(true);
  }

  function replay() {
    animations().forEach(function (a) {
      a.currentTime = 0;
      a.play();
    });
    if (smil()) {
      smil().setCurrentTime(0);
      smil().unpauseAnimations();
    }
    watchEnd();
    setPlaying(true);
  }

  // finalFrame shows the end of every animation without playing it, for
  // readers who asked for reduced motion.
  function finalFrame() {
    animations().forEach(function (a) {
      var end = endTime(a);
      a.pause();
      if (isFinite(end)) a.currentTime = end;
    });
    if (smil()) {
      smil().pauseAnimations();
      smil().setCurrentTime(1e6);
    }
    setPlaying(false);
  }

  function togglePlay() {
    if (playButton.classList.contains("paused")) {
      play();
    } else {
      pause();
    }
  }

  // ---- Zoom and pan.

  function apply() {
    canvas.style.transform = "translate(" + view.x + "px," + view.y + "px) scale(" + view.s + ")";
  }

  function fit() {
    if (!view.w) return;
    var r = stage.getBoundingClientRect();
    var pad = r.width < 600 ? 8 : 24;
    var s = Math.min((r.width - 2 * pad) / view.w, (r.height - 2 * pad) / view.h);
    if (!(s > 0)) s = 1;
    view.s = view.fit = s;
    view.x = (r.width - view.w * s) / 2;
    view.y = (r.height - view.h * s) / 2;
    apply();
  }

  // The smallest text a reader should have to read, in CSS pixels.
  var minText = 11;

  // smallestText returns the font size of the smallest text of the
  // picture, in the picture's units, or 0 when it has no text.
  function smallestText() {
    var svg = canvas.firstElementChild;
    var min = Infinity;
    if (svg) {
      svg.querySelectorAll("text").forEach(function (el) {
        if (!el.textContent.trim()) return;
        var size = parseFloat(getComputedStyle(el).fontSize);
        if (size > 0 && size < min) min = size;
      });
    }
    return isFinite(min) ? min : 0;
  }

  // start shows a newly opened picture: whole when its smallest text can be
  // read so, and otherwise zoomed until that text is minText pixels high,
  // from its top, centred when it is narrower than the stage; the reader
  // scrolls to the rest. On a phone it starts whole: pinch and the zoom
  // buttons take it closer.
  function start() {
    fit();
    var r = stage.getBoundingClientRect();
    var small = smallestText();
    if (!small || r.width < 600 || view.s * small >= minText) return;
    var s = Math.min(minText / small, Math.max(view.fit * 10, 4));
    var pad = 24;
    view.s = s;
    view.x = view.w * s + 2 * pad <= r.width ? (r.width - view.w * s) / 2 : pad;
    view.y = pad;
    apply();
  }

  // pan moves the picture by dx, dy pixels, no further than leaves a
  // margin of it on the stage.
  function pan(dx, dy) {
    var r = stage.getBoundingClientRect();
    var keep = 48;
    view.x = Math.min(Math.max(view.x + dx, keep - view.w * view.s), r.width - keep);
    view.y = Math.min(Math.max(view.y + dy, keep - view.h * view.s), r.height - keep);
    apply();
  }

  function zoomAt(factor, cx, cy) {
    if (!view.w) return;
    var s = Math.min(Math.max(view.s * factor, view.fit * 0.5), Math.max(view.fit * 10, 4));
    view.x = cx - (cx - view.x) * s / view.s;
    view.y = cy - (cy - view.y) * s / view.s;
    view.s = s;
    apply();
  }

  function zoomCenter(factor) {
    var r = stage.getBoundingClientRect();
    zoomAt(factor, r.width / 2, r.height / 2);
  }

  // The wheel scrolls the picture, Shift+wheel sideways; Ctrl+wheel (and
  // a touchpad's pinch, which browsers send as one) zooms around the
  // pointer.
  stage.addEventListener("wheel", function (e) {
    e.preventDefault();
    var r = stage.getBoundingClientRect();
    var unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? r.height : 1;
    if (e.ctrlKey || e.metaKey) {
      zoomAt(Math.exp(-e.deltaY * unit * 0.01), e.clientX - r.left, e.clientY - r.top);
    } else if (e.shiftKey && !e.deltaX) {
      pan(-e.deltaY * unit, 0);
    } else {
      pan(-e.deltaX * unit, -e.deltaY * unit);
    }
  }, { passive: false });

  var pointers = new Map();
  var gesture = null;

  function gestureState() {
    var ps = Array.from(pointers.values());
    var r = stage.getBoundingClientRect();
    var x = 0;
    var y = 0;
    ps.forEach(function (p) { x += p.x; y += p.y; });
    x = x / ps.length - r.left;
    y = y / ps.length - r.top;
    var d = ps.length > 1 ? Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y) : 0;
    return { x: x, y: y, d: d, n: ps.length };
  }

  stage.addEventListener("pointerdown", function (e) {
    if (e.button !== 0 && e.pointerType === "mouse") return;
    try {
      stage.setPointerCapture(e.pointerId);
    } catch (err) {
      // A pointer the browser does not track cannot be captured; panning
      // still works while it stays over the stage.
    }
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    gesture = gestureState();
    stage.classList.add("dragging");
  });

  stage.addEventListener("pointermove", function (e) {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    var g = gestureState();
    if (gesture && g.n === gesture.n) {
      view.x += g.x - gesture.x;
      view.y += g.y - gesture.y;
      apply();
      if (g.n > 1 && gesture.d > 0) zoomAt(g.d / gesture.d, g.x, g.y);
    }
    gesture = g;
  });

  function endPointer(e) {
    pointers.delete(e.pointerId);
    gesture = pointers.size ? gestureState() : null;
    if (!pointers.size) stage.classList.remove("dragging");
  }
  stage.addEventListener("pointerup", endPointer);
  stage.addEventListener("pointercancel", endPointer);

  stage.addEventListener("dblclick", function (e) {
    var r = stage.getBoundingClientRect();
    zoomAt(2, e.clientX - r.left, e.clientY - r.top);
  });

  window.addEventListener("resize", function () {
    if (dialog.open) fit();
  });

  // ---- Buttons and keys.

  $("v-prev").addEventListener("click", function () { step(-1); });
  $("v-next").addEventListener("click", function () { step(1); });
  $("v-close").addEventListener("click", close);
  playButton.addEventListener("click", togglePlay);
  $("v-replay").addEventListener("click", replay);
  $("v-zoom-in").addEventListener("click", function () { zoomCenter(1.25); });
  $("v-zoom-out").addEventListener("click", function () { zoomCenter(0.8); });
  $("v-fit").addEventListener("click", fit);
  $("v-study").addEventListener("click", function () {
    if (wanted) setStudied(wanted, !studied.has(wanted));
  });

  dialog.addEventListener("cancel", function (e) {
    e.preventDefault();
    close();
  });
  // The close event comes a task after the dialog closed: by then a hash
  // change may have opened it again, for another diagram, which stays.
  dialog.addEventListener("close", function () {
    if (wanted && !dialog.open) close();
  });

  dialog.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var onButton = e.target.closest && e.target.closest("button");
    switch (e.key) {
      case "ArrowLeft": step(-1); break;
      case "ArrowRight": step(1); break;
      case "Escape": close(); break;
      case "+": case "=": zoomCenter(1.25); break;
      case "-": case "_": zoomCenter(0.8); break;
      case "0": fit(); break;
      case "r": case "R": replay(); break;
      case " ": case "k":
        if (onButton && e.key === " ") return;
        togglePlay();
        break;
      default: return;
    }
    e.preventDefault();
  });

  // ---- Deep links: index.html#ID opens the diagram.

  // fromHash opens the diagram the hash names. e is the hashchange event,
  // or undefined for the hash the page loaded with.
  function fromHash(e) {
    var id = "";
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      id = "";
    }
    if (byID.has(id)) {
      // A new history entry, from a tile or a typed link: mark it, so that
      // closing the viewer can go back to the entry before it.
      if (e) history.replaceState({ viewer: true }, "");
      if (id !== wanted) open(id);
    } else if (dialog.open) {
      wanted = null;
      current = null;
      canvas.replaceChildren();
      dialog.close();
    }
  }

  window.addEventListener("hashchange", fromHash);

  showProgress();
  applyFilter();
  fromHash();
})();
