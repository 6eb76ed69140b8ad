package icon

import (
	"fmt"
	"strconv"
)

// parsePath converts SVG path data into absolute operations.
//
// It accepts the commands M, L, H, V, C, S, Q, T, A and Z in both absolute
// (upper case) and relative (lower case) form, with implicit repetition of
// the previous command and the compact number syntax of SVG ("1.5.5",
// "2-3", compact arc flags "011"). The result uses only 'M', 'L', 'C' and
// 'Z': horizontal and vertical lines become lines, quadratic curves become
// the equal cubic curves, and elliptical arcs become cubic curves spanning
// at most 90° each. After a 'Z' that is followed by drawing, an explicit
// 'M' to the start of the closed subpath is emitted.
func parsePath(d string) ([]Op, error) {
	p := pathParser{s: d}
	return p.parse()
}

// pathParser holds the state of one parsePath call.
type pathParser struct {
	s   string
	pos int
	ops []Op

	cur, start point // current point and start of the current subpath
	ctrl       point // last control point, for S and T reflection
	prev       byte  // previous command, upper case
	needMove   bool  // a 'Z' ended the subpath; drawing must move first
	overflow   bool  // a coordinate became infinite or NaN
}

// point is a point in icon grid units.
type point struct{ x, y float64 }

func (p *pathParser) parse() ([]Op, error) {
	var cmd byte
	for {
		p.skipSeparators()
		if p.pos >= len(p.s) {
			break
		}
		c := p.s[p.pos]
		switch {
		case isCommand(c):
			cmd = c
			p.pos++
		case cmd == 0:
			return nil, p.errorf("path must start with a command, found %q", c)
		case cmd == 'Z' || cmd == 'z':
			return nil, p.errorf("unexpected %q after close", c)
		case cmd == 'M':
			cmd = 'L' // implicit repetition of a move draws lines
		case cmd == 'm':
			cmd = 'l'
		}
		if len(p.ops) == 0 && cmd != 'M' && cmd != 'm' {
			return nil, p.errorf("path must start with a move, found %q", cmd)
		}
		if err := p.command(cmd); err != nil {
			return nil, err
		}
	}
	return p.ops, nil
}

// command reads the arguments of one command and emits its operations.
func (p *pathParser) command(cmd byte) error {
	rel := cmd >= 'a'
	up := cmd
	if rel {
		up -= 'a' - 'A'
	}
	var base point
	if rel {
		base = p.cur
	}
	nums, err := p.numbers(up)
	if err != nil {
		return err
	}
	at := func(i int) point { return point{base.x + nums[i], base.y + nums[i+1]} }

	if up != 'M' && up != 'Z' && p.needMove {
		p.emit('M', p.start)
	}
	p.needMove = false
	switch up {
	case 'M':
		pt := at(0)
		p.emit('M', pt)
		p.start = pt
		p.cur = pt
	case 'L':
		p.cur = at(0)
		p.emit('L', p.cur)
	case 'H':
		x := nums[0]
		if rel {
			x += p.cur.x
		}
		p.cur = point{x, p.cur.y}
		p.emit('L', p.cur)
	case 'V':
		y := nums[0]
		if rel {
			y += p.cur.y
		}
		p.cur = point{p.cur.x, y}
		p.emit('L', p.cur)
	case 'C':
		c1, c2, end := at(0), at(2), at(4)
		p.emit('C', c1, c2, end)
		p.cur, p.ctrl = end, c2
	case 'S':
		c1 := p.reflect('C', 'S')
		c2, end := at(0), at(2)
		p.emit('C', c1, c2, end)
		p.cur, p.ctrl = end, c2
	case 'Q':
		q, end := at(0), at(2)
		p.quad(q, end)
		p.ctrl = q
	case 'T':
		q := p.reflect('Q', 'T')
		p.quad(q, at(0))
		p.ctrl = q
	case 'A':
		end := at(5)
		if end != p.cur { // an arc to its own start draws nothing
			curves := arcToCubics(p.cur, end, nums[0], nums[1], nums[2], nums[3] != 0, nums[4] != 0)
			if curves == nil {
				p.emit('L', end) // a degenerate arc is a line
			}
			for _, c := range curves {
				p.emit('C', c[0], c[1], c[2])
			}
		}
		p.cur = end
	case 'Z':
		p.ops = append(p.ops, Op{Cmd: 'Z'})
		p.cur = p.start
		p.needMove = true
	}
	if up != 'C' && up != 'S' && up != 'Q' && up != 'T' {
		p.ctrl = p.cur // only curves leave a control point to reflect
	}
	p.prev = up
	if p.overflow {
		return p.errorf("coordinates out of range")
	}
	return nil
}

