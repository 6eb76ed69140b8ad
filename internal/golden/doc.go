// Package golden compares test output with golden files kept beside the
// tests, and rewrites them on request.
//
// A golden file is rewritten, instead of compared, when the test binary runs
// with -update (registered by this package, so every test package that
// imports it accepts the flag) or with the environment variable
// UPDATE_GOLDEN=1 (which works for go test ./... across packages that do not
// import this one):
//
//	go test ./svg -update
//	UPDATE_GOLDEN=1 go test ./...
//
// CheckSVG compares SVG text with embedded base64 font data replaced by a
// short hash of it, so a mismatch shows as a readable line diff and not as
// a wall of base64.
package golden
