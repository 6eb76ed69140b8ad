package preview

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeCompile draws a source as <svg>SOURCE</svg>, and fails on a source
// that holds "bad". It counts its calls.
type fakeCompile struct{ calls atomic.Int32 }

func (c *fakeCompile) compile(name string, src []byte) ([]byte, error) {
	c.calls.Add(1)
	if strings.Contains(string(src), "bad") {
		return nil, errors.New(name + ":1:1: bad input")
	}
	return []byte("<svg>" + string(src) + "</svg>"), nil
}

// write writes files under dir, making folders as needed.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// start starts a Server on path and an HTTP server for it, both closed
// when the test ends.
func start(t *testing.T, path string, c *fakeCompile) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(Options{Path: path, Compile: c.compile})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { s.Run(); close(done) }()
	hs := httptest.NewServer(s.Handler())
	t.Cleanup(func() {
		s.Close()
		hs.Close()
		<-done
	})
	return s, hs
}

// get requests the raw path from the handler, as a client that sends the
// path unchanged would, and returns the status and body.
func get(s *Server, raw string) (int, string) {
	r := httptest.NewRequest("GET", raw, nil)
	r.Host = "127.0.0.1:7700"
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, r)
	return w.Code, w.Body.String()
}

func TestRefusesNamesOutsideTheWatchedFiles(t *testing.T) {
	base := t.TempDir()
	write(t, base, map[string]string{
		"secret.diag":           "secret",
		"secret.txt":            "secret",
		"site/a.diag":           "picture a",
		"site/sub/b.diag":       "picture b",
		"site/notes.txt":        "not a diagram",
		"site/.hidden/c.diag":   "hidden",
		"site/sub/inside.diag2": "x",
	})
	dir := filepath.Join(base, "site")
	if err := os.Symlink(filepath.Join(base, "secret.diag"), filepath.Join(dir, "out.diag")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../../secret.diag", filepath.Join(dir, "sub", "rel-out.diag")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(base, filepath.Join(dir, "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.diag", filepath.Join(dir, "in.diag")); err != nil {
		t.Fatal(err)
	}
	s, _ := start(t, dir, &fakeCompile{})

	tests := []struct {
		path string
		code int
	}{
		{"/svg/a.diag", 200},
		{"/svg/sub/b.diag", 200},
		{"/svg/sub%2Fb.diag", 403},   // an escaped slash is not a separator
		{"/svg/in.diag", 200},        // a link that stays inside
		{"/svg/.hidden/c.diag", 200}, // hidden folders are not listed, but are in the folder
		{"/view/a.diag", 200},
		{"/svg/../secret.diag", 403},
		{"/svg/sub/../../secret.diag", 403},
		{"/svg/./a.diag", 403},
		{"/svg//a.diag", 403},
		{"/svg/" + filepath.ToSlash(filepath.Join(base, "secret.diag")), 403}, // absolute: "//…"
		{"/svg/%2e%2e/secret.diag", 403},
		{"/svg/%2E%2E/secret.diag", 403},
		{"/svg/sub/%2e%2e/%2e%2e/secret.diag", 403},
		{"/svg/%2e%2e%2fsecret.diag", 403},
		{"/svg/%2fetc%2fpasswd.diag", 403},
		{"/svg/..%5csecret.diag", 403},
		{"/svg/a.diag%00.txt", 403},
		{"/svg/out.diag", 403},         // absolute symlink out of the folder
		{"/svg/sub/rel-out.diag", 403}, // relative symlink out of the folder
		{"/svg/up/secret.diag", 403},   // through a linked folder
		{"/svg/notes.txt", 403},
		{"/svg/sub/inside.diag2", 403},
		{"/svg/sub", 403},
		{"/svg/", 403},
		{"/svg/missing.diag", 404},
		{"/etc/passwd", 404},
		{"/../secret.diag", 404},
	}
	for _, tt := range tests {
		code, body := get(s, tt.path)
		if code != tt.code {
			t.Errorf("GET %s = %d, want %d (%q)", tt.path, code, tt.code, body)
		}
		if strings.Contains(body, "secret") {
			t.Errorf("GET %s served the secret: %q", tt.path, body)
		}
	}
}

func TestFileModeServesOnlyTheFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"one.diag": "one", "two.diag": "two"})
	s, _ := start(t, filepath.Join(dir, "one.diag"), &fakeCompile{})
	if code, body := get(s, "/svg/one.diag"); code != 200 || body != "<svg>one</svg>" {
		t.Errorf("GET /svg/one.diag = %d %q", code, body)
	}
	if code, _ := get(s, "/svg/two.diag"); code != 403 {
		t.Errorf("GET /svg/two.diag = %d, want 403", code)
	}
	if code, _ := get(s, "/"); code != http.StatusFound {
		t.Errorf("GET / = %d, want a redirect to the file's page", code)
	}
}

func TestRefusesOtherHosts(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.diag": "a"})
	s, _ := start(t, dir, &fakeCompile{})
	for host, want := range map[string]int{
		"127.0.0.1:7700":    200,
		"localhost:7700":    200,
		"[::1]:7700":        200,
		"evil.example:7700": 403,
		"10.0.0.1:7700":     403,
	} {
		r := httptest.NewRequest("GET", "/svg/a.diag", nil)
		r.Host = host
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, r)
		if w.Code != want {
			t.Errorf("Host %s: %d, want %d", host, w.Code, want)
		}
	}
}

func TestIndexListsFilesByFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"z.diag": "", "a.diag": "", "a/first.diag": "", "sub/b.diag": "", "sub/skip.txt": "", ".git/x.diag": "", "odd name.diag": ""})
	s, _ := start(t, dir, &fakeCompile{})
	code, body := get(s, "/")
	if code != 200 {
		t.Fatalf("GET / = %d", code)
	}
	for _, want := range []string{`href="/view/a.diag"`, `href="/view/odd%20name.diag"`, `href="/view/z.diag"`, `<h2>sub/</h2>`, `href="/view/sub/b.diag"`, "5 diagrams"} {
		if !strings.Contains(body, want) {
			t.Errorf("index lacks %s:\n%s", want, body)
		}
	}
	if i, j := strings.Index(body, `href="/view/z.diag"`), strings.Index(body, `<h2>sub/</h2>`); i > j {
		t.Errorf("the top folder's files are not listed before the sub-folders:\n%s", body)
	}
	if strings.Contains(body, ".git") || strings.Contains(body, "skip.txt") {
		t.Errorf("index lists a hidden folder or a file that is not a diagram:\n%s", body)
	}
	if code, _ := get(s, "/view/odd%20name.diag"); code != 200 {
		t.Errorf("GET of an escaped name = %d", code)
	}
}

// stream reads the messages of an event stream.
type stream struct {
	t    *testing.T
	body io.ReadCloser
	msgs chan state
}

func openStream(t *testing.T, url string) *stream {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "text/event-stream" {
		t.Fatalf("GET %s = %d %s", url, resp.StatusCode, ct)
	}
	st := &stream{t: t, body: resp.Body, msgs: make(chan state, 16)}
	go func() {
		defer close(st.msgs)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			data, ok := strings.CutPrefix(sc.Text(), "data: ")
			if !ok {
				continue
			}
			var m state
			if err := json.Unmarshal([]byte(data), &m); err != nil {
				t.Errorf("message %q: %v", data, err)
				return
			}
			st.msgs <- m
		}
	}()
	t.Cleanup(func() { resp.Body.Close() })
	return st
}

func (st *stream) next() state {
	st.t.Helper()
	select {
	case m, ok := <-st.msgs:
		if !ok {
			st.t.Fatal("the stream ended")
		}
		return m
	case <-time.After(5 * time.Second):
		st.t.Fatal("no message within 5 s")
	}
	return state{}
}

