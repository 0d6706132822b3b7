package corpus

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/py2goconc/py2goconc"
)

// offlineEnv is the environment of every go command the harness runs: the
// build must work without network access, as it would for a user.
func offlineEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local", "GOWORK=off")
}

// Build is the outcome of building a batch of translated programs.
type Build struct {
	// Errors holds, per program that did not build, its compiler output
	// (the first line is the first diagnostic).
	Errors map[string]string
	// Output is everything the go commands printed, for the test log.
	Output string

	binDir     string
	standalone map[string]bool // linked on their own rather than into the multi-call binary
}

// Command returns the command line that runs a program that built.
func (b *Build) Command(program string) []string {
	if b.standalone[program] {
		return []string{filepath.Join(b.binDir, program)}
	}
	return []string{filepath.Join(b.binDir, multicallName), program}
}

// BuildPrograms builds translated programs (program name → Go source) with
// the race detector: it writes them with py2goconc.WriteModule into
// dir/module, compiles every package in one go build invocation (so the
// cores share the work), and links those that compiled into one multi-call
// binary in dir/bin (see asPackage). Programs that cannot be loaded at all
// (a bad import stops a go build as a whole) are found with go list first
// and left out, so one bad translation never hides the others' results.
func BuildPrograms(dir string, programs map[string][]byte) (*Build, error) {
	b := &Build{Errors: map[string]string{}, binDir: filepath.Join(dir, "bin"), standalone: map[string]bool{}}
	if _, clash := programs[multicallName]; clash {
		return b, fmt.Errorf("a program may not be called %q", multicallName)
	}
	modDir := filepath.Join(dir, "module")
	sources := map[string][]byte{}
	for name, src := range programs {
		out, standalone, err := asPackage(src)
		if err != nil {
			b.Errors[name] = err.Error()
			continue
		}
		sources[name], b.standalone[name] = out, standalone
	}
	if len(sources) == 0 {
		return b, nil
	}
	if err := py2goconc.WriteModule(modDir, sources); err != nil {
		return b, err
	}
	loadErrs, err := b.listLoadErrors(modDir)
	if err != nil {
		return b, err
	}
	var pkgs []string
	for name := range sources {
		if msg, bad := loadErrs[name]; bad {
			b.Errors[name] = msg
			continue
		}
		pkgs = append(pkgs, path.Join(py2goconc.OutputModule, name))
	}
	sort.Strings(pkgs)
	if len(pkgs) == 0 {
		return b, nil
	}
	// One invocation compiles every package, sharing the cores; without
	// -o, go build links nothing when given several packages.
	out, _ := b.goCommand(modDir, append([]string{"build", "-race"}, pkgs...)...)
	for name, msg := range compileErrors(out) {
		b.Errors[name] = msg
	}
	// Emitted Go must also pass go vet: a finding counts as not compiling,
	// with the finding as the first problem.
	var built []string
	for _, p := range pkgs {
		if _, failed := b.Errors[strings.TrimPrefix(p, py2goconc.OutputModule+"/")]; !failed {
			built = append(built, p)
		}
	}
	if len(built) > 0 {
		out, _ := b.goCommand(modDir, append([]string{"vet"}, built...)...)
		for name, msg := range compileErrors(out) {
			b.Errors[name] = "go vet: " + msg
		}
	}
	if err := b.linkStandalone(modDir, sources); err != nil {
		return b, err
	}
	var linked []string
	for name := range sources {
		_, failed := b.Errors[name]
		switch {
		case failed:
		case b.standalone[name]:
		default:
			linked = append(linked, name)
		}
	}
	if len(linked) == 0 {
		return b, nil
	}
	return b, b.linkMulticall(modDir, linked)
}

// linkStandalone links the compiled programs that cannot share the
// multi-call binary, each into its own binary in bin/.
func (b *Build) linkStandalone(modDir string, sources map[string][]byte) error {
	var pkgs []string
	for name := range sources {
		if _, failed := b.Errors[name]; !failed && b.standalone[name] {
			pkgs = append(pkgs, path.Join(py2goconc.OutputModule, name))
		}
	}
	if len(pkgs) == 0 {
		return nil
	}
	sort.Strings(pkgs)
	out, err := b.goCommand(modDir, append([]string{"build", "-race", "-o", b.binDir + string(filepath.Separator)}, pkgs...)...)
	if err != nil {
		return fmt.Errorf("linking standalone programs: %v\n%s", err, out)
	}
	return nil
}

// linkMulticall links the compiled programs into bin/multicall.
func (b *Build) linkMulticall(modDir string, programs []string) error {
	if err := py2goconc.WriteModule(modDir, map[string][]byte{multicallName: dispatcher(py2goconc.OutputModule, programs)}); err != nil {
		return err
	}
	out, err := b.goCommand(modDir, "build", "-race", "-o", filepath.Join(b.binDir, multicallName), "./"+multicallName)
	if err != nil {
		return fmt.Errorf("linking the multi-call binary: %v\n%s", err, out)
	}
	return nil
}

func (b *Build) goCommand(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir, cmd.Env = dir, offlineEnv()
	out, err := cmd.CombinedOutput()
	b.Output += "$ go " + strings.Join(args, " ") + "\n" + string(out)
	return string(out), err
}

// listLoadErrors lists the module's packages and returns, per program, the
// first error that stops it from loading.
func (b *Build) listLoadErrors(modDir string) (map[string]string, error) {
	const format = `{{.ImportPath}}{{"\t"}}{{if .Error}}{{.Error}}{{else}}{{range .DepsErrors}}{{.Pos}}: {{.Err}}{{break}}{{end}}{{end}}`
	out, err := b.goCommand(modDir, "list", "-e", "-f", format, "./...")
	if err != nil {
		return nil, fmt.Errorf("go list: %v\n%s", err, out)
	}
	errs := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		pkg, msg, _ := strings.Cut(sc.Text(), "\t")
		if msg != "" {
			errs[strings.TrimPrefix(pkg, py2goconc.OutputModule+"/")] = strings.TrimPrefix(msg, ": ")
		}
	}
	return errs, nil
}

// compileErrors splits go build's output into its "# PACKAGE" sections and
// returns each program's section.
func compileErrors(out string) map[string]string {
	errs := map[string]string{}
	var name string
	for _, line := range strings.SplitAfter(out, "\n") {
		if pkg, ok := strings.CutPrefix(strings.TrimRight(line, "\n"), "# "); ok {
			pkg, _, _ = strings.Cut(pkg, " ") // "# pkg [pkg.test]" in some modes
			name = strings.TrimPrefix(pkg, py2goconc.OutputModule+"/")
			continue
		}
		// go vet names no package: its findings start with the file's
		// path, whose directory is the example's.
		if m := findingPath.FindStringSubmatch(line); m != nil {
			name = m[1]
		}
		if name != "" && line != "" {
			errs[name] += line
		}
	}
	return errs
}

// findingPath matches a finding that starts with an example's file path,
// "dir/main.go:12:3: ...", and captures the directory.
var findingPath = regexp.MustCompile(`^(?:\./)?([^\s:/]+)/[^\s:/]+\.go:\d+:\d+: `)

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}
