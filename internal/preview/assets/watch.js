// Live preview of one .diag file: the picture arrives over a Server-Sent
// Events stream and is swapped in on each save, keeping the zoom, the pan
// and the time of the animation. Plain JavaScript, no other file.
(function () {
  "use strict";

  var body = document.body;
  if (!body.classList.contains("viewer")) return;
  var $ = function (id) { return document.getElementById(id); };
  var stage = $("stage");
  var canvas = $("canvas");
  var errorBox = $("error");
  var errorText = $("error-text");
  var status = $("status");
  var playButton = $("play");

  var view = { s: 1, x: 0, y: 0, w: 0, h: 0, fit: 1, fitted: false };
  var drawn = 0;      // version of the picture shown
  var paused = false; // the reader paused the animation

  // ---- The stream.

  var events = new EventSource(body.dataset.events);
  events.onopen = function () { setStatus("live: redrawn on save", false); };
  events.onerror = function () { setStatus("reconnecting…", true); };
  events.onmessage = function (e) {
    window.diagReceivedAt = performance.timeOrigin + performance.now();
    var m;
    try {
      m = JSON.parse(e.data);
    } catch (err) {
      return;
    }
    if (m.svg && m.drawn !== drawn) {
      if (swap(m.svg)) drawn = m.drawn;
    }
    if (m.error) {
      errorText.textContent = m.error;
      errorBox.hidden = false;
      setStatus("error", true);
    } else {
      errorBox.hidden = true;
      errorText.textContent = "";
      setStatus("live: redrawn on save", false);
    }
    body.dataset.version = m.version;
    // Mark the moment the new state is on screen: the frame after it.
    requestAnimationFrame(function () {
      body.dataset.shown = m.version;
      window.diagShownAt = performance.timeOrigin + performance.now();
    });
  };

  function setStatus(text, bad) {
    status.textContent = text;
    status.classList.toggle("bad", bad);
  }

  // swap replaces the picture with the markup svg, at the time the old
  // one's animation had reached. It reports whether the markup was a
  // picture.
  function swap(markup) {
    // The page's own parser reads the markup straight into a fragment of
    // this document: quicker than parsing an XML document and importing
    // it. The server sends only what its compiler made.
    var start = markup.indexOf("<svg");
    if (start < 0) return false;
    var holder = document.createElement("template");
    holder.innerHTML = markup.slice(start);
    var svg = holder.content.firstElementChild;
    if (!svg || svg.localName !== "svg") return false;
    var old = animations();
    var at = old.length ? old[0].currentTime : null;
    var box = svg.viewBox && svg.viewBox.baseVal;
    var w = box && box.width ? box.width : parseFloat(svg.getAttribute("width")) || 800;
    var h = box && box.height ? box.height : parseFloat(svg.getAttribute("height")) || 600;
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    canvas.replaceChildren(svg);
    view.w = w;
    view.h = h;
    if (!view.fitted) {
      fit();
      view.fitted = true;
    }
    animations().forEach(function (a) {
      if (at !== null) a.currentTime = at;
      if (paused) a.pause();
    });
    return true;
  }

  // ---- Animation.

  function animations() {
    var svg = canvas.firstElementChild;
    return svg && svg.getAnimations ? svg.getAnimations({ subtree: true }) : [];
  }

  function setPaused(on) {
    paused = on;
    animations().forEach(function (a) {
      if (on) {
        a.pause();
      } else {
        a.play();
      }
    });
    playButton.textContent = on ? "▶" : "❚❚";
    playButton.setAttribute("aria-label", on ? "Play" : "Pause");
    playButton.title = on ? "Play (Space)" : "Pause (Space)";
  }

  function replay() {
    animations().forEach(function (a) {
      a.currentTime = 0;
      if (!paused) a.play();
    });
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

  function zoomAt(factor, cx, cy) {
    if (!view.w) return;
    var s = Math.min(Math.max(view.s * factor, view.fit * 0.25), Math.max(view.fit * 16, 8));
    view.x = cx - (cx - view.x) * s / view.s;
    view.y = cy - (cy - view.y) * s / view.s;
    view.s = s;
    apply();
  }

  function zoomCenter(factor) {
    var r = stage.getBoundingClientRect();
    zoomAt(factor, r.width / 2, r.height / 2);
  }

  stage.addEventListener("wheel", function (e) {
    e.preventDefault();
    var r = stage.getBoundingClientRect();
    var unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? r.height : 1;
    var k = e.ctrlKey ? 0.01 : 0.0015;
    zoomAt(Math.exp(-e.deltaY * unit * k), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });

  var pointers = new Map();
  var gesture = null;

  function gestureState() {
    var ps = Array.from(pointers.values());
    var r = stage.getBoundingClientRect();
    var x = 0;
    var y = 0;
    ps.forEach(function (p) { x += p.x; y += p.y; });
    var d = ps.length > 1 ? Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y) : 0;
    return { x: x / ps.length - r.left, y: y / ps.length - r.top, d: d, n: ps.length };
  }

  stage.addEventListener("pointerdown", function (e) {
    if (e.target.closest && e.target.closest("#error")) return;
    if (e.button !== 0 && e.pointerType === "mouse") return;
    try {
      stage.setPointerCapture(e.pointerId);
    } catch (err) {
      // An untracked pointer cannot be captured; panning still works.
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

  // ---- Buttons and keys.

  playButton.addEventListener("click", function () { setPaused(!paused); });
  $("replay").addEventListener("click", replay);
  $("zoom-in").addEventListener("click", function () { zoomCenter(1.25); });
  $("zoom-out").addEventListener("click", function () { zoomCenter(0.8); });
  $("fit").addEventListener("click", fit);

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target.closest && e.target.closest("button, a") && (e.key === " " || e.key === "Enter")) return;
    switch (e.key) {
      case "+": case "=": zoomCenter(1.25); break;
      case "-": case "_": zoomCenter(0.8); break;
      case "0": fit(); break;
      case "r": case "R": replay(); break;
      case " ": case "k": setPaused(!paused); break;
      default: return;
    }
    e.preventDefault();
  });
})();
