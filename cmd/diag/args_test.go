package main

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseArgs(t *testing.T) {
	type parsed struct {
		Positional []string
		Out        string
		Quiet      bool
		Err        string
	}
	tests := []struct {
		args []string
		want parsed
	}{
		{nil, parsed{}},
		{[]string{"a.diag"}, parsed{Positional: []string{"a.diag"}}},
		{[]string{"-o", "x.svg", "a.diag"}, parsed{Positional: []string{"a.diag"}, Out: "x.svg"}},
		{[]string{"a.diag", "-o", "x.svg"}, parsed{Positional: []string{"a.diag"}, Out: "x.svg"}},
		{[]string{"a.diag", "--o=x.svg", "b.diag"}, parsed{Positional: []string{"a.diag", "b.diag"}, Out: "x.svg"}},
		{[]string{"a.diag", "-q", "b.diag"}, parsed{Positional: []string{"a.diag", "b.diag"}, Quiet: true}},
		{[]string{"-", "-o", "-"}, parsed{Positional: []string{"-"}, Out: "-"}},
		{[]string{"-o", "--", "a.diag"}, parsed{Positional: []string{"a.diag"}, Out: "--"}},
		{[]string{"a.diag", "--", "-q", "-o"}, parsed{Positional: []string{"a.diag", "-q", "-o"}}},
		{[]string{"a.diag", "-q=false"}, parsed{Positional: []string{"a.diag"}}},
		{[]string{"a.diag", "-o"}, parsed{Err: "flag needs an argument: -o"}},
		{[]string{"a.diag", "-x"}, parsed{Err: "flag provided but not defined: -x"}},
		{[]string{"a.diag", "-h"}, parsed{Err: "flag: help requested"}},
	}
	for _, tt := range tests {
		fs := newFlagSet("test")
		out := fs.String("o", "", "output")
		quiet := fs.Bool("q", false, "quiet")
		positional, err := parseArgs(fs, tt.args)
		got := parsed{Positional: positional, Out: *out, Quiet: *quiet}
		if err != nil {
			got = parsed{Err: err.Error()}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parseArgs(%q) mismatch (-want +got):\n%s", tt.args, diff)
		}
	}
}

func TestFrameFlag(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"2.5s", 2500 * time.Millisecond, false},
		{"800ms", 800 * time.Millisecond, false},
		{"2.5", 2500 * time.Millisecond, false},
		{"0", 0, false},
		{"-1s", 0, true},
		{"-2", 0, true},
		{"soon", 0, true},
		{"NaN", 0, true},
		{"1e300", 0, true},
	}
	for _, tt := range tests {
		var f frameFlag
		err := f.Set(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("frameFlag.Set(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if err == nil && (f.d != tt.want || !f.set) {
			t.Errorf("frameFlag.Set(%q) = %v (set %v), want %v (set true)", tt.in, f.d, f.set, tt.want)
		}
	}
}

func TestSVGName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a.diag", "a.svg"},
		{"dir/a.b.diag", "dir/a.b.svg"},
		{"noext", "noext.svg"},
		{"x.txt", "x.svg"},
	}
	for _, tt := range tests {
		if got := svgName(tt.in); got != tt.want {
			t.Errorf("svgName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriteFlags checks the flag listing of help: one dash for one-letter
// names, two for longer ones.
func TestWriteFlags(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.String("o", "", "write to `FILE`")
	fs.Bool("no-font", false, "leave the font out")
	var b strings.Builder
	writeFlags(&b, fs)
	want := "  --no-font        leave the font out\n  -o FILE          write to FILE\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("writeFlags mismatch (-want +got):\n%s", diff)
	}
}
