package preview

import (
	_ "embed"
	"errors"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

//go:embed assets/page.html.tmpl
var pageText string

//go:embed assets/watch.js
var watchJS []byte

//go:embed assets/watch.css
var watchCSS []byte

// pageTemplate is parsed on first use, so that a diag command that does
// not watch pays nothing for it.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(pageText))
})

// keepAlive is how often an idle stream gets a comment line, so that a
// proxy or the browser does not take it for dead.
const keepAlive = 15 * time.Second

// errRefused is the answer to a name that does not lead to a watched file.
var errRefused = errors.New("diag watch serves only the watched .diag files")

// Handler returns the HTTP handler of the preview.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(s.serve)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	if !loopbackHost(r.Host) {
		http.Error(w, "diag watch answers only to 127.0.0.1 and localhost", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.EscapedPath()
	switch {
	case p == "/":
		s.serveIndex(w, r)
		return
	case p == "/_/watch.js":
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(watchJS)
		return
	case p == "/_/watch.css":
		h.Set("Content-Type", "text/css; charset=utf-8")
		w.Write(watchCSS)
		return
	}
	route, rest, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	var serveFile func(http.ResponseWriter, *http.Request, string)
	switch route {
	case "view":
		serveFile = s.servePage
	case "events":
		serveFile = s.serveEvents
	case "svg":
		serveFile = s.serveSVG
	default:
		http.NotFound(w, r)
		return
	}
	name, err := s.checkName(rest)
	if err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	// The root follows symbolic links only while they stay inside it.
	fi, err := s.root.Stat(filepath.FromSlash(name))
	switch {
	case errors.Is(err, fs.ErrNotExist) && s.only == "":
		http.Error(w, "no such file: "+name, http.StatusNotFound)
		return
	case errors.Is(err, fs.ErrNotExist):
		// The watched file, between an editor's rename and its new
		// version: its page waits for it.
	case err != nil || !fi.Mode().IsRegular():
		http.Error(w, errRefused.Error(), http.StatusForbidden)
		return
	}
	serveFile(w, r, name)
}

// loopbackHost reports whether host (a Host header, with or without a
// port) names this machine: 127.0.0.1, ::1 or localhost.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// checkName returns the watched file that escaped, the rest of a request's
// path after its route, names, as a slash path relative to the root. Each
// segment is decoded on its own, and the name is refused when a segment is
// empty, "." or "..", or decodes to one that holds a slash, a backslash or
// a NUL (%2f, %5c, %00, %2e%2e); when it is not local (an absolute path,
// a reserved name); when it does not end in .diag; and in file mode when
// it is not the watched file. Symbolic links are left to os.Root, which
// reading the file goes through.
func (s *Server) checkName(escaped string) (string, error) {
	if escaped == "" {
		return "", errRefused
	}
	segs := strings.Split(escaped, "/")
	for i, seg := range segs {
		dec, err := url.PathUnescape(seg)
		if err != nil || dec == "" || dec == "." || dec == ".." || strings.ContainsAny(dec, "/\\\x00") {
			return "", errRefused
		}
		segs[i] = dec
	}
	name := strings.Join(segs, "/")
	if !filepath.IsLocal(filepath.FromSlash(name)) || !strings.EqualFold(path.Ext(name), ".diag") {
		return "", errRefused
	}
	if s.only != "" && name != s.only {
		return "", errRefused
	}
	return name, nil
}

// pageData is what the page template renders.
type pageData struct {
	Title  string  // the file's name, or the folder's
	Name   string  // the file's slash path; "" on the index
	Events string  // URL of the file's stream
	SVG    string  // URL of its picture
	Index  bool    // folder mode: the page links back to the list
	Groups []group // the index: files by folder
	Count  int     // how many files the index lists
}

// group is one folder of the index.
type group struct {
	Dir   string // slash path, "" for the top folder
	Files []link
}

type link struct {
	Name, URL string
}

// fileURL returns the URL path of route for the file name, escaped.
func fileURL(route, name string) string {
	return (&url.URL{Path: "/" + route + "/" + name}).EscapedPath()
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request, name string) {
	s.render(w, pageData{
		Title:  path.Base(name),
		Name:   name,
		Events: fileURL("events", name),
		SVG:    fileURL("svg", name),
		Index:  s.only == "",
	})
}

func (s *Server) serveIndex(w http.ResponseWriter, r *http.Request) {
	if s.only != "" {
		http.Redirect(w, r, fileURL("view", s.only), http.StatusFound)
		return
	}
	d := pageData{Title: filepath.Base(s.rootDir)}
	for _, name := range s.list() {
		dir := path.Dir(name)
		if dir == "." {
			dir = ""
		}
		if len(d.Groups) == 0 || d.Groups[len(d.Groups)-1].Dir != dir {
			d.Groups = append(d.Groups, group{Dir: dir})
		}
		g := &d.Groups[len(d.Groups)-1]
		g.Files = append(g.Files, link{Name: path.Base(name), URL: fileURL("view", name)})
		d.Count++
	}
	s.render(w, d)
}

func (s *Server) render(w http.ResponseWriter, d pageData) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// The page runs its own script only; the pictures it inlines carry
	// styles and fonts as data, and no script.
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	if err := pageTemplate().Execute(w, d); err != nil {
		s.logf("diag watch: page: %v", err)
	}
}

func (s *Server) serveSVG(w http.ResponseWriter, r *http.Request, name string) {
	f := s.fileFor(name)
	s.mu.Lock()
	svg := f.svg
	errText := f.errText
	s.mu.Unlock()
	if svg == nil {
		http.Error(w, errText, http.StatusNotFound)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:")
	w.Write(svg)
}

// serveEvents streams the states of the file: the current one at once,
// then each new one, until the page goes away or the server closes.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request, name string) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming is not supported", http.StatusInternalServerError)
		return
	}
	f := s.fileFor(name)
	wake, stop := s.subscribe(f)
	defer stop()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)

	sent, has := -1, 0
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		msg, version, drawn := s.message(f, has)
		if version != sent {
			// A message is one line of JSON: it holds no newline.
			if _, err := w.Write(append(append([]byte("data: "), msg...), '\n', '\n')); err != nil {
				return
			}
			flusher.Flush()
			sent, has = version, drawn
		}
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case <-wake:
		case <-tick.C:
			if _, err := w.Write([]byte(": keep-alive\n\n")); err != nil {
				return
			}
			flusher.Flush()
		}
	}
}
