package font

import (
	"math/bits"
	"slices"
	"strings"
)

// sfntTable is one table of a font being written.
type sfntTable struct {
	tag  string
	data []byte
}

// writeSFNT assembles a TrueType font file from its tables: a table
// directory sorted by tag, each table 4-byte aligned, correct table
// checksums and head.checkSumAdjustment. The head table's bytes are
// changed in place.
func writeSFNT(tables []sfntTable) []byte {
	tables = slices.Clone(tables)
	slices.SortFunc(tables, func(a, b sfntTable) int { return strings.Compare(a.tag, b.tag) })
	n := len(tables)
	entrySelector := bits.Len(uint(n)) - 1
	searchRange := 16 << entrySelector

	size := 12 + 16*n
	for _, t := range tables {
		size += pad4(len(t.data))
	}
	out := make([]byte, 12+16*n, size)
	be.PutUint32(out, 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(searchRange))
	be.PutUint16(out[8:], uint16(entrySelector))
	be.PutUint16(out[10:], uint16(16*n-searchRange))

	headAt := -1
	for i, t := range tables {
		if t.tag == "head" {
			be.PutUint32(t.data[8:], 0) // checkSumAdjustment is 0 while summing
			headAt = len(out)
		}
		rec := out[12+16*i:]
		copy(rec, t.tag)
		be.PutUint32(rec[4:], checksum(t.data))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(t.data)))
		out = append(out, t.data...)
		out = append(out, make([]byte, pad4(len(t.data))-len(t.data))...)
	}
	if headAt >= 0 {
		be.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum returns the TrueType checksum of data: the sum of its big-endian
// uint32 words, the last one padded with zeros.
func checksum(data []byte) uint32 {
	var sum uint32
	for len(data) >= 4 {
		sum += be.Uint32(data)
		data = data[4:]
	}
	if len(data) > 0 {
		var last [4]byte
		copy(last[:], data)
		sum += be.Uint32(last[:])
	}
	return sum
}

// pad4 rounds n up to a multiple of 4.
func pad4(n int) int {
	return (n + 3) &^ 3
}
