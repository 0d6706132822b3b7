package runtime

import "fmt"

// CheckForward raises CPython's TypeError for a call f(*args, **kwargs)
// whose arguments are only known at run time (a decorator's wrapper
// forwarding to the function it wraps): more positional arguments than f
// takes (given counts them; maxPos < 0 when f has *args), a keyword naming
// no parameter (when f has no **kwargs: open is false), or a keyword for a
// parameter a positional argument already filled. minPos is the number of
// parameters without defaults, for the message; params lists the
// positional parameters, then the keyword-only ones (kwOnly of them).
func CheckForward(name string, given, minPos, maxPos int, keys []string, params []string, kwOnly int, open bool) {
	if maxPos >= 0 && given > maxPos {
		takes := fmt.Sprintf("%d positional argument", maxPos)
		if minPos < maxPos {
			takes = fmt.Sprintf("from %d to %d positional argument", minPos, maxPos)
		}
		if maxPos != 1 {
			takes += "s"
		}
		were := "were"
		if given == 1 {
			were = "was"
		}
		panic(NewExc(TypeError, fmt.Sprintf("%s() takes %s but %d %s given", name, takes, given, were)))
	}
	npos := len(params) - kwOnly
	for _, k := range keys {
		i := indexOf(params, k)
		switch {
		case i >= 0 && i < npos && i < given:
			panic(NewExc(TypeError, fmt.Sprintf("%s() got multiple values for argument '%s'", name, k)))
		case i < 0 && !open:
			panic(NewExc(TypeError, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, k)))
		}
	}
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}
