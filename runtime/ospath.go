package runtime

import (
	"errors"
	"io/fs"
	"os"
	"sort"
	"strings"
)

// The os and os.path functions tutorial programs use, for POSIX paths.
//
// Kept from CPython 3.11: os.path.join restarting at an absolute component
// and adding no separator after an empty last one; split, splitext (a
// leading dot is not an extension), basename and dirname by string rules,
// without cleaning; failures raise FileNotFoundError, FileExistsError or
// OSError with CPython's "[Errno N] text: 'path'" message.
// Dropped: Windows paths; os.listdir returns names sorted (CPython's order
// is the file system's, which programs cannot rely on either).

// The OSError subclasses the file functions raise.
var (
	FileNotFoundError = NewExcType("FileNotFoundError", OSError)
	FileExistsError   = NewExcType("FileExistsError", OSError)
	PermissionError   = NewExcType("PermissionError", OSError)
	IsADirectoryError = NewExcType("IsADirectoryError", OSError)
)

// PathJoin is os.path.join(a, *p).
func PathJoin(a string, p ...string) string {
	out := a
	for _, s := range p {
		switch {
		case strings.HasPrefix(s, "/"):
			out = s
		case out == "" || strings.HasSuffix(out, "/"):
			out += s
		default:
			out += "/" + s
		}
	}
	return out
}

// PathSplit is os.path.split(p).
func PathSplit(p string) Tuple2[string, string] {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return Tuple2[string, string]{head, tail}
}

// PathBasename is os.path.basename(p).
func PathBasename(p string) string { return PathSplit(p).V1 }

// PathDirname is os.path.dirname(p).
func PathDirname(p string) string { return PathSplit(p).V0 }

// PathSplitext is os.path.splitext(p).
func PathSplitext(p string) Tuple2[string, string] {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		// A dot that only leads the file name starts no extension.
		if strings.Trim(p[sep+1:dot], ".") != "" {
			return Tuple2[string, string]{p[:dot], p[dot:]}
		}
	}
	return Tuple2[string, string]{p, ""}
}

// PathExists is os.path.exists(p).
func PathExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// PathIsdir is os.path.isdir(p).
func PathIsdir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// PathIsfile is os.path.isfile(p).
func PathIsfile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// osError converts a Go file-system error into the Python exception CPython
// raises for it.
func osError(err error, path string) *Exc {
	var errno int
	text := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		text = pe.Err.Error()
	}
	t := OSError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		t, errno, text = FileNotFoundError, 2, "No such file or directory"
	case errors.Is(err, fs.ErrExist):
		t, errno, text = FileExistsError, 17, "File exists"
	case errors.Is(err, fs.ErrPermission):
		t, errno, text = PermissionError, 13, "Permission denied"
	}
	if errno == 0 {
		return NewExc(t, text+": "+Repr(path))
	}
	return newOSError(t, errno, text, path)
}

func itoa(i int) string { return Str(i) }

// Remove is os.remove(path).
func Remove(path string) {
	st, err := os.Lstat(path)
	if err == nil && st.IsDir() {
		panic(newOSError(IsADirectoryError, 21, "Is a directory", path))
	}
	if err := os.Remove(path); err != nil {
		panic(osError(err, path))
	}
}

// Rmdir is os.rmdir(path).
func Rmdir(path string) {
	if err := os.Remove(path); err != nil {
		panic(osError(err, path))
	}
}

// Makedirs is os.makedirs(path, exist_ok=existOK).
func Makedirs(path string, existOK bool) {
	if !existOK && PathExists(path) {
		panic(osError(fs.ErrExist, path))
	}
	if err := os.MkdirAll(path, 0o777); err != nil {
		panic(osError(err, path))
	}
}

// Listdir is os.listdir(path), sorted.
func Listdir(path string) []string {
	entries, err := os.ReadDir(path)
	if err != nil {
		panic(osError(err, path))
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// Getcwd is os.getcwd().
func Getcwd() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(osError(err, "."))
	}
	return wd
}

// Getenv is os.environ.get(key, def) and os.getenv(key, def).
func Getenv(key string, def any) any {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}
