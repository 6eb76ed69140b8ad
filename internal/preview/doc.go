// Package preview serves a live preview of .diag files on a local address,
// for diag watch.
//
// A Server watches one file, or every .diag file under a folder, with
// fsnotify. Its page for a file shows the file's picture and keeps a
// Server-Sent Events stream open: when the file is saved the Server
// compiles it again, after the burst of events an editor's save makes has
// settled (Options.Debounce), and pushes the new picture down the stream;
// the page swaps it in without reloading, keeping its zoom and the time of
// its animation. A compile error is pushed as text, with the source line
// and caret, and the page shows it above the last good picture, which
// stays until the file compiles again.
//
// The Server serves only the watched files. A request names a file by its
// slash path relative to the watched folder, and a name with a "..", "."
// or empty segment, an escaped slash or dot that decodes to one, or a name
// that is not a .diag file is refused; the file is opened through os.Root,
// so a symbolic link that leads out of the folder is refused too. In file
// mode only the one file is served. Requests whose Host is not a loopback
// name are refused, so that a web page cannot reach the server through a
// name that resolves to 127.0.0.1.
//
// Routes:
//
//	/                 the list of files (folder mode) or the file's page
//	/view/NAME.diag   the page of one file
//	/events/NAME.diag its Server-Sent Events stream
//	/svg/NAME.diag    its last good picture
//	/_/watch.js, /_/watch.css  the page's script and styles
//
// The package knows nothing about how a diagram is compiled: the caller
// passes the compiler and the error formatter in Options.
package preview
