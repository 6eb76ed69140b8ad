package diagram

// Tree is a tree panel. Its fields are filled in as the panel kind grows.
type Tree struct {
	PanelHead
}

func (*Tree) isPanel() {}