// reflect returns the first control point of a smooth curve: the reflection
// of the last control point when the previous command was a or b, and the
// current point otherwise.
func (p *pathParser) reflect(a, b byte) point {
	if p.prev != a && p.prev != b {
		return p.cur
	}
	return point{2*p.cur.x - p.ctrl.x, 2*p.cur.y - p.ctrl.y}
}

// quad emits the quadratic curve from the current point through control
// point q to end as the equal cubic curve.
func (p *pathParser) quad(q, end point) {
	c1 := point{p.cur.x + 2.0/3*(q.x-p.cur.x), p.cur.y + 2.0/3*(q.y-p.cur.y)}
	c2 := point{end.x + 2.0/3*(q.x-end.x), end.y + 2.0/3*(q.y-end.y)}
	p.emit('C', c1, c2, end)
	p.cur = end
}

// emit appends one operation with the given points as arguments.
func (p *pathParser) emit(cmd byte, pts ...point) {
	args := make([]float64, 0, 2*len(pts))
	for _, pt := range pts {
		args = append(args, pt.x, pt.y)
		if !finite(pt.x, pt.y) {
			p.overflow = true
		}
	}
	p.ops = append(p.ops, Op{Cmd: cmd, Args: args})
}

// argCount is the number of arguments each command takes.
var argCount = map[byte]int{
	'M': 2, 'L': 2, 'H': 1, 'V': 1, 'C': 6, 'S': 4, 'Q': 4, 'T': 2, 'A': 7, 'Z': 0,
}

func isCommand(c byte) bool {
	switch c {
	case 'M', 'm', 'L', 'l', 'H', 'h', 'V', 'v', 'C', 'c', 'S', 's',
		'Q', 'q', 'T', 't', 'A', 'a', 'Z', 'z':
		return true
	}
	return false
}

// numbers reads the arguments of one command whose upper-case letter is up.
func (p *pathParser) numbers(up byte) ([]float64, error) {
	n := argCount[up]
	nums := make([]float64, n)
	for i := range n {
		p.skipSeparators()
		if up == 'A' && (i == 3 || i == 4) {
			f, err := p.flag()
			if err != nil {
				return nil, err
			}
			nums[i] = f
			continue
		}
		f, err := p.number()
		if err != nil {
			return nil, err
		}
		nums[i] = f
	}
	return nums, nil
}

// flag reads an arc flag: a single '0' or '1'.
func (p *pathParser) flag() (float64, error) {
	if p.pos < len(p.s) {
		switch p.s[p.pos] {
		case '0':
			p.pos++
			return 0, nil
		case '1':
			p.pos++
			return 1, nil
		}
	}
	return 0, p.errorf("arc flag must be 0 or 1")
}

// number reads one number in SVG syntax: an optional sign, digits with at
// most one decimal point, and an optional exponent.
func (p *pathParser) number() (float64, error) {
	start := p.pos
	i := p.pos
	if i < len(p.s) && (p.s[i] == '+' || p.s[i] == '-') {
		i++
	}
	digits, dot := 0, false
	for i < len(p.s) {
		c := p.s[i]
		if c >= '0' && c <= '9' {
			digits++
		} else if c == '.' && !dot {
			dot = true
		} else {
			break
		}
		i++
	}
	if digits == 0 {
		return 0, p.errorf("expected a number")
	}
	if i < len(p.s) && (p.s[i] == 'e' || p.s[i] == 'E') {
		j := i + 1
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		if j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
			for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	f, err := strconv.ParseFloat(p.s[start:i], 64)
	if err != nil {
		return 0, p.errorf("bad number %q", p.s[start:i])
	}
	p.pos = i
	return f, nil
}

func (p *pathParser) skipSpace() {
	for p.pos < len(p.s) && isSpace(p.s[p.pos]) {
		p.pos++
	}
}

// skipSeparators skips white space and at most one comma.
func (p *pathParser) skipSeparators() {
	p.skipSpace()
	if p.pos < len(p.s) && p.s[p.pos] == ',' {
		p.pos++
		p.skipSpace()
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func (p *pathParser) errorf(format string, args ...any) error {
	return fmt.Errorf("path offset %d: %s", p.pos, fmt.Sprintf(format, args...))
}
