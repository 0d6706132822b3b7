// Package emit renders the mapper's Go-shaped IR as gofmt'd Go source with
// jennifer, which also manages the imports. It is mechanical: every decision
// about what Go to write was made by the mapper, so emit has no knowledge of
// Python. It does not type-check: a Render error means the mapper produced
// invalid syntax, an internal bug, and is returned with the unformatted
// source for debugging.
package emit
