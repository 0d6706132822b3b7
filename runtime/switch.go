package runtime

import (
	"math"
	"sync/atomic"
)

// sys.getswitchinterval and sys.setswitchinterval.
//
// CPython switches the GIL between threads every switch interval (5 ms by
// default). Go has no GIL and its scheduler preempts goroutines on its own,
// so the value is only stored and returned: setting it changes no
// scheduling. The checks on the argument are CPython's.

var switchIntervalBits atomic.Uint64

func init() { switchIntervalBits.Store(math.Float64bits(0.005)) }

// GetSwitchInterval returns sys.getswitchinterval(): 0.005 unless set.
func GetSwitchInterval() float64 { return math.Float64frombits(switchIntervalBits.Load()) }

// SetSwitchInterval stores the interval; a value that is not strictly
// positive raises ValueError as CPython does.
func SetSwitchInterval(interval float64) {
	if !(interval > 0) {
		Raise(ValueError, "switch interval must be strictly positive")
	}
	switchIntervalBits.Store(math.Float64bits(interval))
}
