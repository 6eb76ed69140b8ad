package diagram

// Sequence is a sequence panel. Its fields are filled in as the panel kind grows.
type Sequence struct {
	PanelHead
}

func (*Sequence) isPanel() {}
