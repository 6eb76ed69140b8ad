package diagram

// Note is a note panel. Its fields are filled in as the panel kind grows.
type Note struct {
	PanelHead
}

func (*Note) isPanel() {}
