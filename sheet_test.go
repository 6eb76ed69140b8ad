package diag

import (
	"testing"

	"github.com/aiprep/diag/dsl"
	"github.com/google/go-cmp/cmp"
)

// testSheets is a catalog of two sheets.
type testSheets map[string][3]string

func (c testSheets) Sheet(id string) (kicker, title, tagline string, ok bool) {
	f, ok := c[id]
	return f[0], f[1], f[2], ok
}

func (c testSheets) SheetIDs() []string { return []string{"bias-variance", "overfitting"} }

// TestSheets checks the frame a sheet takes from the catalog it is given,
// and the errors for a sheet the catalog does not have or with no catalog.
func TestSheets(t *testing.T) {
	cat := testSheets{
		"bias-variance": {"Prep · Layer 2", "Bias and variance", "Two ways to be wrong."},
		"overfitting":   {"Prep · Layer 2", "Overfitting", "Learning the noise."},
	}
	tests := []struct {
		name   string
		src    string
		sheets SheetCatalog
		want   [4]string // kicker, title, subtitle, or the formatted error in [0]
	}{
		{"frame from the catalog", "sheet bias-variance\ngraph g { a }\n", cat,
			[4]string{"Prep · Layer 2", "Bias and variance", "Two ways to be wrong."}},
		{"the file's own title and subtitle stay", "sheet overfitting\ntitle \"Mine\"\nsubtitle \"Sub\"\ngraph g { a }\n", cat,
			[4]string{"Prep · Layer 2", "Mine", "Sub"}},
		{"no sheet statement", "title \"T\"\ngraph g { a }\n", nil,
			[4]string{"", "T", ""}},
		{"an unknown sheet", "sheet bias-varience\ngraph g { a }\n", cat,
			[4]string{"t.diag:1:7: unknown sheet \"bias-varience\"\n    sheet bias-varience\n          ^\n    hint: did you mean \"bias-variance\"?\n"}},
		{"a sheet far from any", "sheet zzz\ngraph g { a }\n", cat,
			[4]string{"t.diag:1:7: unknown sheet \"zzz\"\n    sheet zzz\n          ^\n    hint: name a sheet of the catalog the compile is given\n"}},
		{"no catalog", "sheet overfitting\ngraph g { a }\n", nil,
			[4]string{"t.diag:1:7: unknown sheet \"overfitting\"\n    sheet overfitting\n          ^\n" +
				"    hint: this compile has no sheet catalog (Options.Sheets); set the title, subtitle and kicker in the file instead\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseWith("t.diag", []byte(tt.src), Options{Sheets: tt.sheets})
			var got [4]string
			if err != nil {
				got[0] = dsl.FormatError([]byte(tt.src), err)
			} else {
				got = [4]string{d.Kicker, d.Title, d.Subtitle}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
