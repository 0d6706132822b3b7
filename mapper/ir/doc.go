// Package ir is the Go-shaped intermediate representation between the
// mapper and the emitter. The mapper decides what Go to write and records the
// decision here as data; emit renders it with jennifer without making
// decisions of its own. The IR models only what py2goconc emits: it is not a
// second go/ast, and it carries no Python positions except in Comment nodes.
//
// Dump renders any node deterministically, so mapper decisions can be tested
// as text without going through Go formatting.
package ir
