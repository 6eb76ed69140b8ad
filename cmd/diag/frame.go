package main

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// maxFrameSeconds bounds a --frame given in plain seconds, far beyond any
// animation and well inside time.Duration.
const maxFrameSeconds = 1e6

// frameFlag is the value of --frame: a moment of the animation.
type frameFlag struct {
	d   time.Duration
	set bool
}

// String returns the flag's value in Go duration syntax.
func (f *frameFlag) String() string {
	if !f.set {
		return ""
	}
	return f.d.String()
}

// Set parses a duration such as "2.5s" or "800ms", or a plain number of
// seconds such as "2.5".
func (f *frameFlag) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		secs, numErr := strconv.ParseFloat(s, 64)
		if numErr != nil || math.IsNaN(secs) || math.IsInf(secs, 0) || math.Abs(secs) > maxFrameSeconds {
			return fmt.Errorf("want a time such as 2.5s, 800ms or 2.5, not %q", s)
		}
		d = time.Duration(secs * float64(time.Second))
	}
	if d < 0 {
		return fmt.Errorf("want a time of zero or more, not %q", s)
	}
	f.d, f.set = d, true
	return nil
}
