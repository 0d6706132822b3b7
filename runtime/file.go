package runtime

import (
	"bufio"
	"io"
	"iter"
	"os"
	"strings"
	"sync"
)

// File is a text file opened with Python's open(name, mode).
//
// Kept from CPython 3.11: modes "r", "w", "a", "x" and their "+" forms;
// read(), readline() (with its "\n", "" at the end), readlines(),
// iteration by lines, write() returning the number of characters,
// writelines(), close() and closed; FileNotFoundError/FileExistsError for
// a missing or existing file; ValueError "I/O operation on closed file."
// Dropped: writes go straight to the file (CPython buffers them until close
// or flush, which only shows when another reader looks before the close);
// encodings other than UTF-8; newline translation; binary modes; seek/tell.
type File struct {
	mu     sync.Mutex
	f      *os.File
	r      *bufio.Reader
	closed bool
}

// Open is open(name, mode).
func Open(name, mode string) *File {
	flags := os.O_RDONLY
	base := strings.Trim(mode, "t+")
	switch base {
	case "r":
		if strings.Contains(mode, "+") {
			flags = os.O_RDWR
		}
	case "w":
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case "a":
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case "x":
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	default:
		panic(NewExc(ValueError, "invalid mode: "+Repr(mode)))
	}
	if strings.Contains(mode, "+") && base != "r" {
		flags = flags&^os.O_WRONLY | os.O_RDWR
	}
	f, err := os.OpenFile(name, flags, 0o666)
	if err != nil {
		panic(osError(err, name))
	}
	return &File{f: f, r: bufio.NewReader(f)}
}

func (f *File) check() {
	if f.closed {
		panic(NewExc(ValueError, "I/O operation on closed file."))
	}
}

// Write writes s and returns its length in characters.
func (f *File) Write(s string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.check()
	if _, err := io.WriteString(f.f, s); err != nil {
		panic(NewExc(OSError, err.Error()))
	}
	return len([]rune(s))
}

// Writelines writes each string, adding nothing between them.
func (f *File) Writelines(lines []string) {
	for _, s := range lines {
		f.Write(s)
	}
}

// Read returns the rest of the file.
func (f *File) Read() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.check()
	b, err := io.ReadAll(f.r)
	if err != nil {
		panic(NewExc(OSError, err.Error()))
	}
	return string(b)
}

// Readline returns the next line with its "\n", or "" at the end.
func (f *File) Readline() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.check()
	s, err := f.r.ReadString('\n')
	if err != nil && err != io.EOF {
		panic(NewExc(OSError, err.Error()))
	}
	return s
}

// Readlines returns the remaining lines.
func (f *File) Readlines() []string {
	lines := []string{}
	for _, line := range f.All() {
		lines = append(lines, line)
	}
	return lines
}

// All iterates over the remaining lines, as `for line in f`.
func (f *File) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; ; i++ {
			line := f.Readline()
			if line == "" || !yield(i, line) {
				return
			}
		}
	}
}

// Close closes the file; closing twice is allowed.
func (f *File) Close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.closed {
		f.closed = true
		_ = f.f.Close()
	}
}

// Closed reports whether the file is closed.
func (f *File) Closed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.closed
}

// Writer returns an io.Writer writing to the file, for print(..., file=f).
func (f *File) Writer() io.Writer { return fileWriter{f} }

type fileWriter struct{ f *File }

func (w fileWriter) Write(p []byte) (int, error) {
	w.f.Write(string(p))
	return len(p), nil
}
