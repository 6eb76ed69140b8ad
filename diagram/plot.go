package diagram

// Plot is a plot panel. Its fields are filled in as the panel kind grows.
type Plot struct {
	PanelHead
}

func (*Plot) isPanel() {}
