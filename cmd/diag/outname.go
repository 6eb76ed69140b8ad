package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// checkPictureName returns why out cannot name the picture diag compile
// writes, or "" when it can. diag writes SVG only: out must end in .svg
// (in any case), be "-" for standard output, or be an existing FIFO or
// device, which is written as it is. Any other name, such as pic.png or
// pic with no extension, would get SVG under a name that says otherwise.
func checkPictureName(out string) string {
	if out == "-" || strings.EqualFold(filepath.Ext(out), ".svg") {
		return ""
	}
	if fi, err := os.Stat(out); err == nil && fi.Mode()&(os.ModeNamedPipe|os.ModeDevice|os.ModeCharDevice) != 0 {
		return ""
	}
	ext := filepath.Ext(out)
	svg := strings.TrimSuffix(out, ext) + ".svg"
	if ext == "" {
		return fmt.Sprintf("%s has no extension, and diag writes SVG only; name the picture %s, or use -o - for standard output", out, svg)
	}
	return fmt.Sprintf("%s: diag cannot write %s files, only SVG; name the picture %s, or use -o - for standard output (a converter such as rsvg-convert turns the SVG into %s)", out, ext, svg, strings.TrimPrefix(strings.ToUpper(ext), "."))
}

// fileExts are extensions of single files, which the folder that diag
// site writes should not carry.
var fileExts = []string{".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".html", ".htm", ".zip", ".tar", ".gz", ".tgz", ".json", ".js", ".css", ".txt", ".md", ".diag"}

// checkSiteName returns why out cannot name the folder diag site writes,
// or "" when it can: the site is a folder of files (index.html and the
// rest), so a name with the extension of one file, such as site.html or
// site.zip, is refused unless it is already a folder.
func checkSiteName(out string) string {
	if out == "-" {
		return "the site is a folder of files and cannot go to standard output; name a folder, such as -o public"
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return ""
	}
	ext := strings.ToLower(filepath.Ext(out))
	for _, e := range fileExts {
		if ext == e {
			return fmt.Sprintf("%s: diag site writes a folder (index.html and its files), not a %s file; name the folder, such as -o %s", out, ext, strings.TrimSuffix(out, filepath.Ext(out)))
		}
	}
	return ""
}
