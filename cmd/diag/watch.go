package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/aiprep/diag"
	"github.com/aiprep/diag/curriculum"
	"github.com/aiprep/diag/internal/preview"
)

// defaultWatchPort is the port diag watch tries first when --port is not
// given; when it is taken, any free port is used.
const defaultWatchPort = 7700

var watchCommand = &command{
	name:        "watch",
	synopsis:    "FILE.diag|DIR [--port N]",
	summary:     "preview a file or a folder in the browser, redrawn on save",
	ownsSignals: true,
	longLived:   true,
	details: `Serve a live preview of FILE.diag, or of every .diag file under DIR, at
http://127.0.0.1:PORT/ and print that address. Open it in a browser: each
time a file is saved, its page gets the new picture without reloading and
keeps its zoom and the place of its animation. A save that does not
compile shows its errors, with the source line and a caret, above the
last picture that did. Messages go to standard error as well.

The server listens on 127.0.0.1 only and serves the watched .diag files
and nothing else: no other file, nothing outside the folder (a ".." or a
symbolic link that leads out is refused). Without --port it uses port
7700, or a free one when 7700 is taken. Ctrl-C stops it.`,
	setup: func(fs *flag.FlagSet) func(*cli, []string) int {
		port := fs.Int("port", defaultWatchPort, "listen on `PORT` of 127.0.0.1 (0 picks a free one)")
		limits := limitFlags(fs)
		return func(c *cli, args []string) int {
			if len(args) != 1 {
				return c.usageError("want one file or folder, got %d", len(args))
			}
			if *port < 0 || *port > 65535 {
				return c.usageError("--port %d is not a port; use 1 to 65535, or 0 for any free port", *port)
			}
			portSet := false
			fs.Visit(func(f *flag.Flag) { portSet = portSet || f.Name == "port" })
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return c.watch(ctx, args[0], *port, !portSet, *limits, nil)
		}
	},
}

// watch serves the preview of path on 127.0.0.1:port until ctx is done;
// with fallback, a taken port gives way to a free one. ready, when not
// nil, is called with the address once the server listens.
func (c *cli) watch(ctx context.Context, path string, port int, fallback bool, limits diag.Limits, ready func(url string)) int {
	srv, err := preview.New(preview.Options{
		Path: path,
		Compile: func(name string, src []byte) ([]byte, error) {
			return diag.Compile(name, src, diag.Options{Limits: limits, Sheets: curriculum.Catalog{}})
		},
		FormatError: func(src []byte, err error) string {
			var list diag.ErrorList
			var one *diag.Error
			if errors.As(err, &list) || errors.As(err, &one) {
				return diag.FormatError(src, err)
			}
			return err.Error() + "\n"
		},
		MaxSource: limits.MaxSource,
		Log:       func(line string) { fmt.Fprintln(c.stderr, line) },
	})
	if err != nil {
		fmt.Fprintf(c.stderr, "diag watch: %v\n", err)
		return exitInput
	}
	defer srv.Close()

	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil && fallback {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "diag watch: %v\n    hint: pick another port with --port N, or --port 0 for any free one\n", err)
		return exitInput
	}
	url := "http://" + ln.Addr().String() + "/"
	if only := srv.Only(); only != "" {
		url += "view/" + only
	}
	httpSrv := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- httpSrv.Serve(ln) }()
	watched := make(chan error, 1)
	go func() { watched <- srv.Run() }()
	fmt.Fprintf(c.stdout, "diag watch: %s\n", url)
	fmt.Fprintf(c.stderr, "Watching %s; open %s in a browser. Ctrl-C stops.\n", path, url)
	if ready != nil {
		ready(url)
	}

	code := exitOK
	select {
	case <-ctx.Done():
	case err := <-served:
		fmt.Fprintf(c.stderr, "diag watch: %v\n", err)
		code = exitInput
	case err := <-watched:
		if err != nil {
			fmt.Fprintf(c.stderr, "diag watch: %v\n", err)
			code = exitInput
		}
	}
	// Closing the preview ends the pages' streams, so that Shutdown does
	// not wait for them.
	srv.Close()
	shutCtx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := httpSrv.Shutdown(shutCtx); err != nil {
		httpSrv.Close()
	}
	if code == exitOK {
		fmt.Fprintln(c.stderr, "diag watch: stopped")
	}
	return code
}
