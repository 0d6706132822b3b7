// Package runtime is the small support library that Go code emitted by
// py2goconc imports, and only for what Go and its standard library lack:
// CPython's way of printing values (float repr, container repr), Python
// exceptions and their reports, and the threading, queue and futures
// semantics that have no standard-library equivalent (per-thread reentrant
// locks, barriers, thread names and the wait for non-daemon threads at exit).
//
// Emitted code imports it under the name pyrt:
//
//	import pyrt "github.com/py2goconc/py2goconc/runtime"
//
// Everything a Go idiom covers is emitted as plain Go instead (go statements,
// sync.WaitGroup, sync.Mutex, channels, time.AfterFunc), so most translated
// programs never import this package. Each primitive lives in its own file
// whose doc comment names the CPython semantics it keeps and the ones it
// drops. This package depends on the standard library only, so a batch of
// translated programs builds offline.
//
// Unlike the translator's other packages, this API is a promise: generated
// code depends on it.
package runtime
