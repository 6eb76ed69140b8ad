package diagram

// Stack is a stack panel. Its fields are filled in as the panel kind grows.
type Stack struct {
	PanelHead
}

func (*Stack) isPanel() {}