// save replaces the file as many editors do: write a temporary file, then
// rename it over the old one.
func save(t *testing.T, path, text string) {
	t.Helper()
	tmp := path + ".tmp~"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func TestPushesEachSave(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.diag": "first"})
	c := &fakeCompile{}
	_, hs := start(t, dir, c)
	st := openStream(t, hs.URL+"/events/a.diag")
	if m := st.next(); m.SVG != "<svg>first</svg>" || m.Error != "" || m.Drawn != m.Version {
		t.Fatalf("first message = %+v", m)
	}

	// A save in place and a save by rename both arrive.
	if err := os.WriteFile(filepath.Join(dir, "a.diag"), []byte("second"), 0o644); err != nil {
		t.Fatal(err)
	}
	if m := st.next(); m.SVG != "<svg>second</svg>" || m.Error != "" {
		t.Fatalf("after a save, message = %+v", m)
	}
	save(t, filepath.Join(dir, "a.diag"), "third")
	third := st.next()
	if third.SVG != "<svg>third</svg>" {
		t.Fatalf("after a save by rename, message = %+v", third)
	}

	// An error keeps the picture: the message says which picture to keep
	// and does not send it again.
	save(t, filepath.Join(dir, "a.diag"), "bad")
	m := st.next()
	if m.Error == "" || !strings.Contains(m.Error, "bad input") || m.SVG != "" || m.Drawn != third.Drawn {
		t.Fatalf("after a bad save, message = %+v; want the error and the picture of version %d", m, third.Drawn)
	}
	save(t, filepath.Join(dir, "a.diag"), "fixed")
	if m := st.next(); m.Error != "" || m.SVG != "<svg>fixed</svg>" {
		t.Fatalf("after the fix, message = %+v", m)
	}
	// The last good picture is what /svg serves.
	resp, err := http.Get(hs.URL + "/svg/a.diag")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "<svg>fixed</svg>" || resp.Header.Get("Content-Type") != "image/svg+xml" {
		t.Errorf("GET /svg = %q %s", body, resp.Header.Get("Content-Type"))
	}
}

func TestDebouncesASaveBurst(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.diag": "v0"})
	c := &fakeCompile{}
	_, hs := start(t, dir, c)
	st := openStream(t, hs.URL+"/events/a.diag")
	st.next()
	before := c.calls.Load()

	// An editor's save: truncate, write half, write the rest, then a
	// backup rename and the final rename, all within a few milliseconds.
	p := filepath.Join(dir, "a.diag")
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("ba")
	f.WriteString("d half")
	f.Close()
	save(t, p, "v1 whole")
	if m := st.next(); m.SVG != "<svg>v1 whole</svg>" || m.Error != "" {
		t.Fatalf("after the burst, message = %+v; want only the final file drawn", m)
	}
	if n := c.calls.Load() - before; n != 1 {
		t.Errorf("the burst compiled %d times, want 1", n)
	}
	// A save that changes nothing pushes nothing.
	save(t, p, "v1 whole")
	time.Sleep(100 * time.Millisecond)
	select {
	case m := <-st.msgs:
		t.Errorf("a save without change pushed %+v", m)
	default:
	}
}

func TestNewFoldersAreWatched(t *testing.T) {
	dir := t.TempDir()
	s, hs := start(t, dir, &fakeCompile{})
	write(t, dir, map[string]string{"later/deep/x.diag": "x1"})
	if code, _ := get(s, "/view/later/deep/x.diag"); code != 200 {
		t.Fatalf("a file in a new folder: %d", code)
	}
	st := openStream(t, hs.URL+"/events/later/deep/x.diag")
	if m := st.next(); m.SVG != "<svg>x1</svg>" {
		t.Fatalf("first message = %+v", m)
	}
	time.Sleep(50 * time.Millisecond) // the watch on the new folders is added as their events arrive
	save(t, filepath.Join(dir, "later", "deep", "x.diag"), "x2")
	if m := st.next(); m.SVG != "<svg>x2</svg>" {
		t.Fatalf("after a save in a new folder, message = %+v", m)
	}
}

func TestCloseEndsStreams(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.diag": "a"})
	s, hs := start(t, dir, &fakeCompile{})
	st := openStream(t, hs.URL+"/events/a.diag")
	st.next()
	s.Close()
	select {
	case _, ok := <-st.msgs:
		if ok {
			t.Error("a message after Close")
		}
	case <-time.After(5 * time.Second):
		t.Error("the stream stayed open after Close")
	}
}

func TestNewRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"notes.txt": "x"})
	for _, p := range []string{filepath.Join(dir, "notes.txt"), filepath.Join(dir, "missing.diag")} {
		if s, err := New(Options{Path: p, Compile: (&fakeCompile{}).compile}); err == nil {
			s.Close()
			t.Errorf("New(%s) did not fail", p)
		}
	}
}
