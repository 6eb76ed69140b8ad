package animate

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/scene"
)

// Hold is how long the complete picture stands at the end of a loop before
// it starts again, in seconds.
const Hold = 3.0

// Settle is how long elements take, after the last step, to return to the
// complete picture (an element hidden or moved by the script fades or
// glides back), in seconds. The hold starts after it.
const Settle = 0.5

// Reset is how long, at the very end of a loop after the hold, elements
// take to return to their first frame, so the next loop starts smoothly.
const Reset = 0.4

// fade is the length of a fade in seconds (shortened to fit a short slot).
const fade = 0.5

// dimOpacity is the opacity of a dimmed element.
const dimOpacity = 0.3

// Limits caps the work of Build, so that no script within the model's
// counts makes minutes of work or a style sheet of hundreds of megabytes.
// A zero field takes its default.
type Limits struct {
	// MaxKeyframes caps the keyframes the script makes: every action adds
	// one or a few to each element it animates, so a trace of a whole graph
	// adds them to every edge, in every step that traces it.
	MaxKeyframes int
	// Raise, when set, gives the last words of the hint of an error that
	// reports a limit: how to raise the limit.
	// When nil, the hint says to raise the Limits field.
	Raise func(limit diagram.Limit) string
}

// DefaultMaxKeyframes is the default of Limits.MaxKeyframes: at it, Build
// and the style sheet take a fraction of a second and a few megabytes.
const DefaultMaxKeyframes = 100_000

// Build compiles a script against the laid-out scene within the default
// limits; see BuildWithin.
func Build(script *diagram.Script, sc *scene.Scene) (*Timeline, error) {
	return BuildWithin(script, sc, Limits{})
}

// BuildWithin compiles a script against the laid-out scene.
//
// Steps run one after another, each for its duration. The actions of a step
// run in order, each in an equal share (a slot) of the step; a together
// block runs its actions in one slot at once. A delay starts an action that
// much later within its slot. Fades take half a second (less in a short
// slot); highlight, flow, trace, move and count fill the rest of their slot.
//
// Every target must name an element of the scene; the dsl has checked the
// names, so a missing one here is reported with the action's position. To
// address the inner path or text of a traced or counted element, Build
// gives that path or text an id (derived from the target's) when it has
// none; the timeline keeps these ids (Timeline.ID) and the scene is left
// as it was: Build only reads it.
//
// A script that makes more keyframes than lim.MaxKeyframes is refused at
// the action that passes the limit, and nothing after it is built.
// Keys between two keys of their own value are dropped, which changes no
// frame.
func BuildWithin(script *diagram.Script, sc *scene.Scene, lim Limits) (*Timeline, error) {
	tl := &Timeline{}
	if script == nil || len(script.Steps) == 0 {
		return tl, nil
	}
	if lim.MaxKeyframes <= 0 {
		lim.MaxKeyframes = DefaultMaxKeyframes
	}
	b := &builder{scene: sc, channels: map[chanKey]*channel{}, names: map[scene.Item]string{}, lim: lim, scriptPos: script.Pos,
		turns: planTurns(script)}
	b.hideUntilStep(script)
	t := 0.0
	for i, st := range script.Steps {
		d := max(st.Duration.Seconds(), 0) // a model built in Go may hold anything
		tl.Captions = append(tl.Captions, Caption{Text: st.Caption, Start: t, End: t + d, Index: i + 1})
		n := len(st.Actions)
		for j, a := range st.Actions {
			s := t + d*float64(j)/float64(n)
			e := t + d*float64(j+1)/float64(n)
			b.action(a, s, e)
		}
		t += d
	}
	b.current = nil // what follows belongs to the script as a whole
	b.followEnds()
	tl.Loop = script.Loop
	tl.End = t
	tl.Period = math.Round((t+Settle)*1000) / 1000
	reset := 0.0
	if script.Loop {
		tl.Period += Hold + Reset
		reset = Reset
	}
	b.readingPath(tl)
	if len(b.errs) > 0 {
		b.errs.Sort()
		return nil, b.errs
	}
	for _, c := range b.order {
		tl.Tracks = append(tl.Tracks, Track{
			Target:     c.target,
			Prop:       c.prop,
			Keys:       mergeEqual(quantize(c.keys(tl.End, Settle, tl.Period, reset), tl.Period)),
			Origin:     c.origin,
			DashLen:    c.dashLen,
			Shapes:     c.shapes,
			KeepStroke: c.keepStroke,
			Fallback:   c.fallback,
		})
	}
	tl.Overlays = b.overlays
	tl.names = b.names
	return tl, nil
}

