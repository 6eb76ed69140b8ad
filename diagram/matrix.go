package diagram

// Matrix is a matrix panel. Its fields are filled in as the panel kind grows.
type Matrix struct {
	PanelHead
}

func (*Matrix) isPanel() {}
