package icon

import "fmt"

// source is the written form of one built-in icon: the path data of its
// stroked outline and, optionally, of its small filled dots.
type source struct {
	name   string
	stroke string // stroked path data
	dots   string // filled path data, or empty
}

// sourceError reports a problem in a built-in icon's source.
type sourceError struct {
	name string
	msg  string
}

func (e *sourceError) Error() string {
	return fmt.Sprintf("icon %q: %s", e.name, e.msg)
}

// parse converts the source into an Icon.
func (s source) parse() (*Icon, error) {
	ic := &Icon{Name: s.name}
	for _, p := range []struct {
		data string
		fill bool
	}{{s.stroke, false}, {s.dots, true}} {
		if p.data == "" {
			continue
		}
		ops, err := parsePath(p.data)
		if err != nil {
			return nil, &sourceError{name: s.name, msg: err.Error()}
		}
		ic.Parts = append(ic.Parts, Part{Ops: ops, Fill: p.fill})
	}
	if len(ic.Parts) == 0 {
		return nil, &sourceError{name: s.name, msg: "no path data"}
	}
	return ic, nil
}
