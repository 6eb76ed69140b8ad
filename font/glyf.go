package font

import (
	"errors"
	"fmt"
)

// Flags of composite glyph components.
const (
	argsAreWords     = 0x0001
	haveScale        = 0x0008
	moreComponents   = 0x0020
	haveXYScale      = 0x0040
	haveTwoByTwo     = 0x0080
	haveInstructions = 0x0100
)

// Flags of simple glyph points.
const (
	xShort     = 0x02
	yShort     = 0x04
	repeatFlag = 0x08
	xSameOrPos = 0x10
	ySameOrPos = 0x20
)

var errGlyphTruncated = errors.New("glyph data truncated")

// isComposite reports whether the glyph data describes a composite glyph.
func isComposite(data []byte) bool {
	return len(data) >= 10 && int16(be.Uint16(data)) < 0
}

// components returns the offsets, within the composite glyph data, of each
// component's glyph index, and the offset where the components end.
func components(data []byte) (indexAt []int, end int, err error) {
	at := 10
	for {
		if at+4 > len(data) {
			return nil, 0, errGlyphTruncated
		}
		flags := be.Uint16(data[at:])
		indexAt = append(indexAt, at+2)
		at += 4
		if flags&argsAreWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if at > len(data) {
			return nil, 0, errGlyphTruncated
		}
		if flags&moreComponents == 0 {
			return indexAt, at, nil
		}
	}
}

// componentGlyphs returns the glyphs that the glyph data refers to: none
// for a simple glyph.
func componentGlyphs(data []byte) ([]int, error) {
	if !isComposite(data) {
		return nil, nil
	}
	indexAt, _, err := components(data)
	if err != nil {
		return nil, err
	}
	glyphs := make([]int, len(indexAt))
	for i, at := range indexAt {
		glyphs[i] = int(be.Uint16(data[at:]))
	}
	return glyphs, nil
}

// rewriteGlyph returns a copy of the glyph data without hinting
// instructions and without trailing padding, with the component glyph
// indices of a composite glyph changed by newIndex. A glyph with no
// contours comes back empty.
func rewriteGlyph(data []byte, newIndex func(old int) int) ([]byte, error) {
	if len(data) == 0 {
		return nil, nil
	}
	if len(data) < 10 {
		return nil, errGlyphTruncated
	}
	if isComposite(data) {
		return rewriteComposite(data, newIndex)
	}
	return stripSimple(data)
}

func rewriteComposite(data []byte, newIndex func(old int) int) ([]byte, error) {
	indexAt, end, err := components(data)
	if err != nil {
		return nil, err
	}
	out := append([]byte(nil), data[:end]...)
	for _, at := range indexAt {
		be.PutUint16(out[at:], uint16(newIndex(int(be.Uint16(out[at:])))))
		flags := be.Uint16(out[at-2:])
		be.PutUint16(out[at-2:], flags&^haveInstructions)
	}
	return out, nil
}

// stripSimple drops the instructions of a simple glyph.
func stripSimple(data []byte) ([]byte, error) {
	contours := int(be.Uint16(data))
	if contours == 0 {
		return nil, nil
	}
	at := 10 + 2*contours
	if at+2 > len(data) {
		return nil, errGlyphTruncated
	}
	points := int(be.Uint16(data[at-2:])) + 1
	instrLen := int(be.Uint16(data[at:]))
	flagsAt := at + 2 + instrLen
	// Walk the flags to find where the coordinates end.
	xBytes, yBytes := 0, 0
	p := flagsAt
	for n := 0; n < points; {
		if p >= len(data) {
			return nil, errGlyphTruncated
		}
		flag := data[p]
		p++
		count := 1
		if flag&repeatFlag != 0 {
			if p >= len(data) {
				return nil, errGlyphTruncated
			}
			count += int(data[p])
			p++
		}
		if n+count > points {
			return nil, fmt.Errorf("glyph flags repeat past point %d", points)
		}
		n += count
		xBytes += count * coordBytes(flag, xShort, xSameOrPos)
		yBytes += count * coordBytes(flag, yShort, ySameOrPos)
	}
	end := p + xBytes + yBytes
	if end > len(data) {
		return nil, errGlyphTruncated
	}
	out := make([]byte, 0, end-instrLen)
	out = append(out, data[:at]...)
	out = append(out, 0, 0) // no instructions
	out = append(out, data[flagsAt:end]...)
	return out, nil
}

// coordBytes returns how many bytes one coordinate takes for a point flag.
func coordBytes(flag byte, short, sameOrPositive byte) int {
	switch {
	case flag&short != 0:
		return 1
	case flag&sameOrPositive != 0:
		return 0
	default:
		return 2
	}
}
