package emit

import (
	"strconv"
	"strings"
)

// formatFloatLit writes f as a Go float literal that keeps float64 type when
// untyped: 1 becomes 1.0, 1e21 stays 1e+21.
func formatFloatLit(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") { // n: NaN/Inf handled by the mapper
		s += ".0"
	}
	return s
}
