package diagram

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a source file. Line and Col count from 1; Col counts
// characters (runes), not bytes. The zero Pos means "no position".
type Pos struct {
	File string
	Line int
	Col  int
}

// IsValid reports whether p names a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p as file:line:col.
func (p Pos) String() string {
	file := p.File
	if file == "" {
		file = "<input>"
	}
	if !p.IsValid() {
		return file
	}
	return fmt.Sprintf("%s:%d:%d", file, p.Line, p.Col)
}

// Error is a problem a user can cause and fix: a position, a message and a
// hint that says how to fix it.
type Error struct {
	Pos  Pos
	Msg  string
	Hint string
}

// Error formats e as "file:line:col: message" followed by the hint, if any.
func (e *Error) Error() string {
	if e.Hint == "" {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Pos.String() + ": " + e.Msg + " (" + e.Hint + ")"
}

// Errorf returns an *Error at pos with a formatted message and no hint.
func Errorf(pos Pos, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// ErrorList is a list of errors, sorted by position when reported.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(pos Pos, msg, hint string) {
	*l = append(*l, &Error{Pos: pos, Msg: msg, Hint: hint})
}

// Sort orders the list by file, line and column, keeping the order of
// errors at the same position.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Err returns nil for an empty list and the list itself otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Errors returns the positioned errors that err holds: an ErrorList, or
// one *Error as a list of one. ok is false when err holds neither.
func Errors(err error) (list ErrorList, ok bool) {
	var one *Error
	switch {
	case errors.As(err, &list):
		return list, true
	case errors.As(err, &one):
		return ErrorList{one}, true
	}
	return nil, false
}

// Error joins the messages of all errors, one per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}