// chanKey names one property of one element; a fallback channel is used
// only where the browser cannot animate a path's shape.
type chanKey struct {
	target   string
	prop     Prop
	fallback bool
}

type builder struct {
	scene    *scene.Scene
	channels map[chanKey]*channel
	order    []*channel // in order of creation, for a stable output
	overlays []scene.Item
	names    map[scene.Item]string // ids given to elements of the scene without one
	given    map[string]bool       // the ids in names
	seq      int                   // segments made so far
	effects  int                   // overlay effects made so far, for their ids
	errs     diagram.ErrorList
	// lim holds the limits; keys counts the keyframes made so far, and
	// over says they passed lim.MaxKeyframes, at the action current (or,
	// when it is nil, at the script, scriptPos).
	lim       Limits
	keys      int
	over      bool
	current   *diagram.Action
	scriptPos diagram.Pos
	// turns holds, for every element a rotate or scale acts on, its
	// transform before the first of them and after each (see turns).
	turns *turns
}

// channel returns the channel of a property of an element, making it with
// the given initial and still values when it is new.
func (b *builder) channel(target string, prop Prop, initial, base Value) *channel {
	k := chanKey{target: target, prop: prop}
	if c, ok := b.channels[k]; ok {
		return c
	}
	c := &channel{target: target, prop: prop, initial: initial, base: base}
	b.channels[k] = c
	b.order = append(b.order, c)
	return c
}

// add appends a segment to a channel and counts its keyframes (its keys,
// and the one that holds the value until it starts); past the keyframe
// limit it reports the current action and adds nothing more.
func (b *builder) add(c *channel, s segment) {
	if b.over {
		return
	}
	b.keys += (len(s.Keys) + 1) * max(c.weight, 1)
	if b.keys > b.lim.MaxKeyframes {
		b.over = true
		raise := "or raise the limit with Limits." + string(diagram.LimitKeyframes)
		if b.lim.Raise != nil {
			raise = b.lim.Raise(diagram.LimitKeyframes)
		}
		pos := b.scriptPos
		if b.current != nil {
			pos = b.current.Pos
		}
		b.errs.Add(pos, fmt.Sprintf("the animation makes more than %d keyframes", b.lim.MaxKeyframes),
			"animate fewer elements in fewer steps (an action on a whole graph animates every edge of it), "+raise)
		return
	}
	b.seq++
	s.seq = b.seq
	c.segs = append(c.segs, s)
}

// overlay adds an overlay group and returns its id. The group is hidden in
// the still picture; the caller animates its opacity.
func (b *builder) overlay(kind string, items ...scene.Item) string {
	b.effects++
	id := "~" + kind + strconv.Itoa(b.effects)
	b.overlays = append(b.overlays, &scene.Group{ID: id, Kind: scene.KindOverlay, Items: items})
	return id
}

// idOf returns the id an element of the scene goes by: its own, or the
// one the timeline gave it.
func (b *builder) idOf(it scene.Item) string {
	if id := scene.IDOf(it); id != "" {
		return id
	}
	return b.names[it]
}

// name returns the id an element of the scene goes by, first giving it id
// when it has none. The scene itself is never changed: the ids given live
// in the timeline.
func (b *builder) name(it scene.Item, id string) string {
	if own := b.idOf(it); own != "" {
		return own
	}
	for n := 2; b.given[id]; n++ {
		id = strings.TrimRight(id, "0123456789") + strconv.Itoa(n)
	}
	if b.given == nil {
		b.given = map[string]bool{}
	}
	b.names[it] = id
	b.given[id] = true
	return id
}

// find returns the element named id, or reports that it is missing.
func (b *builder) find(a *diagram.Action, id string) scene.Item {
	it := b.scene.Find(id)
	if it == nil {
		b.errs.Add(a.Pos, fmt.Sprintf("no element %q to %s", id, a.Kind), "name a node, edge, group or mark declared in the diagram")
	}
	return it
}

// findFirst returns the first target of a, an action that moves or counts
// one element, and that element; it is nil when a has no target or the
// element is missing (reported).
func (b *builder) findFirst(a *diagram.Action) (string, scene.Item) {
	if len(a.Targets) == 0 {
		return "", nil
	}
	return a.Targets[0], b.find(a, a.Targets[0])
}

