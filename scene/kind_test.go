package scene

import "testing"

func TestGroupKindNames(t *testing.T) {
	seen := map[string]GroupKind{}
	for k := KindPart; k <= KindZone; k++ {
		name := k.String()
		if name == "" {
			t.Errorf("GroupKind %d has no name", int(k))
		}
		if prev, ok := seen[name]; ok {
			t.Errorf("GroupKind %d and %d are both named %q", int(prev), int(k), name)
		}
		seen[name] = k
	}
	if got := GroupKind(len(kindNames)).String(); got != "GroupKind(34)" {
		t.Errorf("String of an unknown kind = %q, want GroupKind(34)", got)
	}
	if len(kindNames) != int(KindZone)+1 {
		t.Errorf("kindNames has %d names for %d kinds", len(kindNames), int(KindZone)+1)
	}
}
