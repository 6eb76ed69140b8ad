package diagram

// Timeline is a timeline panel. Its fields are filled in as the panel kind grows.
type Timeline struct {
	PanelHead
}

func (*Timeline) isPanel() {}