// action schedules one action in the slot [s, e].
func (b *builder) action(a *diagram.Action, s, e float64) {
	if b.over {
		return
	}
	b.current = a
	start := min(s+max(a.Delay.Seconds(), 0), e)
	switch a.Kind {
	case diagram.Together:
		for _, c := range a.Actions {
			b.action(c, start, e)
		}
	case diagram.Show, diagram.Hide, diagram.Dim:
		for _, id := range a.Targets {
			if b.find(a, id) != nil {
				b.fadeTo(id, a.Kind, start, min(start+fade, e), a.Easing)
			}
		}
	case diagram.Highlight:
		for _, id := range a.Targets {
			if it := b.find(a, id); it != nil {
				b.highlight(it, start, e, a.Easing)
			}
		}
	case diagram.Flow:
		b.flow(a, start, e)
	case diagram.Trace:
		for _, id := range a.Targets {
			if it := b.find(a, id); it != nil {
				b.trace(a, id, it, start, e)
			}
		}
	case diagram.MoveAlong, diagram.MoveTo:
		b.move(a, start, e)
	case diagram.Count:
		b.count(a, start, e)
	case diagram.Sweep:
		b.sweep(a, start, e)
	case diagram.Grow:
		for _, id := range a.Targets {
			if it := b.find(a, id); it != nil {
				b.grow(a, id, it, start, e)
			}
		}
	case diagram.Rotate, diagram.Scale:
		b.turn(a, start, e)
	case diagram.Morph:
		b.morph(a, start, e)
	default:
		b.errs.Add(a.Pos, "the action \""+a.Kind.String()+"\" cannot be animated", "use show, hide, dim, highlight, flow, trace, move, count, grow, rotate, scale, morph or sweep")
	}
}

// fadeTo fades an element's opacity to the value of a show, hide or dim
// between t and end.
func (b *builder) fadeTo(id string, kind diagram.ActionKind, t, end float64, ease diagram.Easing) {
	// Before its first action an element is hidden if the action reveals
	// it, and visible otherwise.
	initial := Value{Opacity: 1}
	if kind == diagram.Show {
		initial.Opacity = 0
	}
	c := b.channel(id, Opacity, initial, Value{Opacity: 1})
	v := 1.0
	switch kind {
	case diagram.Hide:
		v = 0
	case diagram.Dim:
		v = dimOpacity
	}
	b.add(c, segment{T0: t, Ease: ease, Keys: []Key{{T: end, V: Value{Opacity: v}, Ease: diagram.Linear}}})
}

// showDuring makes an overlay visible between s and e, fading in and out
// over in seconds (0 for a cut).
func (b *builder) showDuring(id string, s, e, in float64) {
	c := b.channel(id, Opacity, Value{}, Value{})
	in = min(in, (e-s)/2)
	on := Value{Opacity: 1}
	if in <= 0 {
		b.add(c, segment{T0: s, Keys: []Key{{T: s, V: on}}})
		b.add(c, segment{T0: e, Keys: []Key{{T: e, V: Value{}}}})
		return
	}
	b.add(c, segment{T0: s, Ease: diagram.EaseInOut, Keys: []Key{
		{T: s + in, V: on, Ease: diagram.Linear},
		{T: e - in, V: on, Ease: diagram.EaseInOut},
		{T: e, V: Value{}, Ease: diagram.Linear},
	}})
}

// Resolution is the smallest gap between two keyframes, as a fraction of
// the period. The style sheet writes offsets to a millionth of a percent,
// finer than this, so Timeline.At and the browser see the same keyframes.
const Resolution = 1e-6

// mergeEqual drops every key between two keys of the same value when it
// has that value too: the property holds it all the while, whatever the
// easing, so no frame changes. A trace repeated in many steps, or a show
// of what is shown, would otherwise write a keyframe for every step.
func mergeEqual(keys []Key) []Key {
	out := keys[:0:0]
	for i, k := range keys {
		if i > 0 && i < len(keys)-1 && keys[i-1].V == k.V && keys[i+1].V == k.V {
			continue
		}
		out = append(out, k)
	}
	return out
}

// quantize keeps key times strictly increasing by at least Resolution of
// the period, with the first key at 0 and the last at the period's end.
func quantize(keys []Key, period float64) []Key {
	if period <= 0 {
		return keys
	}
	gap := Resolution * period
	out := make([]Key, 0, len(keys))
	for i, k := range keys {
		switch {
		case i == 0:
			k.T = 0
		case i == len(keys)-1:
			k.T = period
		}
		if n := len(out); n > 0 && k.T < out[n-1].T+gap {
			if i == len(keys)-1 {
				// Keys crowd at the end: the last one wins.
				out = out[:n-1]
			} else {
				k.T = out[n-1].T + gap
			}
		}
		if k.T > period {
			continue
		}
		out = append(out, k)
	}
	return out
}
