package animate

import (
	"fmt"

	"github.com/aiprep/diag/diagram"
	"github.com/aiprep/diag/layout"
)

// Hold is how long the complete picture stands at the end of a loop before
// it starts again, in seconds.
const Hold = 3.0

// fade is the length of a fade in seconds (shortened to fit a short step).
const fade = 0.5

// dimOpacity is the opacity of a dimmed element.
const dimOpacity = 0.3

// Build compiles a script against the laid-out scene. Every target must name
// an element of the scene; the dsl has checked the names, so a missing one
// here is reported with the action's position.
func Build(script *diagram.Script, scene *layout.Scene) (*Timeline, error) {
	tl := &Timeline{}
	if script == nil || len(script.Steps) == 0 {
		return tl, nil
	}
	b := &builder{scene: scene, opacity: map[string]*opacityTrack{}}
	t := 0.0
	for i, st := range script.Steps {
		d := st.Duration.Seconds()
		tl.Captions = append(tl.Captions, Caption{Text: st.Caption, Start: t, End: t + d, Index: i + 1})
		for _, a := range st.Actions {
			b.action(a, t, d)
		}
		t += d
	}
	tl.Loop = script.Loop
	tl.Period = t
	if script.Loop {
		tl.Period = t + Hold
	}
	if len(b.errs) > 0 {
		b.errs.Sort()
		return nil, b.errs
	}
	for _, id := range b.order {
		tl.Tracks = append(tl.Tracks, b.opacity[id].track(id, t, tl.Period))
	}
	tl.Tracks = append(tl.Tracks, captionTracks(tl, scene)...)
	return tl, nil
}

// captionTracks lights the highlight of each step's caption while the step
// runs. The highlights are overlays: hidden outside their step and in the
// still picture.
func captionTracks(tl *Timeline, scene *layout.Scene) []Track {
	var out []Track
	for _, c := range tl.Captions {
		id := fmt.Sprintf("step-%d-now", c.Index)
		if scene.Find(id) == nil {
			continue
		}
		in := min(0.2, (c.End-c.Start)/4)
		keys := []Key{{T: 0, V: Value{Opacity: 0}, Ease: diagram.Linear}}
		keys = append(keys,
			Key{T: c.Start, V: Value{Opacity: 0}, Ease: diagram.Linear},
			Key{T: c.Start + in, V: Value{Opacity: 1}, Ease: diagram.Linear},
			Key{T: c.End - in, V: Value{Opacity: 1}, Ease: diagram.Linear},
			Key{T: c.End, V: Value{Opacity: 0}, Ease: diagram.Linear},
			Key{T: tl.Period, V: Value{Opacity: 0}, Ease: diagram.Linear},
		)
		out = append(out, Track{Target: id, Prop: Opacity, Keys: normalize(keys)})
	}
	return out
}

type builder struct {
	scene   *layout.Scene
	opacity map[string]*opacityTrack
	order   []string // targets in order of first use
	errs    diagram.ErrorList
}

// change is one opacity change: from time T over D seconds to value V.
type change struct {
	T, D, V float64
	Ease    diagram.Easing
}

type opacityTrack struct {
	initial float64
	changes []change
}

func (b *builder) action(a *diagram.Action, t, d float64) {
	start := t + a.Delay.Seconds()
	switch a.Kind {
	case diagram.Together:
		for _, c := range a.Actions {
			b.action(c, t, d)
		}
	case diagram.Show, diagram.Hide, diagram.Dim:
		for _, id := range a.Targets {
			if b.scene.Find(id) == nil {
				b.errs.Add(a.Pos, "no element \""+id+"\" to "+a.Kind.String(), "name a node, edge, group or mark declared in the diagram")
				continue
			}
			b.fadeTo(id, a.Kind, start, min(fade, d), a.Easing)
		}
	default:
		b.errs.Add(a.Pos, "the action \""+a.Kind.String()+"\" is not supported yet", "use show, hide or dim")
	}
}

func (b *builder) fadeTo(id string, kind diagram.ActionKind, t, d float64, ease diagram.Easing) {
	tr, ok := b.opacity[id]
	if !ok {
		// Before its first action an element is hidden if the action
		// reveals it, and visible otherwise.
		tr = &opacityTrack{initial: 1}
		if kind == diagram.Show {
			tr.initial = 0
		}
		b.opacity[id] = tr
		b.order = append(b.order, id)
	}
	v := 1.0
	switch kind {
	case diagram.Hide:
		v = 0
	case diagram.Dim:
		v = dimOpacity
	}
	tr.changes = append(tr.changes, change{T: t, D: d, V: v, Ease: ease})
}

// track turns the changes into keyframes over [0, period]. At scriptEnd the
// element returns to full opacity, so the held final picture is complete.
func (o *opacityTrack) track(id string, scriptEnd, period float64) Track {
	keys := []Key{{T: 0, V: Value{Opacity: o.initial}, Ease: diagram.Linear}}
	cur := o.initial
	for _, c := range o.changes {
		keys = append(keys, Key{T: c.T, V: Value{Opacity: cur}, Ease: c.Ease})
		keys = append(keys, Key{T: c.T + c.D, V: Value{Opacity: c.V}, Ease: diagram.Linear})
		cur = c.V
	}
	if cur != 1 {
		end := min(scriptEnd, period)
		keys = append(keys, Key{T: end, V: Value{Opacity: cur}, Ease: diagram.EaseInOut})
		keys = append(keys, Key{T: min(end+fade, period), V: Value{Opacity: 1}, Ease: diagram.Linear})
	}
	keys = append(keys, Key{T: period, V: Value{Opacity: 1}, Ease: diagram.Linear})
	return Track{Target: id, Prop: Opacity, Keys: normalize(keys)}
}

// normalize sorts nothing (keys are built in order) but drops keys that go
// back in time by clamping them, so tracks are always monotonic.
func normalize(keys []Key) []Key {
	for i := 1; i < len(keys); i++ {
		if keys[i].T < keys[i-1].T {
			keys[i].T = keys[i-1].T
		}
	}
	return keys
}
