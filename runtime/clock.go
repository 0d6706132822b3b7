package runtime

import "time"

// processStart anchors Monotonic; CPython's perf_counter and monotonic have
// an unspecified reference point too, so only differences are meaningful.
var processStart = time.Now()

// Monotonic is time.perf_counter() / time.monotonic(): seconds from a fixed
// reference point, from Go's monotonic clock.
func Monotonic() float64 { return time.Since(processStart).Seconds() }
